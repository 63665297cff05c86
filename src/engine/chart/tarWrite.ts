// A small tar writer (ustar, with GNU long names or pax paths for names over 100 bytes) and
// .tgz with fflate: packages a chart opened from a folder so a bundle can carry it, as
// `helm package` would, and makes archives for tests.
import { gzipSync } from 'fflate';
import { concatBytes } from '../bytes';

const enc = new TextEncoder();

export interface TarInput {
  name: string;
  body?: string | Uint8Array;
  /** '0' file (default), '5' dir, '2' symlink, '1' hard link. */
  type?: string;
  /** How a name over 100 bytes is stored. */
  longName?: 'gnu' | 'pax';
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, type: string, ustar = true): Uint8Array {
  const h = new Uint8Array(512);
  h.set(enc.encode(name).subarray(0, 100), 0);
  h.set(enc.encode(octal(0o644, 8)), 100);
  h.set(enc.encode(octal(0, 8)), 108);
  h.set(enc.encode(octal(0, 8)), 116);
  h.set(enc.encode(octal(size, 12)), 124);
  h.set(enc.encode(octal(0, 12)), 136);
  h[156] = type.charCodeAt(0);
  h.set(enc.encode(ustar ? 'ustar\u000000' : 'ustar  \u0000'), 257);
  h.fill(32, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.set(enc.encode(sum.toString(8).padStart(6, '0') + '\0 '), 148);
  return h;
}

function padded(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 512) * 512);
  out.set(data);
  return out;
}

export function tar(entries: TarInput[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const body = typeof e.body === 'string' ? enc.encode(e.body) : (e.body ?? new Uint8Array());
    const type = e.type ?? '0';
    let name = e.name;
    if (enc.encode(name).length > 100) {
      if (e.longName === 'pax') {
        const rec = (len: number): string => `${len} path=${name}\n`;
        let len = rec(0).length;
        while (rec(len).length !== len) len = rec(len).length;
        const data = enc.encode(rec(len));
        parts.push(header('PaxHeaders/x', data.length, 'x'), padded(data));
      } else {
        const data = enc.encode(name + '\0');
        parts.push(header('././@LongLink', data.length, 'L', false), padded(data));
      }
      name = name.slice(0, 99);
    }
    parts.push(header(name, type === '0' ? body.length : 0, type), padded(type === '0' ? body : new Uint8Array()));
  }
  parts.push(new Uint8Array(1024));
  return concatBytes(parts);
}

export function tgz(entries: TarInput[]): Uint8Array {
  return gzipSync(tar(entries));
}
