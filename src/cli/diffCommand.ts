// `diff [RELEASE] CHART --from OLD.yaml --to NEW.yaml`: the unified diff of the manifests the two
// configurations render, then what `helm upgrade` from the old to the new one does, one line each.
// Both sides share -f files and --set flags (under the side's own --from/--to files and
// --from-set/--to-set flags); --from-release/--from-namespace name the old side's release when it
// differs (its objects' names then change with it). Exit 2 when the API server would refuse the upgrade, 1 on bad input.
import { unifiedDiff, upgradeImpact, upgradeRefused } from '../core/diff';
import { evaluate } from '../core/evaluate';
import type { Evaluation } from '../core/pipeline';
import type { ChartModule, Release, Values } from '../core/types';
import type { ParsedArgs } from './args';
import { problemLine, summaryLine } from './format';
import { CliError, type Io } from './io';

/** What the command borrows from main.ts (the same chart lookup, values layering and release checks). */
export interface DiffDeps {
  requireChart(id: string | undefined): ChartModule;
  userValuesFrom(chart: ChartModule, args: ParsedArgs, io: Io): Values;
  releaseFrom(args: ParsedArgs, name?: string): Release;
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
  const before = evaluate(chart, beforeValues, fromRelease);
  const after = evaluate(chart, afterValues, release);
  const refused = badInput('--from', before) ?? badInput('--to', after);
  if (refused) throw new CliError(refused);

  const label = (files: string[], sets: string[]) => [...args.valueFiles, ...files, ...sets.map((s) => `--set ${s}`)].join(' ') || 'chart defaults';
  io.out(unifiedDiff(before.yaml, after.yaml, {
    from: label(args.from, args.fromSets) + releaseNote(fromRelease, release),
    to: label(args.to, args.toSets) + releaseNote(release, fromRelease),
  }));
  const impact = upgradeImpact({ before, after, beforeValues, afterValues, release, chartChecks: chart.upgradeChecks });
  for (const p of impact) io.out(problemLine(p) + '\n');
  io.err(summaryLine(impact));
  return upgradeRefused(impact) ? 2 : 0;
}
