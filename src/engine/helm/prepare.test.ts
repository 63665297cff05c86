import { describe, expect, it } from 'vitest';
import { loadChart } from '../chart';
import { hasAnySchema } from '../chart/schema';
import type { Chart } from '../chart/types';
import { FunctionPack } from '../functionPacks';
import { withSignature } from '../value';
import { prepareEngine } from './prepare';

const utf8 = new TextEncoder();

function chartOf(files: Record<string, string>): Chart {
  return loadChart(new Map(Object.entries(files).map(([k, v]) => [k, utf8.encode(v)])));
}

function gatedPack(id: string, fnName: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  let imported = false;
  const pack = new FunctionPack(id, { [fnName]: { params: [] } }, async () => {
    imported = true;
    await gate;
    return (t) => t.set(fnName, withSignature(() => 'ok', { params: [] }));
  });
  return { pack, release, imported: () => imported };
}

const CHART = 'apiVersion: v2\nname: p\nversion: 1.0.0\n';

describe('prepareEngine', () => {
  it('waits for the packs named in values.yaml and .Files texts, and loads the others after', async () => {
    const inValues = gatedPack('p2-values', 'p2FromValues');
    const inFiles = gatedPack('p2-files', 'p2FromFiles');
    const unnamed = gatedPack('p2-unnamed', 'p2Unnamed');
    const chart = chartOf({
      'Chart.yaml': CHART,
      'values.yaml': 'greeting: "{{ p2FromValues }}"\n',
      'conf/app.tpl': 'x: {{ p2FromFiles }}\n',
      'templates/cm.yaml': 'data: {{ tpl .Values.greeting . }} {{ tpl (.Files.Get "conf/app.tpl") . }}\n',
    });
    let ready = false;
    const preparing = prepareEngine(chart).then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(ready).toBe(false); // still waiting for the two named packs
    expect(unnamed.imported()).toBe(false);
    inValues.release();
    inFiles.release();
    await preparing;
    expect(inValues.pack.loaded && inFiles.pack.loaded).toBe(true);
    expect(unnamed.imported()).toBe(true); // started in the background, not awaited
    expect(unnamed.pack.loaded).toBe(false);
    unnamed.release();
  });

  it('looks for a values.schema.json in every dependency', () => {
    const schema = '{"type":"object"}';
    expect(hasAnySchema(chartOf({ 'Chart.yaml': CHART }))).toBe(false);
    expect(hasAnySchema(chartOf({ 'Chart.yaml': CHART, 'charts/sub/Chart.yaml': CHART.replace('name: p', 'name: sub'), 'charts/sub/values.schema.json': schema }))).toBe(true);
  });
});
