// The builtin functions, with outputs and errors as helm 4.1.4 printed them.
import { describe, expect, it } from 'vitest';
import { htmlEscape, jsEscape, urlQueryEscape } from './builtins';
import { FILE, render } from './testkit';

const call = (pos: string, node: string, fn: string, msg: string): string =>
  `ERR template: ${FILE}:${pos}: executing "${FILE}" at <${node}>: error calling ${fn}: ${msg}`;

describe('and, or, not', () => {
  it('return the deciding value and short-circuit', () => {
    expect(render('{{ and 1 0 2 }} {{ and 1 2 }} {{ or 0 "" 3 }} {{ or 0 "" }} {{ not 0 }} {{ not .Values.l }} {{ and .Values.el 1 }} {{ or .Values.em }}|{{ and 1 .Values.missing }}|')).toBe(
      '0 2 3  true false [] map[]|<no value>|',
    );
    // The failing call is never evaluated.
    expect(render('{{ and 0 (index 1 2) }} {{ or 1 (index 1 2) }}')).toBe('0 1');
    expect(render('{{ true | and 1 }} {{ 0 | or 0 }} {{ 1 | not }}')).toBe('true 0 false');
  });
  it('count arguments', () => {
    expect(render('{{ and }}')).toBe(`ERR template: ${FILE}:1:3: executing "${FILE}" at <and>: wrong number of args for and: want at least 1 got 0`);
    expect(render('{{ not }}')).toBe(`ERR template: ${FILE}:1:3: executing "${FILE}" at <not>: wrong number of args for not: want 1 got 0`);
  });
});

describe('comparisons', () => {
  it('compare basic kinds; int kinds with each other, never ints with floats', () => {
    expect(render('{{ eq 1 1 }} {{ eq .Values.i 3.0 }} {{ eq .Values.i 3.5 }} {{ eq "a" "b" "a" }} {{ eq .Values.missing nil }} {{ eq nil nil }}')).toBe(
      'true true false true true true',
    );
    expect(render('{{ ne 1 2 }} {{ lt 1 2 }} {{ lt "a" "b" }} {{ le 2 2 }} {{ gt 3 2 }} {{ ge 1 2 }} {{ eq .Values.missing 1 }} {{ eq 1 .Values.missing }} {{ eq true true }}')).toBe(
      'true true true true true false false false true',
    );
    expect(render('{{ len .Values.l | eq 3 }} {{ "a" | eq "a" }} {{ 2 | lt 1 }}')).toBe('true true true');
  });
  it('word their errors as Go does', () => {
    expect(render('{{ eq .Values.i 3 }}')).toBe(call('1:3', 'eq .Values.i 3', 'eq', 'incompatible types for comparison: float64 and int'));
    expect(render('{{ lt 1 2.0 }}')).toBe(call('1:3', 'lt 1 2.0', 'lt', 'incompatible types for comparison: int and float64'));
    expect(render('{{ lt .Values.missing 1 }}')).toBe(call('1:3', 'lt .Values.missing 1', 'lt', 'invalid type for comparison'));
    expect(render('{{ lt true false }}')).toBe(call('1:3', 'lt true false', 'lt', 'invalid type for comparison'));
    expect(render('{{ eq .Values.l .Values.l }}')).toBe(
      call('1:3', 'eq .Values.l .Values.l', 'eq', 'non-comparable type [%!s(float64=1) a <nil>]: []interface {}'),
    );
    expect(render('{{ eq .Values.l 1 }}')).toBe(call('1:3', 'eq .Values.l 1', 'eq', 'incompatible types for comparison: []interface {} and int'));
    expect(render('{{ eq 1 }}')).toBe(call('1:3', 'eq 1', 'eq', 'missing argument for comparison'));
    expect(render('{{ eq }}')).toBe(`ERR template: ${FILE}:1:3: executing "${FILE}" at <eq>: wrong number of args for eq: want at least 1 got 0`);
    expect(render('{{ ne 1 2 3 }}')).toBe(`ERR template: ${FILE}:1:3: executing "${FILE}" at <ne>: wrong number of args for ne: want 2 got 3`);
  });
});

describe('len, index, slice', () => {
  it('measure strings in bytes, lists and maps', () => {
    expect(render('{{ .Values.e | len }} {{ .Values.em | len }} {{ "é" | len }} {{ .Values.l | len }} {{ .Values.nested.a | len }}')).toBe('0 0 2 3 1');
    expect(render('{{ len .Values.f }}')).toBe(call('1:3', 'len .Values.f', 'len', 'len of type float64'));
    expect(render('{{ len 1 }}')).toBe(call('1:3', 'len 1', 'len', 'len of type int'));
    expect(render('{{ len nil }}')).toBe(call('1:3', 'len nil', 'len', 'reflect: call of reflect.Value.Type on zero Value'));
    expect(render('{{ len .Values.missing }}')).toBe(call('1:3', 'len .Values.missing', 'len', 'len of nil pointer'));
  });
  it('index lists, maps, strings (bytes) and chains of them', () => {
    expect(render('{{ index .Values.l 1 }} {{ index .Values.m "b" }} {{ index .Values.m "zz" }} {{ index "abc" 1 }} {{ index .Values "nested" "a" "b" "c" }}')).toBe(
      'a 2 <no value> 98 deep',
    );
  });
  it('word index errors as Go does', () => {
    const cases: [string, string][] = [
      ['{{ index .Values.l 5 }}', 'index out of range: 5'],
      ['{{ index .Values.l 3 }}', 'reflect: slice index out of range'],
      ['{{ index "abc" 3 }}', 'reflect: string index out of range'],
      ['{{ index .Values.l -1 }}', 'index out of range: -1'],
      ['{{ index .Values.l 1.0 }}', 'cannot index slice/array with type float64'],
      ['{{ index .Values.l nil }}', 'cannot index slice/array with nil'],
      ['{{ index .Values.m 1 }}', 'value has type int; should be string'],
      ['{{ index .Values.m nil }}', 'value is nil; should be of type string'],
      ['{{ index .Values.missing 1 }}', 'index of untyped nil'],
      ['{{ index .Values.s "a" }}', 'cannot index slice/array with type string'],
      ['{{ index .Values.f 1 }}', "can't index item of type float64"],
      ['{{ index .Values.nested "x" "y" }}', 'index of nil pointer'],
    ];
    for (const [text, msg] of cases) expect(render(text)).toBe(call('1:3', text.slice(3, -3), 'index', msg));
  });
  it('slice strings and lists (helm replaces it with Sprig\'s, text/template has this one)', () => {
    expect(render('{{ slice .Values.l 1 }} {{ slice "hello" 1 3 }} {{ slice .Values.l }} {{ slice .Values.l 0 1 2 }}')).toBe('[a <nil>] el [1 a <nil>] [1]');
    expect(render('{{ slice .Values.l 2 1 }}')).toBe(call('1:3', 'slice .Values.l 2 1', 'slice', 'invalid slice index: 2 > 1'));
    expect(render('{{ slice "abc" 1 2 3 }}')).toBe(call('1:3', 'slice "abc" 1 2 3', 'slice', 'cannot 3-index slice a string'));
    expect(render('{{ slice nil }}')).toBe(call('1:3', 'slice nil', 'slice', 'slice of untyped nil'));
  });
});

describe('printing and escaping', () => {
  it('print, println, printf', () => {
    expect(render('{{ print 1 2 "a" "b" 3 .Values.f nil }}|{{ println 1 "a" | printf "%q" }}|{{ printf "%d %s %v %5.2f" 3 "x" .Values.m .Values.f }}')).toBe(
      '1 2ab3 1.5 <nil>|"1 a\\n"|3 x map[a:1 b:2]  1.50',
    );
  });
  it('html, js, urlquery print nil as <no value> before escaping', () => {
    expect(render('{{ html "<a href=\\"x\\">&\'" }} {{ js "a\\"b\'<>=&\\\\ é\\n" }} {{ urlquery "a b&c=d/é" }} {{ html 1 2 }} {{ js 1 "a" nil }} {{ urlquery nil }} {{ html .Values.missing }}')).toBe(
      '&lt;a href=&#34;x&#34;&gt;&amp;&#39; a\\"b\\\'\\u003C\\u003E\\u003D\\u0026\\\\ é\\u000A a+b%26c%3Dd%2F%C3%A9 1 2 1a\\u003Cno value\\u003E %3Cno+value%3E &lt;no value&gt;',
    );
  });
  it('escape as Go\'s escapers do', () => {
    expect(htmlEscape('\0<')).toBe('\uFFFD&lt;');
    expect(jsEscape('\u2028\u00a0x\u0001')).toBe('\\u2028\\u00A0x\\u0001');
    expect(urlQueryEscape('~-_.*+')).toBe('~-_.%2A%2B');
  });
  it('call reports what Go reports for a non-function', () => {
    expect(render('{{ call .Values.f }}')).toBe(call('1:3', 'call .Values.f', 'call', 'non-function .Values.f of type float64'));
    expect(render('{{ call .Values.missing }}')).toBe(call('1:3', 'call .Values.missing', 'call', 'call of nil'));
  });
});
