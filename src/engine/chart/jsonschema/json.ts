// Reading values.schema.json as the validator does (encoding/json's Decoder with UseNumber, then a
// check that nothing but space follows): numbers keep their text (an enum of 1.0 prints "1.0"),
// objects are prototype-free maps (a key "__proto__" is an ordinary key), and errors carry Go's
// wording ("invalid character '}' looking for beginning of object key string", "unexpected EOF").
import { quote as goQuote } from '../../go/strconv';

/** A JSON number as json.Number: its text, exactly as written. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Nesting deeper than this is refused (Go allows 10000; the browser's stack does not). */
export const MAX_JSON_DEPTH = 1000;

export class JsonSyntaxError extends Error {}

/** encoding/json's quoteChar: the byte that broke the scan, quoted in '…'. */
function quoteChar(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  // Go reports the first byte of a multi-byte character, shown as the rune of that byte.
  const byte = cp < 0x80 ? cp : new TextEncoder().encode(String.fromCodePoint(cp))[0];
  if (byte === 0x27) return "'\\''";
  if (byte === 0x22) return `'"'`;
  const q = goQuote(String.fromCharCode(byte));
  return `'${q.slice(1, -1)}'`;
}

const SPACE = new Set([' ', '\t', '\n', '\r']);

class Reader {
  i = 0;
  constructor(readonly text: string) {}

  fail(context: string): never {
    if (this.i >= this.text.length) throw new JsonSyntaxError('unexpected EOF');
    throw new JsonSyntaxError(`invalid character ${quoteChar(this.text, this.i)} ${context}`);
  }

  skipSpace(): void {
    while (this.i < this.text.length && SPACE.has(this.text[this.i])) this.i++;
  }

  value(depth: number): JsonValue {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === '{') return this.object(depth + 1);
    if (c === '[') return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (c === 't') return this.literal('true', true);
    if (c === 'f') return this.literal('false', false);
    if (c === 'n') return this.literal('null', null);
    return this.fail('looking for beginning of value');
  }

  object(depth: number): JsonObject {
    if (depth > MAX_JSON_DEPTH) throw new JsonSyntaxError('exceeded max depth');
    const out = Object.create(null) as JsonObject;
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.i] !== '"') this.fail('looking for beginning of object key string');
      const key = this.string();
      this.skipSpace();
      if (this.text[this.i] !== ':') this.fail('after object key');
      this.i++;
      const v = this.value(depth);
      Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
      this.skipSpace();
      const c = this.text[this.i];
      this.i++;
      if (c === '}') return out;
      if (c !== ',') {
        this.i--;
        this.fail('after object key:value pair');
      }
    }
  }

  array(depth: number): JsonValue[] {
    if (depth > MAX_JSON_DEPTH) throw new JsonSyntaxError('exceeded max depth');
    const out: JsonValue[] = [];
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth));
      this.skipSpace();
      const c = this.text[this.i];
      this.i++;
      if (c === ']') return out;
      if (c !== ',') {
        this.i--;
        this.fail('after array element');
      }
    }
  }

  string(): string {
    this.i++;
    let out = '';
    let start = this.i;
    for (;;) {
      if (this.i >= this.text.length) this.fail('in string literal');
      const c = this.text.charCodeAt(this.i);
      if (c === 0x22) {
        out += this.text.slice(start, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) this.fail('in string literal');
      if (c !== 0x5c) {
        this.i++;
        continue;
      }
      out += this.text.slice(start, this.i);
      this.i++;
      const e = this.text[this.i];
      const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '\\': '\\', '/': '/', '"': '"' };
      if (e !== undefined && e in simple) {
        out += simple[e];
        this.i++;
      } else if (e === 'u') {
        this.i++;
        let unit = this.hex4();
        if (unit >= 0xd800 && unit < 0xdc00) {
          // A high surrogate pairs with a following \uDC00-\uDFFF; alone it becomes U+FFFD.
          if (this.text.startsWith('\\u', this.i)) {
            const save = this.i;
            this.i += 2;
            const low = this.hex4();
            if (low >= 0xdc00 && low < 0xe000) {
              out += String.fromCharCode(unit, low);
              start = this.i;
              continue;
            }
            this.i = save;
          }
          unit = 0xfffd;
        } else if (unit >= 0xdc00 && unit < 0xe000) unit = 0xfffd;
        out += String.fromCharCode(unit);
      } else this.fail('in string escape code');
      start = this.i;
    }
  }

  hex4(): number {
    for (let k = 0; k < 4; k++) {
      if (!/[0-9a-fA-F]/.test(this.text[this.i + k] ?? '')) {
        this.i += k;
        this.fail('in \\u hexadecimal character escape');
      }
    }
    const v = parseInt(this.text.slice(this.i, this.i + 4), 16);
    this.i += 4;
    return v;
  }

  number(): JsonNumber {
    const start = this.i;
    const digit = () => this.text[this.i] >= '0' && this.text[this.i] <= '9';
    if (this.text[this.i] === '-') {
      this.i++;
      if (!digit()) this.fail('in numeric literal');
    }
    if (this.text[this.i] === '0') this.i++;
    else while (digit()) this.i++;
    if (this.text[this.i] === '.') {
      this.i++;
      if (!digit()) this.fail('after decimal point in numeric literal');
      while (digit()) this.i++;
    }
    if (this.text[this.i] === 'e' || this.text[this.i] === 'E') {
      this.i++;
      if (this.text[this.i] === '+' || this.text[this.i] === '-') this.i++;
      if (!digit()) this.fail('in exponent of numeric literal');
      while (digit()) this.i++;
    }
    return new JsonNumber(this.text.slice(start, this.i));
  }

  literal<T>(word: string, v: T): T {
    for (let k = 1; k < word.length; k++) {
      this.i++;
      if (this.text[this.i] !== word[k]) this.fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    this.i++;
    return v;
  }
}

/** jsonschema.UnmarshalJSON: one JSON value, then only white space. Throws Go's error text. */
export function parseSchemaJson(bytes: Uint8Array): JsonValue {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const r = new Reader(text);
  r.skipSpace();
  if (r.i >= text.length) throw new JsonSyntaxError('EOF');
  const v = r.value(0);
  r.skipSpace();
  if (r.i < text.length) throw new JsonSyntaxError('invalid character after top-level value');
  return v;
}

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber);
}
