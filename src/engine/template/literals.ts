// Go's literal syntax as the template parser reads it: numbers through strconv.ParseInt/ParseUint/
// ParseFloat with base 0 (0x 0o 0b prefixes, leading-0 octal, `_` separators, hex floats), and
// strings through strconv.Unquote/UnquoteChar (escapes \n \xHH \ooo \uHHHH \UHHHHHHHH ...).

import { underscoreOK } from '../go/strconv';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** strconv.ParseUint(s, 0, 64) without the sign: the magnitude, or null when s is not an integer. */
function parseUnsigned(s: string): bigint | null {
  if (s === '') return null;
  let base = 10;
  let body = s;
  if (s[0] === '0') {
    const p = s.length >= 3 ? s[1].toLowerCase() : '';
    base = p === 'b' ? 2 : p === 'o' ? 8 : p === 'x' ? 16 : 8;
    body = p === 'b' || p === 'o' || p === 'x' ? s.slice(2) : s.slice(1);
  }
  let n = 0n;
  let sawUnderscore = false;
  const b = BigInt(base);
  for (const c of body) {
    if (c === '_') {
      sawUnderscore = true;
      continue;
    }
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || d >= base) return null;
    n = n * b + BigInt(d);
    if (n > UINT64_MAX) return null; // out of range is an error too
  }
  if (sawUnderscore && !underscoreOK(s)) return null;
  return n;
}

/** strconv.ParseUint(text, 0, 64). */
export function parseUint(text: string): bigint | null {
  if (text.startsWith('+') || text.startsWith('-')) return null;
  return parseUnsigned(text);
}

/** strconv.ParseInt(text, 0, 64). */
export function parseInt64(text: string): bigint | null {
  let s = text;
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const u = parseUnsigned(s);
  if (u === null) return null;
  const v = neg ? -u : u;
  if (v < INT64_MIN || v > INT64_MAX) return null;
  return v;
}

const DECIMAL_FLOAT = /^[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?$/;
const HEX_FLOAT = /^[+-]?0[xX](?:[\da-fA-F_]+\.?[\da-fA-F_]*|\.[\da-fA-F][\da-fA-F_]*)[pP][+-]?\d[\d_]*$/;

/** strconv.ParseFloat(text, 64) for the literals the lexer passes (no Inf/NaN words); null on error. */
export function parseFloat64(text: string): number | null {
  if (DECIMAL_FLOAT.test(text)) {
    if (text.includes('_') && !underscoreOK(text)) return null;
    const v = Number(text.replace(/_/g, ''));
    return Number.isFinite(v) ? v : null; // Go reports out of range for overflow
  }
  if (HEX_FLOAT.test(text)) {
    if (text.includes('_') && !underscoreOK(text)) return null;
    return parseHexFloat(text.replace(/_/g, ''));
  }
  return null;
}

function parseHexFloat(s: string): number | null {
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const m = /^0[xX]([\da-fA-F]*)\.?([\da-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
  if (!m) return null;
  const mant = BigInt('0x' + (m[1] + m[2] || '0'));
  const exp = Number(m[3]) - 4 * m[2].length;
  // Exact while the mantissa fits a double; helm templates never write anything longer.
  const v = Number(mant) * 2 ** exp;
  if (!Number.isFinite(v)) return null;
  return neg ? -v : v;
}

// ---- strings

const SYNTAX = 'invalid syntax';

/** strconv.Unquote for "..." and `...` literals; throws Error("invalid syntax") as Go does. */
export function unquote(lit: string): string {
  const q = lit[0];
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw new Error(SYNTAX);
  const body = lit.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new Error(SYNTAX);
    return body.replace(/\r/g, ''); // Go drops carriage returns from raw strings
  }
  if (q !== '"') throw new Error(SYNTAX);
  let out = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length) {
      out += new TextDecoder().decode(new Uint8Array(bytes));
      bytes = [];
    }
  };
  let i = 0;
  while (i < body.length) {
    const r = unquoteChar(body, i, '"');
    if (r.byte !== undefined) bytes.push(r.byte);
    else {
      flush();
      out += r.text;
    }
    i = r.next;
  }
  flush();
  return out;
}

interface Unquoted {
  /** The character read, unless it was a single byte (\x or octal escape). */
  text: string;
  byte?: number;
  next: number;
}

/** strconv.UnquoteChar: one character or escape of a `quote`-quoted literal at s[i]. */
export function unquoteChar(s: string, i: number, quote: string): Unquoted {
  const c = s[i];
  if (c === quote && (quote === "'" || quote === '"')) throw new Error(SYNTAX);
  if (c === '\n') throw new Error(SYNTAX);
  if (c !== '\\') {
    const cp = s.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    return { text: ch, next: i + ch.length };
  }
  if (i + 1 >= s.length) throw new Error(SYNTAX);
  const e = s[i + 1];
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  if (e in simple) return { text: simple[e], next: i + 2 };
  switch (e) {
    case 'x':
    case 'u':
    case 'U': {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 2, i + 2 + n);
      if (hex.length < n || !/^[0-9a-fA-F]+$/.test(hex)) throw new Error(SYNTAX);
      const v = parseInt(hex, 16);
      if (e === 'x') return { text: '', byte: v, next: i + 2 + n };
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new Error(SYNTAX);
      return { text: String.fromCodePoint(v), next: i + 2 + n };
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      const oct = s.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct)) throw new Error(SYNTAX);
      const v = parseInt(oct, 8);
      if (v > 255) throw new Error(SYNTAX);
      return { text: '', byte: v, next: i + 4 };
    }
    case "'":
    case '"':
      if (e !== quote) throw new Error(SYNTAX);
      return { text: e, next: i + 2 };
  }
  throw new Error(SYNTAX);
}
