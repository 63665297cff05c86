// Developer tool: records the `checksum/*` pod annotations the real helm prints for every fixture of
// a chart, which the expectation files blank (normaliseHelmText), so the chart tests
// (describeHelmChecksums in src/core/testing/chartSuites.ts) check them without helm.
//   npx tsx scripts/helm-checksums.ts CHART...
// Renders the upstream chart in ../shared/upstream/charts/CHART like scripts/verify-helm.ts and
// writes src/charts/CHART/fixtures/helm-checksums.json. Run it again after `verify-helm --write`.
// HELM_BIN overrides where helm is looked for.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChart } from '../src/charts';
import { findTool, helmTemplateFixture } from './helmTools';
import { checksumAnnotations, type HelmChecksumFacts } from '../src/core/testing/chartSuites';
import { listFixtures, parseManifests } from '../src/core/testing/fixtureKit';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const helm = findTool('helm') ?? fail('no helm binary found (run ../shared/tools/get-helm or set HELM_BIN)');

function fail(message: string): never {
  throw new Error(message);
}

function record(id: string): boolean {
  const chart = findChart(id);
  const chartDir = resolve(repo, `../shared/upstream/charts/${id}`);
  if (!chart || !existsSync(join(chartDir, 'Chart.yaml'))) {
    console.error(`${id}: no chart module or no upstream chart at ${chartDir}`);
    return false;
  }
  const fixtureDir = join(repo, `src/charts/${id}/fixtures`);
  const facts: HelmChecksumFacts = {
    source: `checksum/* pod annotations helm prints for each fixture of ${chart.chartName} ${chart.version} (scripts/helm-checksums.ts)`,
    checksums: {},
  };
  for (const f of listFixtures(fixtureDir)) {
    const sums = checksumAnnotations(parseManifests(helmTemplateFixture(helm, chartDir, f)));
    // A checksum over a value helm makes up at random cannot be stored; none of ours is.
    const again = checksumAnnotations(parseManifests(helmTemplateFixture(helm, chartDir, f)));
    if (JSON.stringify(sums) !== JSON.stringify(again)) {
      console.error(`${id}/${f.name}: helm prints different checksums on each render`);
      return false;
    }
    facts.checksums[f.name] = sums;
  }
  writeFileSync(join(fixtureDir, 'helm-checksums.json'), `${JSON.stringify(facts, null, 2)}\n`);
  console.log(`${id}: checksums of ${Object.keys(facts.checksums).length} fixtures written`);
  return true;
}

const ids = process.argv.slice(2);
if (ids.length === 0) {
  console.error('usage: npx tsx scripts/helm-checksums.ts CHART...');
  process.exit(2);
}
process.exit(ids.map(record).every(Boolean) ? 0 : 1);
