// One flow per chart through the UI: a value that breaks a rule of the chart, the error naming it,
// the fix that clears it, and what the preview then shows. Param paths come from each chart's
// rules.ts and schema.ts.
import { expect, test } from '@playwright/test';
import { charts } from '../src/charts';
import { choose, manifestText, openChart, problemsNaming, setNumber, setSwitch, setText } from './helpers';

test.describe('percona-valkey', () => {

  test('cluster mode with too few pods is an error; six pods form the cluster', async ({ page }) => {
    await openChart(page, 'percona-valkey');
    const tooFew = problemsNaming(page, 'error', 'cluster.replicas');
    await expect(tooFew).toHaveCount(0);
    await expect(manifestText(page)).not.toContainText('cluster-init-job.yaml');

    await choose(page, 'mode', 'cluster');
    await setNumber(page, 'cluster.replicas', 3);
    await expect(tooFew).toHaveCount(1);
    await expect(tooFew).toContainText('at least 3');

    await setNumber(page, 'cluster.replicas', 6);
    await expect(tooFew).toHaveCount(0);
    const preview = manifestText(page);
    await expect(preview).toContainText(/kind: StatefulSet[\s\S]*\n {2}replicas: 6\n/);
    await expect(preview).toContainText('# Source: percona-valkey/templates/cluster-init-job.yaml');
  });
});

test.describe('kube-stager', () => {

  test('two replicas need leader election', async ({ page }) => {
    await openChart(page, 'kube-stager');
    const splitBrain = problemsNaming(page, 'error', 'deployment.replicas');

    await setNumber(page, 'deployment.replicas', 2);
    await setSwitch(page, 'config.leaderElection', false);
    await expect(splitBrain).toHaveCount(1);
    await expect(splitBrain).toHaveAttribute('data-problem-params', /(^| )config\.leaderElection( |$)/);

    await setSwitch(page, 'config.leaderElection', true);
    await expect(splitBrain).toHaveCount(0);
    await expect(manifestText(page)).toContainText(/kind: Deployment[\s\S]*\n {2}replicas: 2\n/);
  });
});

test.describe('kraken', () => {

  test('an external MongoDB needs a replica set URI', async ({ page }) => {
    await openChart(page, 'kraken');
    const uriProblem = problemsNaming(page, 'error', 'mongodb.external.uri');
    await expect(uriProblem).toHaveCount(0);
    await expect(manifestText(page)).toContainText('# Source: kraken/charts/mongodb/');

    // Bundled off: the chart's example URI is only a placeholder warning.
    await setSwitch(page, 'mongodb.bundled', false);
    await expect(problemsNaming(page, 'warning', 'mongodb.external.uri')).toHaveCount(1);
    await expect(uriProblem).toHaveCount(0);

    await setText(page, 'mongodb.external.uri', 'mongodb://kraken:pw@mongo.db:27017/kraken');
    await expect(uriProblem).toHaveCount(1);
    await expect(uriProblem).toContainText('replica set');

    const uri = 'mongodb://kraken:pw@mongo.db:27017/kraken?replicaSet=rs0';
    await setText(page, 'mongodb.external.uri', uri);
    await expect(uriProblem).toHaveCount(0);
    const preview = manifestText(page);
    await expect(problemsNaming(page, 'warning', 'mongodb.external.uri')).toHaveCount(0);
    await expect(preview).toContainText(`MONGODB_URL: ${uri}`);
    await expect(preview).not.toContainText('# Source: kraken/charts/mongodb/');
  });
});

test.describe('chatpulse', () => {

  test('the placeholder encryption key is an error; a 64-hex key clears it; traefik gives an IngressRoute', async ({ page }) => {
    await openChart(page, 'chatpulse');
    // Plain manifests: no helm release fields that would change nothing.
    await expect(page.getByText('Plain manifests: names and namespace come from the values')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Release name', exact: true })).toHaveCount(0);
    const keyProblem = problemsNaming(page, 'error', 'secrets.TOKEN_ENCRYPTION_KEY');
    await expect(keyProblem).toHaveCount(1);
    await expect(keyProblem).toContainText('TOKEN_ENCRYPTION_KEY');

    await setText(page, 'secrets.TOKEN_ENCRYPTION_KEY', 'abc123');
    await expect(keyProblem).toContainText('6 hex characters');

    await setText(page, 'secrets.TOKEN_ENCRYPTION_KEY', '0123456789abcdef'.repeat(4));
    await expect(keyProblem).toHaveCount(0);

    const preview = manifestText(page);
    await expect(preview).not.toContainText('kind: IngressRoute');
    await choose(page, 'ingress.controller', 'traefik');
    await expect(preview).toContainText('kind: IngressRoute');
    await expect(preview).not.toContainText(/\nkind: Ingress\n/);
  });
});

test('the picker lists every chart of the registry, and the five charts are registered', async ({ page }) => {
  const registered = charts.map((c) => c.id).sort();
  expect(registered).toEqual(expect.arrayContaining(['centrifugo', 'chatpulse', 'kraken', 'kube-stager', 'percona-valkey']));
  await page.goto('/#/');
  const listed = await page.locator('[data-chart]').evaluateAll((items) => items.map((i) => i.getAttribute('data-chart')));
  expect(listed.sort()).toEqual(registered);
});

test('the picker lists the charts in the registry order', async ({ page }) => {
  await page.goto('/#/');
  await expect(page.locator('[data-chart]')).toHaveCount(charts.length);
  const listed = await page.locator('[data-chart]').evaluateAll((items) => items.map((i) => i.getAttribute('data-chart')));
  expect(listed).toEqual(charts.map((c) => c.id));
});
