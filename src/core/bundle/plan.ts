// One release as a bundle sees it: the chart, the release, the values to write, the evaluation
// (problems, objects) and where the chart comes from. Single bundles and stacks build the same.
import { evaluate, type Evaluation } from '../evaluate';
import { DEFAULT_KUBE_VERSION, normalizeKubeVersion } from '../kube/versions';
import type { ChartModule, Problem, Release, Values } from '../types';
import { defaultsFromSchema, diffValues, mergeValues } from '../values';
import { chartSource, type ChartSource } from './chartSource';

export interface ReleasePlan {
  chart: ChartModule;
  release: Release;
  /** What values.yaml holds: the minimal diff against the chart defaults (bindings applied). */
  userValues: Values;
  evaluation: Evaluation;
  source: ChartSource;
  /** Folder of this release inside the bundle (its release name). */
  folder: string;
  /** `namespace/name` of releases to install first (helmfile `needs`). */
  needs: string[];
  /** File order for plain manifests (e.g. the order a guide applies them); install order otherwise. */
  applyOrder?: readonly string[];
  /** The Kubernetes version (`1.33`) the objects were checked against; the README names it. */
  kubeVersion?: string;
}

/** A problem of a bundle: of one release, or between releases of a stack. */
export interface BundleProblem extends Problem {
  /** Release the problem belongs to; absent for problems of the whole stack. */
  release?: string;
}

export function planRelease(
  chart: ChartModule,
  release: Release,
  userValues: Values,
  extra: { needs?: string[]; applyOrder?: readonly string[]; kubeVersion?: string } = {},
): ReleasePlan {
  const defaults = defaultsFromSchema(chart.schema);
  const diff = diffValues(defaults, mergeValues(defaults, userValues));
  const evaluation = evaluate(chart, diff, release, undefined, { kubeVersion: extra.kubeVersion });
  return {
    chart,
    release,
    userValues: diff,
    evaluation,
    source: chartSource(chart, evaluation.objects),
    folder: release.name,
    needs: extra.needs ?? [],
    applyOrder: extra.applyOrder ?? chart.applyOrder,
    kubeVersion: normalizeKubeVersion(extra.kubeVersion ?? '') ?? DEFAULT_KUBE_VERSION,
  };
}

export const releaseKey = (r: Release) => `${r.namespace}/${r.name}`;
