// Structured editors for the Kubernetes shapes (issue 10): form controls first, the YAML box as a
// fallback per field, problems at the field, nothing typed lost when switching.
import { expect, test, type Page } from '@playwright/test';
import { charts } from '../src/charts/index';
import { field, manifestText, openChart, watchPage } from './helpers';

async function showYaml(page: Page, path: string) {
  const toggle = page.getByRole('button', { name: `Edit ${path} as YAML`, exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return field(page, path).locator('textarea');
}

async function showForm(page: Page, path: string) {
  const toggle = page.getByRole('button', { name: `Edit ${path} as YAML`, exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
}

test('a toleration added with form controls only, then a misspelled effect in the YAML fallback', async ({ page }) => {
  await openChart(page, 'centrifugo');
  const tolerations = field(page, 'tolerations');
  await expect(tolerations.locator('textarea')).toHaveCount(0);

  await tolerations.getByRole('button', { name: 'Add toleration to tolerations' }).click();
  const of = 'of toleration 1 in tolerations';
  await tolerations.getByLabel(`Key ${of}`).fill('dedicated');
  await tolerations.getByLabel(`Value ${of}`).fill('gateway');
  await tolerations.getByLabel(`Effect ${of}`).selectOption('NoExecute');
  await tolerations.getByLabel(`Seconds (NoExecute) ${of}`).fill('30');
  // Keyboard only from here: the operator select is reachable and changes with the arrow keys.
  await tolerations.getByLabel(`Operator ${of}`).focus();
  await expect(tolerations.getByLabel(`Operator ${of}`)).toBeFocused();
  await expect(manifestText(page)).toContainText('tolerationSeconds: 30');
  await expect(manifestText(page)).toContainText('effect: NoExecute');
  await expect(tolerations.locator('.kf-problems')).toHaveCount(0);

  const yaml = await showYaml(page, 'tolerations');
  await expect(yaml).toHaveValue(/effect: NoExecute/);
  const text = await yaml.inputValue();
  await yaml.fill(text.replace('effect: NoExecute', 'effect: NoExecut'));
  await expect(manifestText(page)).toContainText('effect: NoExecut\n');
  // The Kubernetes checks report the effect at the field while the YAML box is open.
  await expect(tolerations.locator('[data-field-problem="error"]').filter({ hasText: '"NoExecut"' })).toHaveCount(1);

  await showForm(page, 'tolerations');
  const effect = tolerations.getByLabel(`Effect ${of}`);
  await expect(effect.locator('option:checked')).toHaveText('"NoExecut" (not allowed)');
  await expect(effect).toHaveAttribute('aria-invalid', 'true');
  await expect(tolerations.locator('.kf-problems')).toContainText('Effect must be one of NoSchedule, PreferNoSchedule, NoExecute; "NoExecut" is not one.');
  // Fixed in the form, the problems go.
  await effect.selectOption('NoExecute');
  await expect(tolerations.locator('.kf-problems')).toHaveCount(0);
  await expect(tolerations.locator('[data-field-problem="error"]')).toHaveCount(0);
});

test('quantities are checked as typed, and text survives a switch to YAML and back', async ({ page }) => {
  await openChart(page, 'centrifugo');
  const resources = field(page, 'resources');
  const memoryLimit = resources.getByLabel('Memory limit in resources', { exact: true });
  await memoryLimit.fill('1GB');
  await expect(resources.getByRole('alert')).toContainText('"1GB" is not a quantity');
  await expect(memoryLimit).toHaveAttribute('aria-invalid', 'true');
  await expect(manifestText(page)).not.toContainText('1GB');

  const yaml = await showYaml(page, 'resources');
  await expect(yaml).toHaveAttribute('placeholder', /requests:\n\s+cpu: 100m/);
  // The field's label points at whichever editor is shown.
  await resources.locator('label.cf-label').click();
  await expect(yaml).toBeFocused();
  await showForm(page, 'resources');
  await expect(memoryLimit).toHaveValue('1GB');

  await memoryLimit.fill('1Gi');
  await resources.getByLabel('Memory request in resources', { exact: true }).fill('2Gi');
  await expect(resources.locator('.kf-problems')).toContainText('The memory request (2Gi) is above its limit (1Gi)');
  await resources.getByLabel('Memory request in resources', { exact: true }).fill('512Mi');
  await expect(resources.locator('.kf-problems')).toHaveCount(0);
  await expect(manifestText(page)).toContainText('memory: 512Mi');
  await expect(manifestText(page)).toContainText('memory: 1Gi');
});

test('an env var from a Secret key, and ingress hosts in the chart shape', async ({ page }) => {
  await openChart(page, 'kraken');
  const env = field(page, 'frontend.extraEnv');
  await env.getByRole('button', { name: 'Add variable to frontend.extraEnv' }).click();
  const of = 'of variable 1 in frontend.extraEnv';
  await env.getByLabel(`Name ${of}`).fill('API_TOKEN');
  await env.getByLabel(`Source ${of}`).selectOption({ label: 'Secret key' });
  await expect(env.locator('.kf-problems')).toContainText('Secret is needed.');
  await env.getByLabel(`Secret ${of}`).fill('frontend-secrets');
  await env.getByLabel(`Key ${of}`).fill('token');
  await expect(env.locator('.kf-problems')).toHaveCount(0);
  await expect(manifestText(page)).toContainText('name: frontend-secrets');

  // Kraken's ingress paths are objects with a service; the editor shows them as rows.
  const hosts = field(page, 'ingress.hosts');
  await expect(hosts.getByLabel('Host of host 1 in ingress.hosts')).toHaveValue('kraken.local');
  await expect(hosts.getByLabel('service of path 1 in Paths of host 1 in ingress.hosts')).toHaveValue('frontend');
});

test('every chart opens with its structured editors and a clean console', async ({ page }) => {
  const watch = watchPage(page);
  for (const chart of charts) {
    await openChart(page, chart.id);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(page.locator('[data-kube-shape]').first()).toBeAttached();
    const empty = page.locator('[data-kube-shape] textarea[placeholder*="name: example"]');
    await expect(empty).toHaveCount(0);
  }
  watch.assertClean();
});
