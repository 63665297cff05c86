// Developer/CI tool: renders every public chart of ../shared/corpus and every upstream seed chart of
// ../shared/upstream/charts with the real helm and with our CLI (`template PATH`, the any-chart
// engine), for the chart's defaults and for value sets of ours, and compares them object by object.
// Fields that differ between two runs of helm itself (generated passwords, certificates) are masked.
// Where helm fails, we must fail with the same message. Prints a table; exits 1 when a row differs.
//   npx tsx scripts/verify-corpus.ts [CHART...] [--verbose]
// Value sets: scripts/corpus-values/<chart>/<name>.values.yaml, and for the seed charts also the
// fixtures of src/charts/<chart>/fixtures (release name and namespace from their header).
// HELM_BIN overrides where helm is looked for.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { run } from '../src/cli/main';
import { loadCrypto } from '../src/engine/sprig';
import { listFixtures } from '../src/core/testing/fixtureKit';
import { findTool } from './helmTools';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '../shared');
const verbose = process.argv.includes('--verbose');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));

interface ValueSet {
  name: string;
  file?: string;
  release: string;
  namespace: string;
}

interface Outcome {
  ok: boolean;
  stdout: string;
  stderr: string;
}

interface Doc {
  source: string;
  data: unknown;
}

function chartDirs(): { name: string; dir: string; fixtures?: string }[] {
  const out: { name: string; dir: string; fixtures?: string }[] = [];
  for (const root of [join(shared, 'corpus'), join(shared, 'upstream/charts')]) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'Chart.yaml'))) continue;
      const fixtures = join(repo, 'src/charts', name, 'fixtures');
      out.push({ name, dir, fixtures: root.endsWith('charts') && existsSync(fixtures) ? fixtures : undefined });
    }
  }
  return out.filter((c) => wanted.length === 0 || wanted.includes(c.name));
}

function valueSets(chart: { name: string; fixtures?: string }): ValueSet[] {
  const sets: ValueSet[] = [{ name: 'defaults', release: 'release-name', namespace: 'default' }];
  const own = join(repo, 'scripts/corpus-values', chart.name);
  if (existsSync(own)) {
    for (const f of readdirSync(own).sort()) {
      if (f.endsWith('.values.yaml')) sets.push({ name: f.slice(0, -'.values.yaml'.length), file: join(own, f), release: 'release-name', namespace: 'default' });
    }
  }
  if (chart.fixtures) {
    for (const fx of listFixtures(chart.fixtures)) {
      sets.push({ name: `fixture:${fx.name}`, file: fx.valuesFile, release: fx.release.name, namespace: fx.release.namespace });
    }
  }
  return sets;
}

function argsFor(dir: string, set: ValueSet): string[] {
  return ['template', set.release, dir, '--namespace', set.namespace, ...(set.file ? ['-f', set.file] : [])];
}

function runHelm(helm: string, dir: string, set: ValueSet): Outcome {
  try {
    const stdout = execFileSync(helm, argsFor(dir, set), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, stdout, stderr: '' };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, stdout: err.stdout ?? '', stderr: err.stderr ?? String(e) };
  }
}

function runOurs(dir: string, set: ValueSet): Outcome {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = run(argsFor(dir, set), {
      out: (t) => {
        stdout += t;
      },
      err: (l) => {
        stderr += `${l}\n`;
      },
      readFile: (p) => readFileSync(p, 'utf8'),
    });
  } catch (e) {
    return { ok: false, stdout, stderr: `crash: ${(e as Error).stack ?? String(e)}` };
  }
  return { ok: code === 0, stdout, stderr };
}

/** The documents of `helm template` output, each with its `# Source:` path and parsed data. */
function documents(text: string): Doc[] {
  const out: Doc[] = [];
  for (const chunk of text.split(/^---\n(?=# Source: )/m)) {
    const source = /^# Source: (.*)$/m.exec(chunk)?.[1];
    if (!source) continue;
    let data: unknown;
    try {
      data = parseAllDocuments(chunk, { uniqueKeys: false }).map((d) => d.toJS({ maxAliasCount: -1 }));
    } catch (e) {
      data = `<unparsable: ${(e as Error).message}>`;
    }
    out.push({ source, data });
  }
  return out;
}

const MASK = '<differs between helm runs>';

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Paths where two helm renders differ; masking them in both sides compares what is deterministic. */
function randomPaths(a: unknown, b: unknown, path: string, out: Set<string>): void {
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => randomPaths(x, b[i], `${path}[${i}]`, out));
    return;
  }
  if (isMap(a) && isMap(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) randomPaths(a[k], b[k], `${path}.${k}`, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.add(path);
}

function mask(v: unknown, path: string, paths: Set<string>): unknown {
  if (paths.has(path)) return MASK;
  if (Array.isArray(v)) return v.map((x, i) => mask(x, `${path}[${i}]`, paths));
  if (isMap(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = mask(v[k], `${path}.${k}`, paths);
    return out;
  }
  return v;
}

/** The first difference between two values, as "path: helm X, ours Y". */
function firstDifference(h: unknown, o: unknown, path: string): string | null {
  if (Array.isArray(h) && Array.isArray(o)) {
    for (let i = 0; i < Math.min(h.length, o.length); i++) {
      const d = firstDifference(h[i], o[i], `${path}[${i}]`);
      if (d) return d;
    }
    return h.length === o.length ? null : `${path}: helm ${h.length} items, ours ${o.length}`;
  }
  if (isMap(h) && isMap(o)) {
    for (const k of Object.keys(h)) {
      if (!(k in o)) return `${path}.${k}: missing in ours (helm ${show(h[k])})`;
      const d = firstDifference(h[k], o[k], `${path}.${k}`);
      if (d) return d;
    }
    for (const k of Object.keys(o)) if (!(k in h)) return `${path}.${k}: only in ours (${show(o[k])})`;
    return null;
  }
  return JSON.stringify(h) === JSON.stringify(o) ? null : `${path || '(root)'}: helm ${show(h)}, ours ${show(o)}`;
}

function show(v: unknown): string {
  const t = JSON.stringify(v) ?? String(v);
  return t.length > 100 ? `${t.slice(0, 97)}...` : t;
}

function label(d: Doc): string {
  const first = Array.isArray(d.data) ? d.data[0] : undefined;
  const kind = isMap(first) ? String(first.kind ?? '?') : '?';
  const name = isMap(first) && isMap(first.metadata) ? String(first.metadata.name ?? '?') : '?';
  return `${kind}/${name} (${d.source})`;
}

interface Row {
  chart: string;
  set: string;
  equal: number;
  total: number;
  text: boolean;
  first: string;
}

/** helm's error text, without the "Error: " prefix and the --debug hint. */
function errorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => !/^level=|^WARNING|^walk\.go/.test(l));
  return lines.join('\n').replace(/^Error: /, '').replace(/\n*Use --debug flag to render out invalid YAML\n*$/, '').trim();
}

/** Byte-equal output, except on lines where helm's two runs differ (generated secrets). */
function sameText(h1: string, h2: string, ours: string): boolean {
  if (h1 === ours) return true;
  const a = h1.split('\n');
  const b = h2.split('\n');
  const o = ours.split('\n');
  if (a.length !== o.length || a.length !== b.length) return false;
  return a.every((line, i) => line === o[i] || line !== b[i]);
}

function compare(helm: string, chart: { name: string; dir: string }, set: ValueSet): Row {
  const row: Row = { chart: chart.name, set: set.name, equal: 0, total: 0, text: false, first: '' };
  const first = runHelm(helm, chart.dir, set);
  const ours = runOurs(chart.dir, set);
  if (!first.ok) {
    const expected = errorLine(first.stderr);
    const got = ours.ok ? '(ours rendered)' : errorLine(ours.stderr);
    row.total = 1;
    row.equal = got === expected ? 1 : 0;
    row.text = row.equal === 1;
    row.first = row.equal ? `both fail: ${expected.split('\n')[0]}` : `helm fails: ${show(expected)}; ours: ${show(got)}`;
    return row;
  }
  if (!ours.ok) {
    row.total = documents(first.stdout).length;
    row.first = `ours fails: ${show(errorLine(ours.stderr))}`;
    return row;
  }
  const second = runHelm(helm, chart.dir, set);
  const h1 = documents(first.stdout);
  const h2 = documents(second.stdout);
  const o = documents(ours.stdout);
  row.text = sameText(first.stdout, second.stdout, ours.stdout);
  row.total = Math.max(h1.length, o.length);
  for (let i = 0; i < row.total; i++) {
    const h = h1[i];
    const mine = o[i];
    if (!h || !mine) {
      if (!row.first) row.first = h ? `#${i} ${label(h)} missing in ours` : `#${i} only in ours: ${label(mine!)}`;
      continue;
    }
    const paths = new Set<string>();
    if (h2[i] && h2[i].source === h.source) randomPaths(h.data, h2[i].data, '', paths);
    const diff = h.source !== mine.source
      ? `source ${mine.source}, helm ${h.source}`
      : firstDifference(mask(h.data, '', paths), mask(mine.data, '', paths), '');
    if (diff === null) row.equal++;
    else if (!row.first) row.first = `#${i} ${label(h)} ${diff}`;
  }
  return row;
}

function main(): void {
  const charts = chartDirs();
  if (charts.length === 0) {
    console.log(`skipped: no charts in ${join(shared, 'corpus')} or ${join(shared, 'upstream/charts')}`);
    return;
  }
  const helm = findTool('helm');
  if (!helm) {
    console.log('skipped: no helm found (set HELM_BIN)');
    return;
  }
  const rows: Row[] = [];
  for (const chart of charts) {
    for (const set of valueSets(chart)) {
      const row = compare(helm, chart, set);
      rows.push(row);
      if (verbose) console.log(`${row.chart} ${row.set}: ${row.equal}/${row.total} ${row.first}`);
    }
  }
  const width = (k: (r: Row) => string) => Math.max(...rows.map((r) => k(r).length));
  const cw = Math.max(5, width((r) => r.chart));
  const sw = Math.max(9, width((r) => r.set));
  console.log(`${'chart'.padEnd(cw)}  ${'value set'.padEnd(sw)}  objects equal  text  first difference`);
  // text: the whole stdout byte for byte, lines that differ between two helm runs excepted
  for (const r of rows) {
    const counts = `${r.equal} / ${r.total}`.padEnd(13);
    console.log(`${r.chart.padEnd(cw)}  ${r.set.padEnd(sw)}  ${counts}  ${r.text ? 'same' : 'diff'}  ${r.first}`);
  }
  const failed = rows.filter((r) => r.equal !== r.total);
  const objects = rows.reduce((n, r) => n + r.total, 0);
  const equal = rows.reduce((n, r) => n + r.equal, 0);
  console.log(`\n${rows.length - failed.length} of ${rows.length} value sets equal; ${equal} of ${objects} objects equal`);
  if (failed.length > 0) process.exitCode = 1;
}

// Sprig's key and certificate functions load once (the CLI's entry does the same).
await loadCrypto();
main();
