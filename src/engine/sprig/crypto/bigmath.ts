// Modular arithmetic and prime generation over BigInt, for RSA and DSA keys when no platform key
// generator is at hand.
import { bytesToBig } from './der';

export function randomBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(b.subarray(i, Math.min(n, i + 65536)));
  return b;
}

export function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** A uniformly random integer with exactly `bits` random bits (top bit may be 0). */
export function randomBits(bits: number): bigint {
  const bytes = randomBytes(Math.ceil(bits / 8));
  const extra = bytes.length * 8 - bits;
  bytes[0] &= 0xff >> extra;
  return bytesToBig(bytes);
}

/** A uniformly random integer in [lo, hi). */
export function randomBelow(hi: bigint, lo = 0n): bigint {
  const span = hi - lo;
  const bits = bitLength(span);
  for (;;) {
    const r = randomBits(bits);
    if (r < span) return lo + r;
  }
}

/** base^exp mod m with a 4-bit fixed window (about a fifth fewer multiplications than binary). */
export function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  if (m === 1n) return 0n;
  let b = base % m;
  if (b < 0n) b += m;
  const table: bigint[] = [1n, b];
  for (let i = 2; i < 16; i++) table.push((table[i - 1] * b) % m);
  const hex = exp.toString(16);
  let r = 1n;
  for (let i = 0; i < hex.length; i++) {
    if (i > 0) {
      r = (r * r) % m;
      r = (r * r) % m;
      r = (r * r) % m;
      r = (r * r) % m;
    }
    const nib = parseInt(hex[i], 16);
    if (nib) r = (r * table[nib]) % m;
  }
  return r;
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** a^-1 mod m, or throws when a and m are not coprime. */
export function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('not invertible');
  return ((s0 % m) + m) % m;
}

const SMALL_PRIMES: number[] = (() => {
  const limit = 1 << 14;
  const sieve = new Uint8Array(limit);
  const out: number[] = [];
  for (let i = 3; i < limit; i += 2) {
    if (sieve[i]) continue;
    out.push(i);
    for (let j = i * i; j < limit; j += 2 * i) sieve[j] = 1;
  }
  return out;
})();

/** Miller-Rabin with base 2 then `rounds` random bases (n odd, n > 3). */
export function millerRabin(n: bigint, rounds: number): boolean {
  const n1 = n - 1n;
  let d = n1;
  let s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  for (let i = 0; i <= rounds; i++) {
    const a = i === 0 ? 2n : randomBelow(n - 2n, 2n);
    let x = modPow(a, d, n);
    if (x === 1n || x === n1) continue;
    let witness = true;
    for (let j = 1; j < s && witness; j++) {
      x = (x * x) % n;
      if (x === n1) witness = false;
    }
    if (witness) return false;
  }
  return true;
}

export function isProbablePrime(n: bigint, rounds = 20): boolean {
  if (n < 2n) return false;
  for (const p of [2, ...SMALL_PRIMES.slice(0, 50)]) {
    if (n === BigInt(p)) return true;
    if (n % BigInt(p) === 0n) return false;
  }
  return millerRabin(n, rounds);
}

/**
 * The first probable prime among start, start+step, start+2*step... that has exactly `bits` bits
 * and passes `accept`, or null after `tries` candidates. Small prime factors are sieved out with
 * residues kept as plain numbers, so most candidates never reach Miller-Rabin.
 */
export function findPrime(start: bigint, step: bigint, bits: number, accept: (p: bigint) => boolean, tries = 1 << 16): bigint | null {
  const residues = SMALL_PRIMES.map((p) => Number(start % BigInt(p)));
  const stepRes = SMALL_PRIMES.map((p) => Number(step % BigInt(p)));
  let candidate = start;
  for (let k = 0; k < tries; k++, candidate += step) {
    let composite = false;
    for (let i = 0; i < SMALL_PRIMES.length; i++) {
      if (residues[i] === 0) composite = true;
      residues[i] = (residues[i] + stepRes[i]) % SMALL_PRIMES[i];
    }
    if (composite) continue;
    if (bitLength(candidate) !== bits) return null;
    if (millerRabin(candidate, bits >= 1024 ? 4 : 10) && accept(candidate)) return candidate;
  }
  return null;
}

/** A random prime of exactly `bits` bits with its top two bits set (two multiply to 2*bits bits). */
export function randomPrime(bits: number, accept: (p: bigint) => boolean = () => true): bigint {
  for (;;) {
    const start = randomBits(bits) | (3n << BigInt(bits - 2)) | 1n;
    const p = findPrime(start, 2n, bits, accept);
    if (p !== null) return p;
  }
}
