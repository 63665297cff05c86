// Private keys as Sprig makes, prints and reads them: RSA (PKCS#1 "RSA PRIVATE KEY"), ECDSA (SEC1
// "EC PRIVATE KEY"), Ed25519 (PKCS#8 "PRIVATE KEY") and DSA (Sprig's own "DSA PRIVATE KEY" sequence),
// their public keys as X.509 SubjectPublicKeyInfo, and signatures as x509.CreateCertificate makes them.
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import {
  DerError,
  bigToBytes,
  bitString,
  bytesToBig,
  children,
  derInt,
  derNull,
  expectTag,
  explicit,
  octetString,
  oid,
  readOid,
  readOne,
  readSeq,
  readUint,
  seq,
  TAG,
} from './der';
import type { DerNode } from './der';
import { generateDsaKey } from './dsa';
import type { DsaKey } from './dsa';
import { takeRsaKey } from './keySource';
import { nodeCrypto } from './platform';
import { pemDecode, pemEncode } from './pem';
import { encodePkcs1Private, encodePkcs1Public, parsePkcs1Private, rsaSignSha256 } from './rsa';
import type { RsaKey } from './rsa';

const CURVES = {
  'P-256': { oid: '1.2.840.10045.3.1.7', impl: p256, size: 32, sigOid: '1.2.840.10045.4.3.2' },
  'P-384': { oid: '1.3.132.0.34', impl: p384, size: 48, sigOid: '1.2.840.10045.4.3.3' },
  'P-521': { oid: '1.3.132.0.35', impl: p521, size: 66, sigOid: '1.2.840.10045.4.3.4' },
} as const;
type CurveName = keyof typeof CURVES;

export interface EcKey {
  readonly kind: 'ec';
  readonly curve: CurveName;
  readonly secret: Uint8Array;
  /** Uncompressed point 04||X||Y. */
  readonly pub: Uint8Array;
}
export interface Ed25519Key {
  readonly kind: 'ed25519';
  readonly seed: Uint8Array;
  readonly pub: Uint8Array;
}
export type PrivateKey = RsaKey | EcKey | Ed25519Key | DsaKey;

const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
};

/** genPrivateKey's result: a PEM key, or Sprig's message for an unknown type. */
export function generatePrivateKeyPem(type: string): string {
  switch (type) {
    case '':
    case 'rsa':
      return pemForKey(takeRsaKey(4096));
    case 'dsa':
      return pemForKey(generateDsaKey());
    case 'ecdsa':
      return pemForKey(ecKey('P-256', p256.utils.randomSecretKey()));
    case 'ed25519':
      return pemForKey(edKey(ed25519.utils.randomSecretKey()));
    default:
      return 'Unknown type ' + type;
  }
}

function ecKey(curve: CurveName, secret: Uint8Array): EcKey {
  return { kind: 'ec', curve, secret, pub: CURVES[curve].impl.getPublicKey(secret, false) };
}
function edKey(seed: Uint8Array): Ed25519Key {
  return { kind: 'ed25519', seed, pub: ed25519.getPublicKey(seed) };
}

/** Sprig's pemBlockForKey, PEM-encoded. */
export function pemForKey(k: PrivateKey): string {
  switch (k.kind) {
    case 'rsa':
      return pemEncode('RSA PRIVATE KEY', encodePkcs1Private(k));
    case 'dsa':
      return pemEncode('DSA PRIVATE KEY', seq(...[0n, k.p, k.q, k.g, k.y, k.x].map(derInt)));
    case 'ec': {
      const c = CURVES[k.curve];
      const body = seq(derInt(1n), octetString(k.secret), explicit(0, oid(c.oid)), explicit(1, bitString(k.pub)));
      return pemEncode('EC PRIVATE KEY', body);
    }
    case 'ed25519':
      return pemEncode('PRIVATE KEY', seq(derInt(0n), seq(oid(OID.ed25519)), octetString(octetString(k.seed))));
  }
}

function why(e: unknown): string {
  if (e instanceof DerError) return `asn1: syntax error: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** Sprig's parsePrivateKeyPEM, with its error wording (the ASN.1 details are shorter than Go's). */
export function parsePrivateKeyPem(text: string): PrivateKey {
  const block = pemDecode(text);
  if (!block) throw new Error('no PEM data in input');
  if (block.type === 'PRIVATE KEY') {
    try {
      return parsePkcs8(block.bytes);
    } catch (e) {
      throw new Error(`decoding PEM as PKCS#8: ${why(e)}`, { cause: e });
    }
  }
  if (!block.type.endsWith(' PRIVATE KEY')) throw new Error(`no private key data in PEM block of type ${block.type}`);
  const kind = block.type.slice(0, -' PRIVATE KEY'.length);
  try {
    switch (kind) {
      case 'RSA':
        return parsePkcs1Private(readOne(block.bytes));
      case 'EC':
        return parseSec1(readOne(block.bytes));
      case 'DSA': {
        const f = readSeq(readOne(block.bytes));
        if (f.length < 6) throw new DerError('sequence truncated');
        const [p, q, g, y, x] = [1, 2, 3, 4, 5].map((i) => readUint(f[i]));
        return { kind: 'dsa', p, q, g, y, x };
      }
    }
  } catch (e) {
    const label = kind === 'EC' ? 'EC private key from PEM: x509: failed to parse EC private key' : `${kind} private key from PEM`;
    throw new Error(`parsing ${label}: ${why(e)}`, { cause: e });
  }
  throw new Error(`invalid private key type ${block.type}`);
}

function curveByOid(dotted: string): CurveName {
  for (const name of Object.keys(CURVES) as CurveName[]) if (CURVES[name].oid === dotted) return name;
  throw new Error('x509: unknown elliptic curve');
}

function parseSec1(node: DerNode, outerCurve?: CurveName): EcKey {
  const f = readSeq(node);
  const version = readUint(f[0]);
  if (version !== 1n) throw new Error(`x509: unknown EC private key version ${version}`);
  const secretRaw = expectTag(f[1], TAG.octetString).content;
  let curve = outerCurve;
  for (const extra of f.slice(2)) {
    if (extra.tag === 0xa0) curve = curveByOid(readOid(children(extra.content)[0]));
  }
  if (!curve) throw new Error('x509: unknown elliptic curve');
  const c = CURVES[curve];
  const secret = bigToBytes(bytesToBig(secretRaw), c.size);
  if (secret.length !== c.size || !c.impl.utils.isValidSecretKey(secret)) throw new Error('x509: invalid elliptic curve private key value');
  return ecKey(curve, secret);
}

function parsePkcs8(der: Uint8Array): PrivateKey {
  const f = readSeq(readOne(der));
  if (f.length < 3) throw new DerError('sequence truncated');
  readUint(f[0]);
  const alg = readSeq(f[1]);
  const algOid = readOid(alg[0]);
  const inner = expectTag(f[2], TAG.octetString).content;
  switch (algOid) {
    case OID.rsaEncryption:
      try {
        return parsePkcs1Private(readOne(inner));
      } catch (e) {
        throw new Error(`x509: failed to parse RSA private key embedded in PKCS#8: ${why(e)}`, { cause: e });
      }
    case OID.ecPublicKey: {
      const curve = alg[1]?.tag === TAG.oid ? curveByOid(readOid(alg[1])) : undefined;
      try {
        return parseSec1(readOne(inner), curve);
      } catch (e) {
        throw new Error(`x509: failed to parse EC private key embedded in PKCS#8: ${why(e)}`, { cause: e });
      }
    }
    case OID.ed25519: {
      if (alg.length > 1) throw new Error('x509: invalid Ed25519 private key parameters');
      const seed = expectTag(readOne(inner), TAG.octetString).content;
      if (seed.length !== 32) throw new Error(`invalid Ed25519 private key length: ${seed.length}`);
      return edKey(new Uint8Array(seed));
    }
    default:
      throw new Error(`x509: PKCS#8 wrapping contained private key with unknown algorithm: ${algOid}`);
  }
}

/** SubjectPublicKeyInfo, and the subjectPublicKey bits Go hashes for the subject key id. */
export function publicKeyInfo(k: PrivateKey): { spki: Uint8Array; keyBits: Uint8Array } {
  let alg: Uint8Array;
  let keyBits: Uint8Array;
  switch (k.kind) {
    case 'rsa':
      alg = seq(oid(OID.rsaEncryption), derNull());
      keyBits = encodePkcs1Public(k);
      break;
    case 'ec':
      alg = seq(oid(OID.ecPublicKey), oid(CURVES[k.curve].oid));
      keyBits = k.pub;
      break;
    case 'ed25519':
      alg = seq(oid(OID.ed25519));
      keyBits = k.pub;
      break;
    case 'dsa':
      throw new Error('x509: unsupported public key type: *dsa.PublicKey');
  }
  return { spki: seq(alg, bitString(keyBits)), keyBits };
}

/** The AlgorithmIdentifier Go picks for a signing key; throws for keys Go cannot sign with. */
export function signatureAlgorithm(k: PrivateKey): Uint8Array {
  switch (k.kind) {
    case 'rsa':
      return seq(oid(OID.sha256WithRSA), derNull());
    case 'ec':
      return seq(oid(CURVES[k.curve].sigOid));
    case 'ed25519':
      return seq(oid(OID.ed25519));
    case 'dsa':
      throw new Error('x509: certificate private key does not implement crypto.Signer');
  }
}

// Node's signer is ~5x faster than BigInt; a key object is made once per key.
const nodeKeys = new WeakMap<RsaKey, unknown>();

function rsaSign(k: RsaKey, data: Uint8Array): Uint8Array {
  const node = nodeCrypto();
  if (node) {
    let keyObject = nodeKeys.get(k);
    if (!keyObject) {
      keyObject = node.createPrivateKey({ key: encodePkcs1Private(k), format: 'der', type: 'pkcs1' });
      nodeKeys.set(k, keyObject);
    }
    return new Uint8Array(node.sign('sha256', data, keyObject));
  }
  return rsaSignSha256(k, data);
}

/** The signature over `data` that goes with signatureAlgorithm(k). */
export function sign(k: PrivateKey, data: Uint8Array): Uint8Array {
  switch (k.kind) {
    case 'rsa':
      return rsaSign(k, data);
    case 'ec':
      // noble hashes with the curve's own hash (SHA-256/384/512), as Go pairs them.
      return CURVES[k.curve].impl.sign(data, k.secret, { format: 'der', extraEntropy: true });
    case 'ed25519':
      return ed25519.sign(data, k.seed);
    case 'dsa':
      throw new Error('x509: certificate private key does not implement crypto.Signer');
  }
}
