// Accessibility (issue 14): axe-core finds no serious or critical violation on the picker, each
// chart page and the stack page, in both colour schemes; the form can be worked by keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { charts } from '../src/charts';
import { openChart, waitForChartPage } from './helpers';

// An axe scan of a chart page with ~150 fields takes tens of seconds on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

async function seriousViolations(page: Page): Promise<string[]> {
  // Monaco's editor is a third-party widget with its own accessibility mode; its hidden text areas
  // and overflow guards are left to it.
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').exclude('[data-testid="manifest-text"]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('the chart picker', async ({ page }) => {
      await page.goto('/#/');
      await expect(page.getByRole('list', { name: 'Charts' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    for (const chart of charts) {
      test(`the ${chart.name} page`, async ({ page }) => {
        await openChart(page, chart.id);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test('the stack page with a preset', async ({ page }) => {
      await page.goto('/#/stack');
      await page.getByRole('button', { name: 'Stack presets' }).first().click();
      await page.getByRole('menuitem').first().click();
      await expect(page.locator('nav[aria-label="Releases"] [data-release]').first()).toBeVisible();
      await expect(page.locator('[data-param]').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('the form is reachable and operable by keyboard', async ({ page }) => {
  await openChart(page, 'centrifugo');
  // From the top of the page, Tab reaches the search box, then the fields.
  await page.locator('body').focus();
  const search = page.getByRole('searchbox', { name: 'Search parameters' });
  for (let i = 0; i < 40 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('replicaCount');
  const input = page.locator('[data-param="replicaCount"] input').first();
  for (let i = 0; i < 20 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await expect(page.locator('[data-testid="manifest-text"]')).toContainText(/\n {2}replicas: 3\n/);

  // A switch toggles with Space.
  await search.fill('ingress.enabled');
  const ingress = page.locator('[data-param="ingress.enabled"] input[type=checkbox]');
  await ingress.focus();
  await page.keyboard.press('Space');
  await expect(ingress).toBeChecked();

  // A problem's parameter button works from the keyboard too.
  await search.fill('');
  const secret = page.getByRole('button', { name: 'Go to config.admin.secret', exact: true });
  await secret.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param'))).toBe('config.admin.secret');
  await page.reload();
  await waitForChartPage(page);
});
