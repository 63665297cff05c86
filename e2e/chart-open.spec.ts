// Opening a chart page directly (issue 12): its files download beside the app's own, and the
// schema problems are listed with the first form, never after it (the validator is precompiled).
import { expect, test, type Page } from '@playwright/test';
import { findChart } from '../src/charts';
import { encodeShareLink } from '../src/core/share';
import { problemsNaming } from './helpers';

/** The app's entry script, as index.html names it. */
async function entryScript(page: Page): Promise<string> {
  const html = await (await page.request.get('/')).text();
  // The entry is the `start` chunk group (vite.config.ts), which holds main.tsx and the first page.
  const src = /<script type="module" crossorigin src="\.\/(assets\/start-[^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'index.html names its entry script').toBeDefined();
  return src!;
}

test('a chart opened directly requests its page code before the app itself has run', async ({ page }) => {
  const entry = await entryScript(page);
  // The entry never arrives: whatever is requested for the chart page comes from index.html alone.
  await page.route(`**/${entry}`, () => undefined);
  const chartPage = page.waitForRequest((request) => /\/assets\/ChartRoute-[^/]+\.js$/.test(request.url()), { timeout: 15_000 });
  const chartModule = page.waitForRequest((request) => /\/assets\/centrifugo-[^/]+\.js$/.test(request.url()), { timeout: 15_000 });
  await page.goto('/#/centrifugo', { waitUntil: 'commit' });
  await Promise.all([chartPage, chartModule]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the picker preloads no chart page', async ({ page }) => {
  await page.goto('/#/');
  await expect(page.locator('[data-chart]').first()).toBeVisible();
  const preloads = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href));
  expect(preloads.filter((href) => /\/(ChartRoute|centrifugo)-/.test(href))).toEqual([]);
});

test('schema problems are listed with the first form, and the problems panel is never busy', async ({ page }) => {
  const chart = findChart('centrifugo')!;
  const { fragment } = encodeShareLink({ chart: chart.id, values: { replicaCount: 'three' } }, { includeSecrets: false, schema: chart.schema });
  // Records, from the page's first script, whether the problems panel ever said it was still checking.
  await page.addInitScript(() => {
    const seen = { busy: false };
    (window as unknown as { __problemsBusy: typeof seen }).__problemsBusy = seen;
    new MutationObserver(() => {
      if (document.querySelector('section[aria-label="Problems"][aria-busy="true"]')) seen.busy = true;
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await page.goto(`/${fragment}`);
  await expect(page.locator('[data-param]').first()).toBeVisible();
  await expect(problemsNaming(page, 'error', 'replicaCount').and(page.locator('[data-problem-id="schema"]'))).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __problemsBusy: { busy: boolean } }).__problemsBusy.busy)).toBe(false);
});
