// The page of a chart opened at run time: its files from this browser's store, the engine chunk
// and the chart page's code, loaded together; one promise per chart id (see catalog/pages.ts).
import type { ComponentType } from 'react';
import type { ChartModule, Values } from '../../core/types';
import { recallChart } from './openedCharts';

export interface OpenedPageCode {
  /** Undefined when this browser does not hold the chart (a link from someone else). */
  chart?: ChartModule<Values>;
  ChartRoute: ComponentType<{ chart: ChartModule<Values>; share?: string }>;
}

const loads = new Map<string, Promise<OpenedPageCode>>();

export function loadOpenedChartPage(id: string): Promise<OpenedPageCode> {
  let promise = loads.get(id);
  if (!promise) {
    promise = Promise.all([recallChart(id), import('../../charts/generic/open'), import('../chart/ChartRoute')]).then(([record, generic, page]) => {
      if (!record) return { ChartRoute: page.ChartRoute };
      const payload = record.payload.kind === 'archive' ? record.payload : { kind: 'folder' as const, files: new Map(record.payload.files) };
      return { chart: generic.openChart(payload, record.source), ChartRoute: page.ChartRoute };
    });
    loads.set(id, promise);
  }
  return promise;
}

export function forgetOpenedPage(id: string): void {
  loads.delete(id);
}
