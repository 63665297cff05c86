// Sprig's encoding, path and uuid functions: base64/base32 of UTF-8 bytes with Go's decode errors,
// Go's path package, uuidv4. The hash sums are a function pack of their own (hashes.ts).
import { goFunc } from './args';
import type { FuncTable } from './args';
import { fromUtf8, utf8 } from './text';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/** base64.StdEncoding.DecodeString: newlines skipped, strict padding, Go's byte offset in errors. */
export function base64Decode(src: string): Uint8Array | string {
  const s = utf8(src);
  const out: number[] = [];
  const corrupt = (at: number) => `illegal base64 data at input byte ${at}`;
  let si = 0;
  const isNl = (b: number) => b === 10 || b === 13;
  while (true) {
    const q: number[] = [];
    let dlen = 4;
    let j = 0;
    for (; j < 4; j++) {
      if (si === s.length) {
        if (j === 0) return new Uint8Array(out);
        return corrupt(si - j);
      }
      const c = s[si++];
      const v = c < 128 ? B64.indexOf(String.fromCharCode(c)) : -1;
      if (v >= 0) {
        q.push(v);
        continue;
      }
      if (isNl(c)) {
        j--;
        continue;
      }
      if (c !== 61) return corrupt(si - 1);
      // padding
      if (j < 2) return corrupt(si - 1);
      if (j === 2) {
        while (si < s.length && isNl(s[si])) si++;
        if (si === s.length) return corrupt(s.length);
        if (s[si] !== 61) return corrupt(si - 1);
        si++;
      }
      while (si < s.length && isNl(s[si])) si++;
      if (si < s.length) return corrupt(si);
      dlen = j;
      break;
    }
    const n = ((q[0] ?? 0) << 18) | ((q[1] ?? 0) << 12) | ((q[2] ?? 0) << 6) | (q[3] ?? 0);
    out.push((n >> 16) & 255);
    if (dlen > 2) out.push((n >> 8) & 255);
    if (dlen > 3) out.push(n & 255);
    if (dlen < 4) return new Uint8Array(out);
  }
}

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 5) {
    const chunk = bytes.subarray(i, i + 5);
    let bits = 0n;
    for (let k = 0; k < 5; k++) bits = (bits << 8n) | BigInt(chunk[k] ?? 0);
    const chars = [2, 4, 5, 7, 8][chunk.length - 1];
    for (let k = 0; k < 8; k++) out += k < chars ? B32[Number((bits >> BigInt(35 - 5 * k)) & 31n)] : '=';
  }
  return out;
}

/** base32.StdEncoding.DecodeString (newlines skipped; errors name the first bad byte). */
export function base32Decode(src: string): Uint8Array | string {
  const s = src.replace(/[\r\n]/g, '');
  if (s.length % 8 !== 0) return `illegal base32 data at input byte ${(s.length - (s.length % 8))}`;
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 8) {
    const block = s.slice(i, i + 8);
    const pad = block.length - block.replace(/=+$/, '').length;
    if (![0, 1, 3, 4, 6].includes(pad) || (pad > 0 && i + 8 !== s.length)) return `illegal base32 data at input byte ${i + 8 - pad}`;
    let bits = 0n;
    for (let k = 0; k < 8; k++) {
      const ch = block[k];
      const v = ch === '=' ? 0 : B32.indexOf(ch);
      if (v < 0) return `illegal base32 data at input byte ${i + k}`;
      bits = (bits << 5n) | BigInt(v);
    }
    const n = [5, 4, 0, 3, 2, 0, 1][pad] ?? 5;
    for (let k = 0; k < n; k++) out.push(Number((bits >> BigInt(32 - 8 * k)) & 255n));
  }
  return new Uint8Array(out);
}

export function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** path.Clean: lexical, slash-separated. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

export function basePath(p: string): string {
  if (p === '') return '.';
  p = p.replace(/\/+$/, '');
  if (p === '') return '/';
  return p.slice(p.lastIndexOf('/') + 1);
}

export function dirPath(p: string): string {
  const i = p.lastIndexOf('/');
  return cleanPath(p.slice(0, i + 1));
}

export function extPath(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}

export function uuidv4(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function registerEncoding(t: FuncTable): void {
  const s1 = (name: string, f: (s: string) => string | boolean) => t.set(name, goFunc(name, ['string'], f));
  s1('b64enc', (s) => base64Encode(utf8(s)));
  s1('b64dec', (s) => {
    const r = base64Decode(s);
    return typeof r === 'string' ? r : fromUtf8(r);
  });
  s1('b32enc', (s) => base32Encode(utf8(s)));
  s1('b32dec', (s) => {
    const r = base32Decode(s);
    return typeof r === 'string' ? r : fromUtf8(r);
  });
  for (const prefix of ['', 'os']) {
    const n = (x: string) => (prefix ? prefix + x[0].toUpperCase() + x.slice(1) : x);
    s1(n('base'), basePath);
    s1(n('dir'), dirPath);
    s1(n('clean'), cleanPath);
    s1(n('ext'), extPath);
    s1(n('isAbs'), (p) => p.startsWith('/'));
  }
  t.set('uuidv4', goFunc('uuidv4', [], uuidv4));
}
