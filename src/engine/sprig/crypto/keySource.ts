// Where fresh RSA keys come from while a template runs (synchronously):
//  1. a pool filled ahead of rendering by prepareCrypto (WebCrypto, off the main thread),
//  2. Node's generateKeyPairSync when running in Node,
//  3. plain-BigInt generation (hundreds of ms per 2048-bit key), whose keys then join the pool.
// Pooled keys are handed out round-robin and reused across renders: helm's keys and certificates
// differ on every run anyway, so nobody can rely on them being new, and a live preview cannot pay
// for a fresh key per keystroke. Within one render the pool is sized to the number of calls in
// the templates, so a CA and the certificates it signs get different keys.
import { base64Decode } from '../encoding';
import { bytesToBig, readOne } from './der';
import { nodeCrypto, subtleCrypto } from './platform';
import { generateRsaKeyPure, parsePkcs1Private } from './rsa';
import type { RsaKey } from './rsa';

interface Pool {
  keys: RsaKey[];
  next: number;
}
const pools = new Map<number, Pool>();

/** Most keys kept per size (a template calling genCA in a long range loop shares keys past this). */
export const POOL_CAP: Readonly<Record<number, number>> = { 2048: 16, 4096: 4 };

function pool(bits: number): Pool {
  let p = pools.get(bits);
  if (!p) pools.set(bits, (p = { keys: [], next: 0 }));
  return p;
}

export function pooledKeyCount(bits: number): number {
  return pools.get(bits)?.keys.length ?? 0;
}

/** Empties every pool (tests; or a caller wanting fresh keys). */
export function clearKeyPools(): void {
  pools.clear();
}

function addToPool(bits: number, key: RsaKey): void {
  const p = pool(bits);
  if (p.keys.length < (POOL_CAP[bits] ?? 4)) p.keys.push(key);
}

/** An RSA key of `bits` bits, synchronously. */
export function takeRsaKey(bits: number): RsaKey {
  const p = pools.get(bits);
  if (p && p.keys.length > 0) {
    const key = p.keys[p.next % p.keys.length];
    p.next = (p.next + 1) % p.keys.length;
    return key;
  }
  const node = nodeCrypto();
  if (node) {
    const { privateKey } = node.generateKeyPairSync('rsa', {
      modulusLength: bits,
      publicExponent: 0x10001,
      publicKeyEncoding: { type: 'pkcs1', format: 'der' },
      privateKeyEncoding: { type: 'pkcs1', format: 'der' },
    });
    return parsePkcs1Private(readOne(new Uint8Array(privateKey)));
  }
  const key = generateRsaKeyPure(bits);
  addToPool(bits, key);
  return key;
}

function b64url(s: string | undefined): bigint {
  const std = (s ?? '').replace(/-/g, '+').replace(/_/g, '/');
  const bytes = base64Decode(std + '='.repeat((4 - (std.length % 4)) % 4));
  if (typeof bytes === 'string') throw new Error('bad JWK field');
  return bytesToBig(bytes);
}

async function webCryptoKey(subtle: SubtleCrypto, bits: number): Promise<RsaKey> {
  const pair = (await subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const jwk = await subtle.exportKey('jwk', pair.privateKey);
  const [n, e, d, p, q, dp, dq, qi] = [jwk.n, jwk.e, jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq, jwk.qi].map(b64url);
  if (p * q !== n) throw new Error('WebCrypto returned an inconsistent RSA key');
  return { kind: 'rsa', n, e, d, p, q, dp, dq, qi };
}

// Calls that make a fresh RSA key: 2048 bits for certificates, 4096 for genPrivateKey "rsa" (or "").
const CERT_CALL = /\bgen(?:CA|SelfSignedCert|SignedCert)\b/g;
const RSA_KEY_CALL = /\bgenPrivateKey\b(?!\s*"(?:ecdsa|ed25519|dsa)")/g;

/** How many 2048- and 4096-bit keys a set of template texts may ask for in one render. */
export function keysWanted(templateTexts: readonly string[]): Map<number, number> {
  let certs = 0;
  let rsa = 0;
  for (const t of templateTexts) {
    certs += t.match(CERT_CALL)?.length ?? 0;
    rsa += t.match(RSA_KEY_CALL)?.length ?? 0;
  }
  return new Map([
    [2048, Math.min(certs, POOL_CAP[2048])],
    [4096, Math.min(rsa, POOL_CAP[4096])],
  ]);
}

/**
 * Fills the key pools for the templates about to be rendered, so that genCA, genSignedCert,
 * genSelfSignedCert and genPrivateKey run in milliseconds; does nothing when the pools already hold
 * enough keys. Uses WebCrypto (key generation runs off the main thread); without it (an insecure
 * browser context), keys are made in plain JavaScript between event-loop turns.
 */
export async function fillKeyPools(templateTexts: readonly string[]): Promise<void> {
  const subtle = subtleCrypto();
  const jobs: Promise<void>[] = [];
  for (const [bits, wanted] of keysWanted(templateTexts)) {
    const missing = wanted - pooledKeyCount(bits);
    for (let i = 0; i < missing; i++) {
      if (subtle) {
        jobs.push(webCryptoKey(subtle, bits).then((k) => addToPool(bits, k)));
      } else {
        await new Promise((r) => setTimeout(r, 0));
        addToPool(bits, generateRsaKeyPure(bits));
      }
    }
  }
  await Promise.all(jobs);
}
