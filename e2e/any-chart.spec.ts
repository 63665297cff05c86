// Any chart: a chart the app has never seen (our own test chart, e2e/charts/greeter) opened from a
// folder and from a .tgz, rendered in the browser by the template engine, with its schema's
// checks, a live preview and its values kept across a reload.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { downloadZip, fieldInput, manifestText, problemsNaming, setNumber, waitForChartPage } from './helpers';

const CHART_DIR = join(import.meta.dirname, 'charts', 'greeter');

test('a dropped chart folder gets a form, helm-worded schema problems and a live preview', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Open any chart' }).click();
  await expect(page.getByRole('heading', { name: 'Open any chart' })).toBeVisible();
  await page.getByTestId('chart-folder-input').setInputFiles(CHART_DIR);

  await waitForChartPage(page);
  await expect(page).toHaveURL(/#\/open\.greeter$/);
  await expect(page.getByRole('heading', { name: 'greeter', level: 1 })).toBeVisible();
  const preview = manifestText(page);
  await expect(preview).toContainText('# Source: greeter/templates/deployment.yaml');
  await expect(preview).toContainText('name: release-name-greeter');
  await expect(preview).toContainText('image: "example.org/greeter:1.4.2"');

  // NOTES.txt is rendered apart from the manifests, for the current values.
  const notes = page.getByTestId('chart-notes');
  await notes.getByRole('button', { name: 'Show' }).click();
  await expect(notes).toContainText('Hello from release-name-greeter in default.');
  await expect(preview).not.toContainText('Hello from');

  // The description comes from the `# --` comment of values.yaml.
  await expect(page.locator('[data-param="replicaCount"]')).toContainText('How many greeter pods run');

  await setNumber(page, 'replicaCount', 3);
  await expect(preview).toContainText('replicas: 3');

  // values.schema.json refuses port 0 exactly as helm words it, at the field.
  await setNumber(page, 'service.port', 0);
  await expect(problemsNaming(page, 'error', 'service.port')).toContainText("at '/service/port': minimum: got 0, want 1");
  await setNumber(page, 'service.port', 9090);
  await expect(problemsNaming(page, 'error', 'service.port')).toHaveCount(0);
  await expect(preview).toContainText('containerPort: 9090');

  // A reload finds the chart (kept in this browser) and the values (autosaved).
  await page.reload();
  await waitForChartPage(page);
  await expect(fieldInput(page, 'replicaCount')).toHaveValue('3');
  await expect(manifestText(page)).toContainText('replicas: 3');
});

test('a packaged chart (.tgz) opens the same way, and its failures are helm\'s', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'greeter-'));
  const archive = join(dir, 'greeter-0.3.0.tgz');
  execFileSync('tar', ['czf', archive, '-C', join(CHART_DIR, '..'), 'greeter']);

  await page.goto('/#/open');
  await page.getByTestId('chart-archive-input').setInputFiles(archive);
  await waitForChartPage(page);
  await expect(manifestText(page)).toContainText('kind: Service');

  // `required` in a template stops the render with helm's message.
  await fieldInput(page, 'greeting').fill('');
  await expect(page.getByText('greeting is required: the pods have nothing to say').first()).toBeVisible();
});

test('a file that is not a chart gets a clear message, not a blank page', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'not-a-chart-'));
  const archive = join(dir, 'broken.tgz');
  execFileSync('sh', ['-c', `printf 'no chart here' > "${dir}/README" && tar czf "${archive}" -C "${dir}" README`]);
  await page.goto('/#/open');
  await page.getByTestId('chart-archive-input').setInputFiles(archive);
  await expect(page.getByRole('alert')).toContainText('This is not a chart helm could load: chart illegally contains content outside the base directory');
  await expect(page.getByRole('heading', { name: 'Open any chart' })).toBeVisible();
});

test('a link to an opened chart asks a teammate for the chart, then applies the values; the bundle carries the chart', async ({ page, browser, baseURL }) => {
  await page.goto('/#/open');
  await page.getByTestId('chart-folder-input').setInputFiles(CHART_DIR);
  await waitForChartPage(page);
  await setNumber(page, 'replicaCount', 4);
  await expect(manifestText(page)).toContainText('replicas: 4');

  // The bundle installs from the packaged chart it carries.
  const { files } = await downloadZip(page, /Download bundle/);
  expect(Object.keys(files)).toContain('charts/greeter-0.3.0.tgz');
  expect(files['README.md']).toContain('./charts/greeter-0.3.0.tgz');
  expect(files['helmfile.yaml']).toContain('chart: ./charts/greeter-0.3.0.tgz');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.getByRole('button', { name: /Copy link/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Share these values' });
  await expect(dialog.getByText('Link copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/open\.greeter\?s=2\./);

  const fresh = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('status')).toContainText('This link holds values for the chart “greeter 0.3.0”');
    await other.getByTestId('chart-folder-input').setInputFiles(CHART_DIR);
    await waitForChartPage(other);
    await expect(fieldInput(other, 'replicaCount')).toHaveValue('4');
    await expect(manifestText(other)).toContainText('replicas: 4');
  } finally {
    await fresh.close();
  }
});

test('a chart opened before joins stacks beside the curated charts, and the stack bundle carries it', async ({ page }) => {
  await page.goto('/#/open');
  await page.getByTestId('chart-folder-input').setInputFiles(CHART_DIR);
  await waitForChartPage(page);

  await page.goto('/#/stack');
  await page.getByRole('button', { name: 'Add release' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a release' });
  await dialog.getByLabel('Chart').selectOption('open.greeter');
  await dialog.getByLabel('Release name').fill('hello');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-open-release="hello"]')).toBeVisible();
  await setNumber(page, 'replicaCount', 2);

  const { files } = await downloadZip(page, /Download bundle/);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['charts/greeter-0.3.0.tgz', 'hello/values.yaml', 'helmfile.yaml']));
  expect(files['helmfile.yaml']).toContain('chart: ./charts/greeter-0.3.0.tgz');
  expect(files['hello/manifests/greeter/templates/deployment.yaml']).toContain('replicas: 2');
});
