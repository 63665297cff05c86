// Objects that point at other objects: workload selectors against their own template, Service
// ports, PodDisruptionBudgets that must select some pod, autoscalers whose target must exist.
import type { PathSeg } from '../../paths';
import { isMap } from '../../values';
import { portName } from '../apiNames';
import { fieldAt, listItems, podTemplates, str, type CheckEnv, type KubeRef, type PodTemplate } from '../context';

const SELECTING_WORKLOADS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** Does a LabelSelector (matchLabels + matchExpressions) select these labels? */
export function selects(selector: Record<string, unknown>, labels: Record<string, unknown>): boolean {
  if (isMap(selector.matchLabels)) {
    for (const [k, v] of Object.entries(selector.matchLabels)) if (!Object.hasOwn(labels, k) || labels[k] !== v) return false;
  }
  for (const expr of listItems(selector.matchExpressions)) {
    if (!isMap(expr) || typeof expr.key !== 'string') return false;
    const has = Object.hasOwn(labels, expr.key);
    const value = has ? labels[expr.key] : undefined;
    const values = listItems(expr.values);
    switch (expr.operator) {
      case 'In': if (!has || !values.includes(value)) return false; break;
      case 'NotIn': if (has && values.includes(value)) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

function isEmptySelector(selector: Record<string, unknown>): boolean {
  const labels = isMap(selector.matchLabels) ? Object.keys(selector.matchLabels).length : 0;
  return labels === 0 && listItems(selector.matchExpressions).length === 0;
}

export function checkWorkloadSelectors(env: CheckEnv): void {
  for (const pod of podTemplates(env.refs)) {
    if (!SELECTING_WORKLOADS.has(pod.ref.kind)) continue;
    const selector = fieldAt(pod.ref.object, ['spec', 'selector']);
    const field: PathSeg[] = ['spec', 'selector'];
    if (!isMap(selector) || isEmptySelector(selector)) {
      env.report('kube-selector', {
        ref: pod.ref, field, severity: 'error',
        what: 'is missing or empty.',
        why: `The API server requires a ${pod.ref.kind} to select its pods with a non-empty selector.`,
        fix: 'Select the pods by the labels their template carries.',
      });
    } else if (!selects(selector, pod.labels)) {
      env.report('kube-selector', {
        ref: pod.ref, field, severity: 'error', alsoField: pod.labelsAt,
        what: `does not match the pod template's labels (${pod.labelsAt.join('.')}).`,
        why: `The API server refuses a ${pod.ref.kind} whose selector does not select its own pods.`,
        fix: 'Make the template carry every label the selector names (check label overrides on one side only).',
      });
    }
  }
}

export function checkServicePorts(env: CheckEnv): void {
  for (const ref of env.refs) {
    if (ref.kind !== 'Service') continue;
    const ports = listItems(fieldAt(ref.object, ['spec', 'ports']));
    const names = new Set<string>();
    ports.forEach((port, i) => {
      if (!isMap(port)) return;
      const at: PathSeg[] = ['spec', 'ports', i];
      const name = str(port.name) ?? '';
      if (ports.length > 1 && name === '') {
        env.report('kube-service-port', {
          ref, field: at, severity: 'error',
          what: 'has no name, and the Service has more than one port.',
          why: 'The API server requires a name on every port of a Service with several ports.',
          fix: 'Name each port (e.g. "http", "grpc").',
        });
      }
      if (name !== '' && names.has(name)) {
        env.report('kube-service-port', {
          ref, field: [...at, 'name'], severity: 'error',
          what: `"${name}" names two ports of the Service.`,
          why: 'The API server refuses duplicate port names in a Service.',
          fix: 'Give each port its own name.',
        });
      }
      names.add(name);
      const number = port.port;
      if (!(typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 65535)) {
        env.report('kube-service-port', {
          ref, field: [...at, 'port'], severity: 'error',
          what: `is ${JSON.stringify(number)}, not a port number (1-65535).`,
          why: 'The API server refuses Service ports outside 1-65535 and ports given as text.',
          fix: 'Set a whole number between 1 and 65535 (unquoted).',
        });
      }
      const target = port.targetPort;
      if (typeof target === 'string' && !/^\d+$/.test(target)) {
        const bad = portName(target);
        if (bad) {
          env.report('kube-service-port', {
            ref, field: [...at, 'targetPort'], severity: 'error',
            what: `"${target}" ${bad}.`,
            why: 'A named target port must be a container port name (an IANA service name).',
            fix: 'Name a port the pods declare, or give the number.',
          });
        }
      }
    });
  }
}

function sameNamespace(a: KubeRef, b: KubeRef): boolean {
  return (a.namespace ?? '') === (b.namespace ?? '');
}

export function checkDisruptionBudgets(env: CheckEnv): void {
  const pods = podTemplates(env.refs);
  for (const ref of env.refs) {
    if (ref.kind !== 'PodDisruptionBudget') continue;
    const spec = fieldAt(ref.object, ['spec']);
    if (!isMap(spec)) continue;
    if (spec.minAvailable !== undefined && spec.minAvailable !== null && spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
      env.report('kube-pdb', {
        ref, field: ['spec', 'maxUnavailable'], severity: 'error', alsoField: ['spec', 'minAvailable'],
        what: 'is set together with minAvailable.',
        why: 'The API server accepts only one of minAvailable and maxUnavailable.',
        fix: 'Keep one of them.',
      });
    }
    const selector = spec.selector;
    const selected = isMap(selector) && pods.some((p: PodTemplate) => sameNamespace(p.ref, ref) && selects(selector, p.labels));
    if (!selected) {
      env.report('kube-pdb', {
        ref, field: ['spec', 'selector'], severity: 'warning',
        what: 'selects no pod of this release.',
        why: 'A PodDisruptionBudget that selects nothing protects nothing during node drains.',
        fix: 'Select the labels of the pods it should protect.',
      });
    }
  }
}

export function checkAutoscalers(env: CheckEnv): void {
  for (const ref of env.refs) {
    if (ref.kind !== 'HorizontalPodAutoscaler') continue;
    const spec = fieldAt(ref.object, ['spec']);
    if (!isMap(spec)) continue;
    const min = spec.minReplicas;
    const max = spec.maxReplicas;
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      env.report('kube-hpa', {
        ref, field: ['spec', 'minReplicas'], severity: 'error', alsoField: ['spec', 'maxReplicas'],
        what: `(${min}) is above maxReplicas (${max}).`,
        why: 'The API server refuses an autoscaler whose minimum exceeds its maximum.',
        fix: 'Lower minReplicas or raise maxReplicas.',
      });
    }
    const target = spec.scaleTargetRef;
    if (!isMap(target)) continue;
    const found = env.refs.some((r) => r.kind === target.kind && r.name === target.name && sameNamespace(r, ref));
    if (!found) {
      env.report('kube-hpa', {
        ref, field: ['spec', 'scaleTargetRef', 'name'], severity: 'warning',
        what: `names ${String(target.kind)} "${String(target.name)}", which this release does not create.`,
        why: 'An autoscaler whose target does not exist scales nothing and reports FailedGetScale.',
        fix: 'Point scaleTargetRef at the workload the chart renders (kind and name).',
      });
    }
  }
}
