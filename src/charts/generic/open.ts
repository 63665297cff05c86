// Opening a chart the app has never seen: its files (a folder or a .tgz) -> the engine's Chart ->
// a ChartModule. This file and what it imports form the any-chart chunk the UI loads on demand.
import { loadChart, loadChartArchive } from '../../engine/chart';
import type { Chart, ChartFiles } from '../../engine/chart/types';
import { prepareEngine } from '../../engine/helm/prepare';
import { buildGenericModule, type GenericChartModule } from './module';
import type { GenericSource } from './source';

export type ChartPayload = { kind: 'archive'; bytes: Uint8Array } | { kind: 'folder'; files: ChartFiles };

/** A packaged chart is loaded as helm loads archives (its .helmignore was applied when packaging). */
export function loadPayload(payload: ChartPayload): Chart {
  return payload.kind === 'archive' ? loadChartArchive(payload.bytes) : loadChart(payload.files);
}

/** Throws the engine's error (worded as helm's) when the files are not a chart helm would load. */
export function openChart(payload: ChartPayload, source: GenericSource): GenericChartModule {
  return buildGenericModule(loadPayload(payload), source, payload.kind === 'archive' ? payload.bytes : undefined);
}

/**
 * openChart for the browser: rendering is synchronous, so the engine code this chart needs and
 * the first page did not load (function packs its texts name, key and certificate functions with
 * some RSA keys, the values.schema.json validator) is made ready first (see prepareEngine).
 */
export async function openChartReady(payload: ChartPayload, source: GenericSource): Promise<GenericChartModule> {
  const chart = loadPayload(payload);
  await prepareEngine(chart);
  return buildGenericModule(chart, source, payload.kind === 'archive' ? payload.bytes : undefined);
}

export { buildGenericModule } from './module';
export type { GenericChartModule } from './module';
