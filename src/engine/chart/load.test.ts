import { describe, expect, it } from 'vitest';
import { loadChart } from './load';
import { metadataAsMap } from './chartYaml';
import { chartFiles, json, tgz } from './testkit';

const load = (files: Record<string, string | Uint8Array>) => loadChart(chartFiles(files));
const chartYaml = (extra = '') => `apiVersion: v2\nname: c\nversion: 1.0.0\n${extra}`;

describe('loadChart: Chart.yaml (facts from helm 4.1.4)', () => {
  it('converts scalars in string fields as sigs.k8s.io/yaml does', () => {
    const c = load({
      'Chart.yaml': chartYaml('appVersion: 1.10\nannotations:\n  a: 1\n  b: 123456789.5\n  c: true\n  d: 0x10\n  e: 1e3\n  f: null\nkeywords: [1, 1.5, true]\n'),
    });
    expect(c.metadata.appVersion).toBe('1.1');
    expect(json(metadataAsMap(c.metadata).Annotations)).toBe('{"a":"1","b":"1.2345679e+08","c":"true","d":"16","e":"1000","f":""}');
    expect(c.metadata.keywords).toEqual(['1', '1.5', 'true']);
    expect(load({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0\n' }).metadata.version).toBe('1');
  });

  it('gives .Chart as helm 4 does: Go field names, empty lists, nil annotations', () => {
    const c = load({ 'Chart.yaml': chartYaml() });
    expect(json(metadataAsMap(c.metadata))).toBe(
      '{"APIVersion":"v2","Annotations":null,"AppVersion":"","Condition":"","Dependencies":[],"Deprecated":false,' +
        '"Description":"","Home":"","Icon":"","Keywords":[],"KubeVersion":"","Maintainers":[],"Name":"c","Sources":[],' +
        '"Tags":"","Type":"","Version":"1.0.0"}',
    );
    expect(load({ 'Chart.yaml': 'name: c\nversion: 1.0.0\n' }).metadata.apiVersion).toBe('v1');
  });

  it('words errors as helm does', () => {
    const cases: [string, string][] = [
      ['apiVersion: v2\nversion: 1.0.0\n', 'validation: chart.metadata.name is required'],
      ['apiVersion: v9\nname: c\nversion: 1.0.0\n', 'unsupported chart version'],
      ['apiVersion: v3\nname: c\nversion: 1.0.0\n', 'invalid chart apiVersion'],
      ['apiVersion: v2\nname: c\nversion: abc\n', 'validation: chart.metadata.version "abc" is invalid'],
      ['apiVersion: v2\nname: c\n', 'validation: chart.metadata.version is required'],
      ['apiVersion: v2\nname: c\nversion: 1.0.0\ntype: foo\n', 'validation: chart.metadata.type must be application or library'],
      ['apiVersion: v1\nname: c/d\nversion: 1.0.0\n', 'validation: chart.metadata.name "c/d" is invalid'],
      ['apiVersion: v1\nname: ..\nversion: 1.0.0\n', 'validation: chart.metadata.name ".." is not allowed'],
      [chartYaml('maintainers: [null]\n'), 'validation: maintainers must not contain empty or null nodes'],
      [chartYaml('dependencies: [{name: x, alias: "a.b"}]\n'), 'validation: dependency "x" has disallowed characters in the alias'],
      [chartYaml('dependencies: [{name: x, alias: a}, {name: a}]\n'), 'validation: more than one dependency with name or alias "a"'],
      [
        chartYaml('keywords: a\n'),
        'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Metadata.keywords of type []string',
      ],
      [
        chartYaml('deprecated: 1\nkeywords: true\n'),
        'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field Metadata.deprecated of type bool',
      ],
      [
        chartYaml('maintainers: [{name: [1]}]\n'),
        'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go struct field Maintainer.maintainers.name of type string',
      ],
      [
        chartYaml('dependencies: [{name: x, tags: x}]\n'),
        'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Dependency.dependencies.tags of type []string',
      ],
      [
        '- a\n',
        'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type loader.chartBase',
      ],
    ];
    for (const [text, message] of cases) expect(() => load({ 'Chart.yaml': text }), text).toThrow(message);
    expect(() => load({ 'values.yaml': 'a: 1' })).toThrow('Chart.yaml file is missing');
    expect(() => load({ 'Chart.yaml': chartYaml('foo: [\n') })).toThrow(/^cannot load Chart.yaml: error converting YAML to JSON: yaml: line \d+: /);
  });
});

describe('loadChart: files', () => {
  it('sorts files as helm does: templates, .Files, crds, schema', () => {
    const c = load({
      'Chart.yaml': chartYaml(),
      'Chart.lock': 'dependencies: []\n',
      'values.yaml': 'a: 1\n',
      'values.schema.json': '{}',
      'templates/_helpers.tpl': '{{ define "x" }}{{ end }}',
      'templates/NOTES.txt': 'notes',
      'templates/cm.yaml': 'kind: ConfigMap',
      'crds/crd.yaml': 'kind: CustomResourceDefinition',
      'crds/readme.md': 'no',
      'files/a.conf': 'x',
      'README.md': '# c',
      'requirements.yaml': 'dependencies: []\n',
    });
    expect(c.templates.map((t) => t.name)).toEqual(['templates/NOTES.txt', 'templates/_helpers.tpl', 'templates/cm.yaml']);
    expect(c.files.map((f) => f.name)).toEqual(['README.md', 'crds/crd.yaml', 'crds/readme.md', 'files/a.conf']);
    expect(c.crds.map((f) => f.name)).toEqual(['crds/crd.yaml']);
    expect(c.schema).not.toBeNull();
    expect(c.fullPath).toBe('c');
  });

  it('keeps a v1 chart\'s requirements.yaml in .Files and reads its dependencies', () => {
    const c = load({
      'Chart.yaml': 'apiVersion: v1\nname: c\nversion: 1.0.0\n',
      'requirements.yaml': 'dependencies:\n- name: sub\n  version: 0.1.0\n',
      'charts/sub/Chart.yaml': 'name: sub\nversion: 0.1.0\n',
    });
    expect(c.metadata.dependencies.map((d) => d.name)).toEqual(['sub']);
    expect(c.files.map((f) => f.name)).toEqual(['requirements.yaml']);
  });

  it('reads values as float64, merging several documents', () => {
    const c = load({ 'Chart.yaml': chartYaml(), 'values.yaml': 'a: 1\n--- # c\nb: 2\n---\nc: {d: 1}\n---\nc: {e: 2}\n' });
    expect(json(c.values)).toBe('{"a":1,"b":2,"c":{"d":1,"e":2}}');
    expect(typeof c.values.a).toBe('number');
    expect(() => load({ 'Chart.yaml': chartYaml(), 'values.yaml': 'a: 1\n--- x\n' })).toThrow(
      'cannot load values.yaml: error reading yaml document: invalid Yaml document separator: x',
    );
    expect(() => load({ 'Chart.yaml': chartYaml(), 'values.yaml': '- 1\n' })).toThrow(
      'cannot load values.yaml: cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}',
    );
  });

  it('loads subcharts from folders and .tgz files, skipping _ and . names', () => {
    const c = load({
      'Chart.yaml': chartYaml(),
      'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
      'charts/sub/templates/x.yaml': 'x',
      'charts/packed-1.0.0.tgz': tgz([
        { name: 'packed/Chart.yaml', body: 'apiVersion: v2\nname: packed\nversion: 1.0.0\n' },
        { name: 'packed/charts/inner/Chart.yaml', body: 'apiVersion: v2\nname: inner\nversion: 2.0.0\n' },
      ]),
      'charts/_ignored/Chart.yaml': 'x',
      'charts/.gitkeep': '',
      'charts/packed-1.0.0.tgz.prov': 'sig',
    });
    expect(c.dependencies.map((d) => [d.metadata.name, d.fullPath])).toEqual([
      ['packed', 'c/charts/packed'],
      ['sub', 'c/charts/sub'],
    ]);
    expect(c.dependencies[0].dependencies[0].fullPath).toBe('c/charts/packed/charts/inner');
    expect(c.files.map((f) => f.name)).toEqual(['charts/packed-1.0.0.tgz.prov']);
  });

  it('words subchart errors as helm does', () => {
    expect(() => load({ 'Chart.yaml': chartYaml(), 'charts/README.md': 'x' })).toThrow(
      'error unpacking subchart README.md in c: Chart.yaml file is missing',
    );
    expect(() => load({ 'Chart.yaml': chartYaml(), 'charts/sub/Chart.yaml': 'name: sub\n' })).toThrow(
      'error unpacking subchart sub in c: validation: chart.metadata.version is required',
    );
  });
});
