// A stack: several releases installed as one system, with bindings that make a parameter of one
// release follow a service of another (e.g. Centrifugo's Redis address follows a Valkey release).
// evaluateStack applies the bindings, evaluates every release, checks the connections between
// releases and puts the releases in dependency order; the UI previews from it, bundles write it.
import type { ChartModule, Problem, Values } from '../types';
import { deepEqual, defaultsFromSchema, deleteAt, mergeValues } from '../values';
import { crossReleaseProblems, pointName, resolveConnections, type Connection } from './crossRules';
import type { Endpoint } from './endpoints';
import { workloadNamespace } from './endpoints';
import { planRelease, releaseKey, type BundleProblem, type ReleasePlan } from './plan';
import { planProblems } from './bundle';
import { consumersOf, providersOf } from './wiringTypes';

export interface StackRelease {
  /** Release name, unique within the stack. */
  name: string;
  namespace: string;
  /** Chart id (see the chart registry). */
  chart: string;
  /** The user's values for this release (overrides of the chart defaults). */
  values: Values;
  /** Releases (by name) to install before this one, besides those its bindings and addresses imply. */
  needs?: string[];
}

/** `consumer`'s binding point `point` follows the endpoint `provider` offers. */
export interface StackBinding {
  consumer: string;
  point: string;
  provider: string;
}

export interface Stack {
  releases: StackRelease[];
  bindings: StackBinding[];
}

export type ChartResolver = (id: string) => ChartModule | undefined;

/** A stack to start from (the registry of such stacks lives with the charts: src/charts/stackPresets.ts). */
export interface StackPreset {
  id: string;
  title: string;
  description: string;
  stack: Stack;
}

export interface AppliedBinding extends StackBinding {
  endpoint?: Endpoint;
  /** What the binding wrote, for README and UI. */
  summary: string;
}

export interface StackEvaluation {
  /** Releases with a known chart, in dependency order (providers first). */
  plans: ReleasePlan[];
  /** Problems of each release (with `release`) and between releases, errors first. */
  problems: BundleProblem[];
  bindings: AppliedBinding[];
  connections: Connection[];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function stackProblem(p: Omit<Problem, 'params'> & { params?: string[] }, release?: string): BundleProblem {
  return { params: [], ...p, ...(release ? { release } : {}) };
}

/** Stable topological order: a release comes after those it needs, otherwise in stack order. */
export function dependencyOrder(names: string[], needs: Map<string, Set<string>>): { order: string[]; cyclic: string[] } {
  const order: string[] = [];
  const placed = new Set<string>();
  let progress = true;
  while (order.length < names.length && progress) {
    progress = false;
    for (const name of names) {
      if (placed.has(name)) continue;
      if ([...(needs.get(name) ?? [])].every((n) => placed.has(n) || !names.includes(n))) {
        order.push(name);
        placed.add(name);
        progress = true;
        break;
      }
    }
  }
  const cyclic = names.filter((n) => !placed.has(n));
  return { order: [...order, ...cyclic], cyclic };
}

function mergedValues(plan: ReleasePlan): Values {
  return mergeValues(defaultsFromSchema(plan.chart.schema), plan.userValues);
}

/** For a stack editor: every binding point of the stack's releases and the releases it could follow. */
export function bindingOptions(stack: Stack, resolveChart: ChartResolver): { consumer: string; point: string; title: string; params: string[]; providers: string[] }[] {
  return stack.releases.flatMap((r) =>
    consumersOf(resolveChart(r.chart)).map((spec) => ({
      consumer: r.name,
      point: spec.point,
      title: spec.title,
      params: spec.params,
      providers: stack.releases.filter((p) => p.name !== r.name && providersOf(resolveChart(p.chart)).some((x) => x.kind === spec.kind)).map((p) => p.name),
    })),
  );
}

/** `kubeVersion`: the Kubernetes version every release's objects are checked against (default: core/kube's). */
export function evaluateStack(stack: Stack, resolveChart: ChartResolver, options: { kubeVersion?: string } = {}): StackEvaluation {
  const problems: BundleProblem[] = [];
  const known: StackRelease[] = [];
  const seen = new Set<string>();
  for (const r of stack.releases) {
    if (seen.has(r.name)) {
      problems.push(stackProblem({ id: 'stack-duplicate-release', severity: 'error', message: `Two releases are named "${r.name}".`, fix: 'Give every release of the stack its own name.' }, r.name));
      continue;
    }
    seen.add(r.name);
    if (!resolveChart(r.chart)) {
      problems.push(stackProblem({ id: 'stack-unknown-chart', severity: 'error', message: `Release "${r.name}" uses chart "${r.chart}", which the configurator does not know.` }, r.name));
      continue;
    }
    known.push(r);
  }
  const byName = new Map(known.map((r) => [r.name, r]));
  const plans = new Map<string, ReleasePlan>();
  const plan = (r: StackRelease, values: Values) => planRelease(resolveChart(r.chart) as ChartModule, { name: r.name, namespace: r.namespace }, values, { kubeVersion: options.kubeVersion });
  for (const r of known) plans.set(r.name, plan(r, r.values));

  // Bindings, providers before consumers.
  const valid: StackBinding[] = [];
  for (const b of stack.bindings) {
    const consumer = byName.get(b.consumer);
    const provider = byName.get(b.provider);
    const spec = consumer && consumersOf(resolveChart(consumer.chart)).find((c) => c.point === b.point);
    const message =
      !consumer ? `The binding names release "${b.consumer}", which is not in the stack.`
      : !provider ? `${spec ? pointName(b.consumer, spec) : `${b.consumer}.${b.point}`} is bound to release "${b.provider}", which is not in the stack.`
      : !spec ? `Chart ${consumer.chart} has no binding point "${b.point}".`
      : !providersOf(resolveChart(provider.chart)).some((p) => p.kind === spec.kind) ? `${b.provider} (${provider.chart}) offers no ${spec.kind} endpoint for ${pointName(b.consumer, spec)}.`
      : b.consumer === b.provider ? `${b.consumer} cannot be bound to itself.`
      : undefined;
    if (message) problems.push(stackProblem({ id: 'stack-binding-invalid', severity: 'error', message }, consumer ? b.consumer : undefined));
    else valid.push(b);
  }
  const bindingNeeds = new Map<string, Set<string>>();
  for (const b of valid) bindingNeeds.set(b.consumer, new Set([...(bindingNeeds.get(b.consumer) ?? []), b.provider]));
  const bindOrder = dependencyOrder(known.map((r) => r.name), bindingNeeds);
  const applied: AppliedBinding[] = [];
  for (const name of bindOrder.order) {
    for (const b of valid.filter((x) => x.consumer === name)) {
      const consumer = byName.get(b.consumer) as StackRelease;
      const providerRelease = byName.get(b.provider) as StackRelease;
      const providerPlan = plans.get(b.provider) as ReleasePlan;
      const spec = consumersOf(resolveChart(consumer.chart)).find((c) => c.point === b.point)!;
      const endpoint = providersOf(resolveChart(providerRelease.chart))
        .filter((p) => p.kind === spec.kind)
        .map((p) => p.endpoint({ release: providerPlan.release, values: mergedValues(providerPlan), objects: providerPlan.evaluation.objects }))
        .find((e) => e !== undefined);
      if (!endpoint) {
        problems.push(stackProblem({ id: 'stack-binding-no-endpoint', severity: 'error', message: `${b.provider} renders no ${spec.kind} Service for ${b.consumer} to connect to.` }, b.consumer));
        applied.push({ ...b, summary: 'not applied: no endpoint' });
        continue;
      }
      const current = plans.get(b.consumer) as ReleasePlan;
      const namespace = workloadNamespace(current.evaluation.objects, current.release);
      const result = spec.bind(current.userValues, endpoint, namespace);
      plans.set(b.consumer, plan(consumer, result.values));
      problems.push(...result.problems.map((p) => ({ ...p, release: b.consumer })));
      applied.push({ ...b, endpoint, summary: `${b.consumer} ${spec.title} -> ${b.provider}: ${result.summary}` });
    }
  }

  // Connections between releases (bound or typed by hand), their problems, and install order.
  const planList = known.map((r) => plans.get(r.name) as ReleasePlan);
  const connections = resolveConnections(planList);
  problems.push(...crossReleaseProblems(planList, connections, valid));
  const needs = new Map<string, Set<string>>();
  for (const c of connections) if (c.provider) needs.set(c.consumer, new Set([...(needs.get(c.consumer) ?? []), c.provider]));
  for (const [consumer, providers] of bindingNeeds) needs.set(consumer, new Set([...(needs.get(consumer) ?? []), ...providers]));
  for (const r of known) for (const n of r.needs ?? []) if (byName.has(n) && n !== r.name) needs.set(r.name, new Set([...(needs.get(r.name) ?? []), n]));
  const { order, cyclic } = dependencyOrder(known.map((r) => r.name), needs);
  if (cyclic.length > 0) {
    problems.push(stackProblem({ id: 'stack-cycle', severity: 'error', message: `Releases ${cyclic.join(', ')} need each other, so there is no order to install them in.`, fix: 'Remove one of the bindings or addresses that form the cycle.' }));
  }
  const ordered = order.map((name) => {
    const p = plans.get(name) as ReleasePlan;
    p.needs = [...(needs.get(name) ?? [])].map((n) => releaseKey((plans.get(n) as ReleasePlan).release));
    return p;
  });
  for (const p of ordered) problems.push(...planProblems(p, true));
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => SEVERITY_RANK[a.p.severity] - SEVERITY_RANK[b.p.severity] || a.i - b.i)
    .map(({ p }) => p);
  return { plans: ordered, problems: sorted, bindings: applied, connections };
}

/**
 * The stack without what its bindings write: a consumer's parameter goes when binding without it
 * gives the same values, and so do needs a binding implies. Values files hold the bound values, so
 * this turns a stack read back from its own bundle into the stack that was written.
 */
export function withoutBoundValues(stack: Stack, resolveChart: ChartResolver): Stack {
  if (stack.bindings.length === 0) return stack;
  const evaluation = evaluateStack(stack, resolveChart);
  const releases = stack.releases.map((r) => {
    let values = r.values;
    const plan = evaluation.plans.find((p) => p.release.name === r.name);
    for (const b of evaluation.bindings) {
      const spec = consumersOf(resolveChart(r.chart)).find((c) => c.point === b.point);
      if (b.consumer !== r.name || !b.endpoint || !spec || !plan) continue;
      const namespace = workloadNamespace(plan.evaluation.objects, plan.release);
      const bound = spec.bind(values, b.endpoint, namespace).values;
      for (const param of spec.params) {
        const without = deleteAt(values, param);
        if (without !== values && deepEqual(spec.bind(without, b.endpoint, namespace).values, bound)) values = without;
      }
    }
    const implied = new Set(stack.bindings.filter((b) => b.consumer === r.name).map((b) => b.provider));
    const needs = (r.needs ?? []).filter((n) => !implied.has(n));
    return { name: r.name, namespace: r.namespace, chart: r.chart, values, ...(needs.length > 0 ? { needs } : {}) };
  });
  return { releases, bindings: stack.bindings };
}
