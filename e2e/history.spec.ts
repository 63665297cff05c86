// Undo and redo across the page (keys outside text boxes, header buttons, after a reload), the
// "Changed only" filter and "What differs" table, and the values.yaml editor keeping comments.
import { expect, test, type Page } from '@playwright/test';
import { field, fieldInput, setNumber } from './helpers';

const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });

/** Opens a chart and waits for its form only (the Monaco preview is not needed here and loads late under load). */
async function openForm(page: Page, chartId: string): Promise<void> {
  await page.goto(`/#/${chartId}`);
  await expect(field(page, 'replicaCount')).toBeVisible();
}

/** Moves focus out of the form's inputs, where the browser's own text undo applies. */
async function focusOutside(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click();
}

test('change a field, undo and redo it with the keyboard and the header buttons, after a reload too', async ({ page }) => {
  await openForm(page, 'centrifugo');
  const replicas = fieldInput(page, 'replicaCount');
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();

  await setNumber(page, 'replicaCount', 3);
  await expect(field(page, 'replicaCount')).toHaveAttribute('data-changed', 'true');
  await focusOutside(page);

  await test.step('Ctrl+Z restores, Ctrl+Shift+Z re-applies, Ctrl+Y too', async () => {
    await page.keyboard.press('Control+z');
    await expect(replicas).toHaveValue('1');
    await expect(field(page, 'replicaCount')).not.toHaveAttribute('data-changed', 'true');
    await expect(redoButton(page)).toBeEnabled();
    await page.keyboard.press('Control+Shift+z');
    await expect(replicas).toHaveValue('3');
    await page.keyboard.press('Control+z');
    await expect(replicas).toHaveValue('1');
    await page.keyboard.press('Control+y');
    await expect(replicas).toHaveValue('3');
  });

  await test.step('inside a text box the browser keeps its own undo', async () => {
    await replicas.focus();
    await page.keyboard.press('Control+z');
    // The page's history did not move: the value is still the one set above.
    await expect(undoButton(page)).toBeEnabled();
    await focusOutside(page);
    await expect(replicas).toHaveValue('3');
  });

  await test.step('the header buttons do the same', async () => {
    await undoButton(page).click();
    await expect(replicas).toHaveValue('1');
    await expect(undoButton(page)).toBeDisabled();
    await redoButton(page).click();
    await expect(replicas).toHaveValue('3');
    await expect(redoButton(page)).toBeDisabled();
  });

  await test.step('a reload keeps the history', async () => {
    await expect.poll(() => page.evaluate(() => localStorage.getItem('chart-configurator:v1:history:centrifugo') !== null)).toBe(true);
    await page.reload();
    await expect(replicas).toHaveValue('3');
    await expect(undoButton(page)).toBeEnabled();
    await undoButton(page).click();
    await expect(replicas).toHaveValue('1');
  });
});

test('"Changed only" narrows the form, and "What differs" lists default and value side by side', async ({ page }) => {
  await openForm(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 4);
  const changedOnly = page.getByRole('button', { name: 'Changed only' });
  await changedOnly.click();
  await expect(changedOnly).toHaveAttribute('aria-pressed', 'true');
  await expect(field(page, 'replicaCount')).toBeVisible();
  await expect(page.locator('[data-param]')).toHaveCount(1);

  await page.getByRole('button', { name: 'What differs' }).click();
  const row = page.locator('[data-changed-param="replicaCount"]');
  await expect(row.locator('td')).toHaveText(['replicaCount', '1', '4']);
  await row.getByRole('button', { name: 'replicaCount' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(replicasFocused(page)).resolves.toBe(true);

  await undoButton(page).click();
  await changedOnly.click();
  await changedOnly.click();
  await expect(page.getByTestId('filter-empty')).toHaveText('No parameter differs from its chart default.');
  await expect(page.locator('[data-param]')).toHaveCount(0);
});

async function replicasFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param') === 'replicaCount');
}

test('the values.yaml editor keeps comments and order when the form changes a value', async ({ page }) => {
  await openForm(page, 'centrifugo');
  await page.getByRole('tab', { name: 'values.yaml' }).click();
  const editor = page.getByTestId('values-editor');
  // Monaco loads on first use; on a busy machine that can take a while.
  await expect(editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => window.__valuesEditor?.getModel()?.setValue('# scale for the launch\nreplicaCount: 2 # two for now\n# the engine\nconfig:\n  engine:\n    type: redis\n'));
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('2');
  await setNumber(page, 'replicaCount', 5);
  await expect.poll(() => page.evaluate(() => window.__valuesEditor?.getModel()?.getValue())).toBe(
    '# scale for the launch\nreplicaCount: 5 # two for now\n# the engine\nconfig:\n  engine:\n    type: redis\n',
  );
  // Undo brings the value back in the text, comments still there.
  await focusOutside(page);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.evaluate(() => window.__valuesEditor?.getModel()?.getValue())).toContain('replicaCount: 2 # two for now');

  // A text that does not parse is left alone when the form changes a value, and the editor says so.
  const broken = '# half typed\nreplicaCount: [2\n';
  await page.evaluate((text) => window.__valuesEditor?.getModel()?.setValue(text), broken);
  await expect(page.getByTestId('values-syntax-error')).toBeVisible();
  await setNumber(page, 'replicaCount', 7);
  await expect(page.getByTestId('values-left-alone')).toBeVisible();
  expect(await page.evaluate(() => window.__valuesEditor?.getModel()?.getValue())).toBe(broken);
  await page.getByRole('button', { name: 'Show the current values instead' }).click();
  await expect.poll(() => page.evaluate(() => window.__valuesEditor?.getModel()?.getValue())).toContain('replicaCount: 7');
  await expect(page.getByTestId('values-left-alone')).toBeHidden();
});

test('Reset all is undone like any change', async ({ page }) => {
  await openForm(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 3);
  await page.getByRole('button', { name: 'Reset all' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset all' }).click();
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('1');
  await undoButton(page).click();
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('3');
  await expect(redoButton(page)).toBeEnabled();
});

test('the stack page undoes adding a release and binding it', async ({ page }) => {
  await page.goto('/#/stack');
  await expect(page.getByTestId('empty-stack')).toBeVisible();
  for (const [chart, name] of [['percona-valkey', 'valkey'], ['centrifugo', 'centrifugo']]) {
    await page.getByRole('button', { name: 'Add release' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a release' });
    await dialog.getByLabel('Chart').selectOption(chart);
    await dialog.getByLabel('Release name').fill(name);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.locator(`[data-open-release="${name}"]`)).toBeVisible();
  }
  const point = page.locator('[data-binding-point="redis"]');
  await point.getByRole('button', { name: /Bind to release/ }).click();
  await page.getByRole('menuitem', { name: /^valkey/ }).click();
  await expect(point).toHaveAttribute('data-bound-to', 'valkey');

  await undoButton(page).click();
  await expect(point).not.toHaveAttribute('data-bound-to', 'valkey');
  await expect(page.locator('[data-open-release="centrifugo"]')).toBeVisible();
  await undoButton(page).click();
  await expect(page.locator('nav[aria-label="Releases"] [data-release="centrifugo"]')).toHaveCount(0);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('nav[aria-label="Releases"] [data-release="centrifugo"]')).toHaveCount(1);
  await redoButton(page).click();
  await expect(page.locator('[data-binding-point="redis"]')).toHaveAttribute('data-bound-to', 'valkey');
});
