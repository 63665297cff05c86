import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog, findEntry } from './chartCatalog';
import { forgetPage, loadChartPage, prefetchRoute } from './pages';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('chart page loads', () => {
  it('starts the page of the chart the fragment names; the route then finds that load', async () => {
    const entry = findEntry('kraken')!;
    forgetPage('kraken');
    const load = vi.spyOn(entry, 'load');
    prefetchRoute('#/kraken?s=shared');
    expect(load).toHaveBeenCalledTimes(1);
    const { chart, ChartRoute } = await loadChartPage(entry);
    expect(load).toHaveBeenCalledTimes(1);
    expect(chart.id).toBe('kraken');
    expect(typeof ChartRoute).toBe('function');
  });

  it('starts nothing for the picker, the other pages or a chart that is not there', () => {
    for (const entry of catalog) forgetPage(entry.meta.id);
    const loads = catalog.map((entry) => vi.spyOn(entry, 'load'));
    for (const hash of ['', '#/', '#/stack', '#/open', '#/no-such-chart', '#/__proto__']) prefetchRoute(hash);
    for (const load of loads) expect(load).not.toHaveBeenCalled();
  });
});
