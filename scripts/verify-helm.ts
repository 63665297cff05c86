// Developer tool: renders every Centrifugo fixture with the real helm (upstream chart 13.0.0) and
// with our renderer, and prints OK or the first differences per fixture. Not part of the tests.
//   npx tsx scripts/verify-helm.ts            compare
//   npx tsx scripts/verify-helm.ts --write    also (re)write fixtures/<name>.expected.yaml from helm
// HELM_BIN overrides where helm is looked for.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  compareManifests,
  listFixtures,
  normaliseHelmText,
  normaliseRendered,
  parseManifests,
  type Fixture,
} from '../src/charts/centrifugo/fixtures/fixtureKit';
import { render } from '../src/charts/centrifugo/render';
import { manifestsToYaml, sortForInstall } from '../src/core/render';
import type { Values } from '../src/core/types';
import { mergeValues } from '../src/core/values';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chartDir = resolve(repo, '../shared/upstream/charts/centrifugo');
const write = process.argv.includes('--write');

function findHelm(): string | undefined {
  const candidates = [
    process.env.HELM_BIN,
    join(homedir(), '.cache/helm-bin/helm'),
    join(homedir(), '.cache/chart-configurator-helm/helm'),
  ].filter((c): c is string => Boolean(c));
  const onPath = (process.env.PATH ?? '').split(':').map((d) => join(d, 'helm'));
  return [...candidates, ...onPath].find((c) => existsSync(c));
}

/** Chart defaults: from our schema when it is there, else from the upstream values.yaml. */
async function chartDefaults(): Promise<{ defaults: Values; from: string }> {
  try {
    const { schema } = await import('../src/charts/centrifugo/schema');
    const { defaultsFromSchema } = await import('../src/core/values');
    return { defaults: defaultsFromSchema(schema), from: 'our schema' };
  } catch {
    const text = readFileSync(join(chartDir, 'values.yaml'), 'utf8');
    return { defaults: parse(text, { version: '1.1' }) as Values, from: 'upstream values.yaml (schema not loadable)' };
  }
}

function helmTemplate(helm: string, f: Fixture): string {
  return execFileSync(helm, ['template', f.release.name, chartDir, '-f', f.valuesFile, '--namespace', f.release.namespace], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const CHECKSUM_RE = /checksum\/config: ([0-9a-f]{64})/;

async function main(): Promise<number> {
  const helm = findHelm();
  if (!existsSync(chartDir) || !helm) {
    console.log(`skipped: ${!helm ? 'no helm binary found (set HELM_BIN)' : `no upstream chart at ${chartDir}`}`);
    return 0;
  }
  const { defaults, from } = await chartDefaults();
  console.log(`helm: ${helm}\nchart: ${chartDir}\ndefaults: ${from}\n`);
  let failed = 0;
  let objects = 0;
  let checksums = 0;
  const fixtures = listFixtures();
  for (const f of fixtures) {
    let helmText: string;
    try {
      helmText = helmTemplate(helm, f);
    } catch (e) {
      failed++;
      console.log(`FAIL ${f.name}: helm failed: ${(e as { stderr?: string }).stderr ?? String(e)}`);
      continue;
    }
    const normalised = normaliseHelmText(helmText);
    if (write) writeFileSync(f.expectedFile, normalised);
    const ours = sortForInstall(render(mergeValues(defaults, f.values) as never, f.release));
    const expected = parseManifests(normalised);
    const diffs = compareManifests(expected, normaliseRendered(ours));
    // The same objects after our YAML printer and back must still equal helm's.
    const printed = parseManifests(manifestsToYaml('centrifugo', ours));
    diffs.push(...compareManifests(expected, normaliseRendered(printed)).map((d) => `printed YAML: ${d}`));
    // The checksum is computed the chart's way, so it can be checked exactly here.
    const helmSum = CHECKSUM_RE.exec(helmText)?.[1];
    const deployment = ours.find((o) => o.object.kind === 'Deployment')?.object as { spec?: { template?: { metadata?: { annotations?: Record<string, string> } } } } | undefined;
    const ourSum = deployment?.spec?.template?.metadata?.annotations?.['checksum/config'];
    if (helmSum && helmSum !== ourSum) diffs.push(`checksum/config: helm ${helmSum}, ours ${String(ourSum)}`);
    else if (helmSum) checksums++;
    objects += ours.length;
    if (diffs.length === 0) console.log(`OK   ${f.name} (${ours.length} objects)`);
    else {
      failed++;
      console.log(`FAIL ${f.name}\n${diffs.slice(0, 12).map((d) => `     ${d}`).join('\n')}${diffs.length > 12 ? `\n     ... ${diffs.length - 12} more` : ''}`);
    }
  }
  console.log(`\n${fixtures.length - failed}/${fixtures.length} fixtures equal, ${objects} objects compared, ${checksums} checksums identical${write ? ', expectations written' : ''}`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
