import { describe, expect, it } from 'vitest';
import { charts } from '../../charts';
import { catalog, findEntry, loadAllCharts } from './chartCatalog';

describe('chart catalog', () => {
  it('lists every registered chart in the registry order', () => {
    expect(catalog.map((entry) => entry.meta.id)).toEqual(charts.map((chart) => chart.id));
  });

  it('gives each chart the metadata its module has', () => {
    for (const chart of charts) {
      const { meta } = findEntry(chart.id)!;
      expect(meta).toEqual({
        id: chart.id,
        name: chart.name,
        chartName: chart.chartName,
        version: chart.version,
        appVersion: chart.appVersion,
        description: chart.description,
        docs: chart.docs,
        ...(chart.repository ? { repository: chart.repository } : {}),
      });
    }
  });

  it('loads the registry module of a chart, once', async () => {
    const entry = findEntry('centrifugo')!;
    expect(entry.load()).toBe(entry.load());
    expect(await entry.load()).toBe(charts.find((c) => c.id === 'centrifugo'));
    expect(await loadAllCharts()).toEqual(charts);
  });

  it('knows no chart that is not there', () => {
    expect(findEntry('no-such-chart')).toBeUndefined();
  });
});
