// The platform's synchronous crypto, when there is one: Node's node:crypto, found at run time so the
// engine still bundles for the browser (where this is null and WebCrypto, which is async, is used
// ahead of rendering by prepareCrypto instead).

/** The part of node:crypto the engine uses. */
export interface NodeCryptoApi {
  generateKeyPairSync(type: 'rsa' | 'dsa', options: Record<string, unknown>): { privateKey: Uint8Array };
  createPrivateKey(options: { key: Uint8Array; format: 'der'; type: 'pkcs1' | 'pkcs8' }): unknown;
  sign(algorithm: string | null, data: Uint8Array, key: unknown): Uint8Array;
}

let detected: NodeCryptoApi | null | undefined;
let enabled = true;

export function nodeCrypto(): NodeCryptoApi | null {
  if (!enabled) return null;
  if (detected === undefined) {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    let mod: unknown;
    try {
      mod = proc?.getBuiltinModule?.('node:crypto') ?? null;
    } catch {
      mod = null;
    }
    const api = mod as Partial<NodeCryptoApi> | null;
    detected = api && typeof api.generateKeyPairSync === 'function' && typeof api.sign === 'function' ? (api as NodeCryptoApi) : null;
  }
  return detected;
}

/** Turns the Node fast path off or on (tests use it to exercise the browser's code paths in Node). */
export function setNodeCryptoEnabled(on: boolean): void {
  enabled = on;
}

/** WebCrypto's SubtleCrypto (absent outside secure contexts). */
export function subtleCrypto(): SubtleCrypto | null {
  return (globalThis.crypto as Crypto | undefined)?.subtle ?? null;
}
