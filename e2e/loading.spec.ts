// What the first page loads: the chart picker runs on the code index.html names (its script and
// modulepreloads), which holds no chart module; a chart's module comes when the chart is opened.
import { expect, test, type Page } from '@playwright/test';
import { charts } from '../src/charts';
import { waitForChartPage } from './helpers';

/** JS files index.html names, and JS files the page has loaded so far (paths). */
async function scripts(page: Page): Promise<{ named: string[]; loaded: string[] }> {
  return page.evaluate(() => {
    const file = (url: string) => new URL(url, location.href).pathname;
    const named = [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]')].map((el) =>
      file(el instanceof HTMLScriptElement ? el.src : el.href),
    );
    const loaded = performance.getEntriesByType('resource').map((r) => r.name).filter((name) => name.endsWith('.js')).map(file);
    return { named, loaded };
  });
}

async function text(page: Page, files: string[]): Promise<string> {
  const bodies = await Promise.all(files.map(async (f) => (await page.request.get(f)).text()));
  return bodies.join('\n');
}

// A string only a chart's module holds (its rules), not its metadata.
const marker = (chartId: string) => charts.find((c) => c.id === chartId)!.rules[0].title;

test('the chart picker loads only what index.html names, without chart modules; a chart brings its own', async ({ page }) => {
  await page.goto('/#/');
  await expect(page.locator('[data-chart]')).toHaveCount(charts.length);
  const first = await scripts(page);
  expect(first.named.length).toBeGreaterThan(0);
  expect(first.loaded.filter((f) => !first.named.includes(f))).toEqual([]);
  const firstText = await text(page, first.named);
  for (const chart of charts) expect(firstText, chart.id).not.toContain(marker(chart.id));

  await page.locator('[data-chart="centrifugo"]').getByRole('link', { name: /Configure/ }).click();
  await waitForChartPage(page);
  const opened = await scripts(page);
  expect(await text(page, opened.loaded.filter((f) => !first.named.includes(f)))).toContain(marker('centrifugo'));
});
