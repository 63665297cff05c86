// Reading TOML as helm's fromToml does: BurntSushi/toml (v1.6.0) decoding a TOML 1.0 document into
// map[string]interface{}. Integers are int64, floats float64, tables maps, arrays lists, date-times
// time.Time (made by the caller: this folder has no time type). Errors are worded as the decoder's
// ParseError prints them: `toml: line N (last key "a.b"): message`, checked against helm 4.1.4 for
// the common mistakes; rarer ones keep a message of our own in the same frame.
import type { GoMap, GoValue } from '../value';
import { hasKey, mapSet, newMap } from '../value';

/** A TOML date-time: what kind it is (offset, local date-time, local date, local time) and its parts. */
export interface TomlDateTime {
  kind: 'offset' | 'local' | 'date' | 'time';
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanos: number;
  /** Seconds east of UTC, for 'offset'; null for `Z`. */
  offsetSec: number | null;
}

export class TomlParseError extends Error {}

const MAX_TEXT = 16 * 1024 * 1024;
const MAX_DEPTH = 500;
const BARE_KEY = /[A-Za-z0-9_-]/;

/** How a table came to be, for the "already defined" rules. */
interface TableInfo {
  /** Defined by a [header] or as an inline table / dotted-key parent of a key-value line. */
  explicit: boolean;
  /** An inline table (or a value): closed to any addition. */
  closed: boolean;
}

export function parseToml(text: string, makeTime: (t: TomlDateTime) => GoValue): GoMap {
  if (text.length > MAX_TEXT) throw new TomlParseError(`toml: input too large (${text.length} characters)`);
  return new TomlReader(text, makeTime).document();
}

class TomlReader {
  private pos = 0;
  private line = 1;
  private lastKey = '';
  private readonly root = newMap();
  private readonly info = new Map<GoMap, TableInfo>();
  /** The array-of-tables lists, so [[a]] appends and [a] refuses them. */
  private readonly tableArrays = new Set<GoValue[]>();
  private context: string[] = [];

  constructor(
    private readonly text: string,
    private readonly makeTime: (t: TomlDateTime) => GoValue,
  ) {}

  // ---- errors and characters

  private fail(message: string, withKey = true): never {
    const key = withKey && this.lastKey !== '' ? ` (last key ${JSON.stringify(this.lastKey)})` : '';
    throw new TomlParseError(`toml: line ${this.line}${key}: ${message}`);
  }

  private peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  private next(): string {
    const c = this.text[this.pos++] ?? '';
    if (c === '\n') this.line++;
    return c;
  }

  private skipBlanks(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  private skipComment(): void {
    if (this.peek() !== '#') return;
    while (this.pos < this.text.length && this.peek() !== '\n') this.pos++;
  }

  /** Blanks, comments and line breaks (inside arrays). */
  private skipSpace(): void {
    for (;;) {
      this.skipBlanks();
      this.skipComment();
      if (this.peek() === '\n') this.next();
      else if (this.peek() === '\r' && this.peek(1) === '\n') {
        this.pos++;
        this.next();
      } else return;
    }
  }

  private atLineEnd(): boolean {
    const c = this.peek();
    return c === '' || c === '\n' || (c === '\r' && this.peek(1) === '\n');
  }

  private endLine(): void {
    this.skipBlanks();
    this.skipComment();
    if (this.atLineEnd()) {
      if (this.peek() === '\r') this.pos++;
      this.next();
      return;
    }
    this.fail(`expected a top-level item to end with a newline, comment, or EOF, but got ${goRune(this.peek())} instead`, false);
  }

  // ---- document

  document(): GoMap {
    this.info.set(this.root, { explicit: true, closed: false });
    let current = this.root;
    while (this.pos < this.text.length) {
      this.skipBlanks();
      this.skipComment();
      if (this.atLineEnd()) {
        if (this.pos >= this.text.length) break;
        this.endLine();
        continue;
      }
      this.lastKey = '';
      if (this.peek() === '[') {
        current = this.header();
      } else {
        this.keyValue(current, this.context);
        this.lastKey = '';
      }
      this.endLine();
    }
    return this.root;
  }

  private header(): GoMap {
    this.next();
    const array = this.peek() === '[';
    if (array) this.next();
    this.skipBlanks();
    const key = this.key(() => this.fail(`expected '.' or ']' to end table name, but got ${goRune(this.peek())} instead`, false));
    this.skipBlanks();
    if (this.peek() !== ']' || (array && this.peek(1) !== ']')) {
      this.fail(`expected '.' or ']' to end table name, but got ${goRune(this.peek())} instead`, false);
    }
    this.next();
    if (array) this.next();
    this.context = key;
    const parent = this.walk(this.root, key.slice(0, -1), false);
    const last = key[key.length - 1];
    const name = key.join('.');
    if (array) {
      let list = hasKey(parent, last) ? parent[last] : undefined;
      if (list === undefined) {
        list = [];
        this.tableArrays.add(list);
        mapSet(parent, last, list);
      } else if (!Array.isArray(list) || !this.tableArrays.has(list)) this.fail(`Key '${name}' has already been defined.`, false);
      const table = newMap();
      this.info.set(table, { explicit: true, closed: false });
      list.push(table);
      return table;
    }
    const existing = hasKey(parent, last) ? parent[last] : undefined;
    if (existing !== undefined) {
      const info = isTable(existing) ? this.info.get(existing) : undefined;
      if (!info || info.explicit || info.closed) this.fail(`Key '${name}' has already been defined.`, false);
      info.explicit = true;
      return existing as GoMap;
    }
    const table = newMap();
    this.info.set(table, { explicit: true, closed: false });
    mapSet(parent, last, table);
    return table;
  }

  /** The table at `path` under `from`, made (implicitly) where missing; the last of an array of tables. */
  private walk(from: GoMap, path: string[], dotted: boolean): GoMap {
    let t = from;
    for (let i = 0; i < path.length; i++) {
      const k = path[i];
      let v = hasKey(t, k) ? t[k] : undefined;
      if (v === undefined) {
        v = newMap();
        this.info.set(v, { explicit: dotted, closed: false });
        mapSet(t, k, v);
      } else if (Array.isArray(v) && this.tableArrays.has(v) && !dotted) {
        v = v[v.length - 1];
      }
      const info = isTable(v) ? this.info.get(v) : undefined;
      if (!isTable(v) || !info || info.closed) {
        this.fail(`Key '${[...this.context, ...path.slice(0, i + 1)].join('.')}' has already been defined.`);
      }
      t = v;
    }
    return t;
  }

  private keyValue(table: GoMap, context: string[]): void {
    const key = this.key(() => this.fail("unexpected EOF; expected key separator '='", false));
    this.skipBlanks();
    if (this.peek() !== '=') {
      if (this.pos >= this.text.length || this.atLineEnd()) this.fail("unexpected EOF; expected key separator '='", false);
      this.fail(`expected key separator '=', but got ${goRune(this.peek())} instead`, false);
    }
    this.next();
    this.lastKey = [...context, ...key].join('.');
    this.skipBlanks();
    const target = this.walk(table, key.slice(0, -1), true);
    const last = key[key.length - 1];
    const value = this.value(0);
    if (hasKey(target, last)) this.fail(`Key '${this.lastKey}' has already been defined.`);
    mapSet(target, last, value);
  }

  /** A dotted key: bare, "basic" or 'literal' parts. */
  private key(onEnd: () => never): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipBlanks();
      const c = this.peek();
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else if (BARE_KEY.test(c)) {
        let k = '';
        while (BARE_KEY.test(this.peek())) k += this.next();
        parts.push(k);
      } else if (c === '' || this.atLineEnd()) onEnd();
      else this.fail(`bare keys cannot contain ${goRune(c)}`, false);
      this.skipBlanks();
      if (this.peek() !== '.') return parts;
      this.next();
    }
  }

  // ---- values

  private value(depth: number): GoValue {
    if (depth > MAX_DEPTH) this.fail('value nested too deeply');
    const c = this.peek();
    if (c === '' || this.atLineEnd()) this.fail('unexpected EOF; expected value');
    if (c === '"') return this.peek(1) === '"' && this.peek(2) === '"' ? this.multiBasic() : this.basicString();
    if (c === "'") return this.peek(1) === "'" && this.peek(2) === "'" ? this.multiLiteral() : this.literalString();
    if (c === '[') return this.array(depth);
    if (c === '{') return this.inlineTable(depth);
    const word = this.word();
    if (word === 'true') return true;
    if (word === 'false') return false;
    const t = this.dateTime(word);
    if (t !== null) return t;
    return this.number(word);
  }

  /** The run of characters a bare value is made of (numbers, booleans, date-times). */
  private word(): string {
    let w = '';
    for (;;) {
      const c = this.peek();
      if (c === '' || /[\s,\]}#]/.test(c)) {
        // a local date-time may be written with a space: 1979-05-27 07:32:00
        if (c === ' ' && /^\d{4}-\d{2}-\d{2}$/.test(w) && /\d/.test(this.peek(1))) {
          w += this.next();
          continue;
        }
        return w;
      }
      w += this.next();
    }
  }

  private number(w: string): GoValue {
    const plain = w.replace(/^[+-]/, '');
    if (/^(inf|nan)$/.test(plain)) return plain === 'nan' ? NaN : w.startsWith('-') ? -Infinity : Infinity;
    const prefixed = /^0([xob])/.exec(w);
    if (prefixed) {
      const digits = w.slice(2);
      const ok = { x: /^[0-9A-Fa-f](_?[0-9A-Fa-f])*$/, o: /^[0-7](_?[0-7])*$/, b: /^[01](_?[01])*$/ }[prefixed[1] as 'x' | 'o' | 'b'];
      if (!ok.test(digits)) this.fail(`Invalid integer ${JSON.stringify(w)}`);
      return this.int64(BigInt(`0${prefixed[1]}${digits.replaceAll('_', '')}`), w);
    }
    if (/^[+-]?\d(_?\d)*$/.test(w)) {
      if (/^[+-]?0\d/.test(w)) this.fail(`Invalid integer ${JSON.stringify(w)}: cannot have leading zeroes`);
      return this.int64(BigInt(w.replaceAll('_', '')), w);
    }
    if (/^[+-]?\d[\d_]*(\.[\d_]*)?([eE][+-]?[\d_]*)?$/.test(w) && /[.eE]/.test(w)) {
      if (/\.($|[eE_])/.test(w)) this.fail(`Invalid float ${JSON.stringify(w)}: '.' must be followed by one or more digits`);
      if (/^[+-]?0\d/.test(w)) this.fail(`Invalid float ${JSON.stringify(w)}: cannot have leading zeroes`);
      if (/(^|[^\d])_|_($|[^\d])/.test(w) || !/\d$/.test(w)) this.fail(`Invalid float ${JSON.stringify(w)}`);
      return Number(w.replaceAll('_', ''));
    }
    this.fail(`expected value but found ${JSON.stringify(w)} instead`);
  }

  private int64(n: bigint, w: string): bigint {
    if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) this.fail(`${w.replaceAll('_', '')} is out of range for int64`);
    return n;
  }

  private dateTime(w: string): GoValue | null {
    const time = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?$/.exec(w);
    if (time) return this.makeTime(this.parts('time', [0, 1, 1], time.slice(1, 5), null, w));
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|z|[+-]\d{2}:\d{2})?)?$/.exec(w);
    if (!m) return null;
    const date = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] === undefined) return this.makeTime(this.parts('date', date, ['00', '00', '00', undefined], null, w));
    const zone = m[8];
    let offset: number | null = null;
    if (zone !== undefined && zone.toUpperCase() !== 'Z') offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
    return this.makeTime(this.parts(zone === undefined ? 'local' : 'offset', date, [m[4], m[5], m[6], m[7]], offset, w));
  }

  private parts(kind: TomlDateTime['kind'], date: number[], clock: (string | undefined)[], offsetSec: number | null, w: string): TomlDateTime {
    const [year, month, day] = date;
    const [hour, minute, second] = clock.slice(0, 3).map(Number);
    const frac = clock[3] === undefined ? '' : clock[3].slice(1, 10);
    const dim = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (month < 1 || month > 12 || day < 1 || day > dim[month - 1] || hour > 23 || minute > 59 || second > 60) {
      this.fail(`Invalid TOML Datetime: ${JSON.stringify(w)}.`);
    }
    return { kind, year, month, day, hour, minute, second, nanos: frac === '' ? 0 : Number(frac.padEnd(9, '0')), offsetSec };
  }

  private array(depth: number): GoValue[] {
    this.next();
    const out: GoValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.peek() === ']') {
        this.next();
        return out;
      }
      if (this.pos >= this.text.length) this.fail("expected a comma (',') or array terminator (']'), but got end of file");
      out.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.peek();
      if (c === ',') this.next();
      else if (c === ']') {
        this.next();
        return out;
      } else if (c === '') this.fail("expected a comma (',') or array terminator (']'), but got end of file");
      else this.fail(`expected a comma (',') or array terminator (']'), but got ${goRune(c)}`);
    }
  }

  private inlineTable(depth: number): GoMap {
    this.next();
    const table = newMap();
    this.info.set(table, { explicit: true, closed: false });
    const outerKey = this.lastKey;
    const outerContext = this.context;
    this.context = outerKey === '' ? [] : outerKey.split('.');
    try {
      this.skipBlanks();
      if (this.peek() === '}') {
        this.next();
        return table;
      }
      for (;;) {
        this.skipBlanks();
        if (depth > MAX_DEPTH) this.fail('value nested too deeply');
        this.keyValue(table, this.context);
        this.skipBlanks();
        const c = this.peek();
        if (c === ',') {
          this.next();
          continue;
        }
        if (c === '}') {
          this.next();
          return table;
        }
        if (c === '' || this.atLineEnd()) this.fail("expected a comma or an inline table terminator '}', but got end of file instead");
        this.fail(`expected a comma or an inline table terminator '}', but got ${goRune(c)} instead`);
      }
    } finally {
      const info = this.info.get(table);
      if (info) info.closed = true;
      this.context = outerContext;
      this.lastKey = outerKey;
    }
  }

  // ---- strings

  private basicString(): string {
    this.next();
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === '' || c === '\n') this.fail(`unexpected EOF; expected '"'`);
      this.next();
      if (c === '"') return out;
      out += c === '\\' ? this.escape() : c;
    }
  }

  /** Past a multi-line string's opening quotes and the line break right after them (not content). */
  private openMulti(): void {
    this.pos += 3;
    if (this.peek() === '\n') this.next();
    else if (this.peek() === '\r' && this.peek(1) === '\n') {
      this.pos++;
      this.next();
    }
  }

  /**
   * At three `quote`s: consumes them, and up to two more quotes right before them that end the
   * content (returned). Null when the string goes on.
   */
  private closeMulti(quote: string): string | null {
    if (this.peek() !== quote || this.peek(1) !== quote || this.peek(2) !== quote) return null;
    let extra = 0;
    while (extra < 2 && this.peek(3 + extra) === quote) extra++;
    this.pos += 3 + extra;
    return quote.repeat(extra);
  }

  private multiBasic(): string {
    this.openMulti();
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail(`unexpected EOF; expected '"""'`);
      const end = this.closeMulti('"');
      if (end !== null) return out + end;
      this.next();
      if (c !== '\\') {
        out += c;
        continue;
      }
      // a backslash at the end of a line trims the break and the following whitespace
      let k = 0;
      while (this.peek(k) === ' ' || this.peek(k) === '\t') k++;
      if (this.peek(k) === '\n' || (this.peek(k) === '\r' && this.peek(k + 1) === '\n')) {
        while (/[ \t\r\n]/.test(this.peek())) this.next();
        continue;
      }
      out += this.escape();
    }
  }

  private literalString(): string {
    this.next();
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === '' || c === '\n') this.fail(`unexpected EOF; expected "'"`);
      this.next();
      if (c === "'") return out;
      out += c;
    }
  }

  private multiLiteral(): string {
    this.openMulti();
    let out = '';
    for (;;) {
      if (this.peek() === '') this.fail(`unexpected EOF; expected "'''"`);
      const end = this.closeMulti("'");
      if (end !== null) return out + end;
      out += this.next();
    }
  }

  private escape(): string {
    const c = this.next();
    switch (c) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case 'e':
        return '\x1b';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const n = c === 'u' ? 4 : 8;
        const hex = this.text.slice(this.pos, this.pos + n);
        if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex)) this.fail(`invalid escape in string '\\${c}${hex}'`);
        this.pos += n;
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail(`invalid escape in string '\\${c}${hex}'`);
        return String.fromCodePoint(cp);
      }
    }
    this.fail(`invalid escape in string '\\${c}'`);
  }
}

function isTable(v: GoValue | undefined): v is GoMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === null;
}

/** A character as Go's %q prints a rune ('\x00' at the end of the input). */
function goRune(c: string): string {
  if (c === '') return "'\\x00'";
  if (c === '\n') return "'\\n'";
  if (c === "'") return "'\\''";
  return `'${c}'`;
}
