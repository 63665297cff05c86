// volumes / volumeMounts: the YAML fallback is a small Monaco editor checking and completing
// against the Kubernetes schema (Volume, VolumeMount of the version picked); edits reach the
// preview as the plain YAML box's do. Every wait is on the page's DOM.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { field, manifestText, openChart, watchPage } from './helpers';

/** Opens the YAML fallback of `path` and waits for its Monaco editor. */
async function openYamlEditor(page: Page, path: string): Promise<Locator> {
  const toggle = page.getByRole('button', { name: `Edit ${path} as YAML`, exact: true });
  await toggle.scrollIntoViewIfNeeded();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const editor = field(page, path).getByTestId('kube-yaml-editor');
  await expect(editor.locator('.view-lines')).toBeVisible();
  return editor;
}

/** Replaces the editor's text in one edit (inserted, not keyed, so Monaco's auto-indent stays out). */
async function replaceText(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/** Ctrl+Space, then the suggestion `label` accepted from the list. */
async function complete(page: Page, editor: Locator, label: string): Promise<void> {
  const suggestions = page.locator('.suggest-widget.visible');
  // The schema reaches the YAML worker asynchronously: ask again until it answers with the label.
  await expect(async () => {
    await editor.locator('textarea').press('Control+Space');
    await expect(suggestions.getByRole('option', { name: new RegExp(`^${label}\\b`) })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await suggestions.getByRole('option', { name: new RegExp(`^${label}\\b`) }).click();
  await expect(suggestions).toHaveCount(0);
}

test('a misspelt volume field is marked, then configMap and mountPath come from completion', async ({ page }) => {
  const watch = watchPage(page);
  await openChart(page, 'centrifugo');
  await page.getByRole('button', { name: 'Expand all' }).click();

  const volumes = await openYamlEditor(page, 'volumes');
  // Labelled, and the field's <label> reaches Monaco's input.
  const input = volumes.locator('textarea');
  await expect(input).toHaveAttribute('aria-label', /volumes \(YAML, Volume list\)/);
  await field(page, 'volumes').locator('label.cf-label').click();
  await expect(input).toBeFocused();

  await replaceText(page, volumes, '- name: config\n  confgMap:\n    name: app-config\n');
  // Parses, so it is the value; the schema marks the unknown field.
  await expect(manifestText(page)).toContainText('confgMap:');
  await expect(volumes.locator('.squiggly-error, .squiggly-warning').first()).toBeAttached({ timeout: 20_000 });
  // Monaco shows a hover after a delay, and a busy machine can miss it: move away and hover again.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await volumes.locator('.view-line span', { hasText: /^confgMap$/ }).hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: /confgMap/ }).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });

  // A syntax error: shown under the editor, the last valid value kept.
  await replaceText(page, volumes, '- name: config\n  configMap: [\n');
  await expect(field(page, 'volumes').locator('.kf-error')).toContainText('the last valid value is kept');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(manifestText(page)).toContainText('confgMap:');

  // Completion inside a list item offers the Volume's fields.
  await replaceText(page, volumes, '- name: config\n  configM');
  await complete(page, volumes, 'configMap');
  await page.keyboard.insertText('name: app-config');
  await expect(field(page, 'volumes').locator('.kf-error')).toHaveCount(0);
  await expect(manifestText(page)).toContainText(/configMap:\n\s+name: app-config\n/);
  await expect(manifestText(page)).not.toContainText('confgMap');
  await expect(volumes.locator('.squiggly-error, .squiggly-warning')).toHaveCount(0);

  // Tab leaves the editor (tab focus mode) for the next control, the YAML toggle.
  await volumes.locator('.view-lines').click();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Edit volumes as YAML', exact: true })).toBeFocused();

  const mounts = await openYamlEditor(page, 'volumeMounts');
  await replaceText(page, mounts, '- name: config\n  ');
  await complete(page, mounts, 'mountPath');
  await page.keyboard.insertText('/etc/app');
  await expect(manifestText(page)).toContainText('mountPath: /etc/app');

  // Outside changes (reset) replace the editor's text.
  await page.getByRole('button', { name: 'Reset volumeMounts' }).click();
  await expect(mounts.locator('.view-lines')).not.toContainText('mountPath');
  await expect(manifestText(page)).not.toContainText('mountPath: /etc/app');
  watch.assertClean();
});

test('the plain box works until Monaco arrives; its text and focus carry over', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/KubeYamlEditor-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openChart(page, 'centrifugo');
  await page.getByRole('button', { name: 'Expand all' }).click();
  const toggle = page.getByRole('button', { name: 'Edit volumes as YAML', exact: true });
  await toggle.click();
  const box = field(page, 'volumes').locator('textarea');
  await box.fill('- name: early\n  emptyDir: {}\n');
  await expect(manifestText(page)).toContainText('name: early');
  // Half-typed (not YAML yet) when Monaco arrives: kept as it is, the error shown, the cursor in it.
  await box.fill('- name: early\n  emptyDir: {sizeLimit: 1Gi, medium: ');
  await expect(field(page, 'volumes').getByText(/the last valid value is kept/)).toBeVisible();
  await box.focus();
  await box.press('ControlOrMeta+End');
  release();

  const editor = field(page, 'volumes').getByTestId('kube-yaml-editor');
  await expect(editor.locator('.view-lines')).toContainText('{sizeLimit: 1Gi, medium: ');
  await expect(editor.locator('textarea')).toBeFocused();
  await expect(field(page, 'volumes').locator('.kf-error')).toContainText('the last valid value is kept');
  await page.keyboard.type('Memory}');
  await expect(field(page, 'volumes').locator('.kf-error')).toHaveCount(0);
  await expect(manifestText(page)).toContainText(/emptyDir:\n\s+medium: Memory\n\s+sizeLimit: 1Gi/);
});
