import { describe, expect, it } from 'vitest';
import { compileGoRegexp, translateGoRegexp } from './regexp';

// Expected values and error texts below were printed by helm v4.1.4 (Sprig's regexFind, regexMatch,
// regexFindAll and mustRegexFind over Go's regexp) for the same patterns.

function findAll(expr: string, s: string): string[] {
  return [...s.matchAll(compileGoRegexp(expr, 'g'))].map((m) => m[0]);
}

function parseError(expr: string): string {
  try {
    translateGoRegexp(expr);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
}

describe('Go regexp on JavaScript', () => {
  it('matches as Go does where the engines differ', () => {
    const cases: [pattern: string, input: string, matches: boolean][] = [
      ['^a.c$', 'a\rc', true], // Go's . matches \r
      ['^a.c$', 'a\nc', false],
      ['(?s)^a.c$', 'a\nc', true],
      ['\\Aab\\z', 'ab', true],
      ['\\Aab\\z', 'ab\n', false],
      ['(?m)\\Ab', 'a\nb', false],
      ['(?m)^b', 'a\nb', true],
      ['^[[:alpha:]]+$', 'abc', true],
      ['^\\pL\\p{Greek}$', 'éβ', true],
      ['^\\Q.*\\E$', '.*', true],
      ['^a{2}$', 'aa', true],
      ['x{', 'x{', true], // a brace that is no repeat is a literal
      ['^(?P<n>a)\\-$', 'a-', true],
      ['(?i)^abc$', 'ABC', true],
      ['^\\s$', '\v', false], // Go's \s has no \v
      ['^\\x{41}\\101$', 'AA', true],
    ];
    expect(cases.map(([p, input]) => compileGoRegexp(p).test(input))).toEqual(cases.map(([, , m]) => m));
    expect(findAll('[[:digit:]]', 'a1b2c')).toEqual(['1', '2']);
  });

  it('swaps greedy and lazy repeats under a leading (?U)', () => {
    expect(findAll('(?U)a+', 'aaa')).toEqual(['a', 'a', 'a']);
    expect(findAll('(?U)a+?', 'aaa')).toEqual(['aaa']);
    expect(findAll('(?U)a{1,3}', 'aaaa')).toEqual(['a', 'a', 'a', 'a']);
  });

  it("refuses what Go's parser refuses, with Go's words", () => {
    const cases: [string, string][] = [
      ['a\\1', 'invalid escape sequence: `\\1`'],
      ['a**', 'invalid nested repetition operator: `**`'],
      ['[z-a]', 'invalid character class range: `z-a`'],
      ['x{2,1}', 'invalid repeat count: `{2,1}`'],
      ['(?<n', 'invalid named capture: `(?<n`'],
      ['\\8', 'invalid escape sequence: `\\8`'],
      ['[[:foo:]]', 'invalid character class range: `[:foo:]`'],
      ['\\pX', 'invalid character class range: `\\pX`'],
      ['a)', 'unexpected ): `a)`'],
      ['(?z)', 'invalid or unsupported Perl syntax: `(?z`'],
    ];
    expect(cases.map(([expr]) => parseError(expr))).toEqual(cases.map(([, msg]) => `error parsing regexp: ${msg}`));
  });

  it('caches per pattern and flags', () => {
    expect(compileGoRegexp('a+', 'g')).toBe(compileGoRegexp('a+', 'g'));
    expect(compileGoRegexp('a+').flags).not.toContain('g');
  });
});
