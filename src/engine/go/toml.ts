// helm's toToml: BurntSushi/toml's Encoder (v1.6.0) over the value model. In a map, keys whose
// values are plain (scalars, arrays of scalars) come first, sorted, as `key = value`; then maps as
// `[a.b]` tables and lists of maps as `[[a.b]]`, each nested level indented two spaces; nil values
// are skipped. Encoding errors are returned as the text, as helm's toToml does.
import type { GoMap, GoValue } from '../value';
import { GoObject, compareGoStrings, isGoMap, structFieldsOf } from '../value';
import { formatFloat } from './strconv';

class TomlError extends Error {}

const INDENT = '  ';
const MAX_DEPTH = 10000;

/** helm's toToml: the encoded text, or the encoder's error message. */
export function toToml(v: GoValue): string {
  // Go's encoder dereferences the nil it is given and panics; the template call reports it
  if (v === null || v === undefined) throw new Error('reflect: call of reflect.Value.Type on zero Value');
  try {
    return new TomlEncoder().encodeTop(v);
  } catch (err) {
    if (err instanceof TomlError) return err.message;
    throw err;
  }
}

type TomlKind = 'table' | 'tableArray' | 'plain' | 'nil';

/** A struct's fields by Go name in declaration order (the encoder writes them unsorted). */
type StructTable = Map<string, GoValue>;
type TomlData = GoValue | StructTable;
type Table = GoMap | StructTable;

function plainData(v: TomlData): TomlData {
  if (v instanceof GoObject) {
    const fields = structFieldsOf(v);
    if (fields) return new Map(fields.map((f) => [f.name, f.value]));
    const j = (v as Partial<{ jsonValue(): GoValue }>).jsonValue;
    return typeof j === 'function' ? j.call(v) : null;
  }
  return v;
}

function isTable(v: TomlData): v is Table {
  return v instanceof Map || isGoMap(v);
}

function kindOf(v: TomlData): TomlKind {
  v = plainData(v);
  if (v === null || v === undefined) return 'nil';
  if (isTable(v)) return 'table';
  if (Array.isArray(v)) {
    if (v.length === 0) return 'plain';
    let allTables = true;
    for (const item of v) {
      const k = kindOf(item ?? null);
      if (k === 'nil') throw new TomlError('toml: cannot encode array with nil element');
      if (k !== 'table') allTables = false;
    }
    return allTables ? 'tableArray' : 'plain';
  }
  return 'plain';
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

function quoted(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (ESCAPES[c] !== undefined) out += ESCAPES[c];
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return out + '"';
}

const BARE = /^[A-Za-z0-9_-]+$/;

function keyPiece(k: string): string {
  if (k === '') return '""';
  return BARE.test(k) ? k : quoted(k);
}

class TomlEncoder {
  private out = '';

  private write(s: string): void {
    this.out += s;
  }

  /** A line break, except before the very first output. */
  private newline(): void {
    if (this.out !== '') this.out += '\n';
  }

  encodeTop(v: GoValue): string {
    this.encode([], plainData(v), 0);
    return this.out;
  }

  private encode(key: string[], v: TomlData, depth: number): void {
    if (depth > MAX_DEPTH) throw new TomlError('toml: value nested too deeply');
    v = plainData(v);
    if (v === null || v === undefined) return;
    const kind = kindOf(v);
    if (kind === 'table') return this.table(key, v as Table, depth);
    if (kind === 'tableArray') return this.tableArray(key, v as GoValue[], depth);
    this.keyValue(key, v, depth);
  }

  private keyValue(key: string[], v: TomlData, depth: number): void {
    if (key.length === 0) {
      this.element(v, depth);
      return;
    }
    this.write(`${INDENT.repeat(key.length - 1)}${keyPiece(key[key.length - 1])} = `);
    this.element(v, depth);
    this.newline();
  }

  private table(key: string[], m: Table, depth: number): void {
    if (key.length === 1) this.newline();
    if (key.length > 0) {
      this.write(`${INDENT.repeat(key.length - 1)}[${key.map(keyPiece).join('.')}]`);
      this.newline();
    }
    this.mapBody(key, m, depth, false);
  }

  private tableArray(key: string[], list: GoValue[], depth: number): void {
    if (key.length === 0) throw new TomlError('toml: top-level values must be Go maps or structs');
    for (const item of list) {
      this.newline();
      this.write(`${INDENT.repeat(key.length - 1)}[[${key.map(keyPiece).join('.')}]]`);
      this.newline();
      this.mapBody(key, plainData(item) as Table, depth, false);
    }
  }

  private mapBody(key: string[], m: Table, depth: number, inline: boolean): void {
    const direct: string[] = [];
    const sub: string[] = [];
    const struct = m instanceof Map;
    const get = (k: string): GoValue => (struct ? m.get(k) : m[k]) ?? null;
    for (const k of struct ? m.keys() : Object.keys(m)) {
      const kind = kindOf(get(k));
      (kind === 'table' || kind === 'tableArray' ? sub : direct).push(k);
    }
    const writeKeys = (keys: string[], trailingComma: boolean) => {
      if (!struct) keys.sort(compareGoStrings);
      keys.forEach((k, i) => {
        const val = plainData(get(k));
        if (val === null) return;
        if (inline) {
          this.write(`${keyPiece(k)} = `);
          this.element(val, depth + 1);
          if (trailingComma || i !== keys.length - 1) this.write(', ');
        } else this.encode([...key, k], val, depth + 1);
      });
    };
    if (inline) this.write('{');
    writeKeys(direct, sub.length > 0);
    writeKeys(sub, false);
    if (inline) this.write('}');
  }

  private element(v: TomlData, depth: number): void {
    if (depth > MAX_DEPTH) throw new TomlError('toml: value nested too deeply');
    v = plainData(v);
    switch (typeof v) {
      case 'string':
        return this.write(quoted(v));
      case 'boolean':
        return this.write(v ? 'true' : 'false');
      case 'bigint':
        return this.write(v.toString());
      case 'number':
        return this.write(tomlFloat(v));
    }
    if (Array.isArray(v)) {
      this.write('[');
      v.forEach((item, i) => {
        this.element(item ?? null, depth + 1);
        if (i !== v.length - 1) this.write(', ');
      });
      this.write(']');
      return;
    }
    if (isTable(v)) return this.mapBody([], v, depth, true);
    // nil reaches here only inside an array, which kindOf has refused already
    throw new TomlError('toml: cannot encode a nil value');
  }
}

/** A float64 as the encoder writes it: %g, with ".0" added when there is neither '.' nor exponent. */
function tomlFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const s = formatFloat(x, 'g', -1);
  return s.includes('.') || s.includes('e') ? s : s + '.0';
}
