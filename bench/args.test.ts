import { describe, expect, it } from 'vitest';
import { eachFlag } from './args';

describe('eachFlag', () => {
  it('visits flags in order and hands each its value', () => {
    const seen: string[] = [];
    eachFlag(['--runs', '3', '--quick', '--out', '/tmp/x'], (flag, value) => {
      seen.push(flag === '--quick' ? flag : `${flag}=${value()}`);
    });
    expect(seen).toEqual(['--runs=3', '--quick', '--out=/tmp/x']);
  });

  it('refuses a flag whose value is missing, naming it', () => {
    expect(() => eachFlag(['--quick', '--runs'], (flag, value) => (flag === '--runs' ? value() : undefined))).toThrow('--runs needs a value');
  });
});
