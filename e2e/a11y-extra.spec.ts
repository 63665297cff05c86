// Accessibility beyond e2e/a11y.spec.ts (issue 14 "Also"): axe-core (WCAG 2.1 A/AA and best practice)
// on the "Open any chart" page and on the chart pages with Monaco's DOM included (both panes; every
// chart light, two dark), and the keyboard paths the form depends on: Tab into the first field, a
// select picked with the arrow keys and Enter, a problem's jump button reached with Tab.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { charts } from '../src/charts';
import { field, fieldInput, openChart } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeFinding {
  impact: string;
  rule: string;
  where: string;
}

async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // The whole page, Monaco's DOM included: its line numbers and tokens take their colours from our
  // editor themes (src/ui/monaco/setup.ts), and nothing inside it needed leaving out.
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({ impact: v.impact ?? 'unknown', rule: v.id, where: n.target.join(' ') })),
  );
}

/** Fails on serious and critical findings; prints the others so they stay in view. */
async function expectNoSeriousFindings(page: Page, what: string): Promise<void> {
  const findings = await axeFindings(page);
  const minor = findings.filter((f) => f.impact !== 'serious' && f.impact !== 'critical');
  if (minor.length) console.log(`${what}: ${minor.length} minor/moderate axe findings\n${minor.map((f) => `  ${f.impact} ${f.rule} at ${f.where}`).join('\n')}`);
  expect(findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the "Open any chart" page, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/#/open');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousFindings(page, `#/open ${scheme}`);
  });
}

const DARK_TOO = new Set(['centrifugo', 'kraken']);
const chartSchemes = charts.flatMap((chart) => (DARK_TOO.has(chart.id) ? ['light', 'dark'] as const : ['light'] as const).map((scheme) => ({ chart, scheme })));

for (const { chart, scheme } of chartSchemes) {
  test(`the ${chart.name} page with both Monaco panes, ${scheme}`, async ({ page }) => {
    test.slow(); // two full axe passes over a page with two editors
    await page.emulateMedia({ colorScheme: scheme });
    await openChart(page, chart.id);
    await expect(page.locator('.monaco-editor').filter({ visible: true }).first()).toBeVisible();
    await expectNoSeriousFindings(page, `#/${chart.id} manifests ${scheme}`);
    await page.getByRole('tab', { name: 'values.yaml' }).click();
    await expect(page.locator('.monaco-editor').filter({ visible: true }).first()).toBeVisible();
    await expectNoSeriousFindings(page, `#/${chart.id} values.yaml ${scheme}`);
  });
}

/** Presses Tab until `target` holds the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: (el: Element) => boolean, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluateHandle(() => document.activeElement).then((h) => h.asElement()?.evaluate(target) ?? false)) return presses;
  }
  throw new Error(`Tab did not reach the element in ${limit} presses`);
}

function focusedParam(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param'));
}

test.describe('keyboard only', () => {
  test('Tab from the top of the page reaches the first field of the form', async ({ page }) => {
    await openChart(page, 'centrifugo');
    const first = await page.locator('[data-param]').first().getAttribute('data-param');
    await page.locator('body').focus();
    await tabTo(page, (el) => el.closest('[data-param]') !== null, 80);
    expect(await focusedParam(page)).toBe(first);
  });

  test('a select opens and picks with the keyboard', async ({ page }) => {
    await openChart(page, 'centrifugo');
    // Three replicas need an engine other than memory: the error goes once the select says redis.
    await fieldInput(page, 'replicaCount').fill('3');
    const scaleError = page.locator('[data-problem-severity="error"][data-problem-params~="config.engine.type"]');
    await expect(scaleError).toHaveCount(1);
    const select: Locator = fieldInput(page, 'config.engine.type');
    await expect(select.locator('option:checked')).toHaveText('memory');
    await select.focus();
    // As a keyboard user would: Enter (opens the list where the platform does), ArrowDown, Enter.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(select.locator('option:checked')).toHaveText('redis');
    await expect(scaleError).toHaveCount(0);
    await expect(select).toBeFocused();
  });

  test('a problem\'s jump button is reached with Tab and goes to its field', async ({ page }) => {
    await openChart(page, 'centrifugo');
    // Two replicas on the in-memory engine is an error naming replicaCount.
    await fieldInput(page, 'replicaCount').fill('2');
    const problem = page.locator('[data-problem-severity="error"][data-problem-params~="replicaCount"]');
    await expect(problem).toHaveCount(1);
    // Folding every section (as a keyboard user would, to skip the long form) leaves few stops.
    await page.getByRole('button', { name: 'Collapse all' }).focus();
    await page.keyboard.press('Enter');
    await expect(field(page, 'replicaCount')).toBeHidden();
    // The row's own button goes to the problem's first parameter; each parameter has a button too.
    await tabTo(page, (el) => el.getAttribute('aria-label') === 'Go to replicaCount', 80);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedParam(page)).toBe('replicaCount');
  });
});
