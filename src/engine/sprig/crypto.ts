// Sprig's crypto functions. randBytes is here; the others (keys and certificates, bcrypt, htpasswd,
// derivePassword, AES) live in crypto/impl.ts, a chunk loaded by prepareCrypto (or loadCrypto)
// before rendering. Once loaded they run synchronously, as template functions must.
import { goFunc } from './args';
import type { FuncTable } from './args';
import { base64Encode } from './encoding';
import type { GoParamType, GoValue } from '../value';
import type * as CryptoImplModule from './crypto/impl';
import { remembered } from './generatedMemo';

type CryptoImpl = typeof CryptoImplModule;
let impl: CryptoImpl | undefined;
let loading: Promise<CryptoImpl> | undefined;

/** Loads the crypto functions' implementation (once). Node callers may await this at start-up. */
export function loadCrypto(): Promise<CryptoImpl> {
  loading ??= import('./crypto/impl').then((m) => (impl = m));
  return loading;
}

// Every function whose implementation is in the chunk, with its Go parameter types.
const LAZY: Record<string, { params: GoParamType[]; call: (m: CryptoImpl, a: GoValue[]) => GoValue }> = {
  bcrypt: { params: ['string'], call: (m, a) => m.bcrypt(a[0] as string) },
  htpasswd: { params: ['string', 'string'], call: (m, a) => m.htpasswd(a[0] as string, a[1] as string) },
  derivePassword: {
    params: ['uint32', 'string', 'string', 'string', 'string'],
    call: (m, a) => m.derivePassword(a[0] as bigint, a[1] as string, a[2] as string, a[3] as string, a[4] as string),
  },
  encryptAES: { params: ['string', 'string'], call: (m, a) => m.encryptAES(a[0] as string, a[1] as string) },
  decryptAES: { params: ['string', 'string'], call: (m, a) => m.decryptAES(a[0] as string, a[1] as string) },
  genPrivateKey: { params: ['string'], call: (m, a) => m.generatePrivateKeyPem(a[0] as string) },
  buildCustomCert: { params: ['string', 'string'], call: (m, a) => m.buildCustomCert(a[0] as string, a[1] as string) },
  genCA: { params: ['string', 'int'], call: (m, a) => m.genCA(a[0] as string, a[1] as bigint) },
  genCAWithKey: { params: ['string', 'int', 'string'], call: (m, a) => m.genCAWithKey(a[0] as string, a[1] as bigint, a[2] as string) },
  genSelfSignedCert: {
    params: ['string', 'list', 'list', 'int'],
    call: (m, a) => m.genSelfSignedCert(a[0] as string, a[1] as GoValue[] | null, a[2] as GoValue[] | null, a[3] as bigint),
  },
  genSelfSignedCertWithKey: {
    params: ['string', 'list', 'list', 'int', 'string'],
    call: (m, a) => m.genSelfSignedCertWithKey(a[0] as string, a[1] as GoValue[] | null, a[2] as GoValue[] | null, a[3] as bigint, a[4] as string),
  },
  // The CA is Sprig's certificate struct; the implementation checks it as text/template would.
  genSignedCert: {
    params: ['string', 'list', 'list', 'int', 'any'],
    call: (m, a) => m.genSignedCert(a[0] as string, a[1] as GoValue[] | null, a[2] as GoValue[] | null, a[3] as bigint, a[4]),
  },
  genSignedCertWithKey: {
    params: ['string', 'list', 'list', 'int', 'any', 'string'],
    call: (m, a) => m.genSignedCertWithKey(a[0] as string, a[1] as GoValue[] | null, a[2] as GoValue[] | null, a[3] as bigint, a[4], a[5] as string),
  },
};

/**
 * Results remembered per call site across renders of a chart (see generatedMemo.ts): the ones that
 * are slow (RSA key generation and signing, bcrypt, scrypt) and differ per helm run anyway, or are
 * the same every time (derivePassword).
 */
const REMEMBERED = new Set([
  'bcrypt',
  'htpasswd',
  'derivePassword',
  'genPrivateKey',
  'genCA',
  'genCAWithKey',
  'genSelfSignedCert',
  'genSelfSignedCertWithKey',
  'genSignedCert',
  'genSignedCertWithKey',
]);

const MENTIONS = new RegExp(`\\b(?:${Object.keys(LAZY).join('|')})\\b`);

/**
 * Call (and await) before rendering: when the templates mention a crypto function, loads the
 * implementation and fills the RSA key pools so genCA & co. take milliseconds, not seconds.
 * Cheap when nothing is mentioned or everything is ready.
 */
export async function prepareCrypto(templateTexts: readonly string[]): Promise<void> {
  if (!templateTexts.some((t) => MENTIONS.test(t))) return;
  const m = await loadCrypto();
  await m.fillKeyPools(templateTexts);
}

const MAX_RANDOM_BYTES = 1 << 20;

export function randBytes(count: bigint): string {
  if (count < 0n) throw new Error('runtime error: makeslice: len out of range');
  if (count > BigInt(MAX_RANDOM_BYTES)) throw new Error('randBytes: count too large');
  const b = new Uint8Array(Number(count));
  for (let i = 0; i < b.length; i += 65536) crypto.getRandomValues(b.subarray(i, i + 65536));
  return base64Encode(b);
}

export function registerCrypto(t: FuncTable): void {
  t.set('randBytes', goFunc('randBytes', ['int'], randBytes));
  for (const [name, { params, call }] of Object.entries(LAZY)) {
    t.set(
      name,
      goFunc(name, params, (...args: GoValue[]) => {
        const m = impl;
        if (!m) throw new Error(`${name} is not loaded yet: the renderer must await prepareCrypto(templates) first`);
        return REMEMBERED.has(name) ? remembered(name, args, () => call(m, args)) : call(m, args);
      }),
    );
  }
}
