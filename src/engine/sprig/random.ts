// Random strings as goutils' CryptoRandom* draws them, from the platform's CSPRNG.
import { MAX_STRING_BYTES } from './limits';

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const SETS = { alpha: ALPHA, numeric: DIGITS, alphanumeric: ALPHA + DIGITS, ascii: ASCII } as const;

/** A uniformly random index below n (n <= 2^16), by rejection sampling. */
export function randomIndex(n: number): number {
  const buf = new Uint16Array(1);
  const limit = 65536 - (65536 % n);
  for (;;) {
    crypto.getRandomValues(buf);
    if (buf[0] < limit) return buf[0] % n;
  }
}

/** randAlpha / randNumeric / randAlphaNum / randAscii: a negative count gives "" as in Sprig. */
export function randomString(kind: keyof typeof SETS, count: bigint): string {
  if (count <= 0n) return '';
  if (count > BigInt(MAX_STRING_BYTES)) throw new Error('randomstringutils: requested length too large');
  const set = SETS[kind];
  let out = '';
  for (let i = 0n; i < count; i++) out += set[randomIndex(set.length)];
  return out;
}
