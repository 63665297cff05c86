// First-day polish (issue 14): what a new user trips over, checked in the real page.
import { expect, test } from '@playwright/test';
import { downloadYaml, field, fieldInput, manifestText, openChart, problemsNaming, setNumber, setSwitch, waitForChartPage } from './helpers';

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

// ---- issue 14, second session

test('a helmfile with a chart the app does not know imports the known releases and lists the others as skipped', async ({ page }) => {
  await page.goto('/#/stack');
  await page.getByRole('button', { name: 'Import helmfile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import helmfile' });
  await dialog.getByLabel('helmfile.yaml to import').fill(
    'releases:\n  - name: db\n    chart: bitnami/postgresql\n  - name: cache\n    chart: percona/percona-valkey\n  - name: rt\n    chart: centrifugal/centrifugo\n',
  );
  await expect(dialog.getByTestId('helmfile-skipped')).toContainText('db (bitnami/postgresql)');
  await expect(dialog).toContainText('2 releases read');
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-message="action"]')).toContainText('Imported 2 releases');
  await expect(page.locator('[data-message="action"]')).toContainText('Skipped db (bitnami/postgresql)');
  await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
});

test('import problems are listed in line order beside numbered lines, and a line number selects that line', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await page.getByRole('button', { name: 'Import values' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import values' });
  const text = dialog.getByRole('textbox', { name: 'values.yaml to import' });
  await text.fill('replicaCount: many\nnoSuchKey: 1\nservice:\n  port: "x"\nanotherUnknown: true\n');
  const lines = dialog.getByRole('list', { name: 'Import problems' }).locator('li[data-line]');
  await expect(lines.first()).toBeVisible();
  const order = (await lines.evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-line')))));
  expect(order.length).toBeGreaterThan(2);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  await expect(dialog.getByTestId('import-line-numbers')).toContainText('5');
  await dialog.getByRole('button', { name: 'Line 2:' }).first().click();
  const selected = await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('noSuchKey: 1');
});

test('each parameter of a problem goes to its own field, and the README section is a link', async ({ page }) => {
  await openChart(page, 'centrifugo');
  const problem = problemsNaming(page, 'info', 'config.admin.secret').first();
  await expect(problem).toBeVisible();
  for (const param of ['config.admin.secret', 'config.admin.password']) {
    await problem.getByRole('button', { name: `Go to ${param}`, exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param'))).toBe(param);
  }
  const doc = problem.locator('a[data-problem-doc]');
  await expect(doc).toHaveAttribute('href', /#secret-management$/);
  await expect(doc).toHaveAttribute('target', '_blank');
});

test('a value set under a switch that is off is hinted at the field and in Problems', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await page.getByRole('button', { name: 'Import values' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import values' });
  await dialog.getByRole('textbox', { name: 'values.yaml to import' }).fill('ingress:\n  hosts:\n    - host: rt.example.com\n      paths:\n        - path: /\n          pathType: Prefix\n');
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  const hint = problemsNaming(page, 'info', 'ingress.hosts');
  await expect(hint).toContainText('ingress.hosts is set, but ingress.enabled is off');
  await expect(manifestText(page)).not.toContainText('kind: Ingress');
  await setSwitch(page, 'ingress.enabled', true);
  await expect(hint).toHaveCount(0);
  await expect(manifestText(page)).toContainText('kind: Ingress');
});

test('search finds words inside names and ranks exact names first', async ({ page }) => {
  await openChart(page, 'centrifugo');
  const search = page.getByRole('searchbox', { name: 'Search parameters' });
  await search.fill('replicas');
  const best = page.getByRole('navigation', { name: 'Best matches' }).locator('[data-best-match]');
  await expect(best.first()).toHaveAttribute('data-best-match', 'replicaCount');
  await expect(field(page, 'replicaCount')).toBeVisible();
  await search.fill('env');
  await expect(best.first()).toHaveAttribute('data-best-match', 'env');
  await best.first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param'))).toBe('env');
});

test('the problems box ends between problems, never inside one (Kraken defaults, 800 px high)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 800 });
  await openChart(page, 'kraken');
  const box = page.getByRole('region', { name: 'Problems' }).getByTestId('problems-scroll');
  const rows = box.locator('[data-problem-severity]');
  await expect(rows.nth(1)).toBeVisible();
  await expect.poll(async () => {
    const { y, height } = (await box.boundingBox())!;
    const boxBottom = y + height;
    const edges = await rows.evaluateAll((items) => items.map((i) => { const r = i.getBoundingClientRect(); return [r.top, r.bottom]; }));
    // Every row is either wholly above the box's bottom edge or starts at/after it.
    return edges.length > 2 && edges.every(([top, end]) => end <= boxBottom + 1 || top >= boxBottom - 1);
  }).toBe(true);
  // The first two errors are read in full.
  const boxArea = (await box.boundingBox())!;
  const second = (await rows.nth(1).boundingBox())!;
  expect(second.y + second.height).toBeLessThanOrEqual(boxArea.y + boxArea.height + 1);
  // And there is more below them: the box is capped, not grown to every problem.
  expect(boxArea.height).toBeLessThan(800 * 0.45);
});

test('at 800 px wide the form and the preview stand side by side', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await openChart(page, 'centrifugo');
  const form = await page.getByRole('region', { name: 'Parameters' }).boundingBox();
  const problems = await page.getByRole('region', { name: 'Problems' }).boundingBox();
  expect(problems!.x).toBeGreaterThanOrEqual(form!.x + form!.width - 1);
  expect(problems!.y).toBeLessThan(800);
  const release = await page.getByRole('textbox', { name: 'Release name', exact: true }).boundingBox();
  expect(release!.width).toBeGreaterThan(100);
});

test('a preset offers to restore the values it replaced', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 5);
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.locator('[data-preset]').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply preset' }).click();
  const message = page.locator('[data-message="action"]');
  await expect(message).toContainText('Applied the preset');
  await expect(fieldInput(page, 'replicaCount')).not.toHaveValue('5');
  await message.getByRole('button', { name: 'Restore my previous values' }).click();
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('5');
});

test('the start page shows which charts hold saved work', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 4);
  await page.getByRole('textbox', { name: 'Release name', exact: true }).fill('chat');
  // Autosave runs when the page is idle; leaving through the header link flushes it too.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('chart-configurator:v1:centrifugo') ?? '')).toContain('"chat"');
  await page.goto('/#/');
  await expect(page.locator('[data-chart="centrifugo"] [data-saved-work]')).toHaveText('Saved work: 1 changed value, release chat in default');
  await expect(page.locator('[data-chart="kraken"] [data-saved-work]')).toHaveCount(0);
});

test('dark mode follows the system and the header toggle, Monaco included', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openChart(page, 'centrifugo');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs-dark/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(245, 247, 250)');
  // system -> light: the page and the editor turn light although the system is dark.
  await page.locator('[data-color-mode]').click();
  await expect(page.locator('[data-color-mode]')).toHaveAttribute('data-color-mode', 'light');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await expect(page.locator('.monaco-editor').first()).not.toHaveClass(/vs-dark/);
  // The choice is kept across a reload.
  await page.reload();
  await waitForChartPage(page);
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});
