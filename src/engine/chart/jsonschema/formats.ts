// The formats helm's validator checks (asserted for draft-04/06/07 schemas only, and always inside
// metaschemas), each returning the reason a string fails in the Go library's words, including the
// Go standard library errors it passes on (time.Parse, strconv.Atoi, netip.ParseAddr, url.Parse).
import { quote as goQuote, quoteRune } from '../../go/strconv';
import { compileGoRegexp } from './regexp';
import type { Format } from './schema';

type Check = (s: string) => string | null;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function runes(s: string): string[] {
  return Array.from(s);
}

function jsonPointer(s: string): string | null {
  if (s === '') return null;
  if (!s.startsWith('/')) return 'not starting with /';
  for (const tok of s.split('/').slice(1)) {
    let esc = false;
    for (const ch of runes(tok)) {
      if (esc) {
        esc = false;
        if (ch !== '0' && ch !== '1') return '~ must be followed by 0 or 1';
        continue;
      }
      if (ch === '~') esc = true;
    }
    if (esc) return '~ must be followed by 0 or 1';
  }
  return null;
}

function relativeJsonPointer(s: string): string | null {
  let n = 0;
  while (isDigit(s[n])) n++;
  if (n === 0) return 'must start with non-negative integer';
  if (n > 1 && s.startsWith('0')) return 'starts with zero';
  const rest = s.slice(n);
  return rest === '#' ? null : jsonPointer(rest);
}

function uuid(s: string): string | null {
  const lens = [8, 4, 4, 4, 12];
  const groups = s.split('-');
  if (groups.length !== lens.length) return `must have ${lens.length} elements`;
  for (let i = 0; i < groups.length; i++) {
    if (new TextEncoder().encode(groups[i]).length !== lens[i]) return `element ${i + 1} must be ${lens[i]} characters long`;
    for (const ch of runes(groups[i])) if (!/[0-9a-fA-F]/.test(ch)) return `non-hex character ${quoteRune(ch.codePointAt(0)!)}`;
  }
  return null;
}

function duration(s: string): string | null {
  if (!s.startsWith('P')) return 'must start with P';
  s = s.slice(1);
  if (s === '') return 'nothing after P';
  if (s.endsWith('W')) {
    const w = s.slice(0, -1);
    if (w === '') return 'no number in week';
    return /^[0-9]+$/.test(w) ? null : 'invalid week';
  }
  const allUnits = ['YMD', 'HMS'];
  const parts = s.split('T');
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    if (i !== 0 && part === '') return 'no time elements';
    if (i >= allUnits.length) return 'more than one T';
    let units = allUnits[i];
    while (part !== '') {
      let n = 0;
      while (isDigit(part[n])) n++;
      if (n === 0) return 'missing number';
      part = part.slice(n);
      if (part === '') return 'missing unit';
      const unit = part[0];
      const j = units.indexOf(unit);
      if (j < 0) return allUnits[i].includes(unit) ? `unit ${quoteRune(unit.charCodeAt(0))} out of order` : `invalid unit ${quoteRune(unit.charCodeAt(0))}`;
      units = units.slice(j + 1);
      part = part.slice(1);
    }
  }
  return null;
}

/** strconv.Atoi's error for a decimal field, or its value. */
function atoi(s: string): { n: number } | { err: string } {
  const m = /^[+-]?[0-9]+$/.exec(s);
  if (!m) return { err: `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax` };
  const n = Number(s);
  if (!Number.isSafeInteger(n) && (BigInt(s) > 9223372036854775807n || BigInt(s) < -9223372036854775808n)) {
    return { err: `strconv.Atoi: parsing ${goQuote(s)}: value out of range` };
  }
  return { n };
}

function ipv4(s: string): string | null {
  const groups = s.split('.');
  if (groups.length !== 4) return 'expected four decimals';
  for (const g of groups) {
    if (g.length > 1 && g[0] === '0') return 'leading zeros';
    const r = atoi(g);
    if ('err' in r) return r.err;
    if (r.n < 0 || r.n > 255) return 'decimal must be between 0 and 255';
  }
  return null;
}

/** netip.ParseAddr for an address with a colon: its error text, or null. */
function parseIPv6(input: string): string | null {
  const fail = (msg: string, at?: string): string => `ParseAddr(${goQuote(input)}): ${msg}${at !== undefined ? ` (at ${goQuote(at)})` : ''}`;
  let s = input;
  const pct = s.indexOf('%');
  if (pct >= 0) {
    if (s.slice(pct + 1) === '') return fail('zone must be a non-empty string');
    s = s.slice(0, pct);
  }
  let i = 0;
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return null;
  }
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const c = s[off];
      if (!/[0-9a-fA-F]/.test(c)) break;
      acc = acc * 16 + parseInt(c, 16);
      if (off > 3) return fail('each colon-separated field must have at most four hex digits', s);
      if (acc > 0xffff) return fail('IPv6 field has value >=2^16', s);
    }
    if (off === 0) return fail('each colon-separated field must have at least one digit', s);
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12) return fail('embedded IPv4 address must replace the final 2 fields of the address', s);
      if (i + 4 > 16) return fail('too many hex fields to fit an embedded IPv4 at the end of the address', s);
      const err = ipv4Fields(s, input);
      if (err) return err;
      i += 4;
      s = '';
      break;
    }
    i += 2;
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') return fail('unexpected character, want colon', s);
    if (s.length === 1) return fail('colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return fail('multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') return fail('trailing garbage after address', s);
  if (i < 16 && ellipsis < 0) return fail('address string too short');
  if (i === 16 && ellipsis >= 0) return fail('the :: must expand to at least one field of zeros');
  return null;
}

function ipv4Fields(s: string, input: string): string | null {
  const fail = (msg: string, at?: string): string => `ParseAddr(${goQuote(input)}): ${msg}${at !== undefined ? ` (at ${goQuote(at)})` : ''}`;
  let val = 0;
  let pos = 0;
  let digits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (isDigit(c)) {
      if (digits === 1 && val === 0) return fail('IPv4 field has octet with leading zero');
      val = val * 10 + Number(c);
      digits++;
      if (val > 255) return fail('IPv4 field has value >255');
    } else if (c === '.') {
      if (k === 0 || k === s.length - 1 || s[k - 1] === '.') return fail('IPv4 field must have at least one digit', s.slice(k));
      if (pos === 3) return fail('IPv4 address too long');
      pos++;
      val = 0;
      digits = 0;
    } else return fail('unexpected character', s.slice(k));
  }
  if (pos < 3) return fail('IPv4 address too short');
  return null;
}

function ipv6(s: string): string | null {
  if (!s.includes(':')) return 'missing colon';
  const err = parseIPv6(s);
  if (err) return err;
  if (s.includes('%')) return 'zone id is not a part of ipv6 address';
  return null;
}

function hostname(s: string): string | null {
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (new TextEncoder().encode(s).length > 253) return 'more than 253 characters long';
  for (const label of s.split('.')) {
    const len = new TextEncoder().encode(label).length;
    if (len < 1 || len > 63) return 'label must be 1 to 63 characters long';
    if (label.startsWith('-')) return 'label starts with hyphen';
    if (label.endsWith('-')) return 'label ends with hyphen';
    for (const ch of runes(label)) if (!/[a-zA-Z0-9-]/.test(ch)) return `invalid character ${quoteRune(ch.codePointAt(0)!)}`;
  }
  return null;
}

function email(s: string): string | null {
  if (new TextEncoder().encode(s).length > 254) return 'more than 255 characters long';
  const at = s.lastIndexOf('@');
  if (at < 0) return 'missing @';
  const local = s.slice(0, at);
  let domain = s.slice(at + 1);
  if (new TextEncoder().encode(local).length > 64) return 'local part more than 64 characters long';
  if (local.length > 1 && local.startsWith('"')) {
    const inner = local.slice(1, -1);
    if (inner.includes('\\') || inner.includes('"')) return 'backslash and quote are not allowed within quoted local part';
  } else {
    if (local.startsWith('.')) return 'starts with dot';
    if (local.endsWith('.')) return 'ends with dot';
    if (local.includes('..')) return 'consecutive dots';
    for (const ch of runes(local)) {
      if (!/[a-zA-Z0-9]/.test(ch) && !".!#$%&'*+-/=?^_`{|}~".includes(ch)) return `invalid character ${quoteRune(ch.codePointAt(0)!)}`;
    }
  }
  if (domain.startsWith('[') && domain.endsWith(']')) {
    domain = domain.slice(1, -1);
    if (domain.startsWith('IPv6:')) {
      const err = ipv6(domain.slice(5));
      return err ? `invalid ipv6 address: ${err}` : null;
    }
    const err = ipv4(domain);
    return err ? `invalid ipv4 address: ${err}` : null;
  }
  const err = hostname(domain);
  return err ? `invalid domain: ${err}` : null;
}

/** time.Parse with layout "2006-01-02": Go's ParseError text, or null. */
function date(s: string): string | null {
  const q = timeQuote;
  const cannot = (valueElem: string, layoutElem: string): string =>
    `parsing time ${q(s)} as "2006-01-02": cannot parse ${q(valueElem)} as ${q(layoutElem)}`;
  let v = s;
  if (v.length < 4 || !isDigit(v[0]) || !/^[0-9]{4}/.test(v)) return cannot(v, '2006');
  const year = Number(v.slice(0, 4));
  v = v.slice(4);
  if (!v.startsWith('-')) return cannot(v, '-');
  v = v.slice(1);
  if (!isDigit(v[0]) || !isDigit(v[1])) return cannot(v, '01');
  const month = Number(v.slice(0, 2));
  v = v.slice(2);
  if (month < 1 || month > 12) return `parsing time ${q(s)}: month out of range`;
  if (!v.startsWith('-')) return cannot(v, '-');
  v = v.slice(1);
  if (!isDigit(v[0]) || !isDigit(v[1])) return cannot(v, '02');
  const day = Number(v.slice(0, 2));
  v = v.slice(2);
  if (v !== '') return `parsing time ${q(s)}: extra text: ${q(v)}`;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day < 1 || day > days[month - 1]) return `parsing time ${q(s)}: day out of range`;
  return null;
}

/** The time package's quote: non-ASCII and control bytes as \x.., quotes and backslashes escaped. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of runes(s)) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

function time(str: string): string | null {
  if (str.length < 9) return 'less than 9 characters long';
  if (str[2] !== ':' || str[5] !== ':') return 'missing colon in correct place';
  const hms: number[] = [];
  for (const tok of str.slice(0, 8).split(':')) {
    const r = atoi(tok);
    if ('err' in r) return 'invalid hour/min/sec';
    if (r.n < 0) return 'non-positive hour/min/sec';
    hms.push(r.n);
  }
  let [h, m] = hms;
  const sec = hms[2];
  if (h > 23 || m > 59 || sec > 60) return 'hour/min/sec out of range';
  str = str.slice(8);
  if (str.startsWith('.')) {
    let n = 1;
    while (isDigit(str[n])) n++;
    if (n === 1) return 'no digits in second fraction';
    str = str.slice(n);
  }
  if (str !== 'z' && str !== 'Z') {
    if (str.length !== 6) return 'offset must be 6 characters long';
    let sign: number;
    if (str[0] === '+') sign = -1;
    else if (str[0] === '-') sign = 1;
    else return 'offset must begin with plus/minus';
    str = str.slice(1);
    if (str[2] !== ':') return 'missing colon in offset in correct place';
    const zhm: number[] = [];
    for (const tok of [str.slice(0, 2), str.slice(3)]) {
      const r = atoi(tok);
      if ('err' in r) return 'invalid hour/min in offset';
      if (r.n < 0) return 'non-positive hour/min in offset';
      zhm.push(r.n);
    }
    if (zhm[0] > 23 || zhm[1] > 59) return 'hour/min in offset out of range';
    let hm = h * 60 + m + sign * (zhm[0] * 60 + zhm[1]);
    if (hm < 0) hm += 24 * 60;
    h = Math.trunc(hm / 60);
    m = hm % 60;
  }
  if (sec >= 60 && (h !== 23 || m !== 59)) return 'invalid leap second';
  return null;
}

function dateTime(s: string): string | null {
  if (new TextEncoder().encode(s).length < 20) return 'less than 20 characters long';
  if (s[10] !== 't' && s[10] !== 'T') return '11th character must be t or T';
  const d = date(s.slice(0, 10));
  if (d) return `invalid date element: ${d}`;
  const t = time(s.slice(11));
  return t ? `invalid time element: ${t}` : null;
}

// --- url.Parse, as far as the uri formats reach ---

const HOST_OK = /[A-Za-z0-9\-_.~$&'()*+,;=:[\]<>"]/;

function unescapeCheck(s: string, host: boolean): string | null {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return `invalid URL escape ${goQuote(s.slice(i, i + 3))}`;
      i += 2;
    } else if (host && s.charCodeAt(i) < 0x80 && !HOST_OK.test(s[i])) return `invalid character ${goQuote(s[i])} in host name`;
  }
  return null;
}

function validPort(p: string): boolean {
  return p === '' || /^:[0-9]*$/.test(p);
}

interface GoUrl {
  scheme: string;
  host: string;
  rawPath: string;
}

/** url.Parse: the parsed parts, or Go's error text. */
export function parseGoUrl(raw: string): GoUrl | { err: string } {
  const fail = (msg: string): { err: string } => ({ err: `parse ${goQuote(raw)}: ${msg}` });
  const hash = raw.indexOf('#');
  const u = hash >= 0 ? raw.slice(0, hash) : raw;
  if (hash >= 0) {
    const fe = unescapeCheck(raw.slice(hash + 1), false);
    if (fe) return fail(fe);
  }
  if (Array.from(u).some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\x7f')) return { err: `parse ${goQuote(u)}: net/url: invalid control character in URL` };
  const failU = (msg: string): { err: string } => ({ err: `parse ${goQuote(u)}: ${msg}` });
  let scheme = '';
  let rest = u;
  for (let i = 0; i < u.length; i++) {
    const c = u[i];
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) break;
      continue;
    }
    if (c === ':') {
      if (i === 0) return failU('missing protocol scheme');
      scheme = u.slice(0, i).toLowerCase();
      rest = u.slice(i + 1);
    }
    break;
  }
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  let host = '';
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { scheme, host: '', rawPath: '' };
    const slash = rest.indexOf('/');
    const seg = slash >= 0 ? rest.slice(0, slash) : rest;
    if (seg.includes(':')) return failU('first path segment in URL cannot contain colon');
  }
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash >= 0 ? rest.slice(2, slash) : rest.slice(2);
    rest = slash >= 0 ? rest.slice(slash) : '';
    const at = authority.lastIndexOf('@');
    host = at >= 0 ? authority.slice(at + 1) : authority;
    if (host.startsWith('[')) {
      const close = host.lastIndexOf(']');
      if (close < 0) return failU("missing ']' in host");
      const port = host.slice(close + 1);
      if (!validPort(port)) return failU(`invalid port ${goQuote(port)} after host`);
    } else {
      const colon = host.lastIndexOf(':');
      if (colon >= 0 && !validPort(host.slice(colon))) return failU(`invalid port ${goQuote(host.slice(colon))} after host`);
    }
    const he = unescapeCheck(host, true);
    if (he) return failU(he);
  }
  const pe = unescapeCheck(rest, false);
  if (pe) return failU(pe);
  return { scheme, host, rawPath: rest };
}

function hostnameOf(host: string): string {
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    return close >= 0 ? host.slice(1, close) : host.slice(1);
  }
  const colon = host.lastIndexOf(':');
  return colon >= 0 && validPort(host.slice(colon)) ? host.slice(0, colon) : host;
}

function parseUrlChecked(s: string): GoUrl | { err: string } {
  const u = parseGoUrl(s);
  if ('err' in u) return u;
  const name = hostnameOf(u.host);
  if (name.includes(':')) {
    if (!u.host.includes('[') || !u.host.includes(']')) return { err: 'ipv6 address not enclosed in brackets' };
    const err = ipv6(name);
    if (err) return { err: `invalid ipv6 address: ${err}` };
  }
  return u;
}

function uri(s: string): string | null {
  const u = parseUrlChecked(s);
  if ('err' in u) return u.err;
  return u.scheme === '' ? 'relative url' : null;
}

function uriReference(s: string): string | null {
  if (s.includes('\\')) return 'contains \\';
  const u = parseUrlChecked(s);
  return 'err' in u ? u.err : null;
}

function uriTemplate(s: string): string | null {
  const u = parseUrlChecked(s);
  if ('err' in u) return u.err;
  // Go keeps RawPath only when the path's escaping differs from its default; braces make it so.
  for (const tok of u.rawPath.split('/')) {
    let text: string;
    try {
      text = decodeURIComponent(tok);
    } catch {
      return `percent decode failed: invalid URL escape`;
    }
    let want = true;
    for (const ch of text) {
      if (ch !== '{' && ch !== '}') continue;
      if ((ch === '{') !== want) return 'nested curly braces';
      want = !want;
    }
    if (!want) return 'no matching closing brace';
  }
  return null;
}

function period(s: string): string | null {
  const slash = s.indexOf('/');
  if (slash < 0) return 'missing slash';
  const start = s.slice(0, slash);
  const end = s.slice(slash + 1);
  if (start.startsWith('P')) {
    const e1 = duration(start);
    if (e1) return `invalid start duration: ${e1}`;
    const e2 = dateTime(end);
    return e2 ? `invalid end date-time: ${e2}` : null;
  }
  const e1 = dateTime(start);
  if (e1) return `invalid start date-time: ${e1}`;
  if (end.startsWith('P')) {
    const e2 = duration(end);
    return e2 ? `invalid end duration: ${e2}` : null;
  }
  const e2 = dateTime(end);
  return e2 ? `invalid end date-time: ${e2}` : null;
}

function semver(s: string): string | null {
  const plus = s.indexOf('+');
  if (plus >= 0) {
    const build = s.slice(plus + 1);
    if (build === '') return 'build is empty';
    for (const id of build.split('.')) {
      if (id === '') return 'build identifier is empty';
      for (const ch of runes(id)) if (!/[0-9a-zA-Z-]/.test(ch)) return `invalid character ${quoteRune(ch.codePointAt(0)!)} in build identifier`;
    }
    s = s.slice(0, plus);
  }
  const dash = s.indexOf('-');
  if (dash >= 0) {
    for (const id of s.slice(dash + 1).split('.')) {
      if (id === '') return 'pre-release identifier is empty';
      let allDigits = true;
      for (const ch of runes(id)) {
        if (/[0-9]/.test(ch)) continue;
        if (/[a-zA-Z-]/.test(ch)) allDigits = false;
        else return `invalid character ${quoteRune(ch.codePointAt(0)!)} in pre-release identifier`;
      }
      if (allDigits && id.length > 1 && id[0] === '0') return 'pre-release numeric identifier starts with zero';
    }
    s = s.slice(0, dash);
  }
  const parts = s.split('.');
  if (parts.length !== 3) return 'versionCore must have 3 numbers separated by dot';
  const names = ['major', 'minor', 'patch'];
  for (let i = 0; i < 3; i++) {
    const p = parts[i];
    if (p === '') return `${names[i]} is empty`;
    if (p.length > 1 && p[0] === '0') return `${names[i]} starts with zero`;
    if (!/^[0-9]+$/.test(p)) return `${names[i]} contains non-digit`;
  }
  return null;
}

function regex(s: string): string | null {
  try {
    compileGoRegexp(s);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const CHECKS: Record<string, Check> = {
  'json-pointer': jsonPointer,
  'relative-json-pointer': relativeJsonPointer,
  uuid,
  duration,
  period,
  ipv4,
  ipv6,
  hostname,
  email,
  date,
  time,
  'date-time': dateTime,
  uri,
  iri: uri,
  'uri-reference': uriReference,
  'iri-reference': uriReference,
  'uri-template': uriTemplate,
  semver,
};

const formats = new Map<string, Format>();
for (const [name, check] of Object.entries(CHECKS)) {
  formats.set(name, { name, check: (v) => (typeof v === 'string' ? check(v) : null) });
}

/** The format of that name; unknown formats are not checked (undefined). */
export function formatFor(name: string): Format | undefined {
  return formats.get(name);
}

export const regexFormat: Format = { name: 'regex', check: (v) => (typeof v === 'string' ? regex(v) : null) };
