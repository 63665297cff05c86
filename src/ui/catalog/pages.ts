// The code of the chart and stack pages, loaded on first use. Each load is one promise, kept (even
// when it failed) so the page (usePromise) sees the same promise on every render and a failure reaches the
// page's error boundary; its "Try again" forgets the load so the next render starts a new one.
import type { ComponentType } from 'react';
import type { ChartModule, Values } from '../../core/types';
import { parseRoute } from '../routing';
import { findEntry, loadAllCharts, type CatalogEntry } from './chartCatalog';

interface ChartRouteProps {
  chart: ChartModule<Values>;
  share?: string;
}

interface StackRouteProps {
  charts: readonly ChartModule<Values>[];
  share?: string;
}

export interface ChartPageCode {
  chart: ChartModule<Values>;
  ChartRoute: ComponentType<ChartRouteProps>;
}

export interface StackPageCode {
  charts: ChartModule<Values>[];
  StackRoute: ComponentType<StackRouteProps>;
}

const loads = new Map<string, Promise<unknown>>();

function once<T>(key: string, start: () => Promise<T>): Promise<T> {
  let promise = loads.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = start();
    loads.set(key, promise);
  }
  return promise;
}

/** The chart page's code and the chart's module, fetched side by side. */
export function loadChartPage(entry: CatalogEntry): Promise<ChartPageCode> {
  return once(`chart:${entry.meta.id}`, () =>
    Promise.all([entry.load(), import('../chart/ChartRoute')]).then(([chart, page]) => ({ chart, ChartRoute: page.ChartRoute })),
  );
}

/** The stack page offers the curated charts and the charts opened before in this browser. */
export function loadStackPage(): Promise<StackPageCode> {
  return once('stack', () =>
    Promise.all([loadAllCharts(), import('../open/loadOpened').then((m) => m.loadOpenedModules()), import('../stack/StackRoute')]).then(
      ([charts, opened, page]) => ({ charts: [...charts, ...opened], StackRoute: page.StackRoute }),
    ),
  );
}

/** Drops a failed or finished load of `id` (a chart id, or "stack") so the next render starts again. */
export function forgetPage(id: string): void {
  loads.delete(id === 'stack' ? 'stack' : `chart:${id}`);
}

/**
 * Starts fetching a chart's page before it is shown (pointing at it in the picker, or at start).
 * Settles when it has loaded or failed (a failure is forgotten, so the page tries again and reports it).
 */
export function prefetchChart(chartId: string): Promise<void> {
  const entry = findEntry(chartId);
  if (!entry) return Promise.resolve();
  return loadChartPage(entry).then(
    () => undefined,
    () => forgetPage(chartId),
  );
}

/**
 * Called by main.tsx before React renders: a chart page's downloads start as soon as the app's own
 * code runs instead of when the first render reaches the route (the page then finds the same promise).
 */
export function prefetchRoute(hash: string): Promise<void> {
  const route = parseRoute(hash);
  return route.kind === 'chart' ? prefetchChart(route.chartId) : Promise.resolve();
}
