import { describe, expect, it } from 'vitest';
import { loadChart } from '../chart';
import type { Chart } from '../chart/types';
import { isGoMap, mapSet, newMap, type GoMap, type GoValue } from '../value';
import { DEMO_EXPECTED, DEMO_FILES } from './demoChart.fixture';
import { HelmError, renderChart, type RenderOptions } from './index';
import { renderOrder } from './render';

// Every expected text below was printed by helm v4.1.4 (`helm template`) for the same files.

const utf8 = new TextEncoder();

function chartOf(files: Record<string, string>): Chart {
  return loadChart(new Map(Object.entries(files).map(([k, v]) => [k, utf8.encode(v)])));
}

function values(obj: Record<string, GoValue>): GoMap {
  const m = newMap();
  for (const [k, v] of Object.entries(obj)) mapSet(m, k, isGoMap(v) ? values(v as Record<string, GoValue>) : v);
  return m;
}

const base: RenderOptions = { releaseName: 'release-name', namespace: 'default' };

/** A one-template chart named "err" (plus extra files). */
function tiny(template: string, extra: Record<string, string> = {}): Chart {
  return chartOf({ 'Chart.yaml': 'apiVersion: v2\nname: err\nversion: 1.0.0\n', 'templates/x.yaml': template, ...extra });
}

function renderError(chart: Chart, opts: RenderOptions = base, user: GoMap = newMap()): HelmError {
  try {
    renderChart(chart, user, opts);
  } catch (e) {
    if (e instanceof HelmError) return e;
    throw e;
  }
  throw new Error('rendered without an error');
}

describe('renderChart on a chart of our own', () => {
  it('prints exactly what helm template prints (objects, functions, order, hooks, subchart)', () => {
    const result = renderChart(chartOf(DEMO_FILES), newMap(), { releaseName: 'rel', namespace: 'ns1' });
    expect(result.text).toBe(DEMO_EXPECTED);
  });

  it('returns the root NOTES.txt apart and lists the documents in output order', () => {
    const result = renderChart(chartOf(DEMO_FILES), newMap(), { releaseName: 'rel', namespace: 'ns1' });
    expect(result.notes).toBe('Installed rel (demo 1.2.3).\n');
    expect(result.manifests.map((m) => m.kind)).toEqual(['Secret', 'ConfigMap', 'ConfigMap', 'ConfigMap', 'ConfigMap', 'Service', 'Deployment', 'Pod', 'Job']);
    expect(result.manifests.filter((m) => m.hook).map((m) => m.hook)).toEqual([['test'], ['pre-install', 'pre-upgrade']]);
  });

  it('honours --include-crds, --skip-tests, --kube-version, --api-versions and --is-upgrade', () => {
    const result = renderChart(chartOf(DEMO_FILES), newMap(), {
      releaseName: 'rel', namespace: 'default', includeCrds: true, skipTests: true, kubeVersion: '1.30.2', apiVersions: ['example.org/v1'], isUpgrade: true,
    });
    expect(result.text.startsWith('---\n# Source: demo/crds/widget.yaml\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.org\n\n---\n# Source: demo/templates/objects.yaml\napiVersion: v1\nkind: Secret\n')).toBe(true);
    expect(result.text).toContain('  release: "rel|default|false|true|1|Helm"\n  kube: "v1.30.2|1|30|v1.30.2"\n  kubePrinted: "v1.30.2"\n  apis: "true|true"\n');
    expect(result.text).not.toContain('smoke-test');
    expect(result.text).toContain('name: migrate');
  });

  it('leaves a disabled subchart out and scopes values per subchart', () => {
    const user = values({ sub: values({ enabled: false }) });
    // objects.yaml reads .Subcharts.sub, which is gone: helm fails the same way
    expect(renderError(chartOf(DEMO_FILES), base, user).message).toBe(
      'demo/templates/objects.yaml:22:41\n  executing "demo/templates/objects.yaml" at <.Subcharts.sub.Chart.Name>:\n    nil pointer evaluating interface {}.Chart',
    );
    const on = renderChart(chartOf(DEMO_FILES), values({ sub: values({ greeting: 'yo' }) }), base);
    expect(on.text).toContain('  greeting: "yo"\n  region: "eu"\n  isRoot: "false"\n');
  });
});

describe('render order and defines', () => {
  it('parses deepest paths first, reverse lexical within a depth (helm sortTemplates)', () => {
    expect(renderOrder(['c/templates/a.yaml', 'c/templates/NOTES.txt', 'c/charts/s/templates/x.yaml', 'c/templates/sub/z.yaml', 'c/templates/b.yaml'])).toEqual([
      'c/charts/s/templates/x.yaml', 'c/templates/sub/z.yaml', 'c/templates/b.yaml', 'c/templates/a.yaml', 'c/templates/NOTES.txt',
    ]);
  });

  it("a parent's define wins over a subchart's define of the same name", () => {
    const chart = chartOf({
      'Chart.yaml': 'apiVersion: v2\nname: p\nversion: 1.0.0\n',
      'templates/_h.tpl': '{{ define "who" }}parent{{ end }}',
      'templates/a.yaml': 'who: {{ include "who" . }}\n',
      'charts/s/Chart.yaml': 'apiVersion: v2\nname: s\nversion: 1.0.0\n',
      'charts/s/templates/_h.tpl': '{{ define "who" }}sub{{ end }}',
      'charts/s/templates/b.yaml': 'subwho: {{ include "who" . }}\n',
    });
    // helm 4.1.4: both print "parent"
    expect(renderChart(chart, newMap(), base).text).toBe(
      '---\n# Source: p/charts/s/templates/b.yaml\nsubwho: parent\n---\n# Source: p/templates/a.yaml\nwho: parent\n',
    );
  });
});

describe('errors worded as helm words them', () => {
  it('fail and required: the location of the outermost call', () => {
    expect(renderError(tiny('{{ fail "boom" }}')).message).toBe('execution error at (err/templates/x.yaml:1:3): boom');
    expect(renderError(tiny('a: 1\n  {{- required "need foo" .Values.foo }}')).message).toBe('execution error at (err/templates/x.yaml:2:6): need foo');
    expect(renderError(tiny('{{ required "need foo" "" }}')).message).toBe('execution error at (err/templates/x.yaml:1:3): need foo');
    const nested = tiny('a: {{ include "f" . }}', { 'templates/_h.tpl': '{{ define "f" }}\n\n  {{ fail "deep" }}{{ end }}' });
    expect(renderError(nested).message).toBe('execution error at (err/templates/x.yaml:1:6): deep');
    const viaTpl = tiny('a: {{ tpl "{{ include \\"f\\" . }}" . }}', { 'templates/_h.tpl': '{{ define "f" }}\n\n  {{ fail "deep" }}{{ end }}' });
    expect(renderError(viaTpl).message).toBe('execution error at (err/templates/x.yaml:1:6): deep');
    expect(renderError(tiny('{{ fail "boom" }}')).phase).toBe('render');
  });

  it('executor errors become located blocks', () => {
    expect(renderError(tiny('a: {{ .Values.x.y.z }}')).message).toBe(
      'err/templates/x.yaml:1:13\n  executing "err/templates/x.yaml" at <.Values.x.y.z>:\n    nil pointer evaluating interface {}.y',
    );
    expect(renderError(tiny('{{ include "nope" . }}')).message).toBe(
      'err/templates/x.yaml:1:3\n  executing "err/templates/x.yaml" at <include "nope" .>:\n    error calling include:\ntemplate: no template "nope" associated with template "gotpl"',
    );
    expect(renderError(tiny('{{ include "x" }}')).message).toBe(
      'err/templates/x.yaml:1:3\n  executing "err/templates/x.yaml" at <include>:\n    wrong number of args for include: want 2 got 1',
    );
    expect(renderError(tiny('{{ template "t" . }}{{ define "t" }}{{ .Values.a.b }}{{ end }}')).message).toBe(
      'err/templates/x.yaml:1:46\n  executing "t" at <.Values.a.b>:\n    nil pointer evaluating interface {}.b',
    );
  });

  it("keeps Go's one-line text when a function's own error is in the chain", () => {
    expect(renderError(tiny('{{ index .Values "a" "b" }}')).message).toBe(
      'template: err/templates/x.yaml:1:3: executing "err/templates/x.yaml" at <index .Values "a" "b">: error calling index: index of nil pointer',
    );
    expect(renderError(tiny('{{ tpl "{{ .Values.x.y }}" . }}')).message).toBe(
      'template: err/templates/x.yaml:1:3: executing "err/templates/x.yaml" at <tpl "{{ .Values.x.y }}" .>: error calling tpl: error during tpl function execution for "{{ .Values.x.y }}": template: gotpl:1:10: executing "gotpl" at <.Values.x.y>: nil pointer evaluating interface {}.y',
    );
    expect(renderError(tiny('{{ tpl "{{ end }}" . }}')).message).toBe(
      'template: err/templates/x.yaml:1:3: executing "err/templates/x.yaml" at <tpl "{{ end }}" .>: error calling tpl: cannot parse template "{{ end }}": template: gotpl:1: unexpected {{end}}',
    );
    expect(renderError(tiny('{{ .Files.Lines "e.txt" }}', { 'e.txt': '' })).message).toBe(
      'template: err/templates/x.yaml:1:9: executing "err/templates/x.yaml" at <.Files.Lines>: error calling Lines: runtime error: index out of range [-1]',
    );
  });

  it('runaway include recursion stops with helm\'s words (sooner than helm: the JavaScript stack is smaller)', () => {
    const e = renderError(tiny('{{ define "r" }}{{ include "r" . }}{{ end }}{{ include "r" . }}'));
    expect(e.message.endsWith('error calling include: rendering template has a nested reference name: r: unable to execute template')).toBe(true);
    expect(e.message.startsWith('template: err/templates/x.yaml:1:47: executing "err/templates/x.yaml" at <include "r" .>: error calling include: template: err/templates/x.yaml:1:19: executing "r" at <include "r" .>:')).toBe(true);
  });

  it('parse errors and YAML errors of the output', () => {
    expect(renderError(tiny('{{ if }}')).message).toBe('parse error at (err/templates/x.yaml:1): missing value for if');
    expect(renderError(tiny('- a')).message).toBe(
      'YAML parse error on err/templates/x.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type util.SimpleHead',
    );
    expect(renderError(tiny('a: &x 1\nb: *y')).message).toBe("YAML parse error on err/templates/x.yaml: error converting YAML to JSON: yaml: unknown anchor 'y' referenced");
  });

  it('release names helm refuses', () => {
    const regex = String.raw`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`;
    expect(renderError(tiny('a: 1'), { ...base, releaseName: 'Bad_Name' }).message).toBe(
      `release name check failed: release name "Bad_Name": invalid release name, must match regex ${regex} and the length must not be longer than 53`,
    );
    expect(renderError(tiny('a: 1'), { ...base, releaseName: 'a'.repeat(54) }).phase).toBe('values');
  });

  it('kubeVersion of the chart, --kube-version and the schema', () => {
    const needs = chartOf({ 'Chart.yaml': 'apiVersion: v2\nname: err\nversion: 1.0.0\nkubeVersion: ">=1.36.0"\n', 'templates/x.yaml': 'a: 1' });
    expect(renderError(needs).message).toBe('chart requires kubeVersion: >=1.36.0 which is incompatible with Kubernetes v1.35.0');
    expect(renderChart(needs, newMap(), { ...base, kubeVersion: '1.36.1' }).text).toBe('---\n# Source: err/templates/x.yaml\na: 1\n');
    const bad = renderError(tiny('a: 1'), { ...base, kubeVersion: '1' });
    expect(bad.message).toBe(`invalid kube version '1': illegal version string "1"`);
    expect(bad.phase).toBe('values');
    const schema = tiny('a: 1', { 'values.schema.json': '{"type":"object","required":["policy"],"properties":{"policy":{"type":"string"}}}', 'values.yaml': 'policy:\n' });
    const e = renderError(schema);
    expect(e.message).toBe("values don't meet the specifications of the schema(s) in the following chart(s):\nerr:\n- at '/policy': got null, want string\n");
    expect(e.phase).toBe('values');
  });
});

describe('template output edge cases', () => {
  it('prints a lone newline when nothing renders, drops empty documents, keeps comment-only ones', () => {
    expect(renderChart(tiny('{{- /* nothing */ -}}'), newMap(), base).text).toBe('\n');
    expect(renderChart(tiny('a: 1\n---\n\n---\n'), newMap(), base).text).toBe('---\n# Source: err/templates/x.yaml\na: 1\n---\n# Source: err/templates/x.yaml\n---\n');
  });

  it('replaces <no value> and gives lookup an empty map', () => {
    expect(renderChart(tiny('a: "{{ .Values.missing }}"\nb: {{ lookup "v1" "Pod" "" "" | toJson | quote }}'), newMap(), base).text).toBe(
      '---\n# Source: err/templates/x.yaml\na: ""\nb: "{}"\n',
    );
  });

  it('gives each manifest its js-yaml reading, not shared between renders', () => {
    const chart = tiny('kind: ConfigMap\nmetadata:\n  name: c\ndata:\n  n: "1"\n  when: 2024-01-02\n');
    const first = renderChart(chart, newMap(), base).manifests[0];
    expect(first.object).toEqual({ kind: 'ConfigMap', metadata: { name: 'c' }, data: { n: '1', when: '2024-01-02' } });
    (first.object as { kind: string }).kind = 'x';
    expect((renderChart(chart, newMap(), base).manifests[0].object as { kind: string }).kind).toBe('ConfigMap');
  });
});
