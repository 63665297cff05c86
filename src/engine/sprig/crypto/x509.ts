// X.509 v3 certificates as Go's x509.CreateCertificate builds them from Sprig's template: subject
// CN only, random 128-bit serial, extensions in Go's order (keyUsage, extKeyUsage, basicConstraints,
// subjectKeyId for CAs, authorityKeyId when issued by another name, subjectAltName), and the
// little certificate parsing genSignedCert needs from its CA.
import { sha256 } from '@noble/hashes/sha2.js';
import {
  DerError,
  bitString,
  bytesToBig,
  children,
  derInt,
  derTime,
  derTrue,
  expectTag,
  explicit,
  implicit,
  octetString,
  oid,
  readOne,
  readOid,
  readSeq,
  seq,
  set,
  tlv,
  TAG,
} from './der';
import { randomBytes } from './bigmath';
import { publicKeyInfo, sign, signatureAlgorithm } from './keys';
import type { PrivateKey } from './keys';

export interface CertTemplate {
  readonly commonName: string;
  /** Addresses as x509 writes them (4 or 16 bytes). */
  readonly ips: readonly Uint8Array[];
  readonly dnsNames: readonly string[];
  readonly notBefore: number;
  readonly notAfter: number;
  readonly isCA: boolean;
}

/** What signing needs to know of an issuer certificate. */
export interface IssuerCert {
  readonly rawSubject: Uint8Array;
  readonly subjectKeyId: Uint8Array | null;
  readonly spki: Uint8Array;
}

const OID = {
  commonName: '2.5.4.3',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

// Go's asn1 writes a PrintableString when every character allows it ('*' and '&' do not), else UTF8.
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

function encodeName(commonName: string): Uint8Array {
  if (commonName === '') return seq();
  const value = PRINTABLE.test(commonName)
    ? tlv(TAG.printableString, Uint8Array.from(commonName, (c) => c.charCodeAt(0)))
    : tlv(TAG.utf8String, new TextEncoder().encode(commonName));
  return seq(set(seq(oid(OID.commonName), value)));
}

function extension(id: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical ? seq(oid(id), derTrue(), octetString(value)) : seq(oid(id), octetString(value));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function subjectAltNames(t: CertTemplate): Uint8Array {
  const names: Uint8Array[] = [];
  for (const dns of t.dnsNames) {
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(dns)) throw new Error(`x509: "${dns}" cannot be encoded as an IA5String`);
    names.push(implicit(2, Uint8Array.from(dns, (c) => c.charCodeAt(0))));
  }
  for (const ip of t.ips) names.push(implicit(7, ip));
  return seq(...names);
}

/** A random serial in [0, 2^128), as Sprig draws it. */
function serialNumber(): bigint {
  return bytesToBig(randomBytes(16));
}

/**
 * The DER certificate for `subjectKey`'s public key, issued by `issuer` (null: self-signed) and
 * signed with `signingKey`. Errors carry Go's wording.
 */
export function createCertificate(t: CertTemplate, subjectKey: PrivateKey, issuer: IssuerCert | null, signingKey: PrivateKey): Uint8Array {
  const sigAlg = signatureAlgorithm(signingKey);
  const { spki, keyBits } = publicKeyInfo(subjectKey);
  const subject = encodeName(t.commonName);
  const issuerName = issuer ? issuer.rawSubject : subject;
  if (issuer && !sameBytes(issuer.spki, publicKeyInfo(signingKey).spki)) {
    throw new Error("x509: provided PrivateKey doesn't match parent's PublicKey");
  }

  const exts: Uint8Array[] = [];
  // keyUsage: digitalSignature, keyEncipherment (+ keyCertSign for a CA), bits as Go packs them.
  exts.push(extension(OID.keyUsage, true, t.isCA ? Uint8Array.of(3, 2, 2, 0xa4) : Uint8Array.of(3, 2, 5, 0xa0)));
  exts.push(extension(OID.extKeyUsage, false, seq(oid(OID.serverAuth), oid(OID.clientAuth))));
  exts.push(extension(OID.basicConstraints, true, t.isCA ? seq(derTrue()) : seq()));
  // Go 1.25 derives a CA's subject key id from the leftmost 160 bits of SHA-256 of its key.
  if (t.isCA) exts.push(extension(OID.subjectKeyId, false, octetString(sha256(keyBits).slice(0, 20))));
  if (issuer?.subjectKeyId && !sameBytes(issuerName, subject)) {
    exts.push(extension(OID.authorityKeyId, false, seq(implicit(0, issuer.subjectKeyId))));
  }
  if (t.dnsNames.length > 0 || t.ips.length > 0) {
    // With an empty subject the names are all there is, so the extension is critical.
    exts.push(extension(OID.subjectAltName, t.commonName === '', subjectAltNames(t)));
  }

  const tbs = seq(
    explicit(0, derInt(2n)),
    derInt(serialNumber()),
    sigAlg,
    issuerName,
    seq(derTime(t.notBefore), derTime(t.notAfter)),
    subject,
    spki,
    explicit(3, seq(...exts)),
  );
  return seq(tbs, sigAlg, bitString(sign(signingKey, tbs)));
}

/** Parses the issuer's certificate far enough to sign with it; throws Go's "malformed" error. */
export function parseIssuer(der: Uint8Array): IssuerCert {
  try {
    const [tbsNode] = readSeq(readOne(der));
    const tbs = readSeq(tbsNode);
    let i = tbs[0]?.tag === 0xa0 ? 1 : 0;
    expectTag(tbs[i++], TAG.integer);
    readSeq(tbs[i++]); // signature algorithm
    readSeq(tbs[i++]); // issuer
    readSeq(tbs[i++]); // validity
    const subject = expectTag(tbs[i++], TAG.sequence);
    const spki = expectTag(tbs[i++], TAG.sequence);
    let subjectKeyId: Uint8Array | null = null;
    for (const extra of tbs.slice(i)) {
      if (extra.tag !== 0xa3) continue;
      for (const ext of readSeq(children(extra.content)[0])) {
        const parts = readSeq(ext);
        if (readOid(parts[0]) !== OID.subjectKeyId) continue;
        const value = expectTag(parts[parts.length - 1], TAG.octetString).content;
        subjectKeyId = new Uint8Array(expectTag(readOne(value), TAG.octetString).content);
      }
    }
    return { rawSubject: new Uint8Array(subject.raw), subjectKeyId, spki: new Uint8Array(spki.raw) };
  } catch (e) {
    if (e instanceof DerError || e instanceof TypeError) throw new Error('x509: malformed certificate', { cause: e });
    throw e;
  }
}

