// Every rendered object checked as the API server would: its rules that no schema holds (names,
// labels, quantities, tolerations, ports, selectors...) and, where the kind's validator is loaded,
// the OpenAPI schema of the chosen Kubernetes version. Pure and synchronous; never throws.
import { formatPath, type PathSeg } from '../paths';
import type { Problem, RenderedObject, Values } from '../types';
import { checkAutoscalers, checkDisruptionBudgets, checkServicePorts, checkWorkloadSelectors } from './checks/selectors';
import { checkContainerNames, checkContainerPorts, checkProbes, checkQuantities, checkRequestsWithinLimits } from './checks/containers';
import { checkLabelsAndAnnotations, checkNames } from './checks/metadata';
import { checkTolerations } from './checks/tolerations';
import { makeReporter, toRefs, type CheckEnv, type Finding, type KubeCheck, type KubeRef } from './context';
import { checkSchemas } from './openapi';
import { indexValues, type ValueTracer } from './tracer';
import { DEFAULT_KUBE_VERSION, normalizeKubeVersion, removedApi } from './versions';

export interface KubeCheckContext {
  values: Values;
  userValues: Values;
  /** `1.36` or `v1.36.2`; defaults to the newest version we carry a schema set for. */
  kubeVersion?: string;
}

/** Enough to show everything that matters; a flood of findings helps nobody. */
const MAX_PROBLEMS = 200;

const checkRemovedApis: KubeCheck = (env) => {
  for (const ref of env.refs) {
    const removed = removedApi(ref.apiVersion, ref.kind, env.kubeVersion);
    if (!removed) continue;
    env.report('kube-api-version', {
      ref, field: ['apiVersion'], severity: 'error',
      what: `${ref.apiVersion} is no longer served (removed in Kubernetes ${removed.removedIn}).`,
      why: `A Kubernetes ${env.kubeVersion} cluster does not know this API version, so the object cannot be created.`,
      fix: `Use ${removed.use} (charts usually pick it from the cluster version: helm template --kube-version).`,
    });
  }
};

/** The API server's own rules, in the order their findings are listed. */
export const KUBE_CHECKS: readonly { id: string; title: string; check: KubeCheck }[] = [
  { id: 'kube-api-version', title: 'API versions the cluster version still serves', check: checkRemovedApis },
  { id: 'kube-name', title: 'Object names are DNS-1123 subdomains (Services: DNS-1035 labels)', check: checkNames },
  { id: 'kube-label', title: 'Label keys are qualified names, values at most 63 characters (also annotations: kube-annotation)', check: checkLabelsAndAnnotations },
  { id: 'kube-container-name', title: 'Container names are unique DNS-1123 labels', check: checkContainerNames },
  { id: 'kube-port', title: 'Port names at most 15 characters and unique in a pod, port numbers 1-65535', check: checkContainerPorts },
  { id: 'kube-quantity', title: 'Resource quantities parse (1Gi, 500m; not 1GB)', check: checkQuantities },
  { id: 'kube-resources', title: 'Requests not above limits', check: checkRequestsWithinLimits },
  { id: 'kube-toleration', title: 'Toleration operator, effect, key and value', check: checkTolerations },
  { id: 'kube-probe', title: 'Probes have one handler, on a port the container exposes', check: checkProbes },
  { id: 'kube-selector', title: 'Workload selectors match their pod template labels', check: checkWorkloadSelectors },
  { id: 'kube-service-port', title: 'Service ports named when several, unique, 1-65535', check: checkServicePorts },
  { id: 'kube-pdb', title: 'PodDisruptionBudgets select pods of the release, one of minAvailable / maxUnavailable', check: checkDisruptionBudgets },
  { id: 'kube-hpa', title: 'Autoscaler targets exist, minReplicas not above maxReplicas', check: checkAutoscalers },
];

export function checkObjects(objects: readonly RenderedObject[], ctx: KubeCheckContext): Problem[] {
  const problems: Problem[] = [];
  try {
    const kubeVersion = normalizeKubeVersion(ctx.kubeVersion ?? '') ?? DEFAULT_KUBE_VERSION;
    // Values are indexed only once something is reported: a clean render (most keystrokes) skips it.
    let tracer: ValueTracer | undefined;
    const lazyTracer: ValueTracer = {
      trace: (root, field) => (tracer ??= indexValues(ctx.values, ctx.userValues)).trace(root, field),
      traceKey: (root, field) => (tracer ??= indexValues(ctx.values, ctx.userValues)).traceKey(root, field),
    };
    const reportProblem = makeReporter(lazyTracer, problems, kubeVersion);
    const reported = new Set<string>();
    const refIds = new Map<KubeRef, number>();
    const fieldKey = (ref: KubeRef, field: readonly PathSeg[]) => {
      if (!refIds.has(ref)) refIds.set(ref, refIds.size);
      return `${refIds.get(ref)}|${formatPath(field)}`;
    };
    const env: CheckEnv = {
      refs: toRefs(objects),
      kubeVersion,
      report(id: string, finding: Finding) {
        if (problems.length >= MAX_PROBLEMS) return;
        reported.add(fieldKey(finding.ref, finding.field));
        reportProblem(id, finding);
      },
    };
    for (const { id, title, check } of KUBE_CHECKS) {
      try {
        check(env);
      } catch (e) {
        problems.push(checkFailed(id, title, e));
      }
    }
    try {
      checkSchemas(env, (ref, field) => {
        // A field one of our own checks already explained (or one inside it) is not repeated.
        for (let n = field.length; n > 0; n--) if (reported.has(fieldKey(ref, field.slice(0, n)))) return true;
        return false;
      });
    } catch (e) {
      problems.push(checkFailed('kube-schema', 'OpenAPI schema', e));
    }
  } catch (e) {
    problems.push(checkFailed('kube-checks', 'Kubernetes checks', e));
  }
  return problems;
}

/**
 * The Kubernetes problems to list beside the chart's own: a finding about a parameter the chart
 * already refused (`runAsNonRoot: "yes"`, a port of 0) says the same thing twice.
 */
export function withoutRepeats(problems: readonly Problem[], kube: readonly Problem[]): Problem[] {
  // A value already refused at its field (the chart's schema, helm's schema check of an opened
  // chart, a chart rule) needs no second error saying the API server would refuse it too.
  const refused = new Set(problems.filter((p) => p.severity === 'error' && !p.id.startsWith('kube-')).flatMap((p) => p.params));
  return kube.filter((p) => !(p.params.length > 0 && p.params.every((param) => refused.has(param))));
}

function checkFailed(id: string, title: string, e: unknown): Problem {
  return {
    id,
    severity: 'warning',
    message: `The Kubernetes check "${title}" could not run: ${e instanceof Error ? e.message : String(e)}`,
    params: [],
  };
}
