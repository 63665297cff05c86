// Developer tool: opens every public chart of ../shared/corpus (and the upstream seed charts) as the
// app opens a dropped chart, renders its defaults and its value sets (scripts/corpus-values/<chart>),
// and lists what the Kubernetes checks (src/core/kube) say, for every Kubernetes version we carry.
// A chart that installs on a real cluster should raise no error: exits 1 when one does.
//   npx tsx scripts/kube-corpus.ts [CHART...] [--all]   (--all also prints warnings and infos)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openChartPath } from '../src/cli/anyChart';
import { evaluate } from '../src/core/evaluate';
import { KUBE_VERSIONS, loadAllKubeSchemas } from '../src/core/kube';
import { loadYamlText } from '../src/core/yamlText';
import { loadCrypto } from '../src/engine/sprig';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '../shared');
const showAll = process.argv.includes('--all');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function chartDirs(): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [];
  for (const base of [join(shared, 'corpus'), join(shared, 'upstream/charts')]) {
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const dir = join(base, name);
      if (existsSync(join(dir, 'Chart.yaml')) && (wanted.length === 0 || wanted.includes(name))) out.push({ name, dir });
    }
  }
  return out;
}

function valueSets(name: string): { label: string; values: Record<string, unknown> }[] {
  const sets: { label: string; values: Record<string, unknown> }[] = [{ label: 'defaults', values: {} }];
  const dir = join(repo, 'scripts/corpus-values', name);
  if (!existsSync(dir)) return sets;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.values.yaml')).sort()) {
    const parsed = loadYamlText(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${name}/${file}: ${parsed.error}`);
    const values = parsed.value;
    if (values && typeof values === 'object' && !Array.isArray(values)) sets.push({ label: file, values: values as Record<string, unknown> });
  }
  return sets;
}

await loadCrypto();
for (const version of KUBE_VERSIONS) await loadAllKubeSchemas(version);
let errors = 0;
for (const { name, dir } of chartDirs()) {
  const chart = openChartPath(dir);
  for (const { label, values } of valueSets(name)) {
    for (const kubeVersion of KUBE_VERSIONS) {
      const result = evaluate(chart, values, { name: 'release-name', namespace: 'default' }, undefined, { kubeVersion });
      const kube = result.problems.filter((p) => p.id.startsWith('kube-'));
      const bad = kube.filter((p) => p.severity === 'error');
      errors += bad.length;
      console.log(`${bad.length === 0 ? 'ok  ' : 'FAIL'} ${name} ${label} (Kubernetes ${kubeVersion}): ${result.objects.length} objects, ${bad.length} error(s), ${kube.length - bad.length} other${result.renderError ? `; render failed: ${result.renderError}` : ''}`);
      for (const p of showAll ? kube : bad) console.log(`     ${p.severity} ${p.id} [${p.params.join(', ')}] ${p.message}`);
    }
  }
}
process.exitCode = errors > 0 ? 1 : 0;
