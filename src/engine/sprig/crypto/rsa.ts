// RSA keys: PKCS#1 encoding and parsing, PKCS#1 v1.5 signatures (CRT, checked before use), and key
// generation in plain BigInt for when the platform offers no generator.
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '../../bytes';
import { bigToBytes, bytesToBig, derInt, readSeq, readUint, seq } from './der';
import type { DerNode } from './der';
import { bitLength, gcd, modInverse, modPow, randomPrime } from './bigmath';

export interface RsaKey {
  readonly kind: 'rsa';
  readonly n: bigint;
  readonly e: bigint;
  readonly d: bigint;
  readonly p: bigint;
  readonly q: bigint;
  readonly dp: bigint;
  readonly dq: bigint;
  readonly qi: bigint;
}

export const RSA_E = 65537n;

/** A key from its primes (e = 65537), d taken modulo lcm(p-1, q-1). */
export function rsaFromPrimes(p: bigint, q: bigint, e = RSA_E): RsaKey {
  const p1 = p - 1n;
  const q1 = q - 1n;
  const lambda = (p1 * q1) / gcd(p1, q1);
  const d = modInverse(e, lambda);
  return { kind: 'rsa', n: p * q, e, d, p, q, dp: d % p1, dq: d % q1, qi: modInverse(q, p) };
}

/** A fresh key in plain JavaScript: slow (hundreds of ms for 2048 bits), used only as a last resort. */
export function generateRsaKeyPure(bits: number): RsaKey {
  const half = bits >> 1;
  const ok = (x: bigint) => gcd(x - 1n, RSA_E) === 1n;
  for (;;) {
    const p = randomPrime(bits - half, ok);
    const q = randomPrime(half, ok);
    if (p === q) continue;
    const key = rsaFromPrimes(p > q ? p : q, p > q ? q : p);
    if (bitLength(key.n) === bits) return key;
  }
}

/** PKCS#1 RSAPrivateKey, as Go's x509.MarshalPKCS1PrivateKey writes it. */
export function encodePkcs1Private(k: RsaKey): Uint8Array {
  return seq(derInt(0n), derInt(k.n), derInt(k.e), derInt(k.d), derInt(k.p), derInt(k.q), derInt(k.dp), derInt(k.dq), derInt(k.qi));
}

/** PKCS#1 RSAPublicKey. */
export function encodePkcs1Public(k: { n: bigint; e: bigint }): Uint8Array {
  return seq(derInt(k.n), derInt(k.e));
}

/** Parses PKCS#1 RSAPrivateKey (two-prime); throws with a short reason when malformed. */
export function parsePkcs1Private(node: DerNode): RsaKey {
  const f = readSeq(node);
  if (f.length < 9) throw new Error('x509: malformed private key');
  const version = readUint(f[0]);
  if (version > 1n) throw new Error('x509: unsupported private key version');
  if (version === 1n) throw new Error('x509: multi-prime RSA keys are not supported');
  const [n, e, d, p, q] = [1, 2, 3, 4, 5].map((i) => readUint(f[i]));
  if (n <= 0n || e < 3n || d <= 0n || p <= 1n || q <= 1n || p * q !== n) throw new Error('crypto/rsa: invalid key');
  // Recompute the CRT values rather than trusting the input.
  return { kind: 'rsa', n, e, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qi: modInverse(q, p) };
}

// DigestInfo prefix for SHA-256 (RFC 8017, section 9.2 note 1).
const SHA256_PREFIX = Uint8Array.from([0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20]);

/** RSASSA-PKCS1-v1_5 with SHA-256 over `message`. */
export function rsaSignSha256(k: RsaKey, message: Uint8Array): Uint8Array {
  const size = Math.ceil(bitLength(k.n) / 8);
  const t = concatBytes([SHA256_PREFIX, sha256(message)]);
  if (size < t.length + 11) throw new Error('crypto/rsa: key size too small for PKCS#1 v1.5 signature');
  const em = new Uint8Array(size);
  em[1] = 1;
  em.fill(0xff, 2, size - t.length - 1);
  em.set(t, size - t.length);
  const m = bytesToBig(em);
  const m1 = modPow(m, k.dp, k.p);
  const m2 = modPow(m, k.dq, k.q);
  let h = ((m1 - m2) * k.qi) % k.p;
  if (h < 0n) h += k.p;
  let s = m2 + h * k.q;
  // A signature that does not verify would leak the key (and means the key is inconsistent).
  if (modPow(s, k.e, k.n) !== m) {
    s = modPow(m, k.d, k.n);
    if (modPow(s, k.e, k.n) !== m) throw new Error('x509: signature over certificate returned by signer is invalid: crypto/rsa: verification error');
  }
  return bigToBytes(s, size);
}
