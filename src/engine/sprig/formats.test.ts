import { describe, expect, it } from 'vitest';
import type { GoMap, GoValue } from '../value';
import { call, show } from './testkit';

const dict = (...kv: GoValue[]) => call('dict', ...kv) as GoMap;

// Expected values below were printed by helm v4.1.4 for the same calls.
describe('Sprig regex functions (Go RE2 semantics on the JS engine)', () => {
  it('match, find, replace and split as Go regexp does', () => {
    const got = [
      show('regexMatch', '^a.c$', 'abc'),
      show('regexMatch', '(', 'x'),
      show('regexFindAll', 'a.', 'a1a2a3', -1n),
      show('regexFindAll', 'a.', 'a1a2a3', 2n),
      show('regexFind', '[0-9]+', 'ab123cd45'),
      show('regexReplaceAll', 'a(x*)b', '-ab-axxb-', '${1}W'),
      show('regexReplaceAll', 'a(x*)b', '-ab-axxb-', '$1W'),
      show('regexReplaceAllLiteral', 'a(x*)b', '-ab-axxb-', '${1}'),
      show('regexSplit', 'z+', 'pizza', -1n),
      show('regexSplit', 'z+', 'pizza', 1n),
      show('regexSplit', '', 'abc', -1n),
      show('regexReplaceAll', 'a*', 'baaac', '-'),
      show('regexQuoteMeta', '1.5+[x]'),
      show('regexReplaceAll', '\\s+', 'a \t b', '_'),
      show('regexMatch', '^[[:alpha:]]+$', 'abc'),
      show('regexReplaceAll', '(?P<first>\\w+) (?P<last>\\w+)', 'John Smith', '${last}, ${first}'),
      show('regexFindAll', '\\d', 'a1b2', -1n),
    ];
    expect(got.join('|')).toBe(
      'true|false|[a1 a2 a3]|[a1 a2]|123|-W-xxW-|---|-${1}-${1}-|[pi a]|[pizza]|[a b c]|-b-c-|1\\.5\\+\\[x\\]|a_b|true|Smith, John|[1 2]',
    );
  });

  it('reports a bad pattern as MustCompile panics, and the must variant as its error', () => {
    expect(() => call('regexFind', '(', 'x')).toThrow('regexp: Compile(`(`): error parsing regexp: missing closing ): `(`');
    expect(() => call('mustRegexFind', '(', 'x')).toThrow(/^error parsing regexp: missing closing \): `\(`$/);
  });

  it('reads RE2-only syntax: \\z, \\A, (?i) flags and escaped punctuation', () => {
    expect(call('regexMatch', '\\Aab\\z', 'ab')).toBe(true);
    expect(call('regexMatch', '(?i)^ABC$', 'abc')).toBe(true);
    expect(call('regexMatch', '^a\\-b\\#$', 'a-b#')).toBe(true);
    expect(call('regexMatch', '^\\s$', '\u00a0')).toBe(false);
  });

  it('shares Go regexp with the schema validator: (?U), \\pL and scripts, . and \\r, Go-worded errors', () => {
    expect(call('regexFind', '(?U)a+', 'aaa')).toBe('a');
    expect(call('regexFind', '(?U)a+?', 'aaa')).toBe('aaa');
    expect(call('regexMatch', '^\\pL\\p{Greek}$', 'éβ')).toBe(true);
    expect(call('regexReplaceAll', 'a.c', 'a\rc a\nc', 'X')).toBe('X a\nc');
    expect(call('regexMatch', '(?m)\\Ab', 'a\nb')).toBe(false);
    expect(() => call('mustRegexFind', 'a\\1', 'x')).toThrow(/^error parsing regexp: invalid escape sequence: `\\1`$/);
    expect(() => call('regexFind', 'a**', 'x')).toThrow('regexp: Compile(`a**`): error parsing regexp: invalid nested repetition operator: `**`');
  });
});

describe('Sprig encoding, hashes and paths', () => {
  it('encodes UTF-8 bytes and words decode errors as Go does', () => {
    const got = [
      show('b64enc', 'héllo'),
      show('b64dec', 'aMOpbGxv'),
      show('b64dec', 'abc'),
      show('b64dec', 'a==='),
      show('b64dec', 'YQ='),
      show('b64dec', 'Y!=='),
      show('b32enc', 'héllo'),
      show('b32dec', 'NDB2Y3Y3P'),
      show('b32dec', 'NBSWY3DP'),
    ];
    expect(got.join('|')).toBe(
      'aMOpbGxv|héllo|illegal base64 data at input byte 0|illegal base64 data at input byte 1|illegal base64 data at input byte 3|illegal base64 data at input byte 1|NDB2S3DMN4======|illegal base32 data at input byte 8|hello',
    );
  });

  it('hashes as hex (adler32 as decimal)', () => {
    expect(show('sha1sum', 'abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(show('sha256sum', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(show('adler32sum', 'abc')).toBe('38600999');
    expect(show('sha512sum', '')).toMatch(/^cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce/);
  });

  it("paths follow Go's path package", () => {
    const got = [show('base', '/a/b.txt'), show('dir', '/a/b.txt'), show('ext', '/a/b.tar.gz'), show('clean', 'a/../../b//c/.'), show('isAbs', '/x'), show('base', ''), show('dir', 'x'), show('osBase', 'a/')];
    expect(got.join('|')).toBe('b.txt|/a|.gz|../b/c|true|.|.|a');
  });

  it('urlParse and urlJoin', () => {
    expect(show('urlParse', 'https://u:p@example.com:8080/a%20b/c?q=1&r=2#frag')).toBe(
      'map[fragment:frag host:example.com:8080 hostname:example.com opaque: path:/a b/c query:q=1&r=2 scheme:https userinfo:u:p]',
    );
    expect(show('urlParse', 'mailto:a@b.c')).toBe('map[fragment: host: hostname: opaque:a@b.c path: query: scheme:mailto userinfo:]');
    expect(show('urlJoin', dict('scheme', 'https', 'host', 'h:1', 'path', '/x y', 'query', 'a=1', 'fragment', 'f'))).toBe('https://h:1/x%20y?a=1#f');
  });

  it('uuidv4 and randBytes have the right shape', () => {
    expect(show('uuidv4')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(atob(show('randBytes', 24n)).length).toBe(24);
  });
});

describe('Sprig semver', () => {
  it('semverCompare uses Masterminds constraint rules', () => {
    const got = [
      ['>=1.19-0', 'v1.30.0'],
      ['^1.2', '1.9.0'],
      ['~1.2.3', '1.3.0'],
      ['1.2 - 1.4', '1.4.5'],
      ['>1.0 <2 || 3.x', '3.1.0'],
      ['>=1.2.0', '1.3.0-beta'],
      ['>=1.21-0', 'v1.28.3-gke.100'],
      ['<1.25-0', '1.24.9'],
    ].map(([c, v]) => show('semverCompare', c, v));
    expect(got.join('|')).toBe('true|true|false|true|true|false|true|true');
  });

  it('words errors as semver does', () => {
    expect(() => call('semverCompare', '', '1.0.0')).toThrow(/^improper constraint: $/);
    expect(() => call('semverCompare', '>1 || foo', '1.0.0')).toThrow(/^improper constraint: {2}foo$/);
    expect(() => call('semverCompare', '>1', 'bar')).toThrow('invalid semantic version');
    expect(() => call('semver', 'bar')).toThrow('invalid semantic version');
  });

  it('semver gives a *semver.Version with its fields and methods', () => {
    const v = call('semver', 'v1.2.3-rc.1+b5');
    expect(show('typeOf', v)).toBe('*semver.Version');
    expect(show('kindOf', v)).toBe('ptr');
    expect(show('toString', v)).toBe('1.2.3-rc.1+b5');
    const o = v as unknown as { field(n: string): GoValue; method(n: string): (x: GoValue) => GoValue };
    expect(['Major', 'Minor', 'Patch', 'Prerelease', 'Metadata', 'Original'].map((f) => show('toString', o.field(f))).join('|')).toBe('1|2|3|rc.1|b5|v1.2.3-rc.1+b5');
    expect(o.method('Compare')(call('semver', '1.2.3'))).toBe(-1n);
  });
});

describe('Sprig dates', () => {
  const t = (layout: string, s: string) => call('toDate', layout, s);
  it("formats with Go's reference layouts", () => {
    const tm = t('2006-01-02T15:04:05Z07:00', '2024-03-05T07:08:09+02:00');
    expect(show('dateInZone', '2006-01-02 15:04:05 Mon Jan MST -0700 Z07:00 3PM .000', tm, 'UTC')).toBe('2024-03-05 05:08:09 Tue Mar UTC +0000 Z 5AM .000');
    expect(show('dateInZone', 'Jan _2 15:04:05.999', 1700000000n, 'Asia/Tokyo')).toBe('Nov 15 07:13:20');
    expect(show('htmlDateInZone', 0n, 'UTC')).toBe('1970-01-01');
    expect(show('typeOf', call('now'))).toBe('time.Time');
  });

  it('toDate, unixEpoch, dateModify', () => {
    const day = t('2006-01-02T15:04:05Z07:00', '2024-03-05T00:00:00Z');
    expect(show('unixEpoch', day)).toBe('1709596800');
    expect(show('dateInZone', '2006-01-02T15:04', call('dateModify', '1h30m', day), 'UTC')).toBe('2024-03-05T01:30');
    expect(show('toString', call('dateModify', 'x', day))).toBe(show('toString', day));
    expect(() => call('mustDateModify', 'x', day)).toThrow('time: invalid duration "x"');
    expect(() => call('mustToDate', '2006-01-02', 'bad')).toThrow('parsing time "bad" as "2006-01-02": cannot parse "bad" as "2006"');
    expect(show('toDate', '2006-01-02', 'bad')).toBe('0001-01-01 00:00:00 +0000 UTC');
  });

  it('durations print as time.Duration does', () => {
    expect(show('duration', '3661')).toBe('1h1m1s');
    expect(show('durationRound', '2h10m')).toBe('2h');
    expect(show('durationRound', '3d')).toBe('0s');
  });
});

describe('Sprig defaults and reflection', () => {
  it('default, empty, coalesce, all, any, ternary', () => {
    const got = [
      show('default', 'd', null),
      show('default', 'd', 0n),
      show('default', 'd', 'x'),
      show('default', 'd'),
      show('empty', dict()),
      show('empty', 0.0),
      show('coalesce', null, '', 'a'),
      show('all', 1n, 'a'),
      show('all', 1n, ''),
      show('any', 0n, ''),
      show('any', 0n, 'x'),
      show('ternary', 'y', 'n', true),
    ];
    expect(got.join('|')).toBe('d|d|x|d|true|true|a|true|false|false|true|y');
    expect(call('coalesce', null)).toBeNull();
  });

  it('typeOf, kindOf, deepEqual', () => {
    const got = [
      show('typeOf', 1.5),
      show('typeOf', []),
      show('typeOf', dict()),
      show('typeOf', null),
      show('kindOf', []),
      show('kindOf', dict()),
      show('kindOf', null),
      show('kindIs', 'map', dict()),
      show('typeIs', 'string', 'x'),
      show('deepEqual', [1n, dict('a', 2n)], [1n, dict('a', 2n)]),
      show('deepEqual', 1n, 1.0),
    ];
    expect(got.join('|')).toBe('float64|[]interface {}|map[string]interface {}|<nil>|slice|map|invalid|true|true|true|false');
  });

  it('toPrettyJson, toRawJson, mustFromJson, fail', () => {
    expect(show('toPrettyJson', dict('a', [1n, '<']))).toBe('{\n  "a": [\n    1,\n    "\\u003c"\n  ]\n}');
    expect(show('toRawJson', dict('a', '<&>'))).toBe('{"a":"<&>"}');
    expect(show('mustFromJson', '{"a":1}')).toBe('map[a:1]');
    expect(() => call('fail', 'boom')).toThrow(/^boom$/);
  });
});
