// Every page loads without console errors and without a request leaving the machine: Monaco, its
// workers and fonts are bundled, nothing comes from a CDN.
import { expect, test } from '@playwright/test';
import { charts } from '../src/charts';
import { manifestText, openChart, watchPage } from './helpers';

test('the chart picker loads cleanly', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/#/');
  await expect(page.locator('[data-chart]')).toHaveCount(charts.length);
  watch.assertClean();
});

for (const chart of charts) {
  test(`${chart.id}: the page and both editors load cleanly`, async ({ page }) => {
    const watch = watchPage(page);
    await openChart(page, chart.id);
    await expect(manifestText(page)).toContainText(`# Source: ${chart.id}/`);
    // Monaco painted the preview (not the plain fallback).
    await expect(page.getByTestId('manifest-editor').locator('.view-lines')).toContainText('apiVersion');
    await expect(page.getByTestId('plain-preview')).toHaveCount(0);

    // The values.yaml editor brings monaco-yaml and its worker; give it a change to validate.
    await page.getByRole('tab', { name: 'values.yaml' }).click();
    const editor = page.getByTestId('values-editor');
    await expect(editor.locator('.view-lines')).toBeVisible();
    await editor.locator('.view-lines').click();
    await page.keyboard.type('x');
    await expect(editor.locator('.view-lines')).toContainText('x');
    // Settles when monaco-yaml's worker (or our own check) has marked the stray text.
    await expect(editor.locator('.squiggly-error, .squiggly-warning').first()).toBeAttached();
    watch.assertClean();
  });
}
