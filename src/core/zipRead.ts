// Reading a zip someone hands us (a bundle chosen in "Import helmfile") without letting it decide
// how much we inflate: the central directory's sizes are checked before any byte is inflated, and
// each entry is then inflated in small steps that stop as soon as it passes the size it declared.
import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Entries the central directory may list. */
  maxEntries: number;
  /** Inflated size of one wanted entry. */
  maxEntryBytes: number;
  /** Inflated size of all wanted entries together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxEntryBytes: 5 * 1024 * 1024, maxTotalBytes: 20 * 1024 * 1024 };

export class ZipError extends Error {}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Input bytes per inflate step: deflate expands at most ~1032x, so one step yields about 1 MB. */
const STEP = 1024;

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

function reader(data: Uint8Array) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const need = (offset: number, length: number) => {
    if (offset < 0 || offset + length > data.length) throw new ZipError('the zip is truncated or damaged');
  };
  return {
    u16: (o: number) => (need(o, 2), view.getUint16(o, true)),
    u32: (o: number) => (need(o, 4), view.getUint32(o, true)),
    bytes: (o: number, n: number) => (need(o, n), data.subarray(o, o + n)),
  };
}

function centralDirectory(data: Uint8Array, limits: ZipLimits): CentralEntry[] {
  const r = reader(data);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (r.u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('it is not a zip (no central directory)');
  const count = r.u16(eocd + 10);
  const offset = r.u32(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('ZIP64 archives are not read');
  if (count > limits.maxEntries) throw new ZipError(`it lists ${count} entries; at most ${limits.maxEntries} are read`);
  const names = new TextDecoder();
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw new ZipError('its central directory is damaged');
    const nameLength = r.u16(at + 28);
    entries.push({
      flags: r.u16(at + 8),
      method: r.u16(at + 10),
      compressedSize: r.u32(at + 20),
      size: r.u32(at + 24),
      localOffset: r.u32(at + 42),
      name: names.decode(r.bytes(at + 46, nameLength)),
    });
    at += 46 + nameLength + r.u16(at + 30) + r.u16(at + 32);
  }
  return entries;
}

function inflateCapped(compressed: Uint8Array, cap: number, name: string): Uint8Array {
  const out = new Uint8Array(cap);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > cap) throw new ZipError(`${name} inflates to more than the ${cap} bytes it declares`);
    out.set(chunk, length);
    length += chunk.length;
  });
  if (compressed.length === 0) inflater.push(compressed, true);
  for (let i = 0; i < compressed.length; i += STEP) inflater.push(compressed.subarray(i, i + STEP), i + STEP >= compressed.length);
  return out.subarray(0, length);
}

/**
 * The wanted entries of a zip (name -> bytes, in a Map so names stay data). Throws ZipError with a
 * reason when the zip is damaged or its sizes pass `limits`; nothing is inflated before the sizes
 * of all wanted entries are checked. Encrypted entries and unknown methods are skipped.
 */
export function readZip(data: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  const chosen = centralDirectory(data, limits).filter((e) => !e.name.endsWith('/') && wanted(e.name) && (e.flags & 1) === 0 && (e.method === 0 || e.method === 8));
  let total = 0;
  for (const entry of chosen) {
    if (entry.size > limits.maxEntryBytes) throw new ZipError(`${entry.name} is ${mib(entry.size)} inflated; at most ${mib(limits.maxEntryBytes)} per file is read`);
    total += entry.size;
  }
  if (total > limits.maxTotalBytes) throw new ZipError(`its files inflate to ${mib(total)}; at most ${mib(limits.maxTotalBytes)} is read`);
  const r = reader(data);
  const out = new Map<string, Uint8Array>();
  for (const entry of chosen) {
    if (r.u32(entry.localOffset) !== LOCAL) throw new ZipError(`the entry ${entry.name} is damaged`);
    const start = entry.localOffset + 30 + r.u16(entry.localOffset + 26) + r.u16(entry.localOffset + 28);
    const compressed = r.bytes(start, entry.compressedSize);
    const bytes = entry.method === 0 ? compressed.slice() : inflateCapped(compressed, entry.size, entry.name);
    if (bytes.length !== entry.size) throw new ZipError(`${entry.name} is not the size its zip entry declares`);
    out.set(entry.name, bytes);
  }
  return out;
}
