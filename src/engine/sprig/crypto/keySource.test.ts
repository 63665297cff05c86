import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { call } from '../testkit';
import { readOne } from './der';
import { loadCrypto } from '../crypto';
import { clearKeyPools, fillKeyPools, keysWanted, pooledKeyCount, takeRsaKey } from './keySource';
import { setNodeCryptoEnabled } from './platform';
import { encodePkcs1Private, generateRsaKeyPure, parsePkcs1Private, rsaSignSha256 } from './rsa';
import type { GoCertificate } from './certificates';

beforeAll(() => loadCrypto());

afterEach(() => {
  setNodeCryptoEnabled(true);
  clearKeyPools();
  vi.unstubAllGlobals();
});

describe('keysWanted', () => {
  it('counts certificate calls (2048-bit) and RSA genPrivateKey calls (4096-bit), not the WithKey forms', () => {
    const t = '{{ genCA "a" 1 }} {{ genSignedCert "b" nil nil 1 $ca }} {{ genSelfSignedCertWithKey "x" nil nil 1 $k }} {{ genPrivateKey "ecdsa" }} {{ genPrivateKey "rsa" }} {{ genPrivateKey .Values.t }}';
    expect([...keysWanted([t, '{{ genSelfSignedCert "c" nil nil 1 }}'])]).toEqual([
      [2048, 3],
      [4096, 2],
    ]);
    expect(keysWanted(['genCA '.repeat(100)]).get(2048)).toBe(16);
  });
});

describe('fillKeyPools', () => {
  it('fills the pool with WebCrypto keys that genCA then uses round-robin', async () => {
    await fillKeyPools(['{{ genCA "a" 1 }}{{ genSignedCert "b" nil nil 1 $ca }}']);
    expect(pooledKeyCount(2048)).toBe(2);
    await fillKeyPools(['{{ genCA "a" 1 }}']);
    expect(pooledKeyCount(2048)).toBe(2); // already enough
    const a = takeRsaKey(2048);
    const b = takeRsaKey(2048);
    expect(a.n).not.toBe(b.n);
    expect(takeRsaKey(2048)).toBe(a);
    // The keys are whole: Node accepts them and signs what our BigInt signer signs.
    const der = encodePkcs1Private(a);
    const msg = new TextEncoder().encode('hello');
    const ours = rsaSignSha256(a, msg);
    expect(Buffer.from(ours)).toEqual(nodeSign('sha256', msg, createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs1' })));
    // A CA and its leaf draw different keys from the pool.
    const ca = call('genCA', 'ca', 1n) as GoCertificate;
    const leaf = call('genSignedCert', 'leaf', null, null, 1n, ca) as GoCertificate;
    expect(leaf.key).not.toBe(ca.key);
  }, 60_000);

  it('makes keys in plain JavaScript when WebCrypto is missing (insecure browser contexts)', async () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: <T extends ArrayBufferView>(b: T) => real.getRandomValues(b as never) as T });
    await fillKeyPools(['{{ genSelfSignedCert "a" nil nil 1 }}']);
    expect(pooledKeyCount(2048)).toBe(1);
    const k = takeRsaKey(2048);
    expect(k.n.toString(2)).toHaveLength(2048);
    expect(() => createPrivateKey({ key: Buffer.from(encodePkcs1Private(k)), format: 'der', type: 'pkcs1' })).not.toThrow();
  }, 120_000);
});

describe('takeRsaKey', () => {
  it('uses node:crypto in Node when the pool is empty, a fresh key each time', () => {
    const a = takeRsaKey(2048);
    const b = takeRsaKey(2048);
    expect(a.n).not.toBe(b.n);
    expect(pooledKeyCount(2048)).toBe(0);
  }, 60_000);

  it('falls back to plain JavaScript without node:crypto and keeps the slow key for the next render', () => {
    setNodeCryptoEnabled(false);
    const a = takeRsaKey(2048);
    expect(a.n.toString(2)).toHaveLength(2048);
    expect(pooledKeyCount(2048)).toBe(1);
    expect(takeRsaKey(2048)).toBe(a);
  }, 120_000);
});

describe('plain-JavaScript RSA', () => {
  it('makes keys OpenSSL accepts and signs exactly as OpenSSL does (PKCS#1 v1.5 is deterministic)', () => {
    const k = generateRsaKeyPure(1024);
    expect(k.n.toString(2)).toHaveLength(1024);
    expect(k.e).toBe(65537n);
    const der = encodePkcs1Private(k);
    expect(parsePkcs1Private(readOne(der))).toEqual(k);
    const msg = crypto.getRandomValues(new Uint8Array(300));
    const nodeKey = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs1' });
    expect(Buffer.from(rsaSignSha256(k, msg))).toEqual(nodeSign('sha256', msg, nodeKey));
  }, 60_000);
});
