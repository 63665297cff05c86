// Developer tool: renders every fixture of a chart with the real helm (the upstream chart at the
// version we model, in ../shared/upstream/charts/<chart>) and with our renderer, and prints OK or the
// first differences per fixture. It also round-trips each fixture through the values file we
// download (valuesFileText): helm must accept that file and render the same objects as from the
// fixture itself. Not part of the tests: a clone has no upstream chart or helm.
//   npx tsx scripts/verify-helm.ts [CHART...]          compare (default: every chart with fixtures)
//   npx tsx scripts/verify-helm.ts CHART --write       also (re)write fixtures/<name>.expected.yaml from helm
// HELM_BIN overrides where helm is looked for.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charts, findChart } from '../src/charts';
import { findTool, helmTemplateFixture } from './helmTools';
import { manifestsToYaml, sortForInstall } from '../src/core/render';
import {
  compareManifests, listFixtures, markRandomValues, normaliseHelmText, normaliseRendered, parseManifests, type Fixture,
} from '../src/core/testing/fixtureKit';
import type { ChartModule } from '../src/core/types';
import { defaultsFromSchema, getAt, mergeValues } from '../src/core/values';
import { valuesFileText } from '../src/core/valuesFile';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const write = process.argv.includes('--write');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));


/**
 * The values file we would download for the fixture's values, rendered by helm, must give the same
 * objects as the fixture file itself (helm against helm: our renderer plays no part). `expected` is
 * helm's normalised output for the fixture.
 */
function roundTripDiffs(helm: string, chartDir: string, chart: ChartModule, f: Fixture, expected: string, tmp: string): string[] {
  const file = join(tmp, `${f.name}.values.yaml`);
  writeFileSync(file, valuesFileText(chart, f.values));
  let text: string;
  try {
    text = helmTemplateFixture(helm, chartDir, f, file);
    text = markRandomValues(text, helmTemplateFixture(helm, chartDir, f, file));
  } catch (e) {
    return [`helm rejected our values file: ${((e as { stderr?: string }).stderr ?? String(e)).trim()}`];
  }
  const normalised = normaliseHelmText(text);
  if (normalised === expected) return [];
  const diffs = compareManifests(parseManifests(expected), parseManifests(normalised));
  return diffs.length > 0 ? diffs : ['same objects, different text'];
}

const CHECKSUM_RE = /checksum\/config: "?([0-9a-f]{64})/;

function verifyChart(helm: string, chart: ChartModule): { fixtures: number; failed: number } {
  const chartDir = resolve(repo, `../shared/upstream/charts/${chart.id}`);
  const fixtureDir = join(repo, `src/charts/${chart.id}/fixtures/`);
  if (!existsSync(chartDir) || !existsSync(fixtureDir)) {
    console.log(`skipped ${chart.id}: ${existsSync(chartDir) ? 'no fixtures' : `no upstream chart at ${chartDir}`}`);
    return { fixtures: 0, failed: 0 };
  }
  const defaults = defaultsFromSchema(chart.schema);
  console.log(`== ${chart.id}: ${chartDir}`);
  let failed = 0;
  let objects = 0;
  let roundTrips = 0;
  const tmp = mkdtempSync(join(tmpdir(), `verify-helm-${chart.id}-`));
  const fixtures = listFixtures(fixtureDir);
  for (const f of fixtures) {
    let helmText: string;
    let secondText: string;
    try {
      helmText = helmTemplateFixture(helm, chartDir, f);
      // A second render shows which values helm makes up at random (generated passwords).
      secondText = helmTemplateFixture(helm, chartDir, f);
    } catch (e) {
      failed++;
      console.log(`FAIL ${f.name}: helm failed: ${(e as { stderr?: string }).stderr ?? String(e)}`);
      continue;
    }
    const normalised = normaliseHelmText(markRandomValues(helmText, secondText));
    if (write) writeFileSync(f.expectedFile, normalised);
    // Objects of subcharts the upstream copy does not hold (Kraken's Bitnami dependencies, which we
    // only summarise) cannot be compared with helm here.
    const hasSubcharts = existsSync(join(chartDir, 'charts'));
    const ours = sortForInstall(chart.render(mergeValues(defaults, f.values), f.release)).filter(
      (o) => hasSubcharts || !o.template.startsWith('charts/'),
    );
    const expected = parseManifests(normalised);
    const diffs = compareManifests(expected, normaliseRendered(ours));
    // The same objects after our YAML printer and back must still equal helm's.
    const printed = parseManifests(manifestsToYaml(chart.chartName, ours));
    diffs.push(...compareManifests(expected, normaliseRendered(printed)).map((d) => `printed YAML: ${d}`));
    // Where we compute a config checksum the chart's way, it can be checked exactly here.
    const helmSum = CHECKSUM_RE.exec(helmText)?.[1];
    const workload = ours.find((o) => o.object.kind === 'Deployment' || o.object.kind === 'StatefulSet')?.object;
    const ourSum = getAt(workload, ['spec', 'template', 'metadata', 'annotations', 'checksum/config']);
    if (helmSum && ourSum !== undefined && helmSum !== ourSum) diffs.push(`checksum/config: helm ${helmSum}, ours ${String(ourSum)}`);
    const roundTrip = roundTripDiffs(helm, chartDir, chart, f, normalised, tmp);
    if (roundTrip.length === 0) roundTrips++;
    diffs.push(...roundTrip.map((d) => `values file round trip: ${d}`));
    objects += ours.length;
    if (diffs.length === 0) console.log(`OK   ${f.name} (${ours.length} objects)`);
    else {
      failed++;
      console.log(`FAIL ${f.name}\n${diffs.slice(0, 12).map((d) => `     ${d}`).join('\n')}${diffs.length > 12 ? `\n     ... ${diffs.length - 12} more` : ''}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  console.log(
    `${fixtures.length - failed}/${fixtures.length} fixtures equal, ${objects} objects compared, ` +
      `${roundTrips}/${fixtures.length} values files round-trip through helm${write ? ', expectations written' : ''}\n`,
  );
  return { fixtures: fixtures.length, failed };
}

function main(): number {
  const helm = findTool('helm');
  if (!helm) {
    console.log('skipped: no helm binary found (run ../shared/tools/get-helm or set HELM_BIN)');
    return 0;
  }
  const selected = wanted.length > 0 ? wanted.map((id) => findChart(id) ?? id) : charts;
  let failed = 0;
  for (const chart of selected) {
    if (typeof chart === 'string') {
      console.log(`unknown chart ${chart}`);
      failed++;
      continue;
    }
    failed += verifyChart(helm, chart).failed;
  }
  return failed > 0 ? 1 : 0;
}

process.exit(main());
