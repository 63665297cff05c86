// A packaged chart (.tgz) -> the files of the chart folder inside, as helm 4.1.4's
// archive.LoadArchiveFiles reads it: the first path segment of every entry (the chart's folder) is
// stripped, directories and pax headers are skipped, absolute paths and `..` are refused with helm's
// wording, and the same size caps apply (100 MiB inflated in all, 5 MiB per file). Beyond helm, every
// input is hostile here: the gzip stream is inflated in small steps with a running count and stops at
// the cap, entries and path lengths are capped, and links and device files are refused.
import { Gunzip } from 'fflate';
import { concatBytes } from '../bytes';
import type { ChartFiles } from './types';
import { ChartError } from './types';
import { MAX_CHART_SIZE, MAX_COMPRESSED_SIZE, MAX_ENTRIES, MAX_FILE_SIZE, MAX_PATH_LENGTH } from './limits';

const BLOCK = 512;
const STEP = 16 * 1024;

/** Inflates a gzip stream, throwing as soon as the output passes `cap` bytes. */
export function gunzipCapped(data: Uint8Array, cap: number): Uint8Array {
  if (data.length < 3 || data[0] !== 0x1f || data[1] !== 0x8b || data[2] !== 8) {
    throw new ChartError('stream does not appear to be a valid chart file (details: gzip: invalid header)');
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const gz = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > cap) throw new ChartError(`decompressed chart is larger than the maximum size ${MAX_CHART_SIZE}`);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += STEP) {
      gz.push(data.subarray(at, Math.min(at + STEP, data.length)), at + STEP >= data.length);
    }
  } catch (e) {
    if (e instanceof ChartError) throw e;
    throw new ChartError(`unable to load chart archive: ${e instanceof Error ? e.message : String(e)}`);
  }
  return concatBytes(chunks);
}

const decoder = new TextDecoder('utf-8');

function cString(b: Uint8Array, start: number, len: number): string {
  const field = b.subarray(start, start + len);
  const nul = field.indexOf(0);
  return decoder.decode(nul < 0 ? field : field.subarray(0, nul));
}

/** A numeric header field: octal text, or base-256 when the high bit of the first byte is set. */
function tarNumber(b: Uint8Array, start: number, len: number): number {
  if (b[start] & 0x80) {
    let n = b[start] & 0x7f;
    for (let i = 1; i < len; i++) n = n * 256 + b[start + i];
    return n;
  }
  const text = cString(b, start, len).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new ChartError('archive/tar: invalid tar header');
  return parseInt(text, 8);
}

function checksumOk(b: Uint8Array, at: number): boolean {
  const want = tarNumber(b, at + 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 32 : b[at + i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  return want === unsigned || want === signed;
}

/** pax extended header records: "LEN key=value\n". */
function paxRecords(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const len = parseInt(decoder.decode(data.subarray(at, space)), 10);
    if (!Number.isFinite(len) || len <= space - at || at + len > data.length) {
      throw new ChartError('archive/tar: invalid tar header');
    }
    const record = decoder.decode(data.subarray(space + 1, at + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += len;
  }
  return out;
}

export interface TarEntry {
  name: string;
  type: string;
  data: Uint8Array;
}

/** Splits a tar stream into entries, resolving GNU long names and pax `path`/`size` records. */
export function readTar(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let longName: string | null = null;
  let pax: Map<string, string> | null = null;
  let at = 0;
  let headers = 0;
  while (at + BLOCK <= tar.length) {
    if (tar.subarray(at, at + BLOCK).every((x) => x === 0)) break;
    if (++headers > MAX_ENTRIES * 3) throw new ChartError(`chart archive has more than ${MAX_ENTRIES} entries`);
    if (!checksumOk(tar, at)) throw new ChartError('archive/tar: invalid tar header');
    const hdr = at;
    const type = String.fromCharCode(tar[hdr + 156] || 0x30);
    let size = tarNumber(tar, at + 124, 12);
    const paxSize = pax?.get('size');
    if (paxSize !== undefined && type !== 'x' && type !== 'g') size = Number(paxSize);
    if (!Number.isSafeInteger(size) || size < 0) throw new ChartError('archive/tar: invalid tar header');
    const dataStart = at + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > tar.length) throw new ChartError('unexpected EOF');
    const data = tar.subarray(dataStart, dataEnd);
    at = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'L') {
      if (size > MAX_PATH_LENGTH) throw new ChartError('chart archive has a path that is too long');
      longName = cString(data, 0, data.length);
      continue;
    }
    if (type === 'x') {
      if (size > 1024 * 1024) throw new ChartError('archive/tar: invalid tar header');
      pax = paxRecords(data);
      continue;
    }
    if (type === 'K') continue;

    let name = cString(tar, hdr, 100);
    const magic = cString(tar, hdr + 257, 6);
    const version = decoder.decode(tar.subarray(hdr + 263, hdr + 265));
    if (magic === 'ustar' && version === '00') {
      const prefix = cString(tar, hdr + 345, 155);
      if (prefix !== '') name = `${prefix}/${name}`;
    }
    if (longName !== null) name = longName;
    const paxPath = pax?.get('path');
    if (paxPath !== undefined) name = paxPath;
    longName = null;
    pax = null;
    if (name.length > MAX_PATH_LENGTH) throw new ChartError('chart archive has a path that is too long');
    entries.push({ name, type: type === '0' && name.endsWith('/') && tar[hdr + 156] === 0 ? '5' : type, data });
    if (entries.length > MAX_ENTRIES) throw new ChartError(`chart archive has more than ${MAX_ENTRIES} entries`);
  }
  return entries;
}

function cleanPath(p: string): string {
  const out: string[] = [];
  const rooted = p.startsWith('/');
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

function trimBom(d: Uint8Array): Uint8Array {
  return d.length >= 3 && d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf ? d.subarray(3) : d;
}

/** .tgz bytes -> the files of the chart folder inside it (top folder stripped, as helm does). */
export function readChartArchive(tgz: Uint8Array): ChartFiles {
  if (tgz.length > MAX_COMPRESSED_SIZE) {
    throw new ChartError(`chart archive is larger than the maximum size ${MAX_COMPRESSED_SIZE}`);
  }
  // Tar headers and padding come on top of the file data helm counts.
  const tar = gunzipCapped(tgz, MAX_CHART_SIZE + MAX_ENTRIES * 2 * BLOCK);
  const files: ChartFiles = new Map();
  let remaining = MAX_CHART_SIZE;
  for (const entry of readTar(tar)) {
    if (entry.type === '5' || entry.type === 'g') continue;
    if (entry.type === '1' || entry.type === '2') {
      throw new ChartError(`chart archive contains a link, which is not supported: ${JSON.stringify(entry.name)}`);
    }
    if (entry.type !== '0' && entry.type !== '7') {
      throw new ChartError(`chart archive contains an irregular file: ${JSON.stringify(entry.name)}`);
    }
    const delimiter = entry.name.includes('\\') ? '\\' : '/';
    const parts = entry.name.split(delimiter);
    let n = parts.slice(1).join('/');
    if (n.startsWith('/')) throw new ChartError('chart illegally contains absolute paths');
    n = cleanPath(n);
    if (n === '.') {
      throw new ChartError(`chart illegally contains content outside the base directory: ${JSON.stringify(entry.name)}`);
    }
    if (n.startsWith('..')) throw new ChartError('chart illegally references parent directory');
    if (/^[a-zA-Z]:\//.test(n)) throw new ChartError('chart contains illegally named files');
    if (parts[0] === 'Chart.yaml') throw new ChartError('chart yaml not in base directory');
    const size = entry.data.length;
    if (size > remaining) throw new ChartError(`decompressed chart is larger than the maximum size ${MAX_CHART_SIZE}`);
    if (size > MAX_FILE_SIZE) {
      throw new ChartError(
        `decompressed chart file ${JSON.stringify(entry.name)} is larger than the maximum file size ${MAX_FILE_SIZE}`,
      );
    }
    remaining -= size;
    if (remaining <= 0) throw new ChartError(`decompressed chart is larger than the maximum size ${MAX_CHART_SIZE}`);
    files.delete(n); // a repeated name counts as the later entry, in its position
    files.set(n, trimBom(entry.data).slice());
  }
  if (files.size === 0) throw new ChartError('no files in chart archive');
  return files;
}
