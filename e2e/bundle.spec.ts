// "Download bundle" on a chart page: the zip of the current configuration, laid out as the core
// writes it (README, helmfile.yaml, and a release folder with values, schema and manifests).
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { choose, downloadZip, openChart, setNumber, setText } from './helpers';

test('the bundle of a Centrifugo configuration holds values, schema, manifests and the way back', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await setNumber(page, 'replicaCount', 3);
  await choose(page, 'config.engine.type', 'redis');
  await setText(page, 'config.engine.redis.address', 'redis://redis-master:6379');
  await page.getByRole('textbox', { name: 'Release name', exact: true }).fill('rt');
  await page.getByRole('textbox', { name: 'Namespace', exact: true }).fill('apps');

  const { files, download } = await downloadZip(page, /Download bundle/);
  expect(download.suggestedFilename()).toBe('rt-centrifugo-bundle.zip');
  await expect(page.locator('[data-message="action"]')).toContainText('Downloaded rt-centrifugo-bundle.zip');

  const paths = Object.keys(files);
  expect(paths).toEqual(expect.arrayContaining(['README.md', 'helmfile.yaml', 'rt/values.yaml', 'rt/values.schema.json']));
  const manifests = paths.filter((p) => p.startsWith('rt/manifests/'));
  // helm template --output-dir layout: <chart>/templates/<file>.
  expect(manifests).toContain('rt/manifests/centrifugo/templates/deployment.yaml');
  expect(paths.every((p) => ['README.md', 'helmfile.yaml'].includes(p) || p.startsWith('rt/'))).toBe(true);

  expect(load(files['rt/values.yaml'])).toEqual({ replicaCount: 3, config: { engine: { type: 'redis', redis: { address: 'redis://redis-master:6379' } } } });
  expect(files['rt/values.yaml'].split('\n')[0]).toBe('# yaml-language-server: $schema=values.schema.json');
  expect(JSON.parse(files['rt/values.schema.json'])).toMatchObject({ type: 'object', properties: { replicaCount: expect.any(Object) } });
  expect(files['rt/manifests/centrifugo/templates/deployment.yaml']).toMatch(/\n {2}replicas: 3\n/);
  expect(files['rt/manifests/centrifugo/templates/deployment.yaml']).toContain('namespace: apps');
  const helmfile = load(files['helmfile.yaml']) as { releases: { name: string; namespace: string; values: string[] }[] };
  expect(helmfile.releases).toEqual([expect.objectContaining({ name: 'rt', namespace: 'apps', values: ['./rt/values.yaml'] })]);
  // The README links back to this configuration.
  expect(files['README.md']).toMatch(/#\/centrifugo\?s=2\./);
});
