// The page of a chart opened at run time: its files from this browser's store, the engine chunk
// and the chart page's code, loaded together; one promise per chart id (see catalog/pages.ts).
import type { ComponentType } from 'react';
import type { ChartModule, Values } from '../../core/types';
import type { GenericSource } from '../../charts/generic/source';
import { listOpenedCharts, payloadOf, recallChart } from './openedCharts';

export interface OpenedPageCode {
  /** Undefined when this browser does not hold the chart (a link from someone else). */
  chart?: ChartModule<Values>;
  /** Then: what the open page says and prefills (the chart the link's values are for). */
  pending?: { chartName: string; share?: string; source?: GenericSource };
  ChartRoute: ComponentType<{ chart: ChartModule<Values>; share?: string }>;
}

const loads = new Map<string, Promise<OpenedPageCode>>();

/** The chart a link names (its origin), for the open page to ask for; decoded only when needed. */
async function pendingChart(chartId: string, share: string | undefined): Promise<OpenedPageCode['pending']> {
  const { shareLinkOrigin } = await import('../../core/share');
  const origin = share ? shareLinkOrigin(share) : undefined;
  const chartName = origin ? `${origin.name} ${origin.version}` : chartId.slice(chartId.indexOf('.') + 1);
  const source: GenericSource | undefined = origin?.repoUrl ? { kind: 'repo', repoUrl: origin.repoUrl, chart: origin.name, version: origin.version } : undefined;
  return { chartName, share, source };
}

export function loadOpenedChartPage(id: string, share?: string): Promise<OpenedPageCode> {
  let promise = loads.get(id);
  if (!promise) {
    promise = Promise.all([recallChart(id), import('../../charts/generic/open'), import('../chart/ChartRoute')]).then(async ([record, generic, page]) => {
      if (!record) return { ChartRoute: page.ChartRoute, pending: await pendingChart(id, share) };
      return { chart: await generic.openChartReady(payloadOf(record), record.source), ChartRoute: page.ChartRoute };
    });
    loads.set(id, promise);
  }
  return promise;
}

export function forgetOpenedPage(id: string): void {
  loads.delete(id);
}

/**
 * Every chart opened before in this browser, as modules (the stack page offers them beside the
 * curated charts). The engine loads only when there is one; a chart that no longer loads is skipped.
 */
export async function loadOpenedModules(): Promise<ChartModule<Values>[]> {
  const records = await listOpenedCharts();
  if (records.length === 0) return [];
  const { openChartReady } = await import('../../charts/generic/open');
  const modules: ChartModule<Values>[] = [];
  for (const record of records) {
    try {
      modules.push(await openChartReady(payloadOf(record), record.source));
    } catch (e) {
      console.warn(`the chart ${record.name} ${record.version} kept in this browser no longer loads`, e);
    }
  }
  return modules;
}
