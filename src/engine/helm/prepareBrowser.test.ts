// The engine as the browser runs it: nothing loaded on demand is there until prepareEngine.
// Under Node the engine loads everything when imported, so these tests import a fresh copy of it
// while `process.versions.node` is hidden.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as ChartModule from '../chart';
import { tgz } from '../chart/testkit';
import type * as HelmModule from './index';

const utf8 = new TextEncoder();
let helm: typeof HelmModule;
let chart: typeof ChartModule;
const versions = Object.getOwnPropertyDescriptor(process, 'versions')!;

beforeAll(async () => {
  vi.resetModules();
  Object.defineProperty(process, 'versions', { ...versions, value: { ...process.versions, node: undefined } });
  try {
    helm = await import('./index');
    chart = await import('../chart');
  } finally {
    Object.defineProperty(process, 'versions', versions);
  }
  await chart.prepareChartFiles({ kind: 'folder', files: new Map() }); // the folder reader, as the UI's open step does
});
afterAll(() => vi.resetModules());

function load(files: Record<string, string>) {
  return chart.loadChart(new Map(Object.entries(files).map(([k, v]) => [k, utf8.encode(v)])));
}

const base = { releaseName: 'r', namespace: 'default' };

describe('prepareEngine (browser mode)', () => {
  it('reads a .tgz only once the archive reader is loaded (prepareChartFiles)', async () => {
    const bytes = tgz([
      { name: 'a/Chart.yaml', body: 'apiVersion: v2\nname: a\nversion: 1.0.0\n' },
      { name: 'a/templates/cm.yaml', body: 'x: {{ .Chart.Name }}\n' },
    ]);
    expect(() => chart.loadChartArchive(bytes)).toThrow(/archive reader is still loading/);
    await chart.prepareChartFiles({ kind: 'archive' });
    const c = chart.loadChartArchive(bytes);
    expect(helm.renderChart(c, Object.create(null), base).text).toBe('---\n# Source: a/templates/cm.yaml\nx: a\n');
  });

  it('a pack function fails as "still loading" before, and works after, preparing the chart', async () => {
    const c = load({
      'Chart.yaml': 'apiVersion: v2\nname: p\nversion: 1.0.0\n',
      'templates/cm.yaml': 'sum: {{ sha256sum "abc" | quote }}\nre: {{ regexReplaceAll "b+" "abbc" "-" | quote }}\n',
    });
    expect(() => helm.renderChart(c, Object.create(null), base)).toThrow(/error calling (sha256sum|regexReplaceAll): \w+ is still loading/);
    await helm.prepareEngine(c);
    expect(helm.renderChart(c, Object.create(null), base).text).toBe(
      '---\n# Source: p/templates/cm.yaml\nsum: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"\nre: "a-c"\n',
    );
  });

  it('loads the values.schema.json validator for a chart with a schema', async () => {
    const c = load({
      'Chart.yaml': 'apiVersion: v2\nname: s\nversion: 1.0.0\n',
      'values.yaml': 'port: x\n',
      'values.schema.json': '{"properties":{"port":{"type":"integer"}}}',
      'templates/cm.yaml': 'port: {{ .Values.port }}\n',
    });
    expect(() => helm.renderChart(c, Object.create(null), base)).toThrow(/validator is still loading/);
    await helm.prepareEngine(c);
    expect(() => helm.renderChart(c, Object.create(null), base)).toThrow(
      "values don't meet the specifications of the schema(s) in the following chart(s):\ns:\n- at '/port': got string, want integer",
    );
  });
});
