// `.Files` as helm's engine gives it (pkg/engine/files.go): a map type over the chart's files
// (name -> bytes) with Get, GetBytes, Glob, Lines, AsConfig and AsSecrets. Facts from helm 4.1.4:
// a missing file gives "" / empty bytes / no lines; Glob with a broken pattern matches everything;
// AsConfig / AsSecrets key by base name (later names win), print "{}" when nothing matched; Lines
// of an empty file fails ("runtime error: index out of range [-1]"); %T prints "engine.files".
import { GoObject, goTypeName, newMap, mapSet, type GoFunc, type GoMap, type GoMapLike, type GoValue } from '../value';
import type { Marshalable } from './capabilities';
import { compileGlob } from './glob';

const utf8 = new TextDecoder('utf-8');

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Go's string([]byte): invalid UTF-8 becomes U+FFFD when printed, as Go would print it. */
export function bytesToString(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** A Go []byte ([]uint8): prints as a list of numbers, marshals to base64 as encoding/json does. */
export class GoBytes extends GoObject implements Marshalable {
  readonly goType = '[]uint8';
  constructor(readonly bytes: Uint8Array) {
    super();
  }
  field(_name: string): GoValue | undefined {
    return undefined;
  }
  format(): string {
    return `[${Array.from(this.bytes).join(' ')}]`;
  }
  jsonValue(): GoValue {
    return base64(this.bytes);
  }
  /** range, len and index see the bytes as numbers (the template engine's list protocol). */
  goElements(): GoValue[] {
    return Array.from(this.bytes, (b) => BigInt(b));
  }
  /** What string(b) gives. */
  override toString(): string {
    return bytesToString(this.bytes);
  }
}

type YamlDump = (v: GoValue) => string;

/** engine.files. `dump` is helm's toYaml (injected so this module stays free of the YAML writer). */
export class Files extends GoObject implements Marshalable, GoMapLike {
  readonly goType = 'engine.files';
  constructor(
    private readonly entries: ReadonlyMap<string, Uint8Array>,
    private readonly dump: YamlDump,
  ) {
    super();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Names in Go's map order (sorted), for range. */
  names(): string[] {
    return [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  getBytes(name: string): Uint8Array {
    return this.entries.get(name) ?? new Uint8Array(0);
  }

  get(name: string): string {
    return bytesToString(this.getBytes(name));
  }

  glob(pattern: string): Files {
    const match = compileGlob(pattern);
    const picked = new Map<string, Uint8Array>();
    for (const [name, data] of this.entries) if (match(name)) picked.set(name, data);
    return new Files(picked, this.dump);
  }

  lines(name: string): string[] {
    const data = this.entries.get(name);
    if (data === undefined) return [];
    if (data.length === 0) throw new Error('runtime error: index out of range [-1]');
    let s = bytesToString(data);
    if (data[data.length - 1] === 0x0a) s = s.slice(0, -1);
    return s.split('\n');
  }

  /** Base name -> text; of two files with one base name the later path wins (Go picks either). */
  private byBaseName(encode: (b: Uint8Array) => string): GoMap {
    const m = newMap();
    for (const name of this.names()) mapSet(m, name.slice(name.lastIndexOf('/') + 1), encode(this.entries.get(name)!));
    return m;
  }

  asConfig(): string {
    return this.dump(this.byBaseName(bytesToString));
  }

  asSecrets(): string {
    return this.dump(this.byBaseName(base64));
  }

  field(name: string): GoValue | undefined {
    switch (name) {
      case 'AsConfig':
        return this.asConfig();
      case 'AsSecrets':
        return this.asSecrets();
    }
    return undefined;
  }

  override method(name: string): GoFunc | undefined {
    const oneString = (fn: (s: string) => GoValue): GoFunc => (...args: GoValue[]) => {
      if (args.length !== 1) throw new Error(`wrong number of args for ${name}: want 1 got ${args.length}`);
      const a = args[0];
      if (typeof a !== 'string') throw new Error(`wrong type for value; expected string; got ${goTypeName(a)}`);
      return fn(a);
    };
    switch (name) {
      case 'Get':
        return oneString((s) => this.get(s));
      case 'GetBytes':
        return oneString((s) => new GoBytes(this.getBytes(s)));
      case 'Glob':
        return oneString((s) => this.glob(s));
      case 'Lines':
        return oneString((s) => this.lines(s));
      case 'AsConfig':
        return () => this.asConfig();
      case 'AsSecrets':
        return () => this.asSecrets();
    }
    return undefined;
  }

  /** range, len, index and truth see the map[string][]byte (the template engine's map protocol). */
  goEntries(): [string, GoValue][] {
    return this.names().map((n) => [n, new GoBytes(this.entries.get(n)!)]);
  }

  /** `index .Files "name"` / `.Files.name`: the bytes, or empty bytes (Go's zero value) when missing. */
  goIndex(name: string): GoValue {
    return new GoBytes(this.getBytes(name));
  }

  format(): string {
    return `map[${this.names().map((n) => `${n}:${new GoBytes(this.entries.get(n)!).format()}`).join(' ')}]`;
  }

  jsonValue(): GoValue {
    const m = newMap();
    for (const name of this.names()) mapSet(m, name, base64(this.entries.get(name)!));
    return m;
  }
}
