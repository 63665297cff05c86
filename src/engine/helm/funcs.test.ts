import { describe, expect, it } from 'vitest';
import { loadChart } from '../chart';
import { newMap } from '../value';
import { HelmError, renderChart } from './index';

// Expected texts were printed by helm v4.1.4 `helm template` for the same one-template chart.
const enc = new TextEncoder();

function render(template: string): string {
  const chart = loadChart(new Map([
    ['Chart.yaml', enc.encode('apiVersion: v2\nname: err\nversion: 1.0.0\n')],
    ['templates/x.yaml', enc.encode(template)],
  ]));
  try {
    return renderChart(chart, newMap(), { releaseName: 'release-name', namespace: 'default' }).text.replace(/^---\n# Source: err\/templates\/x\.yaml\n/, '');
  } catch (e) {
    if (e instanceof HelmError) return `Error: ${e.message}`;
    throw e;
  }
}

describe("helm's function map", () => {
  it('has no env / expandenv (helm removes them from Sprig)', () => {
    expect(render('{{ env "HOME" }}')).toBe('Error: parse error at (err/templates/x.yaml:1): function "env" not defined');
    expect(render('{{ expandenv "x" }}')).toBe('Error: parse error at (err/templates/x.yaml:1): function "expandenv" not defined');
  });

  it('tpl: nested, with any data, seeing the calling set\'s defines; its own defines stay inside', () => {
    expect(render('a: {{ tpl "{{ tpl \\"{{ .Values.v }}\\" . }}" (dict "Values" (dict "v" "deep")) | quote }}')).toBe('a: "deep"\n');
    expect(render('a: {{ tpl "{{ .Template.Name }} {{ .Values.a }}" (dict "Values" (dict "a" 1) "Template" (dict "Name" "mine")) | quote }}\nb: {{ tpl "{{ include \\"h\\" . }}" . | quote }}{{ define "h" }}from-parent{{ end }}')).toBe(
      'a: "mine 1"\nb: "from-parent"\n',
    );
    expect(render('a: {{ tpl "{{ define \\"t1\\" }}T1{{ end }}" . }}{{ include "t1" . }}')).toBe(
      'Error: err/templates/x.yaml:1:50\n  executing "err/templates/x.yaml" at <include "t1" .>:\n    error calling include:\ntemplate: no template "t1" associated with template "gotpl"',
    );
  });

  it('data formats: errors kept in the result, must- forms, toYaml trimmed', () => {
    expect(render([
      'a: {{ fromYaml "a: &x 1\\nb: *y" | toJson | quote }}',
      'b: {{ fromYamlArray "a: 1" | toJson | quote }}',
      'c: {{ fromJson "{" | toJson | quote }}',
      'd: {{ mustToYaml (dict "k" "v") | quote }}',
      'f: {{ mustToJson (list 1) | quote }}',
    ].join('\n'))).toBe([
      'a: "{\\"Error\\":\\"error converting YAML to JSON: yaml: unknown anchor \'y\' referenced\\"}"',
      'b: "[\\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\\"]"',
      'c: "{\\"Error\\":\\"unexpected end of JSON input\\"}"',
      'd: "k: v"',
      'f: "[1]"',
      '',
    ].join('\n'));
  });

  it('required passes every value but nil and ""; fail takes a string', () => {
    expect(render('a: {{ required "x" 0 | quote }}\nb: {{ required "x" false | quote }}\nc: {{ required "x" (list) | toJson | quote }}\nd: {{ required "x" (dict) | toJson | quote }}')).toBe(
      'a: "0"\nb: "false"\nc: "[]"\nd: "{}"\n',
    );
    expect(render('{{ fail 3 }}')).toBe('Error: err/templates/x.yaml:1:8\n  executing "err/templates/x.yaml" at <3>:\n    expected string; found 3');
  });
});
