import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCrypto } from '../crypto';
import { call } from '../testkit';
import type { GoCertificate } from './certificates';
import { readOne, readSeq, readUint } from './der';
import { generateDsaPure } from './dsa';
import { modPow, isProbablePrime } from './bigmath';
import { parsePrivateKeyPem, pemForKey } from './keys';
import { pemDecode, pemEncode } from './pem';
import { setNodeCryptoEnabled } from './platform';
import { encodePkcs1Private } from './rsa';

beforeAll(() => loadCrypto());

// Keys printed by helm v4.1.4's genPrivateKey "ecdsa" and "ed25519".
const HELM_EC_KEY = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIEGczs++Ke0KshX6S7JFpFpLOLSkdGYXFZEz1lbpXsodoAoGCCqGSM49
AwEHoUQDQgAEJ6S1AYRBE3D8K0TgFAmyFF0cxFEHan0KuW/P8lbyhJGziXo6DKo1
QPBWQi97aYNlpVBa9uKERJjhii3MKbmMJg==
-----END EC PRIVATE KEY-----
`;
const HELM_ED_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIPDEBNn5jyv6lnXLt9YjtNNq36l6WGK4ZCzhmqWei++G
-----END PRIVATE KEY-----
`;

describe('genPrivateKey', () => {
  it('makes a 4096-bit RSA key by default and for "rsa", PKCS#1 in an RSA PRIVATE KEY block', () => {
    for (const type of ['', 'rsa']) {
      const pem = String(call('genPrivateKey', type));
      expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----\n$/);
      const k = createPrivateKey(pem);
      expect(k.asymmetricKeyType).toBe('rsa');
      expect(k.asymmetricKeyDetails?.modulusLength).toBe(4096);
      expect(k.asymmetricKeyDetails?.publicExponent).toBe(65537n);
    }
  }, 60_000);

  it('makes P-256 SEC1 keys for "ecdsa" and PKCS#8 Ed25519 keys, shaped as helm prints them', () => {
    const ec = String(call('genPrivateKey', 'ecdsa'));
    expect(ec).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);
    expect(createPrivateKey(ec).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(ec.length).toBe(HELM_EC_KEY.length);
    const ed = String(call('genPrivateKey', 'ed25519'));
    expect(createPrivateKey(ed).asymmetricKeyType).toBe('ed25519');
    expect(ed.length).toBe(HELM_ED_KEY.length);
    expect(ed).not.toBe(String(call('genPrivateKey', 'ed25519')));
  });

  it('makes DSA keys (L=2048, N=256) as Sprig encodes them: version, p, q, g, y, x', () => {
    const pem = String(call('genPrivateKey', 'dsa'));
    const block = pemDecode(pem)!;
    expect(block.type).toBe('DSA PRIVATE KEY');
    const [version, p, q, g, y, x] = readSeq(readOne(block.bytes)).map(readUint);
    expect(version).toBe(0n);
    expect(p.toString(2)).toHaveLength(2048);
    expect(q.toString(2)).toHaveLength(256);
    expect((p - 1n) % q).toBe(0n);
    expect(modPow(g, q, p)).toBe(1n);
    expect(modPow(g, x, p)).toBe(y);
  }, 60_000);

  it('makes valid DSA parameters in plain JavaScript too (small sizes keep the test quick)', () => {
    const k = generateDsaPure(512, 160);
    expect(k.p.toString(2)).toHaveLength(512);
    expect(isProbablePrime(k.p) && isProbablePrime(k.q)).toBe(true);
    expect((k.p - 1n) % k.q).toBe(0n);
    expect(modPow(k.g, k.q, k.p)).toBe(1n);
    expect(k.g).not.toBe(1n);
    expect(modPow(k.g, k.x, k.p)).toBe(k.y);
  }, 60_000);

  it('answers an unknown type with Sprig\'s message', () => {
    expect(call('genPrivateKey', 'foo')).toBe('Unknown type foo');
  });
});

describe('reading keys', () => {
  it("reads helm's EC and Ed25519 keys and writes them back unchanged", () => {
    expect(pemForKey(parsePrivateKeyPem(HELM_EC_KEY))).toBe(HELM_EC_KEY);
    expect(pemForKey(parsePrivateKeyPem(HELM_ED_KEY))).toBe(HELM_ED_KEY);
  });

  it('reads RSA and EC keys wrapped in PKCS#8 and writes them as Sprig does (PKCS#1, SEC1)', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const k = parsePrivateKeyPem(rsa.export({ type: 'pkcs8', format: 'pem' }) as string);
    expect(pemForKey(k)).toBe(rsa.export({ type: 'pkcs1', format: 'pem' }));
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const e = parsePrivateKeyPem(ec.export({ type: 'pkcs8', format: 'pem' }) as string);
    expect(createPrivateKey(pemForKey(e)).export({ format: 'jwk' })).toEqual(ec.export({ format: 'jwk' }));
  });

  it('finds the block after leading text, and skips a broken block before a good one', () => {
    expect(pemForKey(parsePrivateKeyPem('some text\n' + HELM_EC_KEY))).toBe(HELM_EC_KEY);
    const broken = '-----BEGIN EC PRIVATE KEY-----\n!!!\n-----END EC PRIVATE KEY-----\n';
    expect(pemForKey(parsePrivateKeyPem(broken + HELM_EC_KEY))).toBe(HELM_EC_KEY);
  });

  it('fails with Sprig\'s and Go\'s wording', () => {
    expect(() => parsePrivateKeyPem('')).toThrow('no PEM data in input');
    expect(() => parsePrivateKeyPem(pemEncode('CERTIFICATE', new Uint8Array(3)))).toThrow('no private key data in PEM block of type CERTIFICATE');
    expect(() => parsePrivateKeyPem(pemEncode('FOO PRIVATE KEY', new Uint8Array(3)))).toThrow('invalid private key type FOO PRIVATE KEY');
    const x25519 = generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(() => parsePrivateKeyPem(x25519)).toThrow('decoding PEM as PKCS#8: x509: PKCS#8 wrapping contained private key with unknown algorithm: 1.3.101.110');
    const p224 = generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string;
    expect(() => parsePrivateKeyPem(p224)).toThrow('x509: unknown elliptic curve');
  });

  it('refuses an RSA key whose primes do not match its modulus', () => {
    const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    const k = parsePrivateKeyPem(pem);
    if (k.kind !== 'rsa') throw new Error('expected an RSA key');
    const bad = pemEncode('RSA PRIVATE KEY', encodePkcs1Private({ ...k, q: k.q + 2n }));
    expect(() => parsePrivateKeyPem(bad)).toThrow('parsing RSA private key from PEM: crypto/rsa: invalid key');
  });
});

describe('without node:crypto (the browser path)', () => {
  it('signs RSA certificates with BigInt PKCS#1 v1.5 that Node verifies', () => {
    const ca = call('genCA', 'x', 1n) as GoCertificate;
    setNodeCryptoEnabled(false);
    try {
      const leaf = call('genSignedCertWithKey', 'y', null, null, 1n, ca, ca.key) as GoCertificate;
      // Same key as the CA; what matters is the BigInt signature.
      expect(new X509Certificate(leaf.cert).verify(new X509Certificate(ca.cert).publicKey)).toBe(true);
    } finally {
      setNodeCryptoEnabled(true);
    }
  }, 60_000);
});
