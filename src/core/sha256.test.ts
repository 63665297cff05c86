import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { sha256Hex } from './sha256';

const reference = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches the known digest of the empty string and "abc"', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('agrees with node:crypto across block boundaries and non-ASCII text', () => {
    for (const len of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const s = 'x'.repeat(len);
      expect(sha256Hex(s)).toBe(reference(s));
    }
    expect(sha256Hex('héllo ✓ 🚀')).toBe(reference('héllo ✓ 🚀'));
  });
});
