import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../go/fmt';
import { marshalJson } from '../../go/json';
import { call } from '../testkit';
import { GoCertificate } from './certificates';
import { prepareCrypto } from '../crypto';
import { children, oidToString, readOne, readSeq } from './der';
import type { DerNode } from './der';
import { pemDecode } from './pem';

const cert = (v: unknown) => v as GoCertificate;
const x509 = (c: GoCertificate) => new X509Certificate(c.cert);
const DAY = 86_400_000;

// Printed by helm v4.1.4: {{ (genCA "my-ca" 365).Cert }}, and an ECDSA CA from
// genCAWithKey "ec-ca" 5 (genPrivateKey "ecdsa") with its key.
const HELM_RSA_CA = `-----BEGIN CERTIFICATE-----
MIIDDDCCAfSgAwIBAgIRAIExLTy8QkEYYI86FQMVF7IwDQYJKoZIhvcNAQELBQAw
EDEOMAwGA1UEAxMFbXktY2EwHhcNMjYxMjA1MDE1MjA3WhcNMjcxMjA1MDE1MjA3
WjAQMQ4wDAYDVQQDEwVteS1jYTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoC
ggEBAMN4LaejlHZFWEmy/SzzGbdydAfd90pflkyCzSdf3bSvvGGmz9/VJjZGQWLY
1FDn+pH8qy/AJqTfJ9hu5SIUaHHwq1W6Sw2C6CNNeBP2CmQLWLJaK6LA+NS4J7ZF
65CHQp2oUZSPzGsw8b5aHVoCuddYMuhImLuWJrRwu4mO+nl/7gTTxtOZBcF7UghO
SJAEJOsesZVExiytuxiXzWTok7In9mxwkqiGX6CpCH1hUkvGqp73EvryPfCB8bN+
sNHNrErGeBt0dMOTalm/NC2BEjawYZbYE1aqfoeIMXA3XFQ6sI3ywJPLvVlXry1T
hAKGphfcp8lKfPK56a4sp+w6GGUCAwEAAaNhMF8wDgYDVR0PAQH/BAQDAgKkMB0G
A1UdJQQWMBQGCCsGAQUFBwMBBggrBgEFBQcDAjAPBgNVHRMBAf8EBTADAQH/MB0G
A1UdDgQWBBSSSgcB5+KHqL4HoSYXa/0k0kWYzDANBgkqhkiG9w0BAQsFAAOCAQEA
UwoIG/f7P0ioKxsLaumr6ELWjFbDGDVbZ3zFvM8GtnhqmEDioYWD1Jpmo5UpuaLA
NNCIRXd+cliNCvZC+ZGB4oD8Cw4jPrSRIJFiMtbaFTk6nkFIF4rW0E/SgpUtwPSv
oKAnmPtovsmpE/N/qsD7DOV6S48yVlgA/f5goW25jnnmPkIPOnwnQdHTBVlfxtBw
ZHLItsa1B6j+WQF2etq1prK/uSnPXcSFsHwoMoL+FlKtyXZn+NzaDvMZAO1Jd2UM
kBHc4SkmSSfBdS1hsFRaQRWg39yl0g1IaTmppNMmZs70RSPvrls71BJlMKn9cw4+
C9CEZGx429XXCwVvH4RnOA==
-----END CERTIFICATE-----
`;
const HELM_EC_CA = `-----BEGIN CERTIFICATE-----
MIIBfzCCASagAwIBAgIRANRKDKu0hr0i+si7NLr55g8wCgYIKoZIzj0EAwIwEDEO
MAwGA1UEAxMFZWMtY2EwHhcNMjYxMjA1MDE1MjE5WhcNMjYxMjEwMDE1MjE5WjAQ
MQ4wDAYDVQQDEwVlYy1jYTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABCektQGE
QRNw/CtE4BQJshRdHMRRB2p9Crlvz/JW8oSRs4l6OgyqNUDwVkIve2mDZaVQWvbi
hESY4YotzCm5jCajYTBfMA4GA1UdDwEB/wQEAwICpDAdBgNVHSUEFjAUBggrBgEF
BQcDAQYIKwYBBQUHAwIwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUHgfwqOiA
wAqikufgDQelMNvU4IAwCgYIKoZIzj0EAwIDRwAwRAIgLoEGPBZpHSmDAD2753/f
r2dU1TzDQPgENi+tKJs46LICID5P+btvkpIjaZTbXdVyQNrKbmaiQPSh7yg9wqAc
ayvl
-----END CERTIFICATE-----
`;
const HELM_EC_KEY = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIEGczs++Ke0KshX6S7JFpFpLOLSkdGYXFZEz1lbpXsodoAoGCCqGSM49
AwEHoUQDQgAEJ6S1AYRBE3D8K0TgFAmyFF0cxFEHan0KuW/P8lbyhJGziXo6DKo1
QPBWQi97aYNlpVBa9uKERJjhii3MKbmMJg==
-----END EC PRIVATE KEY-----
`;

/** The certificate's DER outline: tags and OIDs in order, values that vary per run left out. */
function outline(pem: string): string[] {
  const out: string[] = [];
  const walk = (n: DerNode, depth: number) => {
    const constructed = (n.tag & 0x20) !== 0;
    let line = `${depth}:${n.tag.toString(16)}`;
    if (n.tag === 0x06) line += ':' + oidToString(n.content);
    if (n.tag === 0x01 || n.tag === 0x13) line += ':' + Array.from(n.content).join(',');
    out.push(line);
    if (constructed) for (const c of children(n.content)) walk(c, depth + 1);
    // Extension values are DER inside OCTET STRINGs: walk those too.
    else if (n.tag === 0x04 && n.content.length > 0 && (n.content[0] === 0x30 || n.content[0] === 0x03)) {
      try {
        walk(readOne(n.content), depth + 1);
      } catch {
        /* not DER */
      }
    }
  };
  walk(readOne(pemDecode(pem)!.bytes), 0);
  return out;
}

/** An extension's raw value bytes, by OID, as hex. */
function extensionHex(pem: string, extOid: string): string | undefined {
  const tbs = readSeq(readSeq(readOne(pemDecode(pem)!.bytes))[0]);
  const exts = tbs.find((n) => n.tag === 0xa3);
  if (!exts) return undefined;
  for (const e of readSeq(children(exts.content)[0])) {
    const parts = readSeq(e);
    if (oidToString(parts[0].content) === extOid) return Buffer.from(parts[parts.length - 1].content).toString('hex');
  }
  return undefined;
}

// Pooled keys keep these tests fast; keySource.test.ts covers where keys come from.
beforeAll(() => prepareCrypto(['genCA genSignedCert genSelfSignedCert'.repeat(6)]), 60_000);

describe('genCA', () => {
  it('makes a self-signed 2048-bit RSA CA valid for the given days', () => {
    const before = Date.now();
    const ca = cert(call('genCA', 'my-ca', 365n));
    expect(ca.cert).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{64}\n)*[A-Za-z0-9+/=]{1,64}\n-----END CERTIFICATE-----\n$/);
    expect(ca.key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    const x = x509(ca);
    expect(x.subject).toBe('CN=my-ca');
    expect(x.issuer).toBe('CN=my-ca');
    expect(x.ca).toBe(true);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(x.publicKey.asymmetricKeyDetails?.publicExponent).toBe(65537n);
    const from = Date.parse(x.validFrom);
    expect(Math.abs(from - before)).toBeLessThan(5000);
    expect(Date.parse(x.validTo) - from).toBe(365 * DAY);
    expect(x.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    expect(x.checkPrivateKey(createPrivateKey(ca.key))).toBe(true);
    expect(x.serialNumber.length).toBeLessThanOrEqual(34);
  });

  it('has exactly the outline of the CA real helm makes (extensions, key usage bits, string types)', () => {
    const ours = cert(call('genCA', 'my-ca', 365n)).cert;
    expect(outline(ours)).toEqual(outline(HELM_RSA_CA));
    for (const oid of ['2.5.29.15', '2.5.29.37', '2.5.29.19']) expect(extensionHex(ours, oid)).toBe(extensionHex(HELM_RSA_CA, oid));
  });

  it("derives the subject key id from SHA-256 of the key, as Go 1.25 does (checked on helm's own CA)", async () => {
    const { sha256 } = await import('@noble/hashes/sha2.js');
    for (const pem of [HELM_RSA_CA, cert(call('genCA', 'x', 1n)).cert]) {
      const x = new X509Certificate(pem);
      const spki = readSeq(readOne(new Uint8Array(x.publicKey.export({ type: 'spki', format: 'der' }))));
      const keyBits = spki[1].content.subarray(1);
      const ski = Buffer.from(sha256(keyBits).slice(0, 20)).toString('hex');
      expect(extensionHex(pem, '2.5.29.14')).toBe('0414' + ski);
    }
  });

  it('wraps the validity duration at 64-bit nanoseconds as Go does, and writes GeneralizedTime past 2049', () => {
    const x = x509(cert(call('genCA', 'x', 3000000n)));
    // 3e6 days overflow time.Duration: helm printed a date in 2056 for this.
    const years = (Date.parse(x.validTo) - Date.parse(x.validFrom)) / (365.25 * DAY);
    expect(years).toBeGreaterThan(29);
    expect(years).toBeLessThan(31);
    const neg = x509(cert(call('genCA', 'x', -5n)));
    expect(Date.parse(neg.validFrom) - Date.parse(neg.validTo)).toBe(5 * DAY);
  });

  it('prints as Go prints the struct and marshals to JSON with Cert and Key', () => {
    const ca = cert(call('genCA', 'x', 1n));
    expect(formatValue(ca)).toBe(`{${ca.cert} ${ca.key}}`);
    expect(JSON.parse(marshalJson(ca))).toEqual({ Cert: ca.cert, Key: ca.key });
    expect(ca.field('Cert')).toBe(ca.cert);
    expect(ca.goType).toBe('sprig.certificate');
  });
});

describe('genSignedCert', () => {
  it('issues a leaf from the CA with CN, DNS and IP SANs, days, and the CA as issuer', () => {
    const ca = cert(call('genCA', 'my-ca', 365n));
    const leaf = cert(call('genSignedCert', 'svc.example', ['10.0.0.1', '::1', '::ffff:1.2.3.4'], ['a.example', 'b.example'], 30n, ca));
    const x = x509(leaf);
    const caX = x509(ca);
    expect(x.subject).toBe('CN=svc.example');
    expect(x.issuer).toBe('CN=my-ca');
    expect(x.subjectAltName).toBe('DNS:a.example, DNS:b.example, IP Address:10.0.0.1, IP Address:0:0:0:0:0:0:0:1, IP Address:1.2.3.4');
    expect(x.ca).toBe(false);
    expect(x.verify(caX.publicKey)).toBe(true);
    expect(x.checkIssued(caX)).toBe(true);
    expect(Date.parse(x.validTo) - Date.parse(x.validFrom)).toBe(30 * DAY);
    expect(x.checkPrivateKey(createPrivateKey(leaf.key))).toBe(true);
    expect(x.publicKey.equals(caX.publicKey)).toBe(false);
    // authorityKeyId = the CA's subjectKeyId; no subjectKeyId of its own; basicConstraints {}.
    expect(extensionHex(leaf.cert, '2.5.29.35')).toBe('30168014' + extensionHex(ca.cert, '2.5.29.14')!.slice(4));
    expect(extensionHex(leaf.cert, '2.5.29.14')).toBeUndefined();
    expect(extensionHex(leaf.cert, '2.5.29.19')).toBe('3000');
    expect(extensionHex(leaf.cert, '2.5.29.15')).toBe('030205a0');
  });

  it("signs with helm's own ECDSA CA and key (ecdsa-with-SHA256, authority key id from helm's CA)", () => {
    const ca = cert(call('buildCustomCert', Buffer.from(HELM_EC_CA).toString('base64'), Buffer.from(HELM_EC_KEY).toString('base64')));
    const leaf = cert(call('genSignedCert', 'leaf', null, ['x'], 3n, ca));
    const x = x509(leaf);
    expect(x.verify(new X509Certificate(HELM_EC_CA).publicKey)).toBe(true);
    expect(x.issuer).toBe('CN=ec-ca');
    expect(x.subjectAltName).toBe('DNS:x');
    // ecdsa-with-SHA256 in the to-be-signed part and beside the signature.
    expect(outline(leaf.cert).filter((l) => l.includes('1.2.840.10045.4.3'))).toEqual(['3:6:1.2.840.10045.4.3.2', '2:6:1.2.840.10045.4.3.2']);
    expect(extensionHex(leaf.cert, '2.5.29.35')).toBe('30168014' + extensionHex(HELM_EC_CA, '2.5.29.14')!.slice(4));
  });

  it('leaves out the authority key id when the leaf has the CA\'s own name, as Go does', () => {
    const ca = cert(call('genCA', 'same', 1n));
    const leaf = cert(call('genSignedCert', 'same', null, null, 1n, ca));
    expect(extensionHex(leaf.cert, '2.5.29.35')).toBeUndefined();
    expect(x509(leaf).verify(x509(ca).publicKey)).toBe(true);
  });

  it('refuses a CA that is not a certificate struct, and a CA whose key is not its own', () => {
    const m = Object.create(null);
    m.Cert = 'x';
    expect(() => call('genSignedCert', 'a', null, null, 1n, m)).toThrow('wrong type for value; expected sprig.certificate; got map[string]interface {}');
    const a = cert(call('genCA', 'a', 1n));
    const b = cert(call('genCA', 'b', 1n));
    const mixed = new GoCertificate(a.cert, b.key);
    expect(() => call('genSignedCert', 'c', null, null, 1n, mixed)).toThrow("error creating certificate: x509: provided PrivateKey doesn't match parent's PublicKey");
    expect(() => call('genSignedCert', 'c', null, null, 1n, new GoCertificate('', a.key))).toThrow('unable to decode certificate');
    expect(() => call('genSignedCert', 'c', null, null, 1n, new GoCertificate(a.cert, ''))).toThrow('error parsing private key: no PEM data in input');
  });
});

describe('genSelfSignedCert', () => {
  it('is self-issued, not a CA, with no key ids', () => {
    const c = cert(call('genSelfSignedCert', 'self', null, null, 10n));
    const x = x509(c);
    expect(x.subject).toBe('CN=self');
    expect(x.issuer).toBe('CN=self');
    expect(x.ca).toBe(false);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.subjectAltName).toBeUndefined();
    expect(extensionHex(c.cert, '2.5.29.14')).toBeUndefined();
    expect(extensionHex(c.cert, '2.5.29.35')).toBeUndefined();
  });

  it('marks the SANs critical when the CN is empty, as Go does for an empty subject', () => {
    const c = cert(call('genSelfSignedCert', '', ['1.2.3.4'], null, 10n));
    const x = x509(c);
    expect(x.subject ?? '').toBe('');
    expect(x.subjectAltName).toBe('IP Address:1.2.3.4');
    const tbs = readSeq(readSeq(readOne(pemDecode(c.cert)!.bytes))[0]);
    const san = readSeq(children(tbs.find((n) => n.tag === 0xa3)!.content)[0]).map(readSeq).find((p) => oidToString(p[0].content) === '2.5.29.17')!;
    expect(san[1].tag).toBe(0x01);
  });

  it("writes a CN that is not PrintableString-safe ('*', '&', non-ASCII) as UTF8String", () => {
    for (const cn of ['*.example.com', 'a&b', 'héllo']) {
      const c = cert(call('genSelfSignedCert', cn, null, null, 1n));
      expect(x509(c).subject).toBe(`CN=${cn}`);
      expect(outline(c.cert)).toContain('5:c');
    }
    expect(outline(cert(call('genSelfSignedCert', 'a-b.c', null, null, 1n)).cert)).toContain('5:13:' + Array.from(Buffer.from('a-b.c')).join(','));
  });

  it('fails on IPs and names as Sprig words it', () => {
    expect(() => call('genSelfSignedCert', 'a', ['nope'], null, 1n)).toThrow('error parsing ip: nope');
    expect(() => call('genSelfSignedCert', 'a', ['1.02.3.4'], null, 1n)).toThrow('error parsing ip: 1.02.3.4');
    expect(() => call('genSelfSignedCert', 'a', [1n], null, 1n)).toThrow('error parsing ip: 1 is not a string');
    expect(() => call('genSelfSignedCert', 'a', null, [1.5], 1n)).toThrow('error processing alternate dns name: 1.5 is not a string');
    expect(() => call('genSelfSignedCert', 'a', null, null, 1.5)).toThrow('wrong type for value; expected int; got float64');
    expect(() => call('genSelfSignedCert', 'a', null, ['héllo'], 1n)).toThrow('error creating certificate: x509: "héllo" cannot be encoded as an IA5String');
  });
});

describe('the *WithKey forms', () => {
  it('use the given ECDSA, Ed25519, and PKCS#8 RSA keys and sign with the matching algorithm', () => {
    const ec = String(call('genPrivateKey', 'ecdsa'));
    const ed = String(call('genPrivateKey', 'ed25519'));
    const ca = cert(call('genCAWithKey', 'ec-ca', 5n, ec));
    expect(ca.key).toBe(ec);
    const caX = x509(ca);
    expect(caX.publicKey.asymmetricKeyType).toBe('ec');
    expect(caX.verify(caX.publicKey)).toBe(true);
    const leaf = cert(call('genSignedCertWithKey', 'leaf', null, ['x'], 3n, ca, ed));
    expect(leaf.key).toBe(ed);
    expect(x509(leaf).publicKey.asymmetricKeyType).toBe('ed25519');
    expect(x509(leaf).verify(caX.publicKey)).toBe(true);
    const self = cert(call('genSelfSignedCertWithKey', 'ed', null, null, 3n, ed));
    expect(x509(self).verify(x509(self).publicKey)).toBe(true);
    expect(outline(self.cert)).toContain('2:6:1.3.101.112');

    // A PKCS#8 RSA key comes back as PKCS#1, as Sprig's pemBlockForKey writes it.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const rsaCa = cert(call('genCAWithKey', 'r', 1n, pkcs8));
    expect(rsaCa.key).toBe(privateKey.export({ type: 'pkcs1', format: 'pem' }));
    expect(x509(rsaCa).verify(x509(rsaCa).publicKey)).toBe(true);
  });

  it('signs with SHA-384 and SHA-512 for P-384 and P-521 keys', () => {
    for (const namedCurve of ['P-384', 'P-521']) {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve });
      const pem = privateKey.export({ type: 'sec1', format: 'pem' }) as string;
      const ca = cert(call('genCAWithKey', 'c', 1n, pem));
      expect(ca.key).toBe(pem);
      expect(x509(ca).verify(x509(ca).publicKey)).toBe(true);
      expect(outline(ca.cert)).toContain(`2:6:1.2.840.10045.4.3.${namedCurve === 'P-384' ? 3 : 4}`);
    }
  });

  it('fail as Sprig does for DSA keys and unreadable keys', () => {
    const dsa = String(call('genPrivateKey', 'dsa'));
    expect(() => call('genSelfSignedCertWithKey', 'a', null, null, 1n, dsa)).toThrow(
      'error creating certificate: x509: certificate private key does not implement crypto.Signer',
    );
    const ca = call('genCA', 'x', 1n);
    expect(() => call('genSignedCertWithKey', 'a', null, null, 1n, ca, dsa)).toThrow(
      'error creating certificate: x509: unsupported public key type: *dsa.PublicKey',
    );
    expect(() => call('genCAWithKey', 'a', 1n, 'garbage')).toThrow('parsing private key: no PEM data in input');
  });
});

describe('buildCustomCert', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  it("returns the decoded PEM texts after checking them", () => {
    const c = cert(call('buildCustomCert', b64(HELM_EC_CA), b64(HELM_EC_KEY)));
    expect(c.cert).toBe(HELM_EC_CA);
    expect(c.key).toBe(HELM_EC_KEY);
  });

  it('fails with Sprig\'s messages', () => {
    const pem = (t: string) => b64(`-----BEGIN ${t}-----\nAAAA\n-----END ${t}-----\n`);
    expect(() => call('buildCustomCert', '!!', '')).toThrow('unable to decode base64 certificate');
    expect(() => call('buildCustomCert', '', '!!')).toThrow('unable to decode base64 private key');
    expect(() => call('buildCustomCert', '', '')).toThrow('unable to decode certificate');
    expect(() => call('buildCustomCert', pem('CERTIFICATE'), '')).toThrow('error parsing certificate: decodedCert.Bytes: x509: malformed certificate');
    const ca = b64(HELM_RSA_CA);
    expect(() => call('buildCustomCert', ca, '')).toThrow('error parsing private key: no PEM data in input');
    expect(() => call('buildCustomCert', ca, pem('FOO'))).toThrow('error parsing private key: no private key data in PEM block of type FOO');
    expect(() => call('buildCustomCert', ca, pem('RSA PRIVATE KEY'))).toThrow('error parsing private key: parsing RSA private key from PEM: asn1:');
    expect(() => call('buildCustomCert', ca, pem('EC PRIVATE KEY'))).toThrow(
      'error parsing private key: parsing EC private key from PEM: x509: failed to parse EC private key: asn1:',
    );
    expect(() => call('buildCustomCert', ca, pem('PRIVATE KEY'))).toThrow('error parsing private key: decoding PEM as PKCS#8: asn1:');
    expect(() => call('buildCustomCert', ca, pem('DSA PRIVATE KEY'))).toThrow('error parsing private key: parsing DSA private key from PEM: asn1:');
    expect(() => call('buildCustomCert', ca, pem('X PRIVATE KEY'))).toThrow('error parsing private key: invalid private key type X PRIVATE KEY');
  });
});
