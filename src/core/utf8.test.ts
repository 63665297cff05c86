import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from './utf8';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeUtf8(new TextEncoder().encode('a: "é€😀"'))).toEqual({ ok: true, text: 'a: "é€😀"' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a' });
  });

  it('refuses invalid bytes and names the first one', () => {
    expect(decodeUtf8(bytes(0x61, 0xff))).toEqual({ ok: false, error: 'it is not valid UTF-8 text (invalid byte at offset 1)' });
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a truncated sequence', [0x61, 0xc3], 2],
    ['a bad trailing byte', [0xc3, 0x28], 1],
    ['an overlong form', [0xc0, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 1],
    ['valid text', [0xe2, 0x82, 0xac, 0x61], -1],
  ])('finds %s', (_, input, offset) => {
    expect(firstInvalidUtf8(bytes(...input))).toBe(offset);
    expect(decodeUtf8(bytes(...input)).ok).toBe(offset === -1);
  });
});
