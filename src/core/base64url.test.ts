import { describe, it, expect } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('base64url', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as in RFC 4648 without padding', (plain, encoded) => {
    expect(encodeBase64Url(bytes(plain))).toBe(encoded);
    expect(new TextDecoder().decode(decodeBase64Url(encoded))).toBe(plain);
  });

  it('uses - and _ instead of + and /', () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Array.from(decodeBase64Url(encodeBase64Url(all)))).toEqual(Array.from(all));
  });

  it('rejects foreign characters and impossible lengths', () => {
    expect(() => decodeBase64Url('ab+c')).toThrow('"+"');
    expect(() => decodeBase64Url('abcde')).toThrow('length');
  });
});
