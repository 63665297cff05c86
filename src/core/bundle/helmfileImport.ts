// Reads a helmfile.yaml into a stack: releases with name, namespace, chart, version, `values`
// (inline maps, or files beside the helmfile read through `readFile`), `set`/`setString` and
// `needs`. Charts are matched by the last segment of `chart` (`centrifugal/centrifugo`,
// `./helm/percona-valkey`, `oci://.../kraken`). Plain-manifests releases, which helmfile cannot
// install, come back from the comment line our own export writes for them, and so do the bindings of
// a stack (the values a binding writes are then left to it again). What this import does not
// evaluate (Go templating, environments, layered or nested helmfiles, remote or encrypted values)
// is refused with a message that says so; nothing here throws for bad input.
import { isMap as isYamlMap, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { releaseCheckMessage } from '../releaseName';
import { checkValuesTree, MAX_STACK_RELEASES } from '../limits';
import { applySetExpressions, SetListBudget } from '../setParser';
import type { ChartModule, Values } from '../types';
import { isMap, layerValues } from '../values';
import { loadYamlDocuments, readValuesText } from '../yaml';
import { BINDING_COMMENT, MANIFESTS_RELEASE_COMMENT } from './helmfileExport';
import { withoutBoundValues, type Stack, type StackBinding, type StackRelease } from './stack';

export interface ImportIssue {
  severity: 'error' | 'warning';
  message: string;
  /** Release the issue belongs to. */
  release?: string;
  /** 1-based line in the helmfile. */
  line?: number;
}

/** A release left out because its chart is not one the configurator knows. */
export interface SkippedRelease {
  name: string;
  chart: string;
  line?: number;
}

export interface HelmfileImportResult {
  /** The releases that could be read (all of them when `ok`). */
  stack: Stack;
  issues: ImportIssue[];
  /** No error: every release of a known chart was read completely. */
  ok: boolean;
  /** Releases of charts the configurator does not know: listed, not imported. */
  skipped: SkippedRelease[];
}

export interface HelmfileImportOptions {
  charts: ChartModule[];
  /** Reads a values file named in the helmfile (path as written there, relative to the helmfile). */
  readFile?: (path: string) => string;
  /** Name of the file, for messages. */
  fileName?: string;
}

/** Top-level keys this import cannot honour, and why. */
const UNSUPPORTED_TOP: Record<string, string> = {
  environments: 'environments (per-environment values selected with --environment)',
  bases: 'bases (state files layered under this one)',
  helmfiles: 'helmfiles (nested helmfile states)',
};

/** Keys that change nothing the configurator models; read past with a warning. */
const IGNORED_TOP = new Set(['helmDefaults', 'hooks', 'commonLabels', 'apiVersions', 'kubeVersion', 'missingFileHandler', 'missingFileHandlerConfig', 'lockFilePath', 'helmBinary', 'kustomizeBinary', 'values', 'templates']);

/** The chart name in a helmfile `chart:` value: its last path segment. */
export function chartNameOf(ref: string): string {
  const path = ref.trim().replace(/^oci:\/\//, '').replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

export function matchChart(ref: string, charts: ChartModule[]): ChartModule | undefined {
  const name = chartNameOf(ref);
  return charts.find((c) => c.chartName === name) ?? charts.find((c) => c.id === name);
}

const REMOTE = /^(?:[a-z0-9]+::|[a-z][a-z0-9+.-]*:\/\/)/i;

/** A `--set` value as helm reads it from a helmfile entry: commas and backslashes escaped. */
function setValueText(value: unknown): string {
  return String(value).replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

interface ReleaseContext {
  name: string;
  line?: number;
  issues: ImportIssue[];
  opts: HelmfileImportOptions;
  /** Shared by every release's set entries (see SetListBudget). */
  budget: SetListBudget;
  skipped: SkippedRelease[];
}

function fail(ctx: ReleaseContext, message: string): void {
  ctx.issues.push({ severity: 'error', message: `release "${ctx.name}": ${message}`, release: ctx.name, ...(ctx.line ? { line: ctx.line } : {}) });
}

function readValuesEntry(ctx: ReleaseContext, entry: unknown): Values | undefined {
  if (isMap(entry)) return entry;
  if (typeof entry !== 'string') {
    fail(ctx, `a values entry must be a map or a file name, not ${JSON.stringify(entry)}.`);
    return undefined;
  }
  if (REMOTE.test(entry)) {
    fail(ctx, `values file "${entry}" is remote (go-getter/URL); this import reads local files only. Download it beside the helmfile and name it by path.`);
    return undefined;
  }
  if (entry.endsWith('.gotmpl')) {
    fail(ctx, `values file "${entry}" is a Go template; this import does not evaluate templates. Render it first (helmfile write-values) and name the result.`);
    return undefined;
  }
  if (!ctx.opts.readFile) {
    fail(ctx, `values file "${entry}" is named, but no files were given beside the helmfile.`);
    return undefined;
  }
  let text: string;
  try {
    text = ctx.opts.readFile(entry);
  } catch (e) {
    fail(ctx, `values file "${entry}" cannot be read (${e instanceof Error ? e.message : String(e)}).`);
    return undefined;
  }
  // The same reader as `helm -f` (documents layered, caps on size, depth and aliases).
  const parsed = readValuesText(text);
  if (!parsed.ok) {
    fail(ctx, parsed.notAMap ? `values file "${entry}" is not a map of keys.` : `values file "${entry}" has a YAML error at line ${parsed.error.line}: ${parsed.error.message}`);
    return undefined;
  }
  return parsed.values;
}

function setExpressions(ctx: ReleaseContext, list: unknown, forceString: boolean): { expr: string; forceString: boolean }[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    fail(ctx, `${forceString ? 'setString' : 'set'} must be a list of {name, value} entries.`);
    return [];
  }
  const out: { expr: string; forceString: boolean }[] = [];
  for (const item of list) {
    if (!isMap(item) || typeof item.name !== 'string') {
      fail(ctx, `every ${forceString ? 'setString' : 'set'} entry needs a name.`);
      continue;
    }
    if ('file' in item) {
      if (!ctx.opts.readFile || typeof item.file !== 'string') {
        fail(ctx, `set ${item.name} reads file "${String(item.file)}", which was not given.`);
        continue;
      }
      try {
        out.push({ expr: `${item.name}=${setValueText(ctx.opts.readFile(item.file))}`, forceString: true });
      } catch (e) {
        fail(ctx, `set ${item.name}: file "${item.file}" cannot be read (${e instanceof Error ? e.message : String(e)}).`);
      }
    } else if (Array.isArray(item.values)) {
      out.push({ expr: `${item.name}={${item.values.map(setValueText).join(',')}}`, forceString });
    } else if (item.value !== undefined && (item.value === null || typeof item.value !== 'object')) {
      out.push({ expr: `${item.name}=${item.value === null ? 'null' : setValueText(item.value)}`, forceString });
    } else {
      fail(ctx, `set ${item.name} needs a scalar value, a values list or a file.`);
    }
  }
  return out;
}

function releaseLines(doc: Document, counter: LineCounter): number[] {
  const releases = doc.get('releases', true);
  if (!isSeq(releases)) return [];
  return releases.items.map((item) => {
    const range = isYamlMap(item) ? item.range : undefined;
    return range ? counter.linePos(range[0]).line : 0;
  });
}

export function importHelmfile(text: string, opts: HelmfileImportOptions): HelmfileImportResult {
  const issues: ImportIssue[] = [];
  const file = opts.fileName ?? 'helmfile.yaml';
  const skipped: SkippedRelease[] = [];
  const empty = (): HelmfileImportResult => ({ stack: { releases: [], bindings: [] }, issues, ok: false, skipped });
  const templated = text.split('\n').findIndex((l) => l.includes('{{'));
  if (templated >= 0 || file.endsWith('.gotmpl')) {
    issues.push({
      severity: 'error',
      message: `${file} uses Go templating ({{ }})${templated >= 0 ? ` at line ${templated + 1}` : ''}; this import reads plain YAML and does not evaluate templates, environment variables or functions. Render the state first (helmfile build prints it with templates evaluated) and import that.`,
      ...(templated >= 0 ? { line: templated + 1 } : {}),
    });
    return empty();
  }
  // The capped reader first: the `yaml` package below only locates lines, on text that passed it.
  const loaded = loadYamlDocuments(text);
  if (!loaded.ok) {
    issues.push({ severity: 'error', message: `${file}: YAML error at line ${loaded.error.line}: ${loaded.error.message}`, line: loaded.error.line });
    return empty();
  }
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter });
  if (!Array.isArray(docs)) return { stack: { releases: [], bindings: [] }, issues, ok: true, skipped };
  for (const d of docs) {
    for (const e of d.errors) {
      const pos = counter.linePos(e.pos[0]);
      issues.push({ severity: 'error', message: `${file}: YAML error at line ${pos.line}: ${e.message.split('\n')[0]}`, line: pos.line });
    }
  }
  if (issues.length > 0) return empty();
  const releases: StackRelease[] = [];
  const budget = new SetListBudget();
  for (const [index, doc] of docs.entries()) {
    const state: unknown = loaded.documents[index];
    if (state === null || state === undefined) continue;
    if (!isMap(state)) {
      issues.push({ severity: 'error', message: `${file}: a helmfile state must be a map (repositories, releases, ...).` });
      continue;
    }
    for (const key of Object.keys(state)) {
      if (UNSUPPORTED_TOP[key]) {
        issues.push({ severity: 'error', message: `${file} uses ${UNSUPPORTED_TOP[key]}, which this import does not support. Render the state for one environment first (helmfile build) and import that.` });
      } else if (IGNORED_TOP.has(key)) {
        issues.push({ severity: 'warning', message: `${file}: "${key}" is read past; it changes nothing the configurator models.` });
      } else if (key !== 'releases' && key !== 'repositories') {
        issues.push({ severity: 'warning', message: `${file}: unknown top-level key "${key}" is ignored.` });
      }
    }
    if (Object.keys(state).some((k) => UNSUPPORTED_TOP[k])) continue;
    const list = state.releases;
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      issues.push({ severity: 'error', message: `${file}: releases must be a list.` });
      continue;
    }
    if (list.length + releases.length > MAX_STACK_RELEASES) {
      issues.push({ severity: 'error', message: `${file} holds more than ${MAX_STACK_RELEASES} releases; a stack holds at most ${MAX_STACK_RELEASES}.` });
      continue;
    }
    const lines = releaseLines(doc, counter);
    list.forEach((raw, i) => {
      const line = lines[i] || undefined;
      if (!isMap(raw) || typeof raw.name !== 'string' || raw.name === '') {
        issues.push({ severity: 'error', message: `${file}: release #${i + 1} has no name.`, ...(line ? { line } : {}) });
        return;
      }
      const ctx: ReleaseContext = { name: raw.name, line, issues, opts, budget, skipped };
      const release = readRelease(ctx, raw);
      if (release) releases.push(release);
    });
  }
  releases.push(...manifestsReleases(text, opts, issues, budget, skipped));
  const bindings = recordedBindings(text, releases, issues);
  const resolveChart = (id: string) => opts.charts.find((c) => c.id === id);
  return { stack: withoutBoundValues({ releases, bindings }, resolveChart), issues, ok: !issues.some((i) => i.severity === 'error'), skipped };
}

/** Bindings recorded in `# configurator-binding: {json}` comment lines, between releases that were read. */
function recordedBindings(text: string, releases: StackRelease[], issues: ImportIssue[]): StackBinding[] {
  const out: StackBinding[] = [];
  const names = new Set(releases.map((r) => r.name));
  text.split('\n').forEach((line, i) => {
    if (!line.trimStart().startsWith(BINDING_COMMENT)) return;
    let record: unknown;
    try {
      record = JSON.parse(line.trimStart().slice(BINDING_COMMENT.length));
    } catch {
      record = undefined;
    }
    if (!isMap(record) || typeof record.consumer !== 'string' || typeof record.point !== 'string' || typeof record.provider !== 'string') {
      issues.push({ severity: 'warning', message: `line ${i + 1}: a binding comment that cannot be read is ignored.`, line: i + 1 });
      return;
    }
    const binding: StackBinding = { consumer: record.consumer, point: record.point, provider: record.provider };
    const missing = [binding.consumer, binding.provider].find((n) => !names.has(n));
    if (missing !== undefined) {
      issues.push({ severity: 'warning', message: `line ${i + 1}: the comment binds ${binding.consumer}.${binding.point} to "${binding.provider}", but this file does not hold a release "${missing}" that could be read; the binding is left out.`, line: i + 1 });
      return;
    }
    if (!out.some((b) => b.consumer === binding.consumer && b.point === binding.point)) out.push(binding);
  });
  return out;
}

/** Releases recorded in `# configurator-manifests-release: {json}` comment lines. */
function manifestsReleases(text: string, opts: HelmfileImportOptions, issues: ImportIssue[], budget: SetListBudget, skipped: SkippedRelease[]): StackRelease[] {
  const out: StackRelease[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.startsWith(MANIFESTS_RELEASE_COMMENT)) return;
    let record: unknown;
    try {
      record = JSON.parse(line.slice(MANIFESTS_RELEASE_COMMENT.length));
    } catch {
      issues.push({ severity: 'warning', message: `line ${i + 1}: a plain-manifests release comment that cannot be read is ignored.`, line: i + 1 });
      return;
    }
    if (!isMap(record) || typeof record.name !== 'string') return;
    const tree = checkValuesTree(record);
    if (!tree.ok) {
      issues.push({ severity: 'warning', message: `line ${i + 1}: a plain-manifests release comment is ignored: ${tree.error}.`, line: i + 1 });
      return;
    }
    const raw: Values = { ...record, values: typeof record.values === 'string' ? [record.values] : record.values };
    const release = readRelease({ name: record.name, line: i + 1, issues, opts, budget, skipped }, raw);
    if (release) out.push(release);
  });
  return out;
}

function readRelease(ctx: ReleaseContext, raw: Values): StackRelease | undefined {
  const warn = (message: string) => ctx.issues.push({ severity: 'warning', message: `release "${ctx.name}": ${message}`, release: ctx.name, ...(ctx.line ? { line: ctx.line } : {}) });
  // helm refuses these names too; here they would become folders and words of commands.
  const refused = releaseCheckMessage({ name: ctx.name, namespace: typeof raw.namespace === 'string' && raw.namespace !== '' ? raw.namespace : 'default' });
  if (refused) {
    ctx.issues.push({ severity: 'error', message: `${refused}; the release is not read.`, ...(ctx.line ? { line: ctx.line } : {}) });
    return undefined;
  }
  if (typeof raw.chart !== 'string' || raw.chart === '') {
    fail(ctx, 'has no chart.');
    return undefined;
  }
  const chart = matchChart(raw.chart, ctx.opts.charts);
  if (!chart) {
    // The known releases still make a stack; this one is listed as skipped, not an error.
    ctx.skipped.push({ name: ctx.name, chart: raw.chart, ...(ctx.line ? { line: ctx.line } : {}) });
    warn(`skipped: chart "${raw.chart}" (${chartNameOf(raw.chart)}) is not one the configurator knows; it knows ${ctx.opts.charts.map((c) => c.chartName).join(', ')}.`);
    return undefined;
  }
  if (raw.installed === false) {
    warn('has installed: false and is left out.');
    return undefined;
  }
  for (const key of ['secrets', 'postRenderer', 'jsonPatches', 'strategicMergePatches', 'transformers', 'dependencies']) {
    if (raw[key] !== undefined) fail(ctx, `uses "${key}", which this import does not support.`);
  }
  if (raw.version !== undefined && String(raw.version) !== chart.version) {
    warn(`asks for chart version ${String(raw.version)}; the configurator models ${chart.chartName} ${chart.version}, so values and objects follow ${chart.version}.`);
  }
  let values: Values = {};
  const entries = raw.values === undefined || raw.values === null ? [] : Array.isArray(raw.values) ? raw.values : [raw.values];
  for (const entry of entries) {
    const read = readValuesEntry(ctx, entry);
    if (read) values = layerValues(values, read);
  }
  const sets = [...setExpressions(ctx, raw.set, false), ...setExpressions(ctx, raw.setString, true)];
  try {
    values = applySetExpressions(values, sets, ctx.budget);
  } catch (e) {
    fail(ctx, `a set entry cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const namespace = typeof raw.namespace === 'string' && raw.namespace !== '' ? raw.namespace : 'default';
  const needs = Array.isArray(raw.needs) ? raw.needs.filter((n): n is string => typeof n === 'string').map((n) => n.slice(n.lastIndexOf('/') + 1)) : [];
  return { name: ctx.name, namespace, chart: chart.id, values, ...(needs.length > 0 ? { needs } : {}) };
}
