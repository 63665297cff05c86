// The exact text helm's `toYaml` prints, for templates that embed it inside a string (kube-stager's
// ConfigMap holds the operator's config file as text, so the text itself is compared, not only its
// data). Helm marshals through JSON and then go-yaml v2: numbers become ints or Go floats, map keys
// are sorted, strings are quoted only when YAML would read them back as something else, long plain
// strings fold at spaces past column 80, multi-line strings become literal blocks.
import { goFloat, yamlKeyOrder } from './goTemplate';

const BEST_WIDTH = 80;
const INDENT = 2;

type Style = 'plain' | 'single' | 'double' | 'literal';

/** `toYaml v` as helm prints it, without the trailing newline helm trims. */
export function toYamlText(v: unknown): string {
  const w = new Writer();
  w.node(jsonRoundTrip(v), -1, 'top');
  return w.text;
}

// ---- values as they come back from encoding/json and a go-yaml v2 read

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

function jsonRoundTrip(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : jsonRoundTrip(x)));
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x !== undefined) Object.defineProperty(out, k, { value: jsonRoundTrip(x), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return String(v);
}

/** A number as JSON writes it and YAML v2 reads and re-prints it: integers stay digits while they fit. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) {
    const big = BigInt(n);
    if (big >= INT64_MIN && big <= UINT64_MAX) return big.toString();
  }
  return goFloat(n);
}

// ---- what a plain scalar would mean to go-yaml v2 (its `resolve`)

const YAML11_SPECIAL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMPS = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
];

/** Go's strconv.ParseInt(s, 0, 64) / ParseUint(s, 0, 64) succeeding. */
function parsesAsGoInt(s: string): boolean {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return false;
  const body = m[2];
  let value: bigint;
  if (/^0[oO]/.test(body)) value = BigInt(`0o${body.slice(2)}`);
  else if (/^0[0-7]+$/.test(body)) value = BigInt(`0o${body.slice(1)}`);
  else value = BigInt(body);
  if (m[1] === '-') value = -value;
  return value >= INT64_MIN && value <= UINT64_MAX && !(m[1] === '+' && value > 2n ** 63n - 1n);
}

function resolvesToString(s: string): boolean {
  if (YAML11_SPECIAL.has(s)) return false;
  const first = s[0];
  if (first === '.') return !/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (/[-+0-9]/.test(first)) {
    if (TIMESTAMPS.some((re) => re.test(s))) return false;
    const digits = s.replaceAll('_', '');
    if (parsesAsGoInt(digits)) return false;
    if (YAML_FLOAT.test(digits)) return false;
  }
  return !BASE60_FLOAT.test(s);
}

// ---- which styles the emitter allows for a string (libyaml's analyze_scalar)

/** Code points libyaml prints as they are (everything else is escaped in double quotes). */
function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

const isBreakChar = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

interface Analysis {
  multiline: boolean;
  plainAllowed: boolean;
  singleAllowed: boolean;
  blockAllowed: boolean;
}

function analyse(s: string): Analysis {
  const chars = Array.from(s);
  if (chars.length === 0) return { multiline: false, plainAllowed: true, singleAllowed: true, blockAllowed: false };
  let indicators = s.startsWith('---') || s.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let prevSpace = false;
  let prevBreak = false;
  let precededByWhitespace = true;
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || isBlank(next) || isBreakChar(next);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) indicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) indicators = true;
    } else if (c === ':' && followedByWhitespace) indicators = true;
    else if (c === '#' && precededByWhitespace) indicators = true;
    if (!isPrintable(c.codePointAt(0) ?? 0)) special = true;
    const last = i === chars.length - 1;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreakChar(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreakChar(c);
  });
  let plainAllowed = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let singleAllowed = true;
  let blockAllowed = !trailingSpace;
  if (breakSpace) {
    plainAllowed = false;
    singleAllowed = false;
  }
  if (spaceBreak || special) {
    plainAllowed = false;
    singleAllowed = false;
    blockAllowed = false;
  }
  if (lineBreaks || indicators) plainAllowed = false;
  return { multiline: lineBreaks, plainAllowed, singleAllowed, blockAllowed };
}

function stringStyle(s: string, simpleKey: boolean): Style {
  const a = analyse(s);
  let style: Style = s.includes('\n') ? 'literal' : resolvesToString(s) ? 'plain' : 'double';
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain' && (!a.plainAllowed || (s === '' && simpleKey))) style = 'single';
  if (style === 'single' && !a.singleAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
  return style;
}

const ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function escapeChar(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  if (ESCAPES[cp] !== undefined) return `\\${ESCAPES[cp]}`;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

// ---- the emitter

class Writer {
  text = '';
  private column = 0;

  private write(s: string): void {
    for (const c of s) {
      if (c === '\n') {
        this.text += c;
        this.column = 0;
      } else {
        this.text += c;
        this.column++;
      }
    }
  }

  private newLine(indent: number): void {
    if (this.text !== '') this.write('\n');
    this.write(' '.repeat(indent));
  }

  /**
   * One value. `indent` is the indentation of the collection holding it (-1 at the top), `at`
   * says what was written just before: nothing, `key:`, or `- `.
   */
  node(v: unknown, indent: number, at: 'top' | 'key' | 'item'): void {
    const isList = Array.isArray(v);
    const isMap = typeof v === 'object' && v !== null && !isList;
    if (isMap && Object.keys(v).length > 0) {
      const own = at === 'top' ? 0 : indent + INDENT;
      if (at === 'item') this.write(' ');
      this.mapping(v as Record<string, unknown>, own, at === 'item');
      return;
    }
    if (isList && v.length > 0) {
      // go-yaml v2 does not indent a list under a map key; a list in a list is indented.
      const own = at === 'top' ? 0 : at === 'key' ? indent : indent + INDENT;
      if (at === 'item') this.write(' ');
      this.sequence(v, own, at === 'item');
      return;
    }
    if (at !== 'top') this.write(' ');
    if (isMap) this.write('{}');
    else if (isList) this.write('[]');
    else this.scalar(v, at === 'top' ? INDENT : indent + INDENT, false);
  }

  private mapping(map: Record<string, unknown>, indent: number, inline: boolean): void {
    Object.keys(map)
      .sort(yamlKeyOrder)
      .forEach((key, i) => {
        if (!(inline && i === 0)) this.newLine(indent);
        this.scalar(key, indent + INDENT, true);
        this.write(':');
        this.node(map[key], indent, 'key');
      });
  }

  private sequence(list: unknown[], indent: number, inline: boolean): void {
    list.forEach((item, i) => {
      if (!(inline && i === 0)) this.newLine(indent);
      this.write('-');
      this.node(item, indent, 'item');
    });
  }

  private scalar(v: unknown, contIndent: number, simpleKey: boolean): void {
    if (v === null) return this.write('null');
    if (typeof v === 'boolean') return this.write(v ? 'true' : 'false');
    if (typeof v === 'number') return this.write(numberText(v));
    const s = String(v);
    const style = stringStyle(s, simpleKey);
    if (style === 'plain') this.folded(s, contIndent, !simpleKey, '', '');
    else if (style === 'single') this.folded(s, contIndent, !simpleKey, "'", "'");
    else if (style === 'double') this.doubleQuoted(s, contIndent, !simpleKey);
    else this.literal(s, contIndent);
  }

  /** Plain or single-quoted text: a space past the width, not followed by another, becomes a line break. */
  private folded(s: string, contIndent: number, allowBreaks: boolean, open: string, close: string): void {
    const chars = Array.from(s);
    this.write(open);
    let spaces = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        const edge = open !== '' && (i === 0 || i === chars.length - 1);
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !edge && chars[i + 1] !== ' ') this.newLine(contIndent);
        else this.write(c);
        spaces = true;
      } else {
        this.write(c === "'" && open === "'" ? "''" : c);
        spaces = false;
      }
    });
    this.write(close);
  }

  private doubleQuoted(s: string, contIndent: number, allowBreaks: boolean): void {
    const chars = Array.from(s);
    this.write('"');
    let spaces = false;
    chars.forEach((c, i) => {
      const cp = c.codePointAt(0) ?? 0;
      if (!isPrintable(cp) || cp === 0xfeff || isBreakChar(c) || c === '"' || c === '\\') {
        this.write(escapeChar(c));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.newLine(contIndent);
          if (chars[i + 1] === ' ') this.write('\\');
        } else this.write(c);
        spaces = true;
      } else {
        this.write(c);
        spaces = false;
      }
    });
    this.write('"');
  }

  private literal(s: string, contIndent: number): void {
    let hints = '';
    if (s.startsWith(' ') || s.startsWith('\n')) hints += String(INDENT);
    if (!s.endsWith('\n')) hints += '-';
    else if (s === '\n' || s.endsWith('\n\n')) hints += '+';
    this.write(`|${hints}`);
    const lines = s.split('\n');
    if (s.endsWith('\n')) lines.pop();
    for (const line of lines) {
      this.write('\n');
      if (line !== '') this.write(' '.repeat(contIndent) + line);
    }
  }
}
