// `diff [RELEASE] CHART --from OLD.yaml --to NEW.yaml`: the unified diff of the manifests the two
// configurations render, then what `helm upgrade` from the old to the new one does, one line each.
// Both sides share -f files and --set flags (under the side's own --from/--to files and
// --from-set/--to-set flags); --from-release/--from-namespace name the old side's release when it
// differs (its objects' names then change with it). Both sides are checked against --kube-version
// (default: the newest schema set); the Kubernetes problems the new side brings are listed after the
// impact. Exit 2 when the API server would refuse the upgrade or a new object, 1 on bad input.
import { unifiedDiff, upgradeImpact, upgradeRefused } from '../core/diff';
import { evaluate } from '../core/evaluate';
import type { Evaluation } from '../core/pipeline';
import type { ChartModule, Problem, Release, Values } from '../core/types';
import type { ParsedArgs } from './args';
import { problemLine, summaryLine } from './format';
import { CliError, type Io } from './io';

/** What the command borrows from main.ts (the same chart lookup, values layering and release checks). */
export interface DiffDeps {
  requireChart(id: string | undefined): ChartModule;
  userValuesFrom(chart: ChartModule, args: ParsedArgs, io: Io): Values;
  releaseFrom(args: ParsedArgs, name?: string): Release;
  /** The Kubernetes version both sides are checked against (--kube-version, already validated). */
  kubeVersion?: string;
}

/** The arguments one side's values come from: shared files and flags first, then the side's own. */
function sideArgs(args: ParsedArgs, side: 'from' | 'to'): ParsedArgs {
  const own = side === 'from' ? { files: args.from, sets: args.fromSets } : { files: args.to, sets: args.toSets };
  return { ...args, valueFiles: [...args.valueFiles, ...own.files], sets: [...args.sets, ...own.sets.map((expr) => ({ expr, forceString: false }))] };
}

/** Input that cannot be compared: the values break the schema, or the chart failed to render them. */
function badInput(side: string, result: Evaluation): string | undefined {
  if (result.renderError) return `${side}: render failed: ${result.renderError}`;
  const schema = result.problems.filter((p) => p.id === 'schema');
  return schema.length > 0 ? `${side}: ${schema.map((p) => problemLine(p)).join('; ')}` : undefined;
}

/** The old side's release: the new side's unless --from-release / --from-namespace say otherwise (same checks). */
function fromReleaseOf(args: ParsedArgs, deps: DiffDeps, release: Release): Release {
  if (args.fromRelease === undefined && args.fromNamespace === undefined) return release;
  return deps.releaseFrom({ ...args, namespace: args.fromNamespace ?? release.namespace }, args.fromRelease ?? release.name);
}

/**
 * The new side's Kubernetes findings (`kube-*`: what the API server refuses or warns about) that the
 * old side does not have: what this upgrade brings, not what was already there.
 */
export function newKubeProblems(before: Evaluation, after: Evaluation): Problem[] {
  const key = (p: Problem) => JSON.stringify([p.id, p.severity, p.message, p.params]);
  const old = new Set(before.problems.filter((p) => p.id.startsWith('kube-')).map(key));
  return after.problems.filter((p) => p.id.startsWith('kube-') && p.severity !== 'info' && !old.has(key(p)));
}

/** ` (release NAME in NS)` on a diff header, only when the two sides' releases differ. */
function releaseNote(release: Release, other: Release): string {
  return release.name === other.name && release.namespace === other.namespace ? '' : ` (release ${release.name} in ${release.namespace})`;
}

export function runDiff(args: ParsedArgs, io: Io, deps: DiffDeps): number {
  const [a, b] = args.positionals;
  const chart = deps.requireChart(b ?? a);
  const release = deps.releaseFrom(args, b ? a : undefined);
  const fromRelease = fromReleaseOf(args, deps, release);
  const beforeValues = deps.userValuesFrom(chart, sideArgs(args, 'from'), io);
  const afterValues = deps.userValuesFrom(chart, sideArgs(args, 'to'), io);
  const options = { kubeVersion: deps.kubeVersion };
  const before = evaluate(chart, beforeValues, fromRelease, undefined, options);
  const after = evaluate(chart, afterValues, release, undefined, options);
  const refused = badInput('--from', before) ?? badInput('--to', after);
  if (refused) throw new CliError(refused);

  const label = (files: string[], sets: string[]) => [...args.valueFiles, ...files, ...sets.map((s) => `--set ${s}`)].join(' ') || 'chart defaults';
  io.out(unifiedDiff(before.yaml, after.yaml, {
    from: label(args.from, args.fromSets) + releaseNote(fromRelease, release),
    to: label(args.to, args.toSets) + releaseNote(release, fromRelease),
  }));
  const impact = upgradeImpact({ before, after, beforeValues, afterValues, release, chartChecks: chart.upgradeChecks });
  const kube = newKubeProblems(before, after);
  for (const p of [...impact, ...kube]) io.out(problemLine(p) + '\n');
  io.err(summaryLine([...impact, ...kube]));
  return upgradeRefused(impact) || kube.some((p) => p.severity === 'error') ? 2 : 0;
}
