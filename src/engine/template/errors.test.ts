// Error wording, checked against helm 4.1.4 (helm shows parse errors as "parse error at
// (FILE:LINE): <text after the last ': '>" and exec errors re-laid out, from these Go texts).
import { describe, expect, it } from 'vitest';
import { TemplateError, Templates } from './index';
import { FILE, render } from './testkit';

const P = `ERR template: ${FILE}:`;
const exec = (pos: string, node: string, msg: string, name = FILE): string =>
  `ERR template: ${FILE}:${pos}: executing "${name}" at <${node}>: ${msg}`;

describe('parse errors', () => {
  it.each([
    ['a: {{ foo }}', '1: function "foo" not defined'],
    ['a: {{ if 1 }}', '1: unexpected EOF'],
    ['a: {{ end }}', '1: unexpected {{end}}'],
    ['a: {{ else }}', '1: unexpected {{else}}'],
    ['a\n{{ if 1 }}\n{{ else }}\n{{ else }}{{end}}', '4: expected end; found {{else}}'],
    ['a: {{ .a', '1: unclosed action'],
    ['a: {{ $x }}', '1: undefined variable "$x"'],
    ['a: {{ range .x }}{{ $y := 1 }}{{ end }}{{ $y }}', '1: undefined variable "$y"'],
    ['a: {{ 1 | 2 }}', '1: non executable command in pipeline stage 2'],
    ['a: {{ "x }}', '1: unterminated quoted string'],
    ['a: {{ `x }}', '1: unterminated raw quoted string'],
    ["a: {{ 'x }}", '1: unterminated character constant'],
    ['a: {{ (1 }}', '1: unclosed left paren'],
    ['a: {{ 1) }}', '1: unexpected right paren'],
    ['a: {{/* x }}', '1: unclosed comment'],
    ['a: {{/* x */ }}', '1: comment ends before closing delimiter'],
    ['a: {{ break }}', '1: {{break}} outside {{range}}'],
    ['a: {{ continue }}', '1: {{continue}} outside {{range}}'],
    ['a: {{ 0x1G }}', '1: bad number syntax: "0x1G"'],
    ['a: {{ 1__0 }}', '1: illegal number syntax: "1__0"'],
    ['a: {{ 08 }}', '1: integer overflow: "08"'],
    ['a: {{ 1.2.3 }}', '1: unexpected ".3" in operand'],
    ['a: {{ "\\q" }}', '1: invalid syntax'],
    ["a: {{ 'ab' }}", "1: malformed character constant: 'ab'"],
    ['a: {{ define "a" }}x{{ end }}{{ define "a" }}y{{ end }}', '1: template: multiple definition of template "a"'],
    ['a: {{ .x := 1 }}', '1: unexpected ":=" in operand'],
    ['a: {{ $x, $y := 1 }}', '1: too many declarations in command'],
    ['a: {{ range $x, $y, $z := 1 }}{{end}}', '1: too many declarations in range'],
    ['a: {{ range $x, 1 }}{{end}}', '1: range can only initialize variables'],
    ['a: {{ with 1 }}{{ else if 2 }}{{ end }}', '1: unexpected <if> in input'],
    ['a: {{ if }}{{ end }}', '1: missing value for if'],
    ['a: {{ template 1 }}', '1: unexpected "1" in template clause'],
    ['a: {{ define x }}{{ end }}', '1: unexpected "x" in define clause'],
    ['a: {{ (1).x }}{{ 1.x }}', '1: bad number syntax: "1.x"'],
    ['a: {{ "a".x }}', '1: unexpected . after term "\\"a\\""'],
    ['a: {{ $x+2 }}', '1: bad character U+002B \'+\''],
    ['a: {{ é }}', '1: function "é" not defined'],
    ['a: {{ € }}', "1: unrecognized character in action: U+20AC '€'"],
    ['a: {{ \x01 }}', '1: unrecognized character in action: U+0001'],
    ['a: {{ .abcdefghijklmn := 1 }}', '1: unexpected ":=" in operand'],
    ['a\n{{ if 1\n .x\n', '4: unclosed action started at c/templates/t.yaml:2'],
  ])('%j', (text, msg) => {
    expect(render(text)).toBe(P + msg);
  });

  it('keeps name, line and message apart', () => {
    const t = new Templates(new Map());
    try {
      t.parse('x.yaml', 'a\n\n{{ nope }}');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      const err = e as TemplateError;
      expect([err.kind, err.templateName, err.line, err.reason]).toEqual(['parse', 'x.yaml', 3, 'function "nope" not defined']);
    }
  });

  it('leaves the set unchanged when a parse fails', () => {
    const t = new Templates(new Map());
    expect(() => t.parse('x', '{{ define "d" }}d{{ end }}{{ nope }}')).toThrow(TemplateError);
    expect(t.has('d')).toBe(false);
    expect(t.has('x')).toBe(false);
  });
});

describe('exec errors', () => {
  it.each([
    ['a: {{ .Values.a.b }}', exec('1:13', '.Values.a.b', 'nil pointer evaluating interface {}.b')],
    ['a: {{ .Values.s.b }}', exec('1:13', '.Values.s.b', "can't evaluate field b in type interface {}")],
    ['# {{ .Values.l.a }}', exec('1:12', '.Values.l.a', "can't evaluate field a in type interface {}")],
    ['a: {{ $x := "s" }}{{ $x.b }}', exec('1:23', '$x.b', "can't evaluate field b in type string")],
    ['# {{ $.x.y }}', exec('1:6', '$.x.y', 'nil pointer evaluating interface {}.y')],
    ['# {{ (1).x }}', exec('1:6', '1', "can't evaluate field x in type int")],
    ['# {{ nil }}', exec('1:5', 'nil', 'nil is not a command')],
    ['# {{ template "x" }}', exec('1:14', '{{template "x"}}', 'template "x" not defined')],
    ['# {{ .Values.s 1 }}', exec('1:12', '.Values.s', 's is not a method but has arguments')],
    ['# {{ "x" | .Values.s }}', exec('1:18', '.Values.s', 's is not a method but has arguments')],
    ['# {{ $x := 1 }}{{ $x 2 }}', exec('1:18', '$x', "can't give argument to non-function $x")],
    ['# {{ (1) 2 }}', exec('1:5', '(1) 2', "can't give argument to non-function 1")],
    ['# {{ "a" "b" }}', exec('1:5', '"a"', 'can\'t give argument to non-function "a"')],
    ['# {{ 9223372036854775808 }}', exec('1:5', '9223372036854775808', '9223372036854775808 overflows int')],
    ['# {{ range $i, $e := 3 }}{{ end }}', exec('1:21', '3', "can't use 3 to iterate over more than one variable")],
    ['# {{ range .Values.f }}{{ end }}', exec('1:18', '.Values.f', "range can't iterate over 1.5")],
    ['# {{ range .Values.s }}{{ end }}', exec('1:18', '.Values.s', "range can't iterate over str")],
    ['# {{ range .Values.i }}{{ end }}', exec('1:18', '.Values.i', "range can't iterate over 3")],
    ['# {{ $x = 1 }}', exec('1:10', '1', 'undefined variable: $x')],
    ['a: {{ 1 "abcdefghijklmn" | }}', exec('1:6', '1', "can't give argument to non-function 1")],
    ['# {{ if $x := 1 }}{{ $x }}{{ end }}{{ $x }}', `${P}1: undefined variable "$x"`],
    ['# {{ nil.x }}', `${P}1: unexpected . after term "nil"`],
    ['# {{ (nil).x }}', exec('1:6', 'nil', 'nil is not a command')],
    ['# {{ printf 1 }}', exec('1:12', '1', 'expected string; found 1')],
    ['# {{ printf }}', exec('1:5', 'printf', 'wrong number of args for printf: want at least 1 got 0')],
    ['# {{ 1i }}', exec('1:5', '1i', 'complex constants are not supported')],
  ])('%j', (text, msg) => {
    expect(render(text)).toBe(msg);
  });

  it('names the define being executed and the file and line it is in', () => {
    expect(render('{{ define "e" }}\n{{ .Values.a.b }}{{ end }}\n# {{ template "e" . }}')).toBe(
      exec('2:10', '.Values.a.b', 'nil pointer evaluating interface {}.b', 'e'),
    );
  });

  it('counts the column in bytes, as Go does', () => {
    expect(render('é: {{ .Values.a.b }}')).toBe(exec('1:14', '.Values.a.b', 'nil pointer evaluating interface {}.b'));
  });

  it('keeps the parts of an exec error apart', () => {
    const t = new Templates(new Map());
    t.parse('f.yaml', 'x\n  {{ .a.b }}');
    try {
      t.execute('f.yaml', {});
      expect.unreachable();
    } catch (e) {
      const err = e as TemplateError;
      expect([err.kind, err.templateName, err.line, err.col, err.executing, err.nodeText, err.reason]).toEqual([
        'exec',
        'f.yaml',
        2,
        7,
        'f.yaml',
        '.a.b',
        'nil pointer evaluating interface {}.b',
      ]);
    }
  });
});
