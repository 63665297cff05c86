// First-day polish (issue 14): what a new user trips over, checked in the real page.
import { expect, test } from '@playwright/test';
import { downloadYaml, field, openChart } from './helpers';

test('an untouched optional choice is not shown as an error', async ({ page }) => {
  await openChart(page, 'centrifugo');
  for (const path of ['config.broker.type', 'config.log.level']) {
    const select = field(page, path).locator('select');
    await expect(select).toHaveValue(/.*/);
    await expect(select).not.toHaveAttribute('aria-invalid', 'true');
  }
});

test('switches named "enabled" are told apart by their path, and the tab names the chart', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await expect(page).toHaveTitle(/^Centrifugo 13\.0\.0 · Chart configurator$/);
  for (const name of ['ingress enabled', 'serviceInternal enabled', 'ingressInternal enabled']) {
    await expect(page.getByRole('switch', { name, exact: true }).or(page.getByRole('checkbox', { name, exact: true }))).toHaveCount(1);
  }
});

test('a download is named after chart and release, and its confirmation clears itself', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await page.getByRole('textbox', { name: 'Release name', exact: true }).fill('chat');
  const { download } = await downloadYaml(page, /Download values/);
  expect(download.suggestedFilename()).toBe('chat-centrifugo-values.yaml');
  const confirmation = page.locator('[data-message="action"]');
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toBeHidden({ timeout: 15_000 });
});
