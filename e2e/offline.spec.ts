// Works offline after the first visit (issue 14): the production build registers a service worker
// that caches every file of the build; with the network gone, the app opens and renders charts.
import { expect, test } from '@playwright/test';
import { openChart, manifestText, setNumber } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app opens, switches charts and renders offline', async ({ page, context }) => {
  await page.goto('/#/');
  await expect(page.getByRole('list', { name: 'Charts' })).toBeVisible();
  // Wait until the worker has cached the build and controls the page.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.active?.state;
  });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('chart-configurator-'))!);
    return (await cache.keys()).length;
  });
  expect(cached).toBeGreaterThan(50);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Charts' })).toBeVisible();
  // A chart never opened online: its page, module, validator and Monaco all come from the cache.
  await openChart(page, 'percona-valkey');
  await setNumber(page, 'standalone.replicas', 1);
  await expect(manifestText(page)).toContainText('kind: StatefulSet');
  await page.locator('[role="tab"]', { hasText: 'values.yaml' }).click();
  await expect(page.locator('#panel-values .monaco-editor')).toBeVisible();
  await context.setOffline(false);
});
