// Charts given as a PATH (a chart folder or a packaged .tgz) instead of a curated id.
//   template [RELEASE] PATH [-f v.yaml]... [--set a=b]... [--set-string a=b]... [--namespace NS]
//            [--kube-version V] [--api-versions G/V]... [--include-crds] [--skip-tests] [--is-upgrade]
//            [--skip-schema-validation]
// prints exactly what `helm template` (v4.1.4) prints, through the engine; its errors go to stderr as
// helm words them. validate / values / schema / bundle on a PATH go through the generic chart module
// (openChartPath), the same path the app takes for a dropped chart.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findChart } from '../charts';
import { loadPayload, openChart, type ChartPayload, type GenericChartModule } from '../charts/generic/open';
import { applySetExpressions } from '../core';
import type { Values } from '../core/types';
import { loadValues, mergeMaps } from '../engine/chart/valuesFile';
import type { Chart, ChartFiles } from '../engine/chart/types';
import { HelmError, renderChart } from '../engine/helm';
import { isGoMap, mapSet, newMap, type GoMap, type GoValue } from '../engine/value';
import { parseArgs, type ParsedArgs } from './args';
import { CliError, type Io } from './io';

/** Caps for reading a chart folder: files come from wherever the user points. */
const MAX_FILES = 20_000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_TOTAL_BYTES = 100 * 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

/** True when `arg` names a chart on disk rather than a curated chart id. */
export function isChartPath(arg: string | undefined): arg is string {
  if (!arg || findChart(arg)) return false;
  return existsSync(arg);
}

/** Every file of a chart folder (symlinks followed once, as helm's loader does), with size caps. */
export function readChartFolder(dir: string): ChartFiles {
  const files: ChartFiles = new Map();
  let total = 0;
  const seen = new Set<string>();
  const walk = (abs: string, rel: string, depth: number): void => {
    if (depth > MAX_DEPTH) throw new CliError(`chart folder ${dir} is nested deeper than ${MAX_DEPTH} levels`);
    const real = realpathSync(abs);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    for (const name of readdirSync(abs).sort()) {
      const childAbs = join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const st = statSync(childAbs, { throwIfNoEntry: false });
      if (!st) continue; // a dangling symlink
      if (st.isDirectory()) {
        walk(childAbs, childRel, depth + 1);
        continue;
      }
      if (!st.isFile()) continue;
      if (files.size >= MAX_FILES) throw new CliError(`chart folder ${dir} has more than ${MAX_FILES} files`);
      if (st.size > MAX_FILE_BYTES) throw new CliError(`${childRel} in ${dir} is larger than ${MAX_FILE_BYTES} bytes`);
      total += st.size;
      if (total > MAX_TOTAL_BYTES) throw new CliError(`chart folder ${dir} is larger than ${MAX_TOTAL_BYTES} bytes`);
      files.set(childRel, new Uint8Array(readFileSync(childAbs)));
    }
  };
  walk(dir, '', 0);
  return files;
}

/** The chart at `path`: a folder's files, or a file read as a .tgz archive (as helm does). */
export function chartPayloadAt(path: string): ChartPayload {
  const st = lstatSync(path).isSymbolicLink() ? statSync(path) : lstatSync(path);
  if (st.isDirectory()) return { kind: 'folder', files: readChartFolder(path) };
  if (st.size > MAX_ARCHIVE_BYTES) throw new CliError(`${path} is larger than ${MAX_ARCHIVE_BYTES} bytes`);
  return { kind: 'archive', bytes: new Uint8Array(readFileSync(path)) };
}

export function loadChartAt(path: string): Chart {
  try {
    return loadPayload(chartPayloadAt(path));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError((e as Error).message);
  }
}

/** The generic chart module of a chart on disk, for validate / values / schema / bundle. */
export function openChartPath(path: string): GenericChartModule {
  const st = statSync(path);
  const source = st.isDirectory() ? ({ kind: 'folder', label: path } as const) : ({ kind: 'archive', label: basename(path) } as const);
  try {
    return openChart(chartPayloadAt(path), source);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError((e as Error).message);
  }
}

// ---- values as helm layers them: -f files (numbers float64), then --set (integers int64) ----

const FLOAT_MARK = '\u0000float:';

/** Numbers from files hide behind marker strings while --set applies, so they stay float64. */
function markFloats(v: GoValue, floats: number[]): unknown {
  if (typeof v === 'number') {
    floats.push(v);
    return `${FLOAT_MARK}${floats.length - 1}`;
  }
  if (Array.isArray(v)) return v.map((x) => markFloats(x ?? null, floats));
  if (isGoMap(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: markFloats(v[k] ?? null, floats), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** Back to the engine's model: marked floats return, numbers --set wrote become int64. */
function toGoValue(v: unknown, floats: number[], depth = 0): GoValue {
  if (depth > 200) throw new CliError('values are nested too deeply');
  if (typeof v === 'string' && v.startsWith(FLOAT_MARK)) return floats[Number(v.slice(FLOAT_MARK.length))];
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map((x) => toGoValue(x, floats, depth + 1));
  if (typeof v === 'object' && v !== null) {
    const m = newMap();
    for (const k of Object.keys(v)) mapSet(m, k, toGoValue((v as Record<string, unknown>)[k], floats, depth + 1));
    return m;
  }
  return v as GoValue;
}

/** helm's MergeValues for -f and --set / --set-string, in the engine's value model. */
export function helmUserValues(args: ParsedArgs, io: Io): GoMap {
  let base = newMap();
  for (const file of args.valueFiles) {
    let text: string;
    try {
      text = io.readFile(file); // `-` is standard input (bounded, see readInput.ts)
    } catch (e) {
      throw new CliError(`open ${file}: ${(e as Error).message}`);
    }
    try {
      base = mergeMaps(base, loadValues(text));
    } catch (e) {
      throw new CliError(`failed to parse ${file}: ${(e as Error).message}`);
    }
  }
  if (args.sets.length === 0) return base;
  const floats: number[] = [];
  let applied: Values;
  try {
    applied = applySetExpressions(markFloats(base, floats) as Values, args.sets);
  } catch (e) {
    throw new CliError(`failed parsing --set data: ${(e as Error).message}`);
  }
  return toGoValue(applied, floats) as GoMap;
}

// ---- template ----

interface HelmFlags {
  kubeVersion?: string;
  apiVersions: string[];
  includeCrds: boolean;
  skipTests: boolean;
  isUpgrade: boolean;
  skipSchemaValidation: boolean;
}

const VALUE_FLAGS = new Set(['--kube-version', '--api-versions', '-a']);
const BOOL_FLAGS = new Set(['--include-crds', '--skip-tests', '--is-upgrade', '--skip-schema-validation']);

/** Takes the helm-only flags out of argv; the rest goes to the CLI's own parser. */
export function splitHelmFlags(argv: string[]): { flags: HelmFlags; rest: string[] } {
  const flags: HelmFlags = { apiVersions: [], includeCrds: false, skipTests: false, isUpgrade: false, skipSchemaValidation: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (VALUE_FLAGS.has(flag)) {
      const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new CliError(`flag needs an argument: ${flag}`);
      if (flag === '--kube-version') flags.kubeVersion = value;
      else flags.apiVersions.push(...value.split(',').filter(Boolean));
    } else if (BOOL_FLAGS.has(flag)) {
      const on = eq > 0 ? raw.slice(eq + 1) !== 'false' : true;
      if (flag === '--include-crds') flags.includeCrds = on;
      else if (flag === '--skip-tests') flags.skipTests = on;
      else if (flag === '--is-upgrade') flags.isUpgrade = on;
      else flags.skipSchemaValidation = on;
    } else rest.push(raw);
  }
  return { flags, rest };
}

/** helm's stderr for an error ("Error: ..." and, once rendering started, the --debug hint). */
export function helmErrorText(e: HelmError): string {
  return `Error: ${e.message}${e.phase === 'render' ? '\n\nUse --debug flag to render out invalid YAML' : ''}`;
}

/**
 * `template [RELEASE] PATH ...` when PATH is a chart on disk: exit code, or undefined when argv is
 * not that (the caller goes on with the curated charts).
 */
export function runAnyChartTemplate(argv: string[], io: Io): number | undefined {
  if (argv[0] !== 'template') return undefined;
  let split: { flags: HelmFlags; rest: string[] };
  let args: ParsedArgs;
  try {
    split = splitHelmFlags(argv);
    args = parseArgs(split.rest);
  } catch {
    return undefined; // let the main parser report usage errors
  }
  const [a, b] = args.positionals;
  const path = b ?? a;
  if (!isChartPath(path)) return undefined;
  try {
    const chart = loadChartAt(path);
    const user = helmUserValues(args, io);
    const result = renderChart(chart, user, {
      releaseName: b ? a : 'release-name',
      namespace: args.namespace ?? 'default',
      kubeVersion: split.flags.kubeVersion,
      apiVersions: split.flags.apiVersions,
      includeCrds: split.flags.includeCrds,
      skipTests: split.flags.skipTests,
      isUpgrade: split.flags.isUpgrade,
      skipSchemaValidation: split.flags.skipSchemaValidation,
    });
    io.out(result.text);
    return 0;
  } catch (e) {
    if (e instanceof HelmError) io.err(helmErrorText(e));
    else io.err(`Error: ${(e as Error).message}`);
    return 1;
  }
}
