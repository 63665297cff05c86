// The Compare tab: the manifests against a baseline in Monaco's diff editor, the outline of objects
// that differ, what runs now pasted in, and the upgrade impact of a rename.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { field, manifestText, openChart, setNumber, setText, waitForChartPage, watchPage } from './helpers';

async function openCompare(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Compare' })).toBeVisible();
  // Monaco's diff editor loads with the tab; its models hold the two texts.
  await page.waitForFunction(() => window.__compareDiffEditor !== undefined);
}

/** Lines of the current (right-hand) text that the diff editor marks as changed. */
function changedRightLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = window.__compareDiffEditor;
    const model = editor?.getModel()?.modified;
    if (!editor || !model) return [];
    const out: string[] = [];
    for (const change of editor.getLineChanges() ?? []) {
      for (let line = change.modifiedStartLineNumber; line <= change.modifiedEndLineNumber && line > 0; line++) out.push(model.getLineContent(line));
    }
    return out;
  });
}

const outlineEntry = (page: Page, kind: string, apiKind: string) => page.locator(`[data-testid="change-outline"] [data-change-kind="${kind}"][data-change-key^="${apiKind}/"]`);

test('change a field, compare with the defaults, then with what runs now, then rename', async ({ page }) => {
  const watch = watchPage(page);
  await openChart(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 3);

  await test.step('against the chart defaults: the Deployment changed, its replicas line marked', async () => {
    await openCompare(page);
    await expect(page.getByLabel('Compare with')).toContainText('Chart defaults');
    await expect(page.getByTestId('compare-summary')).toContainText('1 changed');
    const deployment = outlineEntry(page, 'changed', 'Deployment');
    await expect(deployment).toHaveCount(1);
    await expect.poll(() => changedRightLines(page)).toContain('  replicas: 3');
    // Keyboard: the outline is one tab stop; Enter shows the object's first changed line.
    await deployment.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const modified = page.locator('[data-testid="compare-diff-editor"] .editor.modified');
    await expect(modified.locator('.view-line', { hasText: 'replicas: 3' })).toBeVisible();
    await expect(modified.locator('.line-insert, .char-insert').first()).toBeVisible();
    await expect(page.locator('[data-testid="compare-diff-editor"] .editor.original .view-line', { hasText: 'replicas: 1' })).toBeVisible();
  });

  await test.step('what runs now: bad input is refused with a message, helm get values output is taken', async () => {
    await page.getByRole('button', { name: 'What runs now…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare with what runs now' });
    const text = dialog.getByLabel('Values, helm get values output or share link');
    await text.fill('replicaCount: [3\n');
    await dialog.getByRole('button', { name: 'Compare with these values' }).click();
    await expect(dialog.getByTestId('baseline-import-error')).toContainText(/line/);
    await text.fill('USER-SUPPLIED VALUES:\nreplicaCount: 3\n');
    await dialog.getByLabel('Name (optional)').fill('prod today');
    await dialog.getByRole('button', { name: 'Compare with these values' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Compare with')).toContainText('prod today');
    await expect(page.getByTestId('compare-summary')).toContainText('No object differs');
    await expect(page.locator('[data-testid="change-outline"] [data-change-kind]')).toHaveCount(0);
  });

  await test.step('a rename against the defaults: objects removed and added, and an impact entry', async () => {
    await page.getByLabel('Compare with').click();
    await page.getByRole('option', { name: 'Chart defaults' }).click();
    await setText(page, 'fullnameOverride', 'talk');
    await expect(outlineEntry(page, 'removed', 'Deployment')).toHaveCount(1);
    await expect(outlineEntry(page, 'added', 'Deployment')).toHaveCount(1);
    const renamed = page.locator('[data-impact-id="upgrade-renamed"]');
    await expect(renamed.first()).toBeVisible();
    await expect(renamed.first()).toHaveAttribute('data-impact-params', /fullnameOverride/);
    // A parameter chip jumps to its field.
    await renamed.first().getByRole('button', { name: 'Go to fullnameOverride' }).click();
    await expect(field(page, 'fullnameOverride')).toHaveClass(/field-highlight/);
    await expect(field(page, 'fullnameOverride')).toBeInViewport();
    // The removed Deployment is shown in the baseline (left) side.
    await outlineEntry(page, 'removed', 'Deployment').getByRole('button').click();
    await expect(page.locator('[data-testid="compare-diff-editor"] .editor.original .view-line', { hasText: 'kind: Deployment' }).first()).toBeVisible();
  });

  await test.step('snapshots and the last download are kept across a reload', async () => {
    await page.getByRole('button', { name: 'Take snapshot' }).click();
    await expect(page.getByTestId('compare-summary')).toContainText('No object differs');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download values' }).click()]);
    await page.reload();
    await expect(field(page, 'fullnameOverride')).toBeVisible();
    await openCompare(page);
    await page.getByLabel('Compare with').click();
    await expect(page.getByRole('option', { name: /^Snapshot / })).toHaveCount(1);
    await expect(page.getByRole('option', { name: 'prod today' })).toHaveCount(1);
    // The last download carried fullnameOverride: comparing with it shows nothing changed.
    await page.getByRole('option', { name: /^Last download / }).click();
    await expect(page.getByTestId('compare-summary')).toContainText('No object differs');
  });
  watch.assertClean();
});

test('a chart opened at run time compares the engine\'s exact text', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/#/open');
  await page.getByTestId('chart-folder-input').setInputFiles(join(import.meta.dirname, 'charts', 'greeter'));
  await waitForChartPage(page);
  await setNumber(page, 'service.port', 9090);
  await expect(manifestText(page)).toContainText('containerPort: 9090');
  await openCompare(page);
  await expect(outlineEntry(page, 'changed', 'Service')).toHaveCount(1);
  await expect.poll(() => changedRightLines(page)).toContainEqual(expect.stringContaining('9090'));
  // The engine's text, comments and all, is what both sides show.
  const left = await page.evaluate(() => window.__compareDiffEditor?.getModel()?.original.getValue() ?? '');
  expect(left).toContain('# Source: greeter/templates/service.yaml');
  expect(left).toContain('8080');
  // What runs now, as `helm get values` prints it: the same port, so nothing differs.
  await page.getByRole('button', { name: 'What runs now…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with what runs now' });
  await dialog.getByLabel('Values, helm get values output or share link').fill('USER-SUPPLIED VALUES:\nservice:\n  port: 9090\n');
  await dialog.getByRole('button', { name: 'Compare with these values' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('compare-summary')).toContainText('No object differs');
  watch.assertClean();
});

test('the baseline follows the Kubernetes version picked in the header', async ({ page }) => {
  const watch = watchPage(page);
  // A chart whose manifest prints the version it is rendered for (.Capabilities.KubeVersion).
  const dir = mkdtempSync(join(tmpdir(), 'capable-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: capable\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'values.yaml'), '# -- How many copies\nreplicas: 1\n');
  writeFileSync(join(dir, 'templates', 'cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n  replicas: {{ .Values.replicas | quote }}\n');
  try {
    await page.goto('/#/open');
    await page.getByTestId('chart-folder-input').setInputFiles(dir);
    await waitForChartPage(page);
    await expect(manifestText(page)).toContainText('kube: "v1.36.0"');
    await openCompare(page);
    await expect(page.getByTestId('compare-summary')).toContainText('No object differs');
    const sides = () => page.evaluate(() => {
      const model = window.__compareDiffEditor?.getModel();
      return [model?.original.getValue() ?? '', model?.modified.getValue() ?? ''].map((text) => /kube: "([^"]*)"/.exec(text)?.[1]);
    });
    await expect.poll(sides).toEqual(['v1.36.0', 'v1.36.0']);

    // Both sides render for the version picked: the version alone makes no difference.
    await page.getByLabel('Kubernetes', { exact: true }).selectOption('1.33');
    await expect.poll(sides).toEqual(['v1.33.0', 'v1.33.0']);
    await expect(page.getByTestId('compare-summary')).toContainText('No object differs');
    await setNumber(page, 'replicas', 2);
    await expect(page.getByTestId('compare-summary')).toContainText('1 changed');
    await expect.poll(sides).toEqual(['v1.33.0', 'v1.33.0']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  watch.assertClean();
});
