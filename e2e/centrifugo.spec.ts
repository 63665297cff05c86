// The spine flow on the Centrifugo chart: scale out, see the rule fire, fix it, read the preview,
// download values.yaml, share a link without secrets, and the ways work comes back into the page
// (reload, link, import, the values.yaml editor).
import { expect, test, type Page } from '@playwright/test';
import {
  choose, downloadYaml, field, fieldInput, manifestText, openChart, problemsNaming, setNumber, setText, waitForChartPage,
} from './helpers';

const REDIS_ADDRESS = 'redis://redis-master:6379';
const ADMIN_PASSWORD = 'e2e-Admin-Pa55word-7f3c';
/** The address field is an inline YAML editor (a string or a list), which ends its text with a newline. */
const SHOWS_REDIS_ADDRESS = /^redis:\/\/redis-master:6379\n?$/;

/** replicaCount 3 on the memory engine: the error the whole flow is about. */
const scaleError = (page: Page) => problemsNaming(page, 'error', 'replicaCount');

async function scaleOutOnRedis(page: Page): Promise<void> {
  await setNumber(page, 'replicaCount', 3);
  await expect(scaleError(page)).toHaveCount(1);
  await choose(page, 'config.engine.type', 'redis');
  await setText(page, 'config.engine.redis.address', REDIS_ADDRESS);
  await expect(scaleError(page)).toHaveCount(0);
}

test('scale out, fix the engine, download values.yaml and share a link without the secret', async ({ page, browser, baseURL }) => {
  await test.step('pick Centrifugo from the chart picker', async () => {
    await page.goto('/#/');
    await page.getByRole('link', { name: /Configure Centrifugo/ }).click();
    await expect(page).toHaveURL(/#\/centrifugo$/);
    await waitForChartPage(page);
    await expect(scaleError(page)).toHaveCount(0);
  });

  await test.step('three replicas on the memory engine is an error naming replicaCount', async () => {
    await setNumber(page, 'replicaCount', 3);
    const problem = scaleError(page);
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('memory');
    await expect(field(page, 'replicaCount')).toHaveAttribute('data-changed', 'true');
  });

  await test.step('the redis engine clears the error and the preview has three replicas', async () => {
    await choose(page, 'config.engine.type', 'redis');
    await expect(scaleError(page)).toHaveCount(0);
    await setText(page, 'config.engine.redis.address', REDIS_ADDRESS);
    await expect(problemsNaming(page, 'warning', 'config.engine.redis.address')).toHaveCount(0);
    await expect(manifestText(page)).toContainText(/kind: Deployment[\s\S]*\n {2}replicas: 3\n/);
    // Each values -> preview update is timed for benchmarks.
    const measures = await page.evaluate(() => performance.getEntriesByName('configurator:update', 'measure').length);
    expect(measures).toBeGreaterThan(0);
  });

  await test.step('values.yaml holds exactly the changes', async () => {
    const { parsed, text, download } = await downloadYaml(page, /Download values/);
    expect(download.suggestedFilename()).toBe('centrifugo-values.yaml');
    expect(parsed).toEqual({ replicaCount: 3, config: { engine: { type: 'redis', redis: { address: REDIS_ADDRESS } } } });
    expect(text).toMatch(/^# .*centrifugo/m);
  });

  let link = '';
  await test.step('a secret is set, then the link is copied without it', async () => {
    await setText(page, 'config.admin.password', ADMIN_PASSWORD);
    await expect(fieldInput(page, 'config.admin.password')).toHaveAttribute('type', 'password');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.getByRole('button', { name: /Copy link/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Share these values' });
    await expect(dialog.getByText('Link copied to the clipboard.')).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Include secrets' })).not.toBeChecked();
    await expect(dialog.getByTestId('omitted-secrets')).toContainText('config.admin.password');
    link = await page.evaluate(() => navigator.clipboard.readText());
    await expect(dialog.getByTestId('share-link')).toHaveValue(link);
    expect(link).toMatch(/#\/centrifugo\?s=2\./);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the link opens the same values in a fresh browser, without the secret', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await waitForChartPage(other);
      await expect(other.locator('[data-message="link"]')).toContainText('Opened a shared Centrifugo configuration');
      await expect(fieldInput(other, 'replicaCount')).toHaveValue('3');
      await expect(field(other, 'config.engine.type').locator('select option:checked')).toHaveText('redis');
      await expect(fieldInput(other, 'config.engine.redis.address')).toHaveValue(SHOWS_REDIS_ADDRESS);
      await expect(fieldInput(other, 'config.admin.password')).toHaveValue('');
      await expect(manifestText(other)).toContainText(/\n {2}replicas: 3\n/);
      await expect(scaleError(other)).toHaveCount(0);
      // Nowhere: not in the DOM text, input values, the full preview, or what the page saved.
      const leaks = await other.evaluate((secret) => {
        const inputs = [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value);
        return {
          html: document.documentElement.outerHTML.includes(secret),
          text: document.body.innerText.includes(secret),
          inputs: inputs.some((v) => v.includes(secret)),
          storage: Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes(secret)),
          url: location.href.includes(secret),
        };
      }, ADMIN_PASSWORD);
      expect(leaks).toEqual({ html: false, text: false, inputs: false, storage: false, url: false });
    } finally {
      await fresh.close();
    }
  });
});

test('choosing a problem jumps to its field', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 3);
  const problem = scaleError(page);
  await expect(problem).toHaveCount(1);
  // Fold every section so the jump has to open one and scroll to the field.
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(field(page, 'replicaCount')).toBeHidden();
  const params = ((await problem.getAttribute('data-problem-params')) ?? '').split(' ');
  // The row's own button (its parameters follow as buttons of their own).
  await problem.getByRole('button').first().click();
  const focused = await page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param'));
  expect(params).toContain(focused);
  const target = field(page, focused ?? '');
  await expect(target).toBeInViewport();
  await expect(target.locator('input, select, textarea').first()).toBeFocused();
});

test('a reload keeps the work', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await scaleOutOnRedis(page);
  // No waiting for the autosave delay: leaving the page must save what is pending.
  await page.reload();
  await waitForChartPage(page);
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('3');
  await expect(field(page, 'config.engine.type').locator('select option:checked')).toHaveText('redis');
  await expect(fieldInput(page, 'config.engine.redis.address')).toHaveValue(SHOWS_REDIS_ADDRESS);
  await expect(manifestText(page)).toContainText(/\n {2}replicas: 3\n/);
});

test('a tampered share link says so and still shows the chart', async ({ page }) => {
  await page.goto('/#/centrifugo?s=1.garbage');
  await waitForChartPage(page);
  const message = page.locator('[data-message="link"]');
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message).toContainText('This share link could not be opened');
  await expect(message).toContainText('chart defaults');
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('1');
  await expect(manifestText(page)).toContainText('kind: Deployment');
  // The bad fragment is dropped, so a reload does not complain again.
  await expect(page).toHaveURL(/#\/centrifugo$/);
});

test('import values shows problems at their lines, then applies valid YAML', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await page.getByRole('button', { name: /Import values/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import values' });
  const text = dialog.getByRole('textbox', { name: 'values.yaml to import' });

  await text.fill(['replicaCount: 2', 'notAParameter: 1', 'config:', '  engine:', '    type: 5', ''].join('\n'));
  const found = dialog.getByRole('list', { name: 'Import problems' }).locator('[data-import-severity]');
  await expect(found.filter({ hasText: 'notAParameter' })).toContainText('Line 2:');
  await expect(found.filter({ hasText: 'config.engine.type' })).toContainText('Line 5:');
  await expect(found.filter({ hasText: 'config.engine.type' })).toHaveAttribute('data-import-severity', 'error');

  await text.fill(['replicaCount: 2', 'config:', '  engine:', '    type: redis', ''].join('\n'));
  await expect(dialog.getByText('No problems found. Ready to apply.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('2');
  await expect(field(page, 'config.engine.type').locator('select option:checked')).toHaveText('redis');
  await expect(manifestText(page)).toContainText(/\n {2}replicas: 2\n/);
});

test('typing in the values.yaml editor updates the form, and the form updates the editor', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 2);
  await page.getByRole('tab', { name: 'values.yaml' }).click();
  const editor = page.getByTestId('values-editor');
  await expect(editor.locator('.view-lines')).toContainText('replicaCount: 2');

  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('replicaCount: 4');
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('4');
  await expect(manifestText(page)).toContainText(/\n {2}replicas: 4\n/);

  // Text that does not parse changes nothing and says so.
  await page.keyboard.type(': x'); // `replicaCount: 4: x` is not YAML
  await expect(page.getByTestId('values-syntax-error')).toBeVisible();
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('4');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect(page.getByTestId('values-syntax-error')).toBeHidden();

  await setNumber(page, 'replicaCount', 5);
  await expect(editor.locator('.view-lines')).toContainText('replicaCount: 5');
});
