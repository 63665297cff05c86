// Offline after the first visit, as the issue puts it: "links open on a plane". Beyond
// e2e/offline.spec.ts (the picker and a chart page after a reload), a chart page visited first, then
// with the network gone another chart page and a share link opened in new tabs, each a full page
// load the service worker answers.
import { expect, test, type Page } from '@playwright/test';
import { fieldInput, manifestText, openChart, waitForChartPage } from './helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page (reloading once if it took over after the load). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await waitForChartPage(page);
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Copy link/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Share these values' });
  const link = await dialog.getByTestId('share-link').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return link;
}

test('a chart page and a share link open with no network after one visit', async ({ page, context }) => {
  await openChart(page, 'centrifugo');
  await fieldInput(page, 'replicaCount').fill('4');
  await expect(manifestText(page)).toContainText(/\n {2}replicas: 4\n/);
  const link = await copyShareLink(page);
  expect(link).toMatch(/#\/centrifugo\?s=/);
  // The page's own saved work differs from the link, so the link's values are told apart below.
  await fieldInput(page, 'replicaCount').fill('5');
  await expect(manifestText(page)).toContainText(/\n {2}replicas: 5\n/);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  try {
    // The network is really gone: a file the build does not have cannot be fetched.
    expect(await page.evaluate(() => fetch(`./not-in-the-build-${Date.now()}.txt`).then(() => 'fetched', () => 'failed'))).toBe('failed');

    await page.reload();
    await waitForChartPage(page);
    await expect(manifestText(page)).toContainText(/\n {2}replicas: 5\n/);

    // Kraken was never opened online: its page, module and validator chunks come from the cache.
    const kraken = await context.newPage();
    await openChart(kraken, 'kraken');
    await expect(kraken.locator('.monaco-editor').first()).toBeVisible();
    await expect(manifestText(kraken)).toContainText('kind: ');
    await kraken.close();

    // The share link, opened in a new tab: the values it carries, rendered in the Monaco preview.
    const shared = await context.newPage();
    await shared.goto(link);
    await waitForChartPage(shared);
    await expect(fieldInput(shared, 'replicaCount')).toHaveValue('4');
    await expect(shared.locator('.monaco-editor').first()).toBeVisible();
    await expect(manifestText(shared)).toContainText(/\n {2}replicas: 4\n/);
  } finally {
    await context.setOffline(false);
  }
});
