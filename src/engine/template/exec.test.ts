// The language as Go 1.25's text/template runs it; expected outputs were printed by helm 4.1.4
// (with helm's "<no value>" removal left out: the engine prints Go's "<no value>").
import { describe, expect, it } from 'vitest';
import type { GoFunc, GoValue } from '../value';
import { GoObject, withSignature } from '../value';
import { Templates } from './index';
import { FILE, render } from './testkit';

describe('printing', () => {
  it('prints values with %v, and a missing key as <no value>', () => {
    expect(render('{{ .Values.f }} {{ .Values.i }} {{ .Values.big }} {{ .Values.l }} {{ .Values.m }} {{ .Values.missing }}')).toBe(
      '1.5 3 1e+06 [1 a <nil>] map[a:1 b:2] <no value>',
    );
  });
  it('prints constants: ints, floats, chars and strings with Go escapes', () => {
    expect(render('{{ 3 }}{{ -3 }} {{ 1e3 }} {{ 0x10 }} {{ 0o17 }} {{ 0b101 }} {{ 1_000 }} {{ 017 }} {{ .5 }} {{ 0x1p4 }} {{ -0x10 }} {{ +5 }} {{ 1e100 }} {{ 1.0 }}')).toBe(
      '3-3 1000 16 15 5 1000 15 0.5 16 -16 5 1e+100 1',
    );
    expect(render("{{ 'a' }} {{ '\\n' }} {{ 'é' }} {{ \"\\u00e9\\x41\\101\" }} {{ `raw\\n` }} {{ 9223372036854775807 }}")).toBe(
      '97 10 233 éAA raw\\n 9223372036854775807',
    );
    expect(render('{{ "\\xc3\\xa9" }}')).toBe('é');
  });
  it('prints a nil pipeline result as <no value> and print/printf see nil', () => {
    expect(render('{{ print }}|{{ print nil }}|{{ print .Values.missing }}|{{ printf "%v" .Values.missing }}|{{ .Values.missing | print }}')).toBe(
      '|<nil>|<nil>|<nil>|<nil>',
    );
  });
});

describe('trim markers and comments', () => {
  it('trims spaces and newlines on the marked side only', () => {
    expect(render('a  {{- 1 -}}  b {{- /* c */ -}} c {{/* d */}} d{{- /* e */}} e {{23 -}} < {{- 45}}')).toBe('a1bc  d e 23<45');
    expect(render('x\t\n  {{- 1 }}\n')).toBe('x1\n');
    expect(render('{{ 1 -}}\r\n\t x')).toBe('1x');
  });
  it('reads {{-3}} as the number -3, not a trim marker', () => {
    expect(render('a {{-3}}')).toBe('a -3');
  });
  it('lets comments span lines and actions span lines', () => {
    expect(render('{{/* a\nb */}}x{{ .Values.s\n }}')).toBe('xstr');
  });
});

describe('variables', () => {
  it('declares with :=, assigns with =, and scopes to the control structure', () => {
    expect(render('{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ end }}{{ $x }}')).toBe('2');
    expect(render('{{ $a := 1 }}{{ range .Values.l }}{{ $a := 2 }}{{ end }}{{ $a }}')).toBe('1');
    expect(render('{{ $x := 0 }}{{ range .Values.l }}{{ $x = . }}{{ end }}{{ $x }}')).toBe('<no value>');
  });
  it('gives $ the data passed to execute, also inside range and with', () => {
    expect(render('{{ range .Values.list2 }}{{ $.Values.s }}{{ .name }}{{ end }}')).toBe('strxstrw');
    expect(render('{{ with .Values.m }}{{ $.Values.s }}{{ .a }}{{ end }}')).toBe('str1');
  });
  it('assigns range variables with = to outer variables', () => {
    expect(render('{{ $i := 5 }}{{ range $i = .Values.l }}{{ end }}{{ $i }}')).toBe('<no value>');
    expect(render('{{ $i := 5 }}{{ $j := 0 }}{{ range $i, $j = .Values.m }}{{ end }}{{ $i }}{{ $j }}')).toBe('b2');
  });
  it('follows field chains on variables and parenthesized pipelines', () => {
    expect(render('{{ $v := .Values }}{{ $v.nested.a.b.c }} {{ (.Values.m).a }} {{ (index .Values.l 1) }} {{ $.Values.s }}')).toBe(
      'deep 1 a str',
    );
  });
});

describe('control structures', () => {
  it('if / else if / else', () => {
    const t = '{{ if eq .Values.s "x" }}x{{ else if .Values.z }}z{{ else if .Values.t }}t{{ else }}none{{ end }}';
    expect(render(t)).toBe('t');
  });
  it('uses Go truth: empty strings, lists, maps, zero and nil are false', () => {
    const t =
      '{{ if .Values.e }}1{{ end }}{{ if .Values.el }}2{{ end }}{{ if .Values.em }}3{{ end }}{{ if .Values.z }}4{{ end }}' +
      '{{ if .Values.missing }}5{{ end }}{{ if .Values.l }}6{{ end }}{{ if .Values.m }}7{{ end }}{{ if 0.0 }}8{{ end }}{{ if "0" }}9{{ end }}';
    expect(render(t)).toBe('679');
  });
  it('with rebinds dot; else and else with', () => {
    expect(render('{{ with .Values.m }}{{ .a }}{{ end }} {{ with .Values.missing }}x{{ else }}no{{ end }} {{ with $x := .Values.s }}{{ $x }}{{ . }}{{ end }} {{ with .Values.z }}x{{ else with .Values.s }}{{ . }}{{ end }}')).toBe(
      '1 no strstr str',
    );
  });
  it('ranges over lists, maps in key order, ints, and takes else when empty', () => {
    expect(render('{{ range .Values.l }}[{{ . }}]{{ end }} {{ range $k, $v := .Values.m }}{{ $k }}={{ $v }},{{ end }} {{ range 3 }}{{ . }}{{ end }} {{ range $i := 2 }}{{ $i }}{{ end }} {{ range .Values.el }}x{{ else }}empty{{ end }} {{ range .Values.missing }}x{{ else }}none{{ end }} {{ range 0 }}x{{ else }}zero{{ end }}')).toBe(
      '[1][a][<no value>] a=1,b=2, 012 01 empty none zero',
    );
    expect(render('{{ range $i, $e := .Values.l }}{{ $i }}:{{ $e }} {{ end }}')).toBe('0:1 1:a 2:<no value> ');
  });
  it('break and continue in range', () => {
    expect(render('{{ range $i, $e := .Values.l }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ if eq $i 2 }}{{ break }}{{ end }}{{ $e }}{{ end }}')).toBe('1');
    expect(render('{{ range .Values.l }}{{ range 3 }}{{ if eq . 1 }}{{ break }}{{ end }}{{ . }}{{ end }};{{ end }}')).toBe('0;0;0;');
  });
  it('define, template (with and without data), block', () => {
    expect(render('{{- define "x" }}X{{ . }}{{ end -}}\n{{ template "x" 1 }} {{ template "x" }} {{ block "y" .Values.s }}B{{ . }}{{ end }}')).toBe(
      'X1 X<no value> Bstr',
    );
  });
  it('gives a called template no variables of the caller and $ = its data', () => {
    expect(render('{{ define "x" }}{{ $ }}{{ end }}{{ $y := 1 }}{{ template "x" 7 }}{{ $y }}')).toBe('71');
  });
});

describe('pipelines and calls', () => {
  const funcs = new Map<string, GoFunc>([
    ['upper', withSignature((s) => (s as string).toUpperCase(), { params: ['string'] })],
    ['join', withSignature((sep, l) => (l as GoValue[]).join(sep as string), { params: ['string', 'list'] })],
    ['fail', withSignature((m) => { throw new Error(m as string); }, { params: ['string'] })],
    ['anything', (...args) => args.length === 0 ? null : args.map(String).join('+')],
  ]);
  it('passes the previous value as the last argument', () => {
    expect(render('{{ .Values.s | upper }} {{ .Values.m.a | printf "%v-%v" 1 }} {{ list | join "," }}', new Map([...funcs, ['list', () => ['a', 'b']]]))).toBe('STR 1-1 a,b');
  });
  it('calls untyped functions with any arguments', () => {
    expect(render('{{ anything 1 "a" }} {{ "x" | anything }}', funcs)).toBe('1+a x');
  });
  it('wraps a function error as Go does and keeps the cause', () => {
    const t = new Templates(funcs);
    t.parse(FILE, 'a\n  {{ fail "boom" }}');
    try {
      t.execute(FILE, {});
      expect.unreachable();
    } catch (e) {
      const err = e as { message: string; cause: Error; funcName: string; line: number; col: number; reason: string };
      expect(err.message).toBe('template: c/templates/t.yaml:2:5: executing "c/templates/t.yaml" at <fail "boom">: error calling fail: boom');
      expect(err.cause.message).toBe('boom');
      expect([err.funcName, err.line, err.col, err.reason]).toEqual(['fail', 2, 5, 'error calling fail: boom']);
    }
  });
  it('converts constants by parameter type and rejects wrong types as Go does', () => {
    expect(render('{{ upper 5 }}', funcs)).toBe('ERR template: c/templates/t.yaml:1:9: executing "c/templates/t.yaml" at <5>: expected string; found 5');
    expect(render('{{ upper .Values.f }}', funcs)).toBe(
      'ERR template: c/templates/t.yaml:1:16: executing "c/templates/t.yaml" at <.Values.f>: wrong type for value; expected string; got float64',
    );
    expect(render('{{ upper .Values.missing }}', funcs)).toBe(
      'ERR template: c/templates/t.yaml:1:16: executing "c/templates/t.yaml" at <.Values.missing>: wrong type for value; expected string; got interface {}',
    );
    expect(render('{{ .Values.missing | upper }}', funcs)).toBe(
      'ERR template: c/templates/t.yaml:1:21: executing "c/templates/t.yaml" at <upper>: invalid value; expected string',
    );
    expect(render('{{ upper nil }}', funcs)).toBe('ERR template: c/templates/t.yaml:1:9: executing "c/templates/t.yaml" at <nil>: cannot assign nil to string');
    expect(render('{{ join "," 1 }}', funcs)).toBe(
      "ERR template: c/templates/t.yaml:1:12: executing \"c/templates/t.yaml\" at <1>: can't handle 1 for arg of type []interface {}",
    );
  });
  it('counts arguments as Go does', () => {
    expect(render('{{ upper }}', funcs)).toBe('ERR template: c/templates/t.yaml:1:3: executing "c/templates/t.yaml" at <upper>: wrong number of args for upper: want 1 got 0');
    expect(render('{{ "a" | upper "b" }}', funcs)).toBe(
      'ERR template: c/templates/t.yaml:1:9: executing "c/templates/t.yaml" at <upper>: wrong number of args for upper: want 1 got 2',
    );
  });
});

class Files extends GoObject {
  readonly goType = 'engine.files';
  field(name: string): GoValue | undefined {
    return name === 'Count' ? 2n : undefined;
  }
  override method(name: string): GoFunc | undefined {
    if (name === 'Get') return withSignature((p) => `content of ${p as string}`, { params: ['string'] });
    return undefined;
  }
  format(): string {
    return 'map[]';
  }
}

class Versions extends GoObject {
  readonly goType = 'chartutil.VersionSet';
  field(): GoValue | undefined {
    return undefined;
  }
  override method(name: string): GoFunc | undefined {
    return name === 'Has' ? withSignature((v) => v === 'v1', { params: ['string'] }) : undefined;
  }
  goElements(): GoValue[] {
    return ['v1', 'apps/v1'];
  }
  format(): string {
    return '[v1 apps/v1]';
  }
}

describe('Go objects', () => {
  const data = { Files: new Files(), V: new Versions(), Values: {} };
  function run(text: string): string {
    const t = new Templates(new Map());
    try {
      t.parse(FILE, text);
      return t.execute(FILE, data);
    } catch (e) {
      return `ERR ${(e as Error).message}`;
    }
  }
  it('calls methods with arguments and reads fields', () => {
    expect(run('{{ .Files.Get "a.txt" }} {{ .Files.Count }} {{ .V.Has "v1" }} {{ "x" | .V.Has }}')).toBe('content of a.txt 2 true false');
  });
  it('words method argument errors as Go does', () => {
    expect(run('{{ .Files.Get }}')).toBe(
      'ERR template: c/templates/t.yaml:1:9: executing "c/templates/t.yaml" at <.Files.Get>: wrong number of args for Get: want 1 got 0',
    );
    expect(run('{{ .Files.Get 1 }}')).toBe('ERR template: c/templates/t.yaml:1:14: executing "c/templates/t.yaml" at <1>: expected string; found 1');
    expect(run('{{ .Files.Nope }}')).toBe(
      "ERR template: c/templates/t.yaml:1:9: executing \"c/templates/t.yaml\" at <.Files.Nope>: can't evaluate field Nope in type interface {}",
    );
  });
  it('ranges over, measures and indexes a list-like object', () => {
    expect(run('{{ range .V }}{{ . }};{{ end }}{{ len .V }}{{ index .V 1 }}{{ if .V }}!{{ end }}')).toBe('v1;apps/v1;2apps/v1!');
  });
});

describe('template sets', () => {
  it('parses once and executes many times with different data', () => {
    const t = new Templates(new Map());
    t.parse('a', '{{ .x }}-{{ template "b" . }}');
    t.parse('b', '{{ .y }}');
    expect(t.execute('a', { x: 1, y: 2 })).toBe('1-2');
    expect(t.execute('a', { x: 'p', y: 'q' })).toBe('p-q');
    expect(t.has('b')).toBe(true);
    expect(t.has('c')).toBe(false);
  });
  it('replaces a definition parsed later, unless the later one is empty', () => {
    const t = new Templates(new Map());
    t.parse('one', '{{ define "d" }}first{{ end }}');
    t.parse('two', '{{ define "d" }}second{{ end }}');
    t.parse('three', '{{ define "d" }} {{/* nothing */}} {{ end }}');
    t.parse('main', '{{ template "d" }}');
    expect(t.execute('main', null)).toBe('second');
  });
  it('clones: templates parsed into a clone do not reach the original', () => {
    const t = new Templates(new Map());
    t.parse('main', 'm');
    const c = t.clone();
    c.parse('gotpl', '{{ template "main" }}!');
    expect(c.execute('gotpl', null)).toBe('m!');
    expect(t.has('gotpl')).toBe(false);
  });
  it('reports an unknown template name as Go does', () => {
    const t = new Templates(new Map());
    expect(() => t.execute('nope', null)).toThrow('template: no template "nope" associated with template "gotpl"');
  });
});

describe('hostile input', () => {
  it('reads no inherited property of a map', () => {
    expect(render('{{ .Values.constructor }}{{ .Values.__proto__ }}{{ index .Values "toString" }}{{ .Values.hasOwnProperty }}')).toBe(
      '<no value><no value><no value><no value>',
    );
  });
  it('stops runaway template recursion with Go\'s error', () => {
    expect(render('{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" 1 }}')).toBe(
      'ERR template: c/templates/t.yaml:1:28: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (100000)',
    );
  });
  it('runs deep but finite template recursion, and counts depth per execution', () => {
    const funcs = new Map<string, GoFunc>([['dec', (n) => (n as bigint) - 1n]]);
    const deep = '{{ define "r" }}{{ if . }}{{ template "r" (dec .) }}{{ else }}done{{ end }}{{ end }}{{ template "r" 700 }}';
    expect(render(deep, funcs)).toBe('done');
    // after a failed runaway recursion the budget is whole again
    expect(render('{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" 1 }}')).toMatch(/exceeded maximum template depth/);
    expect(render(deep, funcs)).toBe('done');
  });
  it('refuses nesting deeper than the cap when parsing', () => {
    expect(render('{{ ' + '('.repeat(2000) + '1' + ')'.repeat(2000) + ' }}')).toBe('ERR template: c/templates/t.yaml:1: max expression depth exceeded');
    expect(render('{{ if 1 }}'.repeat(2000) + '{{ end }}'.repeat(2000))).toBe('ERR template: c/templates/t.yaml:1: max expression depth exceeded');
  });
  it('executes nesting up to the cap', () => {
    expect(render('{{ ' + '('.repeat(900) + '1' + ')'.repeat(900) + ' }}')).toBe('1');
    expect(render('{{ if 1 }}'.repeat(900) + 'x' + '{{ end }}'.repeat(900))).toBe('x');
  });
  it('builds large outputs quickly', () => {
    const start = performance.now();
    const out = render('{{ range 200000 }}line {{ . }}\n{{ end }}');
    expect(out.length).toBeGreaterThan(2_000_000);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
