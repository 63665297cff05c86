import { describe, expect, it, vi } from 'vitest';
import { ChartError, loadChart } from '../chart';
import * as dependencies from '../chart/dependencies';
import type { Chart } from '../chart/types';
import { mapSet, newMap, type GoMap } from '../value';
import { HelmError, prepareRender, renderChart } from './index';

// One preparation of the values serves both the schema check and the render (a live preview asks
// for both per keystroke); the results and the errors are renderChart's.
vi.mock('../chart/dependencies', async (original) => {
  const real = await original<typeof dependencies>();
  return { ...real, prepareChart: vi.fn(real.prepareChart) };
});
const prepareChart = vi.mocked(dependencies.prepareChart);

const utf8 = new TextEncoder();
const opts = { releaseName: 'rel', namespace: 'ns' };

function chartOf(files: Record<string, string>): Chart {
  return loadChart(new Map(Object.entries(files).map(([k, v]) => [k, utf8.encode(v)])));
}

const SCHEMA = '{"type":"object","properties":{"n":{"type":"integer","maximum":5}}}';

/** A chart whose template changes its own values (as `set` on .Values may), then prints them. */
const counting = () =>
  chartOf({
    'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
    'values.yaml': 'n: 1\n',
    'values.schema.json': SCHEMA,
    'templates/cm.yaml': '{{- $_ := set .Values "n" (add1 .Values.n) }}n: {{ .Values.n }}\n',
  });

function user(n: number): GoMap {
  const m = newMap();
  mapSet(m, 'n', BigInt(n));
  return m;
}

describe('prepareRender', () => {
  it('prepares the values once for the schema findings and the render', () => {
    const c = counting();
    prepareChart.mockClear();
    const p = prepareRender(c, user(9));
    expect(p.schemaFindings()).toEqual(["c:\n- at '/n': maximum: got 9, want 5\n"]);
    expect(p.render({ ...opts, skipSchemaValidation: true }).text).toContain('n: 10');
    expect(prepareChart).toHaveBeenCalledTimes(1);
  });

  it('renders the values the templates have not changed, every time, and checks them first', () => {
    const c = counting();
    const p = prepareRender(c, user(2));
    const first = p.render(opts).text;
    expect(first).toContain('n: 3');
    expect(p.render(opts).text).toBe(first);
    expect(p.schemaFindings()).toEqual([]);
    const bad = prepareRender(c, user(9));
    bad.render({ ...opts, skipSchemaValidation: true });
    expect(bad.schemaFindings()).toEqual(["c:\n- at '/n': maximum: got 9, want 5\n"]);
    expect(() => bad.render(opts)).toThrow(/^values don't meet the specifications of the schema\(s\) in the following chart\(s\):\nc:\n- at '\/n'/);
  });

  it("fails as renderChart does, in renderChart's order", () => {
    const library = chartOf({ 'Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n' });
    const p = prepareRender(library, newMap());
    expect(() => p.render({ ...opts, releaseName: 'Bad_Name' })).toThrow(/^release name check failed/);
    expect(() => p.render(opts)).toThrow(new HelmError('library charts are not installable', 'values'));
    expect(() => renderChart(library, newMap(), opts)).toThrow('library charts are not installable');
    expect(() => p.schemaFindings()).toThrow(ChartError);
  });
});
