// Sprig's certificate functions: genCA, genSelfSignedCert, genSignedCert, their *WithKey forms and
// buildCustomCert, returning Sprig's certificate struct {Cert, Key} of PEM strings.
import { GoArgError } from '../args';
import { formatValue } from '../../go/fmt';
import { base64Decode } from '../encoding';
import { GoObject, goTypeName } from '../../value';
import type { GoStructLike, GoValue, StructField } from '../../value';
import { takeRsaKey } from './keySource';
import { parsePrivateKeyPem, pemForKey } from './keys';
import type { PrivateKey } from './keys';
import { parseIP, sanIPBytes } from './ip';
import { pemDecode, pemEncode } from './pem';
import { createCertificate, parseIssuer } from './x509';
import type { CertTemplate, IssuerCert } from './x509';

/** Sprig's `certificate` struct: %v prints {CERT KEY}, toJson gives {"Cert":...,"Key":...}. */
export class GoCertificate extends GoObject implements GoStructLike {
  readonly goType = 'sprig.certificate';
  constructor(
    readonly cert: string,
    readonly key: string,
  ) {
    super();
  }
  field(name: string): GoValue | undefined {
    if (name === 'Cert') return this.cert;
    if (name === 'Key') return this.key;
    return undefined;
  }
  format(): string {
    return `{${this.cert} ${this.key}}`;
  }
  structFields(): StructField[] {
    return [
      { name: 'Cert', value: this.cert },
      { name: 'Key', value: this.key },
    ];
  }
}

/** The `ca certificate` parameter, checked as text/template checks a struct argument. */
export function asCertificate(v: GoValue): GoCertificate {
  if (v instanceof GoCertificate) return v;
  if (v === null) throw new GoArgError('invalid value; expected sprig.certificate');
  throw new GoArgError(`wrong type for value; expected sprig.certificate; got ${goTypeName(v)}`);
}

const RSA_CERT_BITS = 2048;
const NS_PER_DAY = 86_400_000_000_000n;
const MAX_NAMES = 10_000;

/** time.Now().Add(time.Hour * 24 * time.Duration(days)): the product wraps at 64 bits as in Go. */
function validity(days: bigint): { notBefore: number; notAfter: number } {
  const now = Date.now();
  const durationMs = BigInt.asIntN(64, days * NS_PER_DAY) / 1_000_000n;
  return { notBefore: now, notAfter: now + Number(durationMs) };
}

function ipList(ips: GoValue[] | null): Uint8Array[] {
  if (!ips) return [];
  if (ips.length > MAX_NAMES) throw new Error('error parsing ip: too many addresses');
  return ips.map((ip) => {
    if (typeof ip !== 'string') throw new Error(`error parsing ip: ${formatValue(ip)} is not a string`);
    const parsed = parseIP(ip);
    if (!parsed) throw new Error(`error parsing ip: ${ip}`);
    return sanIPBytes(parsed);
  });
}

function dnsList(names: GoValue[] | null): string[] {
  if (!names) return [];
  if (names.length > MAX_NAMES) throw new Error('error processing alternate dns name: too many names');
  return names.map((n) => {
    if (typeof n !== 'string') throw new Error(`error processing alternate dns name: ${formatValue(n)} is not a string`);
    return n;
  });
}

function template(cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, isCA: boolean): CertTemplate {
  const ipBytes = ipList(ips);
  const dnsNames = dnsList(dns);
  return { commonName: cn, ips: ipBytes, dnsNames, ...validity(days), isCA };
}

function issue(t: CertTemplate, key: PrivateKey, issuer: IssuerCert | null, signingKey: PrivateKey): GoCertificate {
  let der: Uint8Array;
  try {
    der = createCertificate(t, key, issuer, signingKey);
  } catch (e) {
    throw new Error(`error creating certificate: ${(e as Error).message}`, { cause: e });
  }
  return new GoCertificate(pemEncode('CERTIFICATE', der), pemForKey(key));
}

function keyFromPem(pem: string): PrivateKey {
  try {
    return parsePrivateKeyPem(pem);
  } catch (e) {
    throw new Error(`parsing private key: ${(e as Error).message}`, { cause: e });
  }
}

function caAndSigner(ca: GoCertificate): { issuer: IssuerCert; signer: PrivateKey } {
  const block = pemDecode(ca.cert);
  if (!block) throw new Error('unable to decode certificate');
  let issuer: IssuerCert;
  try {
    issuer = parseIssuer(block.bytes);
  } catch (e) {
    throw new Error(`error parsing certificate: decodedSignerCert.Bytes: ${(e as Error).message}`, { cause: e });
  }
  let signer: PrivateKey;
  try {
    signer = parsePrivateKeyPem(ca.key);
  } catch (e) {
    throw new Error(`error parsing private key: ${(e as Error).message}`, { cause: e });
  }
  return { issuer, signer };
}

export function genCA(cn: string, days: bigint, key: PrivateKey = takeRsaKey(RSA_CERT_BITS)): GoCertificate {
  return issue(template(cn, null, null, days, true), key, null, key);
}

export function genCAWithKey(cn: string, days: bigint, pem: string): GoCertificate {
  return genCA(cn, days, keyFromPem(pem));
}

export function genSelfSignedCert(cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, key?: PrivateKey): GoCertificate {
  const t = template(cn, ips, dns, days, false);
  const k = key ?? takeRsaKey(RSA_CERT_BITS);
  return issue(t, k, null, k);
}

export function genSelfSignedCertWithKey(cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, pem: string): GoCertificate {
  return genSelfSignedCert(cn, ips, dns, days, keyFromPem(pem));
}

export function genSignedCert(cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, ca: GoValue, key?: PrivateKey): GoCertificate {
  const caCert = asCertificate(ca);
  const k = key ?? takeRsaKey(RSA_CERT_BITS);
  const { issuer, signer } = caAndSigner(caCert);
  return issue(template(cn, ips, dns, days, false), k, issuer, signer);
}

export function genSignedCertWithKey(cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, ca: GoValue, pem: string): GoCertificate {
  asCertificate(ca);
  return genSignedCert(cn, ips, dns, days, ca, keyFromPem(pem));
}

/** buildCustomCert: a certificate struct from base64 PEM texts, both checked as Sprig checks them. */
export function buildCustomCert(b64cert: string, b64key: string): GoCertificate {
  const cert = base64Decode(b64cert);
  if (typeof cert === 'string') throw new Error('unable to decode base64 certificate');
  const key = base64Decode(b64key);
  if (typeof key === 'string') throw new Error('unable to decode base64 private key');
  const certText = new TextDecoder().decode(cert);
  const keyText = new TextDecoder().decode(key);
  const block = pemDecode(certText);
  if (!block) throw new Error('unable to decode certificate');
  try {
    parseIssuer(block.bytes);
  } catch (e) {
    throw new Error(`error parsing certificate: decodedCert.Bytes: ${(e as Error).message}`, { cause: e });
  }
  try {
    parsePrivateKeyPem(keyText);
  } catch (e) {
    throw new Error(`error parsing private key: ${(e as Error).message}`, { cause: e });
  }
  return new GoCertificate(certText, keyText);
}
