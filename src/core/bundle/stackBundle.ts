// The bundle of a stack: one folder per release, helmfile.yaml with `needs` in dependency order,
// and a README covering the wiring, the prerequisites of all releases and every problem.
import { filesForPlans, type BundleFiles, type BundleOptions } from './bundle';
import { evaluateStack, type ChartResolver, type Stack, type StackEvaluation } from './stack';

/** README lines for the wiring: bindings, then addresses that reach another release unbound. */
export function wiringLines(evaluation: StackEvaluation): string[] {
  const lines = evaluation.bindings.map((b) => b.summary);
  for (const c of evaluation.connections) {
    if (!c.provider || evaluation.bindings.some((b) => b.consumer === c.consumer && b.point === c.point)) continue;
    lines.push(`${c.consumer} ${c.spec.title} -> ${c.provider}: address ${c.address} (typed, not bound)`);
  }
  return lines;
}

/** The bundle of an evaluated stack (the UI already holds the evaluation it previews). */
export function stackBundleFiles(evaluation: StackEvaluation, opts: BundleOptions = {}): BundleFiles {
  return filesForPlans(evaluation.plans, evaluation.problems, { ...opts, wiring: wiringLines(evaluation), bindings: evaluation.bindings });
}

export function buildStackBundle(stack: Stack, resolveChart: ChartResolver, opts: BundleOptions = {}): BundleFiles {
  return stackBundleFiles(evaluateStack(stack, resolveChart), opts);
}

/** How many release names a stack bundle's file name spells out before it counts the rest. */
const NAMED_RELEASES = 3;

/**
 * A file name for the stack download: `<release>-<release>-stack-bundle.zip` in stack order, the
 * rest counted (`-and-2-more`), so bundles of different stacks do not overwrite each other.
 */
export function stackBundleFileName(stack: Stack): string {
  const names = stack.releases.map((r) => r.name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '')).filter(Boolean);
  const shown = names.slice(0, NAMED_RELEASES);
  const more = names.length - shown.length;
  return [...shown, ...(more > 0 ? [`and-${more}-more`] : []), 'stack-bundle.zip'].join('-');
}
