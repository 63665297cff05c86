// Developer tool, not part of the tests: records facts of the real chart that the expectation
// files cannot hold, so the tests check them without helm.
//   npx tsx src/charts/kraken/devtools/recordHelmFacts.ts CHART_WITH_SUBCHARTS
// - fixtures/<name>.subcharts.json: for fixtures with bundled stores, the projection (subchartFacts)
//   of the real Bitnami objects we summarise.
// (fixtures/helm-checksums.json, the checksum annotations helm prints, is scripts/helm-checksums.ts's.)
// CHART_WITH_SUBCHARTS is a copy of helm/kraken with its Chart.yaml dependencies block and
// charts/mongodb (15.6.22) and charts/redis (19.6.4), each with its charts/common, taken from
// bitnami/charts at the commits that released them. The shared upstream copy lacks them.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFixtures, parseManifests, type Fixture } from '../../../core/testing/fixtureKit';
import { truthy } from '../../../core/goTemplate';
import { defaultsFromSchema, getAt, mergeValues } from '../../../core/values';
import { schema } from '../schema';
import { projectObject, sortFacts, SUMMARISED_TEMPLATES } from '../subchartFacts';
import { findTool, helmTemplateFixture } from '../../../../scripts/helmTools';

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = resolve(here, '../fixtures');
const helm = findTool('helm') ?? fail('no helm binary found (run ../shared/tools/get-helm or set HELM_BIN)');

function fail(message: string): never {
  throw new Error(message);
}

function subchartFacts(fullChart: string, f: Fixture): unknown {
  const first = parseManifests(helmTemplateFixture(helm, fullChart, f));
  const second = parseManifests(helmTemplateFixture(helm, fullChart, f));
  const summarised = (m: { template: string }) => (SUMMARISED_TEMPLATES as readonly string[]).includes(m.template);
  const generated: Record<string, string[]> = {};
  const objects = first.filter(summarised).map((m) => {
    const twin = second.find((s) => s.template === m.template && s.object.metadata.name === m.object.metadata.name);
    const data = (getAt(m.object, 'data') ?? {}) as Record<string, string>;
    const random = Object.keys(data).filter((k) => getAt(twin?.object, ['data', k]) !== data[k]);
    if (random.length > 0) generated[String(m.object.metadata.name)] = random;
    return projectObject(m.template, m.object, random);
  });
  return { source: 'helm template with the Bitnami mongodb 15.6.22 and redis 19.6.4 subcharts', generated, objects: sortFacts(objects) };
}

function main(): number {
  const fullChart = process.argv[2];
  if (!fullChart || !existsSync(join(fullChart, 'charts/mongodb')) || !existsSync(join(fullChart, 'charts/redis'))) {
    console.error('usage: recordHelmFacts.ts CHART_WITH_SUBCHARTS (a helm/kraken copy holding charts/mongodb and charts/redis)');
    return 2;
  }
  const defaults = defaultsFromSchema(schema);
  let written = 0;
  for (const f of listFixtures(fixtureDir)) {
    const values = mergeValues(defaults, f.values);
    if (truthy(getAt(values, 'mongodb.bundled')) || truthy(getAt(values, 'redis.bundled'))) {
      writeFileSync(join(fixtureDir, `${f.name}.subcharts.json`), `${JSON.stringify(subchartFacts(fullChart, f), null, 2)}\n`);
      console.log(`${f.name}: subchart facts written`);
      written++;
    }
  }
  console.log(`subchart facts of ${written} fixtures written`);
  return 0;
}

process.exit(main());
