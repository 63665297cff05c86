import { describe, expect, it } from 'vitest';
import { canBackquote, formatFloat, formatFloatG, isPrint, quote, quoteRune, quoteToASCII } from './strconv';

// Expectations are what Go (helm 4.1.4's printf) printed for the same numbers and strings.
describe('formatFloat', () => {
  it('prints the shortest form as %v does', () => {
    expect([1e6, 123456, 1234567, 0.0001, 0.00001, 1e21, 12345678901, -0, 5e-324].map(formatFloatG)).toEqual([
      '1e+06', '123456', '1.234567e+06', '0.0001', '1e-05', '1e+21', '1.2345678901e+10', '-0', '5e-324',
    ]);
    expect([NaN, Infinity, -Infinity].map(formatFloatG)).toEqual(['NaN', '+Inf', '-Inf']);
  });

  it('rounds halfway cases to even on the exact binary value', () => {
    expect([0.5, 1.5, 2.5, -0.5].map((x) => formatFloat(x, 'f', 0))).toEqual(['0', '2', '2', '-0']);
    expect(formatFloat(0.25, 'f', 1)).toBe('0.2');
    expect(formatFloat(0.35, 'f', 1)).toBe('0.3'); // 0.35 is stored just below
    expect(formatFloat(1.005, 'f', 2)).toBe('1.00');
    expect(formatFloat(0.1, 'f', 20)).toBe('0.10000000000000000555');
  });

  it('writes %e, %g and hexadecimal forms with a precision', () => {
    expect(formatFloat(123456.789, 'e', 6)).toBe('1.234568e+05');
    expect(formatFloat(0.000123, 'e', 2)).toBe('1.23e-04');
    expect(formatFloat(1 / 3, 'g', 10)).toBe('0.3333333333');
    expect(formatFloat(1234, 'g', 2)).toBe('1.2e+03');
    expect(formatFloat(1, 'x', -1)).toBe('0x1p+00');
    expect(formatFloat(-3.75, 'X', -1)).toBe('-0X1.EP+01');
    expect(formatFloat(1 / 3, 'x', 2)).toBe('0x1.55p-02');
    expect(formatFloat(1, 'b', -1)).toBe('4503599627370496p-52');
  });
});

describe('quote', () => {
  it('escapes as strconv.Quote does', () => {
    expect(quote('a\n"b\\\t\x01\x7f')).toBe('"a\\n\\"b\\\\\\t\\x01\\x7f"');
    expect(quote('é☺😀\u00a0\u2028\ufeff')).toBe('"é☺😀\\u00a0\\u2028\\ufeff"');
    expect(quoteToASCII('é😀')).toBe('"\\u00e9\\U0001f600"');
    expect(quote('\ud800')).toBe('"�"');
  });

  it('quotes runes and knows what can be backquoted', () => {
    expect(quoteRune(97)).toBe("'a'");
    expect(quoteRune(10)).toBe("'\\n'");
    expect(quoteRune(0x110000)).toBe("'�'");
    expect(quoteRune(0x263a, true)).toBe("'\\u263a'");
    expect(canBackquote('a"b\tc')).toBe(true);
    expect(canBackquote('a`b')).toBe(false);
    expect(canBackquote('a\nb')).toBe(false);
  });

  it('treats letters, marks, numbers, punctuation, symbols and ASCII space as printable', () => {
    expect([0x20, 0x41, 0xe9, 0x263a, 0x1f600].every(isPrint)).toBe(true);
    expect([0x0a, 0x7f, 0xa0, 0x2028, 0xfeff, 0xd800].some(isPrint)).toBe(false);
  });
});
