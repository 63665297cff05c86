import { describe, expect, it } from 'vitest';
import { newMap } from '../value';
import { call, show } from './testkit';

// Expected values below were printed by helm v4.1.4 for the same calls.
describe('Sprig string functions', () => {
  it('case conversions follow xstrings v1.5 and goutils word rules', () => {
    const words = ['FirstName', 'HTTPServer', 'NoHTTPS', 'GO_PATH', 'GO PATH', 'http2xx', 'HTTP20xOK', 'Duration2m3s', 'Bld4Floor3rd', 'some_words', '_complex__case_', 'some words', 'fooBar', 'a-b-c', 'x.y', 'a1_b2', 'ABC', 'aB', '--a', 'Hello, World'];
    const got = words.map((w) => ['snakecase', 'kebabcase', 'camelcase', 'swapcase', 'title', 'untitle', 'initials'].map((f) => show(f, w)).join('|'));
    expect(got).toEqual([
      'first_name|first-name|FirstName|fIRSTnAME|FirstName|firstName|F',
      'http_server|http-server|Httpserver|httpsERVER|HTTPServer|hTTPServer|H',
      'no_https|no-https|NoHTTPS|nOhttps|NoHTTPS|noHTTPS|N',
      'go_path|go-path|GoPath|go_path|GO_PATH|gO_PATH|G',
      'go_path|go-path|GoPath|go path|GO PATH|gO pATH|GP',
      'http_2xx|http-2xx|Http2xx|HTTP2XX|Http2xx|http2xx|h',
      'http_20x_ok|http-20x-ok|Http20xOK|http20Xok|HTTP20xOK|hTTP20xOK|H',
      'duration_2m3s|duration-2m3s|Duration2m3s|dURATION2M3S|Duration2m3s|duration2m3s|D',
      'bld4_floor_3rd|bld4-floor-3rd|Bld4Floor3rd|bLD4fLOOR3RD|Bld4Floor3rd|bld4Floor3rd|B',
      'some_words|some-words|SomeWords|SOME_WORDS|Some_words|some_words|s',
      '_complex__case_|-complex--case-|_Complex_Case_|_COMPLEX__CASE_|_complex__case_|_complex__case_|_',
      'some_words|some-words|SomeWords|SOME WORDS|Some Words|some words|sw',
      'foo_bar|foo-bar|FooBar|FOObAR|FooBar|fooBar|f',
      'a_b_c|a-b-c|ABC|A-B-C|A-B-C|a-b-c|a',
      'x.y|x.y|X.y|X.Y|X.Y|x.y|x',
      'a1_b2|a1-b2|A1B2|A1_B2|A1_b2|a1_b2|a',
      'abc|abc|Abc|abc|ABC|aBC|A',
      'a_b|a-b|AB|Ab|AB|aB|a',
      '__a|--a|--A|--A|--A|--a|-',
      'hello,_world|hello,-world|Hello,World|hELLO, wORLD|Hello, World|hello, world|HW',
    ]);
  });

  it('camelcase of connectors only repeats the last one, as Go does', () => {
    expect(['--', 'a', '-', '_a', 'A1b'].map((s) => show('camelcase', s))).toEqual(['---', 'A', '--', '_A', 'A1b']);
    expect(['A1b', 'a.b_c', 'fooBAR2Baz', 'ab12CD34ef'].map((s) => show('snakecase', s))).toEqual(['a_1b', 'a.b_c', 'foo_bar2_baz', 'ab12_cd_34ef']);
    expect(show('kebabcase', 'x' + '  ' + 'Y')).toBe('x--y');
  });

  it('initials reads bytes as Latin-1 runes, as goutils does', () => {
    expect(show('initials', 'ünïcode Öl')).toBe('ÃÃ');
    expect(show('title', 'ünïcode Öl')).toBe('Ünïcode Öl');
  });

  it('trunc and substr count bytes and panic with Go runtime messages', () => {
    expect(show('trunc', -5n, 'abc')).toBe('abc');
    expect(show('trunc', -1n, 'abc')).toBe('c');
    expect(show('trunc', 1n, 'héllo')).toBe('h');
    expect(show('trunc', 63n, 'short')).toBe('short');
    expect(() => call('substr', -1n, 10n, 'abc')).toThrow('runtime error: slice bounds out of range [:10] with length 3');
    expect(() => call('substr', 2n, 1n, 'abc')).toThrow('runtime error: slice bounds out of range [2:1]');
    expect(() => call('substr', 5n, -1n, 'abc')).toThrow('runtime error: slice bounds out of range [5:3]');
    expect(show('substr', 1n, 3n, 'abcd')).toBe('bc');
  });

  it('repeat refuses a negative count with Go strings message', () => {
    expect(() => call('repeat', -1n, 'a')).toThrow('strings: negative Repeat count');
    expect(show('repeat', 3n, 'ab')).toBe('ababab');
  });

  it('replace, nospace, abbrev, abbrevboth, wrap and wrapWith match helm', () => {
    expect(show('replace', '', '-', 'aé')).toBe('-a-é-');
    expect(show('nospace', ' a b\tc ')).toBe('abc');
    expect(show('abbrev', 5n, 'hello world')).toBe('he...');
    expect(show('abbrevboth', 5n, 10n, '1234567890abcdefgh')).toBe('...6789...');
    expect(show('wrap', 5n, 'hello world foo barbazqux x')).toBe('hello\nworld\nfoo\nbarbazqux\nx');
    expect(show('wrapWith', 5n, '<br>', 'hello world foo barbazqux x')).toBe('hello<br>world<br>foo<br>barba<br>zqux<br>x');
  });

  it('quote, squote and cat drop nils and print others with %v', () => {
    expect(show('quote', 'a"b', 1n, null, 'é\u0001')).toBe('"a\\"b" "1" "é\\x01"');
    expect(show('squote', 'a', 1.5, null)).toBe("'a' '1.5'");
    expect(show('cat', 'a', null, 1n, [1n, 2n])).toBe('a 1 [1 2]');
    expect(show('plural', 'one', 'many', 1n) + show('plural', 'one', 'many', 2n)).toBe('onemany');
  });

  it('split, splitn and splitList give Go strings.Split results', () => {
    expect(show('splitn', ',', 0n, 'a,b')).toBe('map[]');
    expect(show('splitn', ',', -1n, 'a,b,c')).toBe('map[_0:a _1:b _2:c]');
    expect(show('splitn', ',', 2n, 'a,b,c')).toBe('map[_0:a _1:b,c]');
    expect(show('split', '', 'aé')).toBe('map[_0:a _1:é]');
    expect(show('splitList', '', '')).toBe('[]');
    expect(call('splitList', ',', '')).toEqual(['']);
  });

  it('trim functions take the cut set or affix first', () => {
    expect(show('trim', ' \t x \n')).toBe('x');
    expect(show('trimAll', '$', '$$5.00$')).toBe('5.00');
    expect(show('trimSuffix', '-', 'a-')).toBe('a');
    expect(show('trimPrefix', '-', '-a')).toBe('a');
    expect(call('contains', 'cat', 'catch')).toBe(true);
    expect(call('hasPrefix', 'cat', 'catch')).toBe(true);
    expect(call('hasSuffix', 'cat', 'catch')).toBe(false);
  });

  it('indent and nindent pad every line', () => {
    expect(show('indent', 2n, 'a\nb')).toBe('  a\n  b');
    expect(show('nindent', 2n, 'a\n')).toBe('\n  a\n  ');
  });

  it('toString, toStrings and join print values with %v', () => {
    expect([1.5, 1000000, null, [1n, 'a', null], true].map((v) => show('toString', v))).toEqual(['1.5', '1e+06', '<nil>', '[1 a <nil>]', 'true']);
    const m = newMap();
    m.b = 1n;
    m.a = 2n;
    expect(show('toString', m)).toBe('map[a:2 b:1]');
    expect(call('toStrings', [1n, null, 'x'])).toEqual(['1', 'x']);
    expect(show('join', '-', [1n, 'a', null, 2.5])).toBe('1-a-2.5');
  });

  it('random strings have the asked length and alphabet', () => {
    expect(show('randAlpha', 40n)).toMatch(/^[A-Za-z]{40}$/);
    expect(show('randNumeric', 40n)).toMatch(/^[0-9]{40}$/);
    expect(show('randAlphaNum', 40n)).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(show('randAscii', 40n)).toMatch(/^[ -~]{40}$/);
    expect(show('randAlpha', -1n)).toBe('');
    expect(show('shuffle', 'aabbcc').split('').sort().join('')).toBe('aabbcc');
  });

  it('rejects arguments of the wrong Go type as text/template words it', () => {
    expect(() => call('upper', 3n)).toThrow('wrong type for value; expected string; got int64');
    expect(() => call('upper', null)).toThrow('invalid value; expected string');
    expect(() => call('trunc', 63, 'abc')).toThrow('wrong type for value; expected int; got float64');
    expect(() => call('upper', 'a', 'b')).toThrow('wrong number of args for upper: want 1 got 2');
  });
});
