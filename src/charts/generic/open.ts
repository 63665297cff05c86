// Opening a chart the app has never seen: its files (a folder or a .tgz) -> the engine's Chart ->
// a ChartModule. This file and what it imports form the any-chart chunk the UI loads on demand.
import { loadChart, loadChartArchive, prepareChartFiles } from '../../engine/chart';
import type { Chart, ChartFiles } from '../../engine/chart/types';
import { prepareEngine } from '../../engine/helm/prepare';
import { buildGenericModule, type GenericChartModule } from './module';
import { loadPackager } from './packaging';
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
 * Loads the code these files need before they can be loaded and packaged synchronously: the
 * engine's reader for them (an archive's or a folder's), and for a folder a bundle will carry
 * packaged, the tar writer (see module.ts's packagedChart).
 */
function prepareLoad(payload: ChartPayload, source: GenericSource): Promise<unknown> {
  return Promise.all([
    prepareChartFiles(payload),
    payload.kind === 'folder' && source.kind !== 'repo' ? loadPackager() : undefined,
  ]);
}

/**
 * openChart for the browser: loading and rendering are synchronous, so the code this chart needs
 * and the first page did not load is made ready first: the reader of its files and the tar writer
 * (prepareLoad), then the function packs its texts name, key and certificate functions with some
 * RSA keys, the values.schema.json validator (see prepareEngine).
 */
export async function openChartReady(payload: ChartPayload, source: GenericSource): Promise<GenericChartModule> {
  await prepareLoad(payload, source);
  const chart = loadPayload(payload);
  await prepareEngine(chart);
  return buildGenericModule(chart, source, payload.kind === 'archive' ? payload.bytes : undefined);
}

export { buildGenericModule } from './module';
export type { GenericChartModule } from './module';
