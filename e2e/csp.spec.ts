// The built page declares a Content-Security-Policy (default-src 'self', no remote origin, no
// 'unsafe-eval') and works under it: every chart page, both Monaco editors and their workers, the
// schema check (precompiled validators, no `new Function`), the bundle and the stack page.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { charts } from '../src/charts';
import { manifestText, openChart, watchPage } from './helpers';

/** Records `securitypolicyviolation` events of the page from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('the page declares the policy', async ({ page }) => {
  await page.goto('/#/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval|\*/);
  // Remote origins only for fetching a helm repository the person names (Open any chart).
  const remote = (policy ?? '').split(';').filter((directive) => /https?:/.test(directive)).map((d) => d.trim());
  expect(remote).toEqual(["connect-src 'self' https:"]);
});

for (const chart of charts) {
  test(`${chart.id}: no policy violation with both editors, the schema check and a bundle`, async ({ page }) => {
    const violations = await watchViolations(page);
    const watch = watchPage(page);
    await openChart(page, chart.id);
    await expect(manifestText(page)).toContainText(`# Source: ${chart.id}/`);
    await expect(page.getByTestId('manifest-editor').locator('.view-lines')).toContainText('apiVersion');
    // The schema check has joined (it would throw on `new Function` under this policy).
    await expect(page.getByRole('region', { name: 'Problems' })).not.toHaveAttribute('aria-busy', 'true');

    await page.getByRole('tab', { name: 'values.yaml' }).click();
    const editor = page.getByTestId('values-editor');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('unknownKeyForCsp: 1\n');
    // monaco-yaml's worker marks the key from the schema, and the page lists it as a problem.
    await expect(editor.locator('.squiggly-error, .squiggly-warning').first()).toBeAttached();
    await expect(page.locator('[data-problem-params~="unknownKeyForCsp"]').first()).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download bundle/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);

    expect(await violations()).toEqual([]);
    watch.assertClean();
  });
}

test('the stack page: no policy violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const watch = watchPage(page);
  await page.goto('/#/stack');
  await page.getByRole('button', { name: 'Stack presets' }).first().click();
  await page.getByRole('menuitem').first().click();
  await expect(page.locator('nav[aria-label="Releases"] [data-release]').first()).toBeVisible();
  await expect(page.locator('[data-param]').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  watch.assertClean();
});

test('a chart opened at run time: its schema check and templates run without eval', async ({ page }) => {
  const violations = await watchViolations(page);
  const watch = watchPage(page);
  await page.goto('/#/open');
  await page.getByTestId('chart-folder-input').setInputFiles(join(import.meta.dirname, 'charts', 'greeter'));
  await expect(page.locator('[data-param="service.port"]')).toBeVisible();
  await page.locator('[data-param="service.port"] input').fill('0');
  // The chart's own values.schema.json, checked by the engine's interpreting validator.
  await expect(page.locator('[data-problem-severity="error"][data-problem-params~="service.port"]')).toContainText('minimum: got 0, want 1');
  await expect(manifestText(page)).toContainText('# Source: greeter/templates/deployment.yaml');
  expect(await violations()).toEqual([]);
  watch.assertClean();
});
