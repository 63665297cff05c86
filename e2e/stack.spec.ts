// Stacks: Centrifugo and Percona Valkey built by hand in the UI, Centrifugo's Redis engine bound to
// the Valkey release, the cross-release password rule appearing and clearing, the whole stack's
// bundle, link and autosave; presets, adding and removing a release, broken links, helmfile import.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { load } from 'js-yaml';
import { choose, downloadZip, field, fieldInput, manifestText, setText, watchPage } from './helpers';

const VALKEY_SERVICE = 'valkey-percona-valkey';
const VALKEY_PASSWORD = 'e2e-Valkey-Pa55word-41c9';

function release(page: Page, name: string): Locator {
  return page.locator(`nav[aria-label="Releases"] [data-release="${name}"]`);
}

/** A problem of the stack by the release it is labelled with and its rule id. */
function stackProblem(page: Page, releaseName: string, id: string): Locator {
  return page.locator(`[data-problem-release="${releaseName}"][data-problem-id="${id}"]`);
}

/** The release's namespace in the preview (the form has parameters named namespace too). */
function namespaceInput(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Namespace', exact: true });
}

async function openRelease(page: Page, name: string): Promise<void> {
  await release(page, name).getByRole('button').first().click();
  await expect(page.locator(`[data-open-release="${name}"]`)).toBeVisible();
  await expect(page.locator('[data-param]').first()).toBeVisible();
}

async function addRelease(page: Page, chartId: string, name: string, namespace?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add release' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a release' });
  await dialog.getByLabel('Chart').selectOption(chartId);
  await dialog.getByLabel('Release name').fill(name);
  if (namespace !== undefined) await dialog.getByLabel('Namespace').fill(namespace);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-open-release="${name}"]`)).toBeVisible();
}

async function bindRedis(page: Page, provider: string): Promise<void> {
  const point = page.locator('[data-binding-point="redis"]');
  await point.getByRole('button', { name: /Bind to release/ }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${provider}`) }).click();
  await expect(point).toHaveAttribute('data-bound-to', provider);
}

test('Centrifugo + Percona Valkey by hand: bind, the password rule, bundle, link and reload', async ({ page, browser, baseURL }) => {
  await test.step('the chart picker leads to an empty stack', async () => {
    await page.goto('/#/');
    await page.getByRole('link', { name: 'Build a stack' }).click();
    await expect(page).toHaveURL(/#\/stack$/);
    await expect(page.getByTestId('empty-stack')).toBeVisible();
  });

  await test.step('add a Valkey and a Centrifugo release; the namespace is offered from the open release', async () => {
    await addRelease(page, 'percona-valkey', 'valkey', 'realtime');
    await page.getByRole('button', { name: 'Add release' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a release' });
    await expect(dialog.getByLabel('Namespace')).toHaveValue('realtime');
    // A name the stack already has is refused.
    await dialog.getByLabel('Release name').fill('valkey');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog).toContainText('already has a release named "valkey"');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await addRelease(page, 'centrifugo', 'centrifugo');
    await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
  });

  const noauth = stackProblem(page, 'centrifugo', 'stack-auth-missing');
  await test.step('Centrifugo pointed at Valkey by hand, without a password: the NOAUTH error', async () => {
    await choose(page, 'config.engine.type', 'redis');
    await setText(page, 'config.engine.redis.address', `redis://${VALKEY_SERVICE}:6379`);
    await expect(noauth).toHaveCount(1);
    await expect(noauth).toHaveAttribute('data-problem-severity', 'error');
    await expect(noauth).toHaveAttribute('data-problem-params', /(^| )config\.engine\.redis\.address( |$)/);
    await expect(noauth).toContainText('NOAUTH');
    await expect(noauth).toContainText('centrifugo');
  });

  await test.step('choosing the problem from another release opens Centrifugo at the field', async () => {
    await openRelease(page, 'valkey');
    await noauth.getByRole('button').first().click();
    await expect(page.locator('[data-open-release="centrifugo"]')).toBeVisible();
    await expect(field(page, 'config.engine.redis.address')).toHaveClass(/field-highlight/);
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param'));
    expect(focused).toBe('config.engine.redis.address');
  });

  await test.step('binding the Redis engine to Valkey clears it: address and password Secret follow Valkey', async () => {
    await bindRedis(page, 'valkey');
    await expect(noauth).toHaveCount(0);
    await expect(page.locator('[data-problem-severity="error"]')).toHaveCount(0);
    const address = field(page, 'config.engine.redis.address');
    await expect(address).toHaveAttribute('data-bound-to', 'valkey');
    await expect(fieldInput(page, 'config.engine.redis.address')).toBeDisabled();
    // A plain string shows as one line, without a trailing line break.
    await expect(fieldInput(page, 'config.engine.redis.address')).toHaveValue(`redis://${VALKEY_SERVICE}:6379`);
    await expect(field(page, 'envSecret')).toHaveAttribute('data-bound-to', 'valkey');
    await expect(manifestText(page)).toContainText(
      new RegExp(`- name: CENTRIFUGO_ENGINE_REDIS_PASSWORD\\n\\s+valueFrom:\\n\\s+secretKeyRef:\\n\\s+key: valkey-password\\n\\s+name: ${VALKEY_SERVICE}\\n`),
    );
    await page.getByRole('tab', { name: 'values.yaml in the bundle' }).click();
    await expect(page.getByTestId('bundle-values')).toContainText('CENTRIFUGO_ENGINE_REDIS_PASSWORD');
    await page.getByRole('tab', { name: 'Manifests' }).click();
  });

  const unreachable = stackProblem(page, 'centrifugo', 'binding-password-unreachable');
  await test.step('in another namespace the Secret cannot be read; a Valkey password set by hand is passed instead', async () => {
    await namespaceInput(page).fill('apps');
    await expect(unreachable).toHaveCount(1);
    await expect(unreachable).toHaveAttribute('data-problem-severity', 'error');
    await expect(fieldInput(page, 'config.engine.redis.address')).toHaveValue(`redis://${VALKEY_SERVICE}.realtime.svc.cluster.local:6379`);

    await openRelease(page, 'valkey');
    await setText(page, 'auth.password', VALKEY_PASSWORD);
    await expect(unreachable).toHaveCount(0);
    await expect(stackProblem(page, 'centrifugo', 'binding-password-copied')).toHaveAttribute('data-problem-severity', 'warning');

    await openRelease(page, 'centrifugo');
    await namespaceInput(page).fill('realtime');
    await expect(stackProblem(page, 'centrifugo', 'binding-password-copied')).toHaveCount(0);
    await expect(page.locator('[data-problem-severity="error"]')).toHaveCount(0);
  });

  await test.step('the preview shows every release, providers first', async () => {
    await page.getByLabel('Show manifests of').selectOption('all');
    const text = (await manifestText(page).textContent()) ?? '';
    expect(text.indexOf('# ==== Release valkey')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('# ==== Release valkey')).toBeLessThan(text.indexOf('# ==== Release centrifugo'));
  });

  await test.step('one bundle for the stack: helmfile with needs, one folder per release', async () => {
    const { files, download } = await downloadZip(page, /Download bundle/);
    expect(download.suggestedFilename()).toBe('valkey-centrifugo-stack-bundle.zip');
    const helmfile = load(files['helmfile.yaml']) as { releases: { name: string; namespace: string; needs?: string[]; values: string[] }[] };
    expect(helmfile.releases.map((r) => r.name)).toEqual(['valkey', 'centrifugo']);
    expect(helmfile.releases[1]).toMatchObject({ namespace: 'realtime', needs: ['realtime/valkey'], values: ['./centrifugo/values.yaml'] });
    for (const name of ['valkey', 'centrifugo']) {
      expect(files[`${name}/values.yaml`]).toBeDefined();
      expect(JSON.parse(files[`${name}/values.schema.json`])).toMatchObject({ type: 'object' });
      expect(Object.keys(files).filter((p) => p.startsWith(`${name}/manifests/`)).length).toBeGreaterThan(0);
    }
    expect(files['centrifugo/manifests/centrifugo/templates/deployment.yaml']).toContain('CENTRIFUGO_ENGINE_REDIS_PASSWORD');
    expect(load(files['centrifugo/values.yaml'])).toMatchObject({
      config: { engine: { type: 'redis', redis: { address: `redis://${VALKEY_SERVICE}:6379` } } },
      envSecret: [{ name: 'CENTRIFUGO_ENGINE_REDIS_PASSWORD', secretKeyRef: { name: VALKEY_SERVICE, key: 'valkey-password' } }],
    });
    expect(files['README.md']).toMatch(/#\/stack\?s=2\./);
  });

  await test.step('a reload brings the stack back with its binding', async () => {
    await page.reload();
    await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
    await openRelease(page, 'centrifugo');
    await expect(page.locator('[data-binding-point="redis"]')).toHaveAttribute('data-bound-to', 'valkey');
  });

  let link = '';
  await test.step('one link for the stack leaves the Valkey password out', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.getByRole('button', { name: /Copy link/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this stack' });
    await expect(dialog.getByText('Link copied to the clipboard.')).toBeVisible();
    await expect(dialog.getByTestId('omitted-secrets')).toContainText('valkey:auth.password');
    link = await dialog.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#\/stack\?s=2\./);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  await test.step('the link opens the stack in a fresh browser, bound, without the password', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.locator('[data-message="link"]')).toContainText('Opened a shared stack (valkey, centrifugo)');
      await expect(other).toHaveURL(/#\/stack$/);
      await openRelease(other, 'centrifugo');
      await expect(other.locator('[data-binding-point="redis"]')).toHaveAttribute('data-bound-to', 'valkey');
      await openRelease(other, 'valkey');
      await expect(fieldInput(other, 'auth.password')).toHaveValue('');
      expect(await other.evaluate((secret) => document.documentElement.outerHTML.includes(secret), VALKEY_PASSWORD)).toBe(false);
    } finally {
      await fresh.close();
    }
  });
});

test('a preset, a release added and removed by hand, and a broken link', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/#/stack');
  await page.getByRole('button', { name: 'Stack presets' }).first().click();
  await page.locator('[data-preset="centrifugo-valkey-ha"]').click();
  await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
  await expect(page.locator('[data-problem-severity="error"]')).toHaveCount(0);
  await openRelease(page, 'centrifugo');
  await expect(page.locator('[data-binding-point="redis"]')).toHaveAttribute('data-bound-to', 'valkey');
  await expect(stackProblem(page, 'centrifugo', 'stack-cluster-discovery')).toHaveAttribute('data-problem-severity', 'info');

  // Kraken cannot use a Valkey cluster: the cross-release error names Kraken.
  await addRelease(page, 'kraken', 'kraken', 'realtime');
  await bindRedis(page, 'valkey');
  const cluster = stackProblem(page, 'kraken', 'stack-cluster-unsupported');
  await expect(cluster).toHaveAttribute('data-problem-severity', 'error');
  await expect(field(page, 'redis.external.host')).toHaveAttribute('data-bound-to', 'valkey');

  // Unbinding keeps the values it set, now editable; the error stays until Kraken leaves.
  await page.getByRole('button', { name: /Unbind External Redis/ }).click();
  await expect(field(page, 'redis.external.host')).not.toHaveAttribute('data-bound-to');
  await expect(fieldInput(page, 'redis.external.host')).toHaveValue(VALKEY_SERVICE);
  await expect(fieldInput(page, 'redis.external.host')).toBeEnabled();

  await release(page, 'kraken').getByRole('button', { name: 'Remove release kraken' }).click();
  await page.getByRole('dialog', { name: 'Remove release kraken?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
  await expect(cluster).toHaveCount(0);

  // A damaged link says so and keeps the saved stack.
  await page.goto('/#/stack?s=1.not-a-stack');
  await expect(page.locator('[data-message="link"]')).toContainText('This stack link could not be opened');
  await expect(page.locator('[data-message="link"]')).toContainText('Showing your saved stack instead.');
  await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
  // No console error and no request leaving the machine on the way.
  watch.assertClean();
});

test('import a helmfile: templating is refused with the core\'s message; files and values are read', async ({ page }) => {
  await page.goto('/#/stack');
  await page.getByRole('button', { name: 'Import helmfile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import helmfile' });
  const text = dialog.getByLabel('helmfile.yaml to import');

  await text.fill('releases:\n  - name: {{ .Values.name }}\n    chart: centrifugal/centrifugo\n');
  await expect(dialog.locator('[data-import-severity="error"]')).toContainText('Go templating');
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toContainText('nothing was changed');

  await text.fill('environments:\n  default: {}\nreleases: []\n');
  await expect(dialog.locator('[data-import-severity="error"]')).toContainText('environments');

  // ChatPulse's manifests run in namespace chatpulse, whatever the release says: Valkey goes there too.
  const helmfile = [
    'releases:',
    '  - name: cache',
    '    namespace: chatpulse',
    '    chart: percona/percona-valkey',
    '    values: [./cache-values.yaml]',
    '  - name: chat',
    '    namespace: chatpulse',
    '    chart: ./chatpulse',
    '    needs: [chatpulse/cache]',
    '    values: [./chat-values.yaml]',
    '',
  ].join('\n');
  const chatValues = [
    'secrets:',
    '  REDIS_URL: redis://:pw-from-file@cache-percona-valkey:6379',
    `  TOKEN_ENCRYPTION_KEY: "${'0123456789abcdef'.repeat(4)}"`,
    '',
  ].join('\n');
  await dialog.getByTestId('helmfile-files').setInputFiles([
    { name: 'helmfile.yaml', mimeType: 'text/yaml', buffer: Buffer.from(helmfile) },
    { name: 'cache-values.yaml', mimeType: 'text/yaml', buffer: Buffer.from('auth:\n  password: pw-from-file\n') },
    { name: 'chat-values.yaml', mimeType: 'text/yaml', buffer: Buffer.from(chatValues) },
  ]);
  await expect(text).toHaveValue(helmfile);
  await expect(dialog).toContainText('2 releases read');
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-message="action"]')).toContainText('Imported 2 releases');
  await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
  await openRelease(page, 'chat');
  // The values files were read: the password in REDIS_URL matches Valkey's, so no release has an error.
  await expect(page.locator('[data-problem-severity="error"]')).toHaveCount(0);
  await expect(page.locator('[data-problem-release="chat"]').first()).toBeVisible();

  // A bundle zip is read too: the same stack comes back from its own download.
  const { files } = await downloadZip(page, /Download bundle/);
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
  await page.getByRole('button', { name: 'Import helmfile' }).click();
  await dialog.getByTestId('helmfile-files').setInputFiles([{ name: 'stack-bundle.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }]);
  await expect(dialog).toContainText('2 releases read: cache (percona-valkey, chatpulse), chat (chatpulse, chatpulse)');
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await page.getByRole('dialog', { name: 'Replace the stack?' }).getByRole('button', { name: 'Replace stack' }).click();
  await expect(page.locator('nav[aria-label="Releases"] [data-release]')).toHaveCount(2);
});
