// helm's toYaml text: sigs.k8s.io/yaml marshals the value to JSON, reads the JSON back with go-yaml
// v2 and prints that with go-yaml v2's emitter (a port of libyaml). So numbers come out as JSON
// wrote them (integers as digits, other floats in Go's %g form), map keys are sorted go-yaml's way,
// strings are quoted only when YAML would read them as something else, long plain or quoted strings
// fold at a space past column 80, multi-line strings become literal blocks, keys longer than 128
// bytes or spanning lines become `? key` / `: value` pairs. This file mirrors the emitter's state
// (column, indent, whether the last character was whitespace) so the layout follows from the same
// rules rather than from special cases.
//
// sprig's toYamlPretty (helm registers it) is go-yaml v3's Encoder with indent 2 instead: the value
// is written as Go holds it (no JSON step: floats in %g, 1e+06 stays so; structs by lowercased field
// name in declaration order), sequences inside mappings are indented, nothing folds, and v3's key
// order differs from v2's after a digit.
import type { GoMap, GoValue } from '../value';
import { GoObject, isGoMap, mapLikeOf, structFieldsOf } from '../value';
import { GoJsonError } from './json';
import { formatFloat } from './strconv';
import { plainKeepsString } from './yamlResolve';

const BEST_WIDTH = 80;
/** go-yaml v3's emitter never folds long scalars. */
const NO_FOLDING = 2 ** 31 - 1;
const BEST_INDENT = 2;
const MAX_SIMPLE_KEY_BYTES = 128;
// Deeper than any real value; the JSON marshaller of Go fails on cycles, we fail on depth.
const MAX_DEPTH = 10000;

type Style = 'plain' | 'single' | 'double' | 'literal';

interface JsonCapable {
  jsonValue(): GoValue;
}

/**
 * yaml.Marshal(v) of sigs.k8s.io/yaml: the whole text, ending in a newline. Throws GoJsonError when
 * encoding/json would fail (NaN, infinities).
 */
export function marshalYaml(v: GoValue): string {
  const e = new Emitter(V2_STYLE);
  e.node(toJsonShape(v, 0), { mapping: false, sequence: false, simpleKey: false });
  e.documentEnd();
  return e.out;
}

/** helm's toYaml: the marshalled text without its final newline, or "" when marshalling fails. */
export function toYaml(v: GoValue): string {
  try {
    const text = marshalYaml(v);
    return text.endsWith('\n') ? text.slice(0, -1) : text;
  } catch (err) {
    if (err instanceof GoJsonError) return '';
    throw err;
  }
}

/** sprig's toYamlPretty: go-yaml v3's Encoder with indent 2, without the final newline. */
export function toYamlPretty(v: GoValue): string {
  const e = new Emitter(V3_STYLE);
  e.node(prettyShape(v, 0), { mapping: false, sequence: false, simpleKey: false });
  e.documentEnd();
  return e.out.endsWith('\n') ? e.out.slice(0, -1) : e.out;
}

/** The value as go-yaml v3 encodes it from Go (no JSON round trip). */
function prettyShape(v: GoValue | undefined, depth: number): Shape {
  if (depth > MAX_DEPTH) throw new GoJsonError('yaml: exceeded max depth');
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number': {
      const text = formatFloat(v, 'g', -1);
      return { num: text === '+Inf' ? '.inf' : text === '-Inf' ? '-.inf' : text === 'NaN' ? '.nan' : text };
    }
    case 'bigint':
      return { num: v.toString() };
  }
  if (Array.isArray(v)) return v.map((x) => prettyShape(x, depth + 1));
  if (v instanceof GoObject) {
    // v3 names a struct field by its lowercased Go name (none of ours has a yaml tag)
    const fields = structFieldsOf(v);
    if (fields) return new StructShape(fields.map((f) => [f.name.toLowerCase(), prettyShape(f.value, depth + 1)]));
    if (v.goType === 'time.Time') return { num: timeText(v) };
    const m = mapLikeOf(v);
    if (m) return new Map(m.goEntries().map(([k, x]) => [k, prettyShape(x, depth + 1)]));
    // a slice type ([]byte: its numbers), through the template engine's list protocol
    const elements = (v as Partial<{ goElements(): GoValue[] }>).goElements;
    if (typeof elements === 'function') return elements.call(v).map((x) => prettyShape(x, depth + 1));
    const j = (v as Partial<JsonCapable>).jsonValue;
    return typeof j === 'function' ? prettyShape(j.call(v), depth + 1) : new Map();
  }
  const m = new Map<string, Shape>();
  for (const key of Object.keys(v)) m.set(key, prettyShape((v as GoMap)[key], depth + 1));
  return m;
}

/** A time.Time as v3 writes it: its RFC 3339 text with nanoseconds, plain. */
function timeText(t: GoObject): string {
  const format = t.method('Format');
  const text = format ? format('2006-01-02T15:04:05.999999999Z07:00') : null;
  return typeof text === 'string' ? text : t.format();
}

// ---- the value after the JSON round trip

/** A number as go-yaml re-reads the JSON text: digits that fit int64/uint64 stay digits. */
type Shape = null | boolean | string | { num: string } | Shape[] | Map<string, Shape>;

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

function numberText(x: number): string {
  if (!Number.isFinite(x)) throw new GoJsonError(`json: unsupported value: ${formatFloat(x, 'g', -1)}`);
  if (Number.isInteger(x) && Math.abs(x) < 1e21) {
    // encoding/json wrote the shortest digits padded with zeros; go-yaml reads an int if it fits
    const digits = formatFloat(x, 'f', -1);
    const big = BigInt(digits);
    if (big >= INT64_MIN && big <= UINT64_MAX) return big.toString();
  }
  return formatFloat(x, 'g', -1);
}

function toJsonShape(v: GoValue | undefined, depth: number): Shape {
  if (depth > MAX_DEPTH) throw new GoJsonError('json: exceeded max depth');
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return jsonRoundTripString(v);
    case 'number':
      return { num: numberText(v) };
    case 'bigint':
      return { num: v.toString() };
  }
  if (Array.isArray(v)) return v.map((x) => toJsonShape(x, depth + 1));
  if (v instanceof GoObject) {
    const fields = structFieldsOf(v);
    if (fields) return new Map(fields.map((f) => [jsonRoundTripKey(f.json ?? f.name), toJsonShape(f.value, depth + 1)]));
    const j = (v as Partial<JsonCapable>).jsonValue;
    return typeof j === 'function' ? toJsonShape(j.call(v), depth + 1) : new Map();
  }
  if (isGoMap(v)) {
    const m = new Map<string, Shape>();
    for (const key of Object.keys(v as GoMap)) {
      const x = (v as GoMap)[key];
      if (x !== undefined) m.set(jsonRoundTripKey(key), toJsonShape(x, depth + 1));
    }
    return m;
  }
  return null;
}

// Characters encoding/json leaves raw that libyaml's reader refuses: DEL, C1 controls but NEL,
// U+FFFE and U+FFFF. go-yaml then fails, and toYaml prints nothing.
const UNREADABLE = /[\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** A string after encoding/json wrote it and go-yaml read it back. */
function jsonRoundTripString(s: string): string {
  if (UNREADABLE.test(s)) throw new GoJsonError('yaml: control characters are not allowed');
  // encoding/json writes a lone surrogate (invalid UTF-8 to Go) as U+FFFD
  s = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return s.includes('\u0085') ? foldNextLines(s) : s;
}

/**
 * A map key after the round trip. go-yaml reads each JSON key as a simple key, which must stay on
 * one line (NEL breaks it) and within 1024 characters of JSON text; otherwise reading fails.
 */
function jsonRoundTripKey(key: string): string {
  if (key.includes('\u0085') || jsonTokenLength(key) > 1024) throw new GoJsonError('yaml: did not find expected \',\' or \'}\'');
  return jsonRoundTripString(key);
}

/** Characters of the JSON string literal encoding/json writes for s, quotes included. */
function jsonTokenLength(s: string): number {
  let n = 2;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x22 || c === 0x5c || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c) n += 2;
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) n += 6;
    else n += 1;
  }
  return n;
}

/**
 * encoding/json leaves NEL (U+0085) raw, and go-yaml reads it inside the quoted JSON string as a
 * line break, which YAML folds: spaces around it go, one break becomes a space, n breaks n-1
 * newlines. (Every other break and tab is escaped in JSON, so spaces and NEL are all that fold.)
 */
function foldNextLines(s: string): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && s[i] !== ' ' && s[i] !== '\u0085') out += s[i++];
    if (i >= n) break;
    let whitespaces = '';
    let folded = false;
    let trailingBreaks = '';
    for (; i < n && (s[i] === ' ' || s[i] === '\u0085'); i++) {
      if (s[i] === ' ') {
        if (!folded) whitespaces += ' ';
      } else if (!folded) {
        whitespaces = '';
        folded = true;
      } else trailingBreaks += '\n';
    }
    out += folded ? trailingBreaks || ' ' : whitespaces;
  }
  return out;
}

// ---- go-yaml v2's map key order

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

function isLetter(c: string): boolean {
  return c < '\x80' ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : LETTER.test(c);
}

function isDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  return c < '\x80' ? c >= '0' && c <= '9' : DIGIT.test(c);
}

function digitValue(c: string): bigint {
  // Go adds `rune - '0'`, which for other scripts' digits is a large number: keep that arithmetic.
  return BigInt((c.codePointAt(0) ?? 48) - 48);
}

/**
 * go-yaml v2's keyList.Less for two strings: letters by code point and before other characters
 * only against non-letters, runs of digits compared as numbers ("a9" < "a10").
 */
export function yamlKeyLess(a: string, b: string, v3 = false): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  // v3 only: after a shared digit a letter sorts before a non-letter ("a1b" < "a1-")
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]);
      continue;
    }
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return (ar[i].codePointAt(0) ?? 0) < (br[i].codePointAt(0) ?? 0);
    if (al || bl) return v3 && digits ? al : bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + digitValue(ar[ai]));
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + digitValue(br[bi]));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return (ar[i].codePointAt(0) ?? 0) < (br[i].codePointAt(0) ?? 0);
  }
  return ar.length < br.length;
}

/** Sort comparator for go-yaml v2's key order. */
export function yamlKeyOrder(a: string, b: string): number {
  if (a === b) return 0;
  return yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0;
}

/** Sort comparator for go-yaml v3's key order. */
function yamlV3KeyOrder(a: string, b: string): number {
  if (a === b) return 0;
  return yamlKeyLess(a, b, true) ? -1 : yamlKeyLess(b, a, true) ? 1 : 0;
}

// ---- libyaml's scalar analysis

/** Code points libyaml prints as they are (the rest is escaped in double quotes). */
function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

interface Analysis {
  multiline: boolean;
  plainAllowed: boolean; // block context
  singleAllowed: boolean;
  blockAllowed: boolean;
}

function analyse(chars: string[]): Analysis {
  if (chars.length === 0) return { multiline: false, plainAllowed: true, singleAllowed: true, blockAllowed: false };
  let indicators = chars.length >= 3 && ((chars[0] === '-' && chars[1] === '-' && chars[2] === '-') || (chars[0] === '.' && chars[1] === '.' && chars[2] === '.'));
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
  const last = chars.length - 1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const followedByWhitespace = i === last || isBlank(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) indicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) indicators = true;
    } else if (c === ':' && followedByWhitespace) indicators = true;
    else if (c === '#' && precededByWhitespace) indicators = true;
    if (!isPrintable(c.codePointAt(0) ?? 0)) special = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === last) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === last) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreak(c) || c === '\0';
  }
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

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function escapeChar(cp: number): string {
  const short = ESCAPES[cp];
  if (short !== undefined) return `\\${short}`;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

interface Context {
  mapping: boolean;
  sequence: boolean;
  simpleKey: boolean;
}

/** Where the two go-yaml emitters differ. */
interface EmitterStyle {
  /** Column past which a space may fold a scalar. */
  width: number;
  /** A block sequence that is a mapping value starts at the key's column (v2), or indented (v3). */
  indentlessInMapping: boolean;
  keyOrder: (a: string, b: string) => number;
}

const V2_STYLE: EmitterStyle = { width: BEST_WIDTH, indentlessInMapping: true, keyOrder: yamlKeyOrder };
const V3_STYLE: EmitterStyle = { width: NO_FOLDING, indentlessInMapping: false, keyOrder: yamlV3KeyOrder };

/** A struct's fields: written in declaration order, not sorted. */
class StructShape extends Map<string, Shape> {}

// ---- the emitter

class Emitter {
  out = '';
  constructor(private readonly style: EmitterStyle) {}
  private column = 0;
  private whitespace = true;
  private indention = true;
  private indent = -1;

  // libyaml's output primitives
  private put(s: string): void {
    this.out += s;
    this.column += s.length; // only ever ASCII here
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** One character of a scalar (a code point), counted as one column. */
  private writeChar(c: string): void {
    this.out += c;
    this.column++;
  }

  /** A line break character of a scalar: '\n' as a break, the others copied as they are. */
  private writeBreak(c: string): void {
    if (c === '\n') this.putBreak();
    else {
      this.out += c;
      this.column = 0;
    }
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private increaseIndent(flow: boolean, indentless: boolean): number {
    const saved = this.indent;
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
    return saved;
  }

  documentEnd(): void {
    this.indent = -1;
    this.writeIndent();
  }

  // ---- nodes

  node(v: Shape, ctx: Context): void {
    if (v === null) return this.scalar('null', 'plain', ctx);
    if (typeof v === 'boolean') return this.scalar(v ? 'true' : 'false', 'plain', ctx);
    if (typeof v === 'string') {
      const style: Style = v.includes('\n') ? 'literal' : plainKeepsString(v) ? 'plain' : 'double';
      return this.scalar(v, style, ctx);
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return this.emptyFlow('[', ']');
      const saved = this.increaseIndent(false, this.style.indentlessInMapping && ctx.mapping && !this.indention);
      for (const item of v) {
        this.writeIndent();
        this.writeIndicator('-', true, false, true);
        this.node(item, { mapping: false, sequence: true, simpleKey: false });
      }
      this.indent = saved;
      return;
    }
    if (v instanceof Map) {
      if (v.size === 0) return this.emptyFlow('{', '}');
      const saved = this.increaseIndent(false, false);
      const keys = v instanceof StructShape ? [...v.keys()] : [...v.keys()].sort(this.style.keyOrder);
      for (const key of keys) {
        this.writeIndent();
        const chars = Array.from(key);
        const simple = !analyse(chars).multiline && utf8Length(key) <= MAX_SIMPLE_KEY_BYTES;
        if (simple) {
          this.node(key, { mapping: true, sequence: false, simpleKey: true });
          this.writeIndicator(':', false, false, false);
        } else {
          this.writeIndicator('?', true, false, true);
          this.node(key, { mapping: true, sequence: false, simpleKey: false });
          this.writeIndent();
          this.writeIndicator(':', true, false, true);
        }
        this.node(v.get(key) ?? null, { mapping: true, sequence: false, simpleKey: false });
      }
      this.indent = saved;
      return;
    }
    return this.scalar(v.num, 'plain', ctx);
  }

  /** An empty list or map: always flow style, `[]` / `{}`. */
  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.writeIndicator(close, false, false, false);
  }

  /** libyaml's select_scalar_style, then the writer for the style. */
  private scalar(value: string, requested: Style, ctx: Context): void {
    const chars = Array.from(value);
    const a = analyse(chars);
    let style = requested;
    if (ctx.simpleKey && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.plainAllowed) style = 'single';
      if (chars.length === 0 && ctx.simpleKey) style = 'single';
    }
    if (style === 'single' && !a.singleAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || ctx.simpleKey)) style = 'double';
    const saved = this.increaseIndent(true, false);
    const allowBreaks = !ctx.simpleKey;
    if (style === 'plain') this.plain(chars, allowBreaks);
    else if (style === 'single') this.singleQuoted(chars, allowBreaks);
    else if (style === 'double') this.doubleQuoted(chars, allowBreaks);
    else this.literal(chars);
    this.indent = saved;
  }

  private plain(chars: string[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > this.style.width && chars[i + 1] !== ' ') this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private singleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    const last = chars.length - 1;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > this.style.width && i > 0 && i < last && chars[i + 1] !== ' ') this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === "'") this.put("'");
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private doubleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    let spaces = false;
    // The fold test compares byte positions: only the first and last characters matter and a
    // space is one byte, so character positions give the same answer.
    const last = chars.length - 1;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      const cp = c.codePointAt(0) ?? 0;
      if (!isPrintable(cp) || cp === 0xfeff || isBreak(c) || c === '"' || c === '\\') {
        const esc = escapeChar(cp);
        this.out += esc;
        this.column += esc.length;
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > this.style.width && i > 0 && i < last) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.writeChar(c);
        spaces = true;
      } else {
        this.writeChar(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(chars: string[]): void {
    this.writeIndicator('|', true, false, false);
    if (chars[0] === ' ' || isBreak(chars[0])) this.writeIndicator(String(BEST_INDENT), false, false, false);
    const n = chars.length;
    let chomp = '';
    if (n === 0 || !isBreak(chars[n - 1])) chomp = '-';
    else if (n === 1 || isBreak(chars[n - 2])) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}
