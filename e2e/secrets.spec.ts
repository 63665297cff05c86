// Issue 13, item 7: a link leaves out secrets found by schema, by name and by value shape, and the
// person who opens it is told which to set again; the page says what it keeps in this browser and
// can keep secrets in memory only.
import { expect, test } from '@playwright/test';
import { choose, field, fieldInput, openChart, setText, waitForChartPage } from './helpers';

const PASSWORD = 'e2e-Secret-Pa55-41d2';
const URL_PASSWORD = 'e2e-url-pw-9c1b';
const ADDRESS = `redis://:${URL_PASSWORD}@redis-master:6379`;

test('secrets stay out of links and, on request, out of local storage', async ({ page, browser, baseURL }) => {
  await openChart(page, 'centrifugo');
  await choose(page, 'config.engine.type', 'redis');
  await setText(page, 'config.engine.redis.address', ADDRESS);
  await setText(page, 'config.admin.password', PASSWORD);
  const note = page.locator('[data-storage-note]');
  await expect(note).toContainText('secrets included');

  let link = '';
  await test.step('the link leaves out the password and the address holding one', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.getByRole('button', { name: /Copy link/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Share these values' });
    await expect(dialog.getByTestId('omitted-secrets')).toContainText('config.engine.redis.address');
    link = await dialog.getByTestId('share-link').inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  await test.step('whoever opens it is told which secrets to set again', async () => {
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await waitForChartPage(other);
      const told = other.locator('[data-message="link-omitted-secrets"]');
      await expect(told).toContainText('config.admin.password');
      await expect(told).toContainText('config.engine.redis.address');
      await expect(fieldInput(other, 'config.admin.password')).toHaveValue('');
      const leaked = await other.evaluate((secrets) => secrets.some((s) => document.documentElement.outerHTML.includes(s) || location.href.includes(s)), [PASSWORD, URL_PASSWORD]);
      expect(leaked).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  await test.step('"Keep secrets in memory only" takes them out of local storage; a reload asks for them', async () => {
    const stored = () => page.evaluate((secrets) => Object.keys(localStorage).some((k) => secrets.some((s) => (localStorage.getItem(k) ?? '').includes(s))), [PASSWORD, URL_PASSWORD]);
    await expect.poll(stored).toBe(true);
    await note.getByRole('switch', { name: 'Keep secrets in memory only' }).check();
    await expect(note).toContainText('without secrets');
    await expect.poll(stored).toBe(false);
    // Still in this tab's memory until the reload.
    await expect(fieldInput(page, 'config.admin.password')).toHaveValue(PASSWORD);
    await page.reload();
    await waitForChartPage(page);
    await expect(page.locator('[data-message="storage-secrets"]')).toContainText('config.admin.password');
    await expect(fieldInput(page, 'config.admin.password')).toHaveValue('');
    await expect(field(page, 'config.engine.type').locator('select option:checked')).toHaveText('redis');
    await expect(page.locator('[data-storage-note]').getByRole('switch', { name: 'Keep secrets in memory only' })).toBeChecked();
  });
});
