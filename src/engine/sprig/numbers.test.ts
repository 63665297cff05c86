import { describe, expect, it } from 'vitest';
import { call, show } from './testkit';

// Expected values below were printed by helm v4.1.4 for the same calls.
describe('Sprig conversions (spf13/cast rules)', () => {
  it('int reads Go integer literals in strings and truncates floats', () => {
    const got = ['0x1F', '010', '1.0', '1.5', '1_000', 2.9, -2.9, true, null, 'abc', ' 1', '0b11', '0o17'].map((v) => show('int', v));
    expect(got.join('|')).toBe('31|8|1|0|1000|2|-2|1|0|0|0|3|15');
  });

  it('float64 reads strconv.ParseFloat forms and gives 0 for the rest', () => {
    const got = ['1.5', '1e400', 'inf', ' 1', '0x10', true, 3n, '1_0', '.5', '5.'].map((v) => show('float64', v));
    expect(got.join('|')).toBe('1.5|0|+Inf|0|0|1|3|10|0.5|5');
    expect(show('int64', [1n])).toBe('0');
  });

  it('atoi and toDecimal', () => {
    expect(['12', '1.0', '+5', 'x', ' 5'].map((s) => show('atoi', s)).join('|')).toBe('12|0|5|0|0');
    expect(['0777', 777n, '8', 7.0].map((v) => show('toDecimal', v)).join('|')).toBe('511|511|0|7');
  });
});

describe('Sprig math', () => {
  it('integer and decimal arithmetic print as helm prints them', () => {
    const got = [
      show('add', 1n, 2.9, '3'),
      show('sub', 5n, 7n),
      show('mul', 2n, 3n, 4n),
      show('div', 7n, 2n),
      show('div', -7n, 2n),
      show('mod', -7n, 3n),
      show('max', 1n, 5n, 3n),
      show('min', 4n, '2'),
      show('add1', '9'),
      show('addf', 0.1, 0.2),
      show('subf', 1n, 0.9),
      show('mulf', 1.1, 3n),
      show('divf', 10n, 3n),
      show('divf', 2n, 3n),
      show('maxf', 1n, 2.5),
      show('minf', 1n, 2.5),
      show('floor', 1.7),
      show('ceil', 1.2),
      show('round', 3.14159, 2n),
      show('round', 2.5, 0n),
      show('until', 3n),
      show('until', -2n),
      show('untilStep', 0n, 10n, 3n),
      show('seq', 3n),
      show('seq', 5n, 2n),
      show('seq', 0n, 2n, 6n),
      show('seq', 2n, -1n, 0n),
      show('add1f', 1.5),
      show('biggest', 3n, 9n),
    ];
    expect(got.join('|')).toBe(
      '6|-2|24|3|-3|-1|5|2|10|0.3|0.1|3.3|3.3333333333333335|0.6666666666666667|2.5|1|1|2|3.14|3|[0 1 2]|[0 -1]|[0 3 6 9]|1 2 3|5 4 3 2|0 2 4 6|2 1 0|2.5|9',
    );
  });

  it('add returns int64 and wraps around on overflow as Go does', () => {
    expect(call('add', 9223372036854775807n, 1n)).toBe(-9223372036854775808n);
  });

  it('division by zero fails with Go and decimal messages', () => {
    expect(() => call('div', 1n, 0n)).toThrow('runtime error: integer divide by zero');
    expect(() => call('mod', 1n, 0n)).toThrow('runtime error: integer divide by zero');
    expect(() => call('divf', 1n, 0n)).toThrow('decimal division by 0');
  });

  it('randInt stays in [min, max) and rejects an empty range', () => {
    for (let i = 0; i < 50; i++) {
      const n = call('randInt', 3n, 6n) as bigint;
      expect(n >= 3n && n < 6n).toBe(true);
    }
    expect(() => call('randInt', 3n, 3n)).toThrow('invalid argument to Intn');
  });

  it('refuses lists too long for a browser tab', () => {
    expect(() => call('until', 100000000n)).toThrow(/more than/);
  });
});
