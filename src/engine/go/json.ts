// Go's encoding/json over the engine's value model: Marshal (helm's toJson: map keys sorted, < > &
// escaped for HTML, float64 in its shortest form with an exponent below 1e-6 and from 1e21, int64 as
// digits), MarshalIndent (sprig's toPrettyJson), an encoder without HTML escaping (sprig's
// toRawJson), and Unmarshal into interface{} (every number a float64, maps without prototype) with
// Go's error texts, which fromJson puts under an "Error" key.
import type { GoMap, GoValue, StructField } from '../value';
import { GoObject, compareGoStrings, isGoMap, mapSet, newMap, structFieldsOf } from '../value';
import { formatFloat, quote } from './strconv';

/** A marshalling or unmarshalling failure, worded as Go's error. */
export class GoJsonError extends Error {}

/**
 * A Go struct marshals through its JSON field tags; a GoObject that has a JSON form offers it here
 * (duck-typed so value.ts stays as it is). Objects without one marshal as an empty object.
 */
interface JsonCapable {
  jsonValue(): GoValue;
}

function hasJsonValue(o: GoObject): o is GoObject & JsonCapable {
  return typeof (o as Partial<JsonCapable>).jsonValue === 'function';
}

export interface JsonEncodeOptions {
  /** Escape < > & as \u003c \u003e \u0026 (json.Marshal does; sprig's toRawJson does not). */
  escapeHTML?: boolean;
  /** json.MarshalIndent's indent; no newlines at all when absent. */
  indent?: string;
}

// Deeper than any real chart value; stops runaway recursion on hostile input.
const MAX_DEPTH = 10000;

/** json.Marshal(v); throws GoJsonError("json: unsupported value: NaN") as Go fails. */
export function marshalJson(v: GoValue, options: JsonEncodeOptions = {}): string {
  const escapeHTML = options.escapeHTML ?? true;
  const indent = options.indent;
  const parts: string[] = [];
  const write = (x: GoValue, depth: number, prefix: string): void => {
    if (depth > MAX_DEPTH) throw new GoJsonError('json: exceeded max depth');
    if (x === null || x === undefined) return void parts.push('null');
    switch (typeof x) {
      case 'boolean':
        return void parts.push(x ? 'true' : 'false');
      case 'string':
        return void parts.push(jsonString(x, escapeHTML));
      case 'bigint':
        return void parts.push(x.toString());
      case 'number':
        return void parts.push(jsonFloat(x));
    }
    let fields: readonly StructField[] | undefined;
    if (x instanceof GoObject) {
      fields = structFieldsOf(x);
      if (fields === undefined) {
        if (hasJsonValue(x)) return write(x.jsonValue(), depth + 1, prefix);
        return void parts.push('{}');
      }
    }
    const inner = indent === undefined ? '' : prefix + indent;
    const open = (c: string, empty: boolean) => parts.push(empty || indent === undefined ? c : c + '\n' + inner);
    const sep = () => parts.push(indent === undefined ? ',' : ',\n' + inner);
    const close = (c: string, empty: boolean) => parts.push(empty || indent === undefined ? c : '\n' + prefix + c);
    if (Array.isArray(x)) {
      open('[', x.length === 0);
      x.forEach((item, i) => {
        if (i > 0) sep();
        write(item ?? null, depth + 1, inner);
      });
      close(']', x.length === 0);
      return;
    }
    // a struct keeps its field order; a map's keys are sorted
    const keys = fields ? fields.map((f) => f.json ?? f.name) : isGoMap(x) ? jsonKeys(x) : null;
    if (keys === null) return;
    open('{', keys.length === 0);
    keys.forEach((key, i) => {
      if (i > 0) sep();
      parts.push(jsonString(key, escapeHTML), indent === undefined ? ':' : ': ');
      write(fields ? fields[i].value : ((x as GoMap)[key] ?? null), depth + 1, inner);
    });
    close('}', keys.length === 0);
  };
  write(v, 0, '');
  return parts.join('');
}

/** helm's toJson: json.Marshal, or "" when Go would fail. */
export function toJson(v: GoValue): string {
  try {
    return marshalJson(v);
  } catch (err) {
    if (err instanceof GoJsonError) return '';
    throw err;
  }
}

/** sprig's toPrettyJson: json.MarshalIndent(v, "", "  "), "" on failure. */
export function toPrettyJson(v: GoValue): string {
  try {
    return marshalJson(v, { indent: '  ' });
  } catch (err) {
    if (err instanceof GoJsonError) return '';
    throw err;
  }
}

/** sprig's toRawJson: an Encoder without HTML escaping, its trailing newline trimmed; "" on failure. */
export function toRawJson(v: GoValue): string {
  try {
    return marshalJson(v, { escapeHTML: false });
  } catch (err) {
    if (err instanceof GoJsonError) return '';
    throw err;
  }
}

/** Map keys in Go's order for maps: by UTF-8 bytes, which is code point order. */
export function jsonKeys(m: GoMap): string[] {
  return Object.keys(m).sort(compareCodePoints);
}

/** Compares strings by code point (= UTF-8 byte order), not by UTF-16 code unit. */
export const compareCodePoints = compareGoStrings;

/** encoding/json's float64: shortest digits, %e form below 1e-6 and from 1e21 (e-07 -> e-7). */
export function jsonFloat(x: number): string {
  if (!Number.isFinite(x)) throw new GoJsonError(`json: unsupported value: ${formatFloat(x, 'g', -1)}`);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return formatFloat(x, 'e', -1).replace(/e-0(\d)$/, 'e-$1');
  }
  return formatFloat(x, 'f', -1);
}

const HEX = '0123456789abcdef';

/** A JSON string literal as encoding/json writes it. */
export function jsonString(s: string, escapeHTML = true): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x20 || c === 0x22 || c === 0x5c) {
      esc = c === 0x22 ? '\\"' : c === 0x5c ? '\\\\' : c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : c === 0x08 ? '\\b' : c === 0x0c ? '\\f' : `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    } else if (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) {
      esc = `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    } else if (c === 0x2028 || c === 0x2029) {
      esc = `\\u202${HEX[c & 15]}`;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      esc = '\ufffd'; // a lone surrogate is invalid UTF-8 to Go
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

// ---- Unmarshal

/** What fromJson / fromJsonArray / interface{} targets Go decodes into. */
export type JsonTarget = 'any' | 'map' | 'array';

/**
 * json.Unmarshal(text, &target). Throws GoJsonError with Go's message on a syntax error; a type
 * mismatch of the top-level value throws too. A number too large for float64 is Go's "cannot
 * unmarshal number" error (reported after decoding the rest, as Go does: see `partial`).
 */
export function parseJson(text: string, target: JsonTarget = 'any'): GoValue {
  const r = unmarshalJson(text, target);
  if (r.error !== undefined) throw new GoJsonError(r.error);
  return r.value;
}

/** Unmarshal's result and first error; Go keeps what it decoded when a value overflows. */
export function unmarshalJson(text: string, target: JsonTarget = 'any'): { value: GoValue; error?: string } {
  const syntax = checkValid(text);
  if (syntax !== undefined) return { value: null, error: syntax };
  const d = new Decoder(text);
  const value = d.value(0);
  if (target !== 'any' && value !== null) {
    const kind = Array.isArray(value) ? 'array' : isGoMap(value) ? 'object' : typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'bool' : 'number';
    const want = target === 'map' ? 'object' : 'array';
    if (kind !== want) {
      const type = target === 'map' ? 'map[string]interface {}' : '[]interface {}';
      return { value: null, error: `json: cannot unmarshal ${kind} into Go value of type ${type}` };
    }
  }
  return d.error === undefined ? { value } : { value, error: d.error };
}

/** helm's fromJson: a map, or a map holding only "Error" when the text is not one. */
export function fromJson(text: string): GoMap | null {
  const r = unmarshalJson(text, 'map');
  const m = r.value === null ? (r.error === undefined ? null : newMap()) : (r.value as GoMap);
  if (r.error !== undefined && m !== null) mapSet(m, 'Error', r.error);
  return m;
}

/** helm's fromJsonArray: a list, a list holding only the error message, or nil for "null". */
export function fromJsonArray(text: string): GoValue[] | null {
  const r = unmarshalJson(text, 'array');
  if (r.error !== undefined) return [r.error];
  return r.value as GoValue[] | null;
}

/** Go's quoteChar: the offending byte (the first of a multi-byte character) between single quotes. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return '\'"\'';
  const firstByte = new TextEncoder().encode(c)[0] ?? 0;
  return `'${quote(String.fromCharCode(firstByte)).slice(1, -1)}'`;
}

/** encoding/json's checkValid: the first syntax error as Go words it, or undefined. */
function checkValid(s: string): string | undefined {
  let i = 0;
  const n = s.length;
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const skip = () => {
    while (i < n && isSpace(s[i])) i++;
  };
  const at = () => (i < n ? String.fromCodePoint(s.codePointAt(i) ?? 0) : '');
  const bad = (context: string): string => (i >= n ? 'unexpected end of JSON input' : `invalid character ${quoteChar(at())} ${context}`);
  // At the end of the input Go's scanner is fed one space: mid-literal, mid-number or mid-escape
  // that space is the invalid character.
  const badAtEnd = (context: string): string => (i >= n ? `invalid character ' ' ${context}` : bad(context));
  // Iterative scanner over a stack of open containers, so deep input cannot overflow the JS stack.
  const stack: ('{' | '[')[] = [];
  const literal = (word: string): string | undefined => {
    for (let k = 1; k < word.length; k++) {
      i++;
      if (i >= n || s[i] !== word[k]) return badAtEnd(`in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    i++;
    return undefined;
  };
  const number = (): string | undefined => {
    if (s[i] === '-') {
      i++;
      if (!(s[i] >= '0' && s[i] <= '9')) return badAtEnd('in numeric literal');
    }
    if (s[i] === '0') i++;
    else while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i < n && s[i] === '.') {
      i++;
      if (!(s[i] >= '0' && s[i] <= '9')) return badAtEnd('after decimal point in numeric literal');
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i < n && (s[i] === 'e' || s[i] === 'E')) {
      i++;
      if (i < n && (s[i] === '+' || s[i] === '-')) i++;
      if (!(s[i] >= '0' && s[i] <= '9')) return badAtEnd('in exponent of numeric literal');
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    return undefined;
  };
  const string = (): string | undefined => {
    i++; // opening quote
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return bad('in string literal');
      if (c === 0x5c) {
        i++;
        const e = s[i];
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= n || !/[0-9a-fA-F]/.test(s[i])) return badAtEnd('in \\u hexadecimal character escape');
          }
        } else if (i >= n || !'"\\/bfnrt'.includes(e)) return badAtEnd('in string escape code');
      }
      i++;
    }
    return 'unexpected end of JSON input';
  };
  const value = (): string | undefined => {
    skip();
    if (i >= n) return 'unexpected end of JSON input';
    const c = s[i];
    if (c === '{') {
      i++;
      skip();
      if (s[i] === '}') {
        i++;
        return undefined;
      }
      stack.push('{');
      return key();
    }
    if (c === '[') {
      i++;
      skip();
      if (s[i] === ']') {
        i++;
        return undefined;
      }
      stack.push('[');
      return 'value';
    }
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return bad('looking for beginning of value');
  };
  const key = (): string | undefined => {
    skip();
    if (s[i] !== '"') return bad('looking for beginning of object key string');
    const e = string();
    if (e !== undefined) return e;
    skip();
    if (s[i] !== ':') return bad('after object key');
    i++;
    return 'value';
  };
  let pending: string | undefined = 'value';
  for (;;) {
    if (pending === 'value') {
      pending = value();
      if (pending !== undefined && pending !== 'value') return pending;
      if (pending === 'value') continue;
    } else if (pending !== undefined) return pending;
    // a value ended: close containers or move to the next element
    skip();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < n) return bad('after top-level value');
      return undefined;
    }
    if (top === '[') {
      if (s[i] === ',') {
        i++;
        pending = 'value';
      } else if (s[i] === ']') {
        i++;
        stack.pop();
      } else return bad('after array element');
    } else {
      if (s[i] === ',') {
        i++;
        pending = key();
        if (pending !== undefined && pending !== 'value') return pending;
      } else if (s[i] === '}') {
        i++;
        stack.pop();
      } else return bad('after object key:value pair');
    }
  }
}

/** Decodes text checkValid accepted. */
class Decoder {
  i = 0;
  error: string | undefined;
  constructor(private readonly s: string) {}

  private skip(): void {
    const s = this.s;
    while (this.i < s.length && (s[this.i] === ' ' || s[this.i] === '\t' || s[this.i] === '\n' || s[this.i] === '\r')) this.i++;
  }

  value(depth: number): GoValue {
    if (depth > MAX_DEPTH) throw new GoJsonError('json: exceeded max depth');
    this.skip();
    const s = this.s;
    const c = s[this.i];
    if (c === '{') {
      this.i++;
      const m = newMap();
      this.skip();
      if (s[this.i] === '}') {
        this.i++;
        return m;
      }
      for (;;) {
        this.skip();
        const key = this.string();
        this.skip();
        this.i++; // ':'
        mapSet(m, key, this.value(depth + 1));
        this.skip();
        if (s[this.i++] === '}') return m;
      }
    }
    if (c === '[') {
      this.i++;
      const list: GoValue[] = [];
      this.skip();
      if (s[this.i] === ']') {
        this.i++;
        return list;
      }
      for (;;) {
        list.push(this.value(depth + 1));
        this.skip();
        if (s[this.i++] === ']') return list;
      }
    }
    if (c === '"') return this.string();
    if (c === 't') {
      this.i += 4;
      return true;
    }
    if (c === 'f') {
      this.i += 5;
      return false;
    }
    if (c === 'n') {
      this.i += 4;
      return null;
    }
    const start = this.i;
    while (this.i < s.length && '+-0123456789.eE'.includes(s[this.i])) this.i++;
    const text = s.slice(start, this.i);
    const x = Number(text);
    if (!Number.isFinite(x)) {
      this.error ??= `json: cannot unmarshal number ${text} into Go value of type float64`;
      return null;
    }
    return x;
  }

  private string(): string {
    const s = this.s;
    const start = ++this.i;
    let simple = true;
    while (s[this.i] !== '"') {
      if (s[this.i] === '\\') {
        simple = false;
        this.i++;
      }
      this.i++;
    }
    const raw = s.slice(start, this.i);
    this.i++;
    const text = simple ? raw : (JSON.parse(`"${raw}"`) as string);
    // Go replaces a lone surrogate (escaped or not) by U+FFFD.
    return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  }
}
