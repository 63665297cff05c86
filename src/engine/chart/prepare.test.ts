import { describe, expect, it } from 'vitest';
import type { GoMap } from '../value';
import { loadChart } from './load';
import { loadValues } from './valuesFile';
import { metadataAsMap } from './chartYaml';
import { prepareChart, prepareValues, schemaError, validateValues } from './index';
import { chartFiles, json } from './testkit';

const user = (text: string): GoMap => loadValues(text);

// The chart of /tmp/e4a/iv: the same subchart twice (once aliased, behind a condition), a tagged
// subchart named `off` (YAML 1.1 reads it as false), a library, globals and both import-values forms.
const parent = chartFiles({
  'Chart.yaml': `apiVersion: v2
name: p
version: 1.0.0
dependencies:
- name: sub
  version: "~0.2"
  import-values:
  - data
  - child: deep.inner
    parent: fromChild
- name: sub
  version: "0.2.0"
  alias: second
  condition: second.enabled,global.never
- name: off
  version: "1.x"
  tags: [extras]
- name: lib
  version: "*"
`,
  'values.yaml': `global:
  color: red
  nested: {a: 1}
fromChild: {own: parent}
data: {k: parent-wins}
second: {enabled: false}
tags: {extras: false}
`,
  'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.2.0\n',
  'charts/sub/values.yaml': `global:
  color: blue
  nested: {b: 2}
  subOnly: x
exports:
  data: {k: child, j: child}
deep: {inner: {x: 1, own: child}}
`,
  'charts/sub/templates/t.yaml': '# sub',
  'charts/off/Chart.yaml': 'apiVersion: v2\nname: off\nversion: 1.2.0\n',
  'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n',
  'charts/lib/templates/_h.tpl': '{{ define "lib.x" }}libx{{ end }}',
});

const SUB = '{"deep":{"inner":{"own":"child","x":1}},"exports":{"data":{"j":"child","k":"child"}},"global":{"color":"red","nested":{"a":1,"b":2},"subOnly":"x"}}';

describe('prepareChart (values compared with helm 4.1.4 `toJson .Values`)', () => {
  it('applies conditions, tags, import-values and globals with the defaults', () => {
    const { chart, values } = prepareChart(loadChart(parent), user(''));
    expect(json(values)).toBe(
      '{"data":{"k":"parent-wins"},"fromChild":{"own":"parent","x":1},"global":{"color":"red","nested":{"a":1}},' +
        '"j":"child","k":"child","lib":{"global":{"color":"red","nested":{"a":1}}},"second":{"enabled":false},' +
        `"sub":${SUB},"tags":{"extras":false}}`,
    );
    expect(chart.dependencies.map((d) => d.fullPath)).toEqual(['p/charts/sub', 'p/charts/lib']);
    expect(json(metadataAsMap(chart.metadata).Dependencies)).toBe(
      '[{"Alias":"","Condition":"","Enabled":true,"ImportValues":[{"child":"exports.data","parent":"."},' +
        '{"child":"deep.inner","parent":"fromChild"}],"Name":"sub","Repository":"","Tags":[],"Version":"~0.2"},' +
        '{"Alias":"","Condition":"","Enabled":true,"ImportValues":[],"Name":"lib","Repository":"","Tags":[],"Version":"*"}]',
    );
  });

  it('enables the alias and the tagged chart from user values, globals merged down', () => {
    const loaded = loadChart(parent);
    const { chart, values } = prepareChart(loaded, user('second: {enabled: true}\ntags: {extras: true}\nglobal: {nested: {c: 3}}\n'));
    expect(chart.dependencies.map((d) => d.fullPath).sort()).toEqual(['p/charts/false', 'p/charts/lib', 'p/charts/second', 'p/charts/sub']);
    expect(json(values.second)).toBe(
      '{"deep":{"inner":{"own":"child","x":1}},"enabled":true,"exports":{"data":{"j":"child","k":"child"}},"global":{"color":"red","nested":{"a":1,"b":2,"c":3},"subOnly":"x"}}',
    );
    expect(json(values.false)).toBe('{"global":{"color":"red","nested":{"a":1,"c":3}}}');
    // The loaded chart is left as it was: a live preview prepares it again for every edit.
    expect(loaded.dependencies.map((d) => d.metadata.name)).toEqual(['lib', 'false', 'sub']);
    expect(loaded.metadata.dependencies[1].name).toBe('sub');
  });

  it('drops a user null over a default, keeps nulls the defaults lack', () => {
    const chart = loadChart(chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n', 'values.yaml': 'a: 1\nb: null\nc: {d: null}\n' }));
    expect(json(prepareValues(chart, user('')))).toBe('{"a":1,"b":null,"c":{"d":null}}');
    expect(json(prepareValues(chart, user('b: null\ne: null\nc: {f: null}\n')))).toBe('{"a":1,"c":{"d":null,"f":null},"e":null}');
    expect(json(prepareValues(chart, user('a: null\n')))).toBe('{"b":null,"c":{"d":null}}');
  });

  it('uses a dependency without a version only if a versioned entry matches (helm drops it silently)', () => {
    const chart = loadChart(
      chartFiles({
        'Chart.yaml': 'apiVersion: v2\nname: p\nversion: 1.0.0\ndependencies:\n- name: sub\n  alias: one\n- name: sub\n  version: ">=0.1.0"\n  alias: two\n',
        'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.2.0\n',
        'charts/sub/values.yaml': 'x: 1\n',
      }),
    );
    const { chart: prepared, values } = prepareChart(chart, user(''));
    expect(json(values)).toBe('{"two":{"global":{},"x":1}}');
    expect(prepared.dependencies.map((d) => d.fullPath)).toEqual(['p/charts/two']);
    expect(prepared.metadata.dependencies.map((d) => d.name)).toEqual(['one', 'two']);
  });

  it('refuses missing dependencies, library charts and non-map subchart values as helm does', () => {
    const missing = loadChart(chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\ndependencies: [{name: d, version: 1}]\n' }));
    expect(() => prepareChart(missing, user(''))).toThrow(
      'an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: d',
    );
    const lib = loadChart(chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\ntype: library\n' }));
    expect(() => prepareChart(lib, user(''))).toThrow('library charts are not installable');
    const withSub = loadChart(
      chartFiles({
        'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\ndependencies: [{name: s, version: "*"}]\n',
        'charts/s/Chart.yaml': 'apiVersion: v2\nname: s\nversion: 1.0.0\n',
      }),
    );
    expect(() => prepareChart(withSub, user('s: text\n'))).toThrow('chart dependencies processing failed: type mismatch on s: %!t(string=text)');
  });

  it('resists prototype keys in values', () => {
    const chart = loadChart(chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n', 'values.yaml': '__proto__: {polluted: 1}\nconstructor: 2\n' }));
    const values = prepareValues(chart, user('__proto__: {more: 1}\n'));
    expect(json(values)).toBe('{"__proto__":{"more":1,"polluted":1},"constructor":2}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validateValues (messages from helm 4.1.4)', () => {
  const withSchema = (schema: object, values: string) =>
    loadChart(chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n', 'values.yaml': values, 'values.schema.json': JSON.stringify(schema) }));

  it('reports a type error alone, as helm stops at the first failing type', () => {
    const chart = withSchema({ properties: { policy: { type: 'string', enum: ['sync', 'upsert-only'] } } }, 'policy: null\n');
    const values = prepareValues(chart, user(''));
    expect(validateValues(chart, values)).toEqual(["c:\n- at '/policy': got null, want string\n"]);
    expect(schemaError(chart, values)).toBe(
      "values don't meet the specifications of the schema(s) in the following chart(s):\nc:\n- at '/policy': got null, want string\n",
    );
    expect(validateValues(chart, prepareValues(chart, user('policy: sync\n')))).toEqual([]);
  });

  it('words keywords and groups findings as helm does', () => {
    const chart = withSchema(
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['req1', 'req2'],
        properties: {
          num: { type: 'integer', minimum: 5000.5, maximum: 10 },
          big: { type: 'number', exclusiveMaximum: 1000000 },
          str: { type: 'string', minLength: 3, pattern: '^a+$' },
          o: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } } },
          any: { anyOf: [{ type: 'string' }, { type: 'number' }] },
          e: { enum: ['x', 1, true] },
          c: { const: 'k' },
          f: { type: 'string', format: 'email' },
          nul: { type: ['string', 'integer'] },
        },
      },
      'num: 2000\nbig: 12345678\nstr: "bb"\no: {a: 1, b: "x"}\nany: true\ne: "y"\nc: "j"\nf: notmail\nnul: 1.5\n',
    );
    const [report] = validateValues(chart, prepareValues(chart, user('')));
    const lines = report.split('\n');
    expect(lines[0]).toBe('c:');
    for (const expected of [
      "- at '': missing properties 'req1', 'req2'",
      "- at '/num': validation failed\n  - at '/num': minimum: got 2,000, want 5,000.5\n  - at '/num': maximum: got 2,000, want 10",
      "- at '/big': exclusiveMaximum: got 1.2345678×10⁰⁷, want 1×10⁰⁶",
      "- at '/str': validation failed\n  - at '/str': minLength: got 2, want 3\n  - at '/str': 'bb' does not match pattern '^a+$'",
      "- at '/o': validation failed\n  - at '/o/a': got number, want string\n  - at '/o/b': got string, want number",
      "- at '/any': 'anyOf' failed\n  - at '/any': got boolean, want string\n  - at '/any': got boolean, want number",
      "- at '/e': value must be one of 'x', 1, true",
      "- at '/c': value must be 'k'",
      "- at '/f': 'notmail' is not valid email",
      "- at '/nul': got number, want integer or string",
    ]) {
      expect(report).toContain(expected);
    }
  });

  it('validates each enabled subchart against its own values, globals included', () => {
    const chart = loadChart(
      chartFiles({
        'Chart.yaml': 'apiVersion: v2\nname: p\nversion: 1.0.0\ndependencies: [{name: s, version: "*", condition: s.enabled}]\n',
        'charts/s/Chart.yaml': 'apiVersion: v2\nname: s\nversion: 1.0.0\n',
        'charts/s/values.schema.json': JSON.stringify({ required: ['global'], properties: { port: { type: 'integer' } } }),
      }),
    );
    expect(validateValues(chart, prepareValues(chart, user('s: {port: x}\n')))).toEqual(["s:\n- at '/port': got string, want integer\n"]);
    expect(validateValues(chart, prepareValues(chart, user('s: {port: x, enabled: false}\n')))).toEqual([]);
  });
});
