import { beforeAll, describe, expect, it } from 'vitest';
import { loadCrypto } from '../crypto';
import { call } from '../testkit';

beforeAll(() => loadCrypto());

// Ciphertexts printed by helm v4.1.4's encryptAES.
const HELM = [
  { password: 'secretkey', plain: 'plaintext', crypt: 'vlkDzDmZcRF/FR+5OibxkfCynOcvochJdtfqp7Xky/8=' },
  // A password over 32 bytes: only the first 32 count.
  { password: '0123456789abcdef0123456789abcdef-extra', plain: 'exactly16bytes!!', crypt: 'HijAhxqk1A3VsY1bB8rHpnR55VYkU3bWTDNCSki7qwMi5/XlPRYeEGTedJAkzsKE' },
  {
    password: 'ключ',
    plain: 'héllo wörld, a longer text of several blocks ..................',
    crypt: 'YwYd345Y/+swRYtfXQTpkb4A2E2eXZzWpw5WcImFfelWvaDljiNNJj7CPnlydptrPGRhzSwbKl9ECoL8g9lE1d7RrW0Pmx0lDCThmnH9/t38VFKUqBh6y9WO3LAGyLTM',
  },
];

describe('decryptAES', () => {
  it('decrypts what real helm encrypted', () => {
    for (const h of HELM) expect(call('decryptAES', h.password, h.crypt)).toBe(h.plain);
    expect(call('decryptAES', '0123456789abcdef0123456789abcdef', HELM[1].crypt)).toBe(HELM[1].plain);
  });

  it('fails as helm does on short, ragged and badly padded input', () => {
    const b64 = (n: number, last = 0) => Buffer.from(Uint8Array.from({ length: n }, (_, i) => (i === n - 1 ? last : i))).toString('base64');
    expect(() => call('decryptAES', 'k', 'AAAA')).toThrow('runtime error: slice bounds out of range [:16] with capacity 3');
    expect(() => call('decryptAES', 'k', '!!')).toThrow('illegal base64 data at input byte 0');
    expect(() => call('decryptAES', 'k', b64(20))).toThrow('crypto/cipher: input not full blocks');
    expect(() => call('decryptAES', 'k', b64(16))).toThrow('runtime error: index out of range [-1]');
    // A garbage block whose last byte, once decrypted, exceeds 16: Go slices to a negative end.
    let failed = 0;
    for (let i = 0; i < 20; i++) {
      try {
        call('decryptAES', 'k', Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64'));
      } catch (e) {
        expect((e as Error).message).toMatch(/^runtime error: slice bounds out of range \[:-\d+\]$/);
        failed++;
      }
    }
    expect(failed).toBeGreaterThan(10);
    expect(call('decryptAES', 'k', '')).toBe('');
  });
});

describe('encryptAES', () => {
  it('round-trips, with a fresh IV each time, 16 bytes of IV plus whole padded blocks', () => {
    const a = String(call('encryptAES', 'secretkey', 'plaintext'));
    const b = String(call('encryptAES', 'secretkey', 'plaintext'));
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64')).toHaveLength(32);
    expect(Buffer.from(String(call('encryptAES', 'k', 'exactly16bytes!!')), 'base64')).toHaveLength(48);
    expect(call('decryptAES', 'secretkey', a)).toBe('plaintext');
    for (const h of HELM) expect(call('decryptAES', h.password, String(call('encryptAES', h.password, h.plain)))).toBe(h.plain);
  });

  it('gives "" for an empty text', () => {
    expect(call('encryptAES', 'k', '')).toBe('');
  });
});
