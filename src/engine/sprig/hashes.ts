// Sprig's hash sums of a string's UTF-8 bytes: sha1sum, sha256sum, sha512sum as lowercase hex,
// adler32sum as a decimal number. A function pack (packs.ts): loaded when a chart names one.
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { hex } from './encoding';
import { utf8 } from './text';

function adler32(b: Uint8Array): number {
  let a = 1;
  let s = 0;
  for (const x of b) {
    a = (a + x) % 65521;
    s = (s + a) % 65521;
  }
  return ((s << 16) | a) >>> 0;
}

export function registerHashes(t: FuncTable): void {
  const s1 = (name: string, f: (s: string) => string) => t.set(name, goFunc(name, ['string'], f));
  s1('sha1sum', (s) => hex(sha1(utf8(s))));
  s1('sha256sum', (s) => hex(sha256(utf8(s))));
  s1('sha512sum', (s) => hex(sha512(utf8(s))));
  s1('adler32sum', (s) => String(adler32(utf8(s))));
}
