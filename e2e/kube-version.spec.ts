// The Kubernetes version picker of a chart page (issue 10): the choice survives a reload, the
// Kubernetes checks follow it at once, and the page loads the validators of the kinds it renders only.
import { expect, test, type Page } from '@playwright/test';
import { field, manifestText, openChart, waitForChartPage } from './helpers';

async function tolerationsYaml(page: Page, text: string) {
  const toggle = page.getByRole('button', { name: 'Edit tolerations as YAML', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await field(page, 'tolerations').locator('textarea').fill(text);
}

const kubeProblem = (page: Page, id: string, severity: 'error' | 'warning') =>
  page.locator(`[data-problem-id="${id}"][data-problem-severity="${severity}"]`);

test('the picked Kubernetes version survives a reload and the checks follow it', async ({ page }) => {
  await openChart(page, 'centrifugo');
  const picker = page.getByLabel('Kubernetes', { exact: true });
  await expect(picker).toHaveValue('1.36');
  await expect(picker.locator('option')).toHaveText(['1.36', '1.33']);

  // Keyboard: focus the select and pick the older version with the arrow key.
  await picker.focus();
  await picker.press('ArrowDown');
  await expect(picker).toHaveValue('1.33');

  await page.reload();
  await waitForChartPage(page);
  await expect(page.getByLabel('Kubernetes', { exact: true })).toHaveValue('1.33');

  // A misspelled toleration effect is a Kubernetes problem, named after the parameter.
  await tolerationsYaml(page, '- {key: a, operator: Exists, effect: NoSchedul}\n');
  await expect(manifestText(page)).toContainText('effect: NoSchedul\n');
  const effect = kubeProblem(page, 'kube-toleration', 'error');
  await expect(effect).toHaveCount(1);
  await expect(effect).toContainText('"NoSchedul"');
  await expect(effect).toHaveAttribute('data-problem-params', /(^| )tolerations/);

  // A numeric operator: unknown to 1.33 (an error), gated in 1.36 (a warning); switching re-checks at once.
  await tolerationsYaml(page, '- {key: a, operator: Gt, value: "5", effect: NoSchedule}\n');
  await expect(kubeProblem(page, 'kube-toleration', 'error')).toContainText('before Kubernetes 1.35');
  await page.getByLabel('Kubernetes', { exact: true }).selectOption('1.36');
  await expect(kubeProblem(page, 'kube-toleration', 'error')).toHaveCount(0);
  await expect(kubeProblem(page, 'kube-toleration', 'warning')).toContainText('feature gate');
});

test('a stored version the app does not carry falls back to the newest', async ({ page }) => {
  await page.goto('/#/');
  await page.evaluate(() => localStorage.setItem('chart-configurator:v1:kube-version', '1.12'));
  await openChart(page, 'centrifugo');
  await expect(page.getByLabel('Kubernetes', { exact: true })).toHaveValue('1.36');
});

test('the schema of the picked version checks the rendered kinds, and only those are loaded', async ({ page }) => {
  const schemaChunks: string[] = [];
  page.on('request', (r) => {
    const file = r.url().split('/').pop() ?? '';
    if (/^IoK8s|^(Pod|Deployment|StatefulSet|DaemonSet|Job|CronJob)-/.test(file)) schemaChunks.push(file);
  });
  await openChart(page, 'centrifugo');
  // A value only the OpenAPI schema refuses (no rule of ours reads tolerationSeconds' type).
  await tolerationsYaml(page, '- {key: a, operator: Exists, tolerationSeconds: soon, effect: NoExecute}\n');
  const schema = kubeProblem(page, 'kube-schema', 'error');
  await expect(schema).toContainText('tolerationSeconds');
  await expect(schema).toContainText('Kubernetes 1.36');
  // Centrifugo renders no CronJob, Ingress or StatefulSet by default: their validators stay on the server.
  expect(schemaChunks.some((f) => f.startsWith('IoK8sApiAppsV1Deployment'))).toBe(true);
  expect(schemaChunks.filter((f) => /CronJob|StatefulSet|DaemonSet|MutatingWebhook/.test(f))).toEqual([]);
});
