// DSA keys as Sprig's genPrivateKey "dsa" makes them (L=2048, N=256). Go can neither sign
// certificates with them nor put them in one, so only generation and the PEM form matter.
import { expectTag, readOne, readSeq, readUint, TAG } from './der';
import { findPrime, modPow, randomBelow, randomBits } from './bigmath';
import { nodeCrypto } from './platform';

export interface DsaKey {
  readonly kind: 'dsa';
  readonly p: bigint;
  readonly q: bigint;
  readonly g: bigint;
  readonly y: bigint;
  readonly x: bigint;
}

const L = 2048;
const N = 256;

/** A fresh key: Node's generator when present, else plain BigInt (seconds; DSA is rarely used). */
export function generateDsaKey(): DsaKey {
  const node = nodeCrypto();
  if (node) {
    const { privateKey } = node.generateKeyPairSync('dsa', {
      modulusLength: L,
      divisorLength: N,
      publicKeyEncoding: { type: 'spki', format: 'der' },
      privateKeyEncoding: { type: 'pkcs8', format: 'der' },
    });
    return fromPkcs8(new Uint8Array(privateKey));
  }
  return generateDsaPure(L, N);
}

function fromPkcs8(der: Uint8Array): DsaKey {
  const f = readSeq(readOne(der));
  const params = readSeq(readSeq(f[1])[1]);
  const [p, q, g] = params.map(readUint);
  const x = readUint(readOne(expectTag(f[2], TAG.octetString).content));
  return { kind: 'dsa', p, q, g, y: modPow(g, x, p), x };
}

/** Plain-BigInt DSA parameters and key: q of n bits, p of l bits with q | p-1, g of order q. */
export function generateDsaPure(l: number, n: number): DsaKey {
  const q = findPrimeFrom(n, 2n, () => randomBits(n) | (1n << BigInt(n - 1)) | 1n);
  const step = 2n * q;
  // p = k*2q + 1 with exactly L bits, so q divides p-1.
  const p = findPrimeFrom(l, step, () => {
    const x = randomBits(l) | (1n << BigInt(l - 1));
    return x - (x % step) + 1n;
  });
  const e = (p - 1n) / q;
  let g = 1n;
  for (let h = 2n; g === 1n; h++) g = modPow(h, e, p);
  const x = randomBelow(q, 1n);
  return { kind: 'dsa', p, q, g, y: modPow(g, x, p), x };
}

function findPrimeFrom(bits: number, step: bigint, start: () => bigint): bigint {
  for (;;) {
    const found = findPrime(start(), step, bits, () => true, 1 << 14);
    if (found !== null) return found;
  }
}

