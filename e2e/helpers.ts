// Shared steps for driving the configurator through its page automation contract
// (docs/ARCHITECTURE.md / DESIGN.md section 3): data-param fields, data-problem-* problems and the
// named action buttons. Every wait is on a condition, never on a fixed delay.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { load } from 'js-yaml';

/** Opens a chart by its route and waits until the form and the Monaco preview are there. */
export async function openChart(page: Page, chartId: string): Promise<void> {
  await page.goto(`/#/${chartId}`);
  await waitForChartPage(page);
}

export async function waitForChartPage(page: Page): Promise<void> {
  await expect(page.locator('[data-param]').first()).toBeVisible();
  // The Monaco preview loads lazily; its hidden <pre> holds the whole manifest text.
  await expect(page.locator('[data-testid="manifest-text"]')).toBeAttached();
}

/** The container of one parameter. */
export function field(page: Page, path: string): Locator {
  return page.locator(`[data-param="${cssString(path)}"]`);
}

/** The input (text, number, select, textarea, switch) of one parameter. */
export function fieldInput(page: Page, path: string): Locator {
  return field(page, path).locator('input:not([type=hidden]), select, textarea').first();
}

/** Listed problems of a severity that name `param` (data-problem-params is a space-separated list). */
export function problemsNaming(page: Page, severity: 'error' | 'warning' | 'info', param: string): Locator {
  return page.locator(`[data-problem-severity="${severity}"][data-problem-params~="${cssString(param)}"]`);
}

/** Everything the preview would show (the hidden full text, not only the lines Monaco painted). */
export function manifestText(page: Page): Locator {
  return page.locator('[data-testid="manifest-text"]');
}

export async function setNumber(page: Page, path: string, value: number): Promise<void> {
  await fieldInput(page, path).fill(String(value));
}

export async function setText(page: Page, path: string, value: string): Promise<void> {
  await fieldInput(page, path).fill(value);
}

export async function choose(page: Page, path: string, label: string): Promise<void> {
  await field(page, path).locator('select').selectOption({ label });
}

/** Sets a switch to on/off, whatever it shows now. */
export async function setSwitch(page: Page, path: string, on: boolean): Promise<void> {
  const input = field(page, path).locator('input[type=checkbox]');
  await input.setChecked(on);
  await expect(input).toBeChecked({ checked: on });
}

/** Clicks an action button (matched by its accessible name) and returns the parsed downloaded YAML. */
export async function downloadYaml(page: Page, buttonName: string | RegExp): Promise<{ text: string; parsed: unknown; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  return { text, parsed: load(text), download };
}

/** Quotes a value for use inside a CSS attribute selector in double quotes. */
function cssString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/**
 * Collects console errors, uncaught page errors and requests that leave the machine, from the
 * moment it is attached; `assertClean` fails listing them all.
 */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!isLocal(url)) foreignRequests.push(request.url());
  });
  return {
    consoleErrors,
    pageErrors,
    foreignRequests,
    assertClean() {
      expect({ consoleErrors, pageErrors, foreignRequests }).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
    },
  };
}

function isLocal(url: URL): boolean {
  // Blob and data URLs (downloads, workers) never leave the browser.
  if (url.protocol === 'blob:' || url.protocol === 'data:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Clicks an action button and returns the downloaded zip's files as text, by path. */
export async function downloadZip(page: Page, buttonName: string | RegExp): Promise<{ files: Record<string, string>; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const { readFile } = await import('node:fs/promises');
  const { unzipSync, strFromU8 } = await import('fflate');
  const bytes = await readFile(await download.path());
  const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([path, data]) => [path, strFromU8(data)]));
  return { files, download };
}
