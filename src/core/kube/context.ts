// What every check gets: the rendered objects with their kinds and names read once, the tracer, and
// one way to word a finding (object, field, what is wrong, why, fix, the parameters behind it).
import { formatPath, type PathSeg } from '../paths';
import type { KubeObject, Problem, RenderedObject, Severity } from '../types';
import { getAt, isMap } from '../values';
import type { ValueTracer } from './tracer';

export interface KubeRef {
  rendered: RenderedObject;
  object: KubeObject;
  kind: string;
  apiVersion: string;
  name: string;
  namespace: string | undefined;
}

export interface Finding {
  ref: KubeRef;
  field: readonly PathSeg[];
  severity: Severity;
  /** What is wrong with the field, e.g. `is "NoSchedul", not one of NoSchedule, ...`. */
  what: string;
  why: string;
  fix: string;
  /** Trace a map key (label/annotation key) rather than the field's value. */
  traceKey?: boolean;
  /** Extra parameters known to the check (e.g. the other side of a comparison). */
  alsoField?: readonly PathSeg[];
}

export interface CheckEnv {
  refs: KubeRef[];
  kubeVersion: string;
  report(id: string, finding: Finding): void;
}

export type KubeCheck = (env: CheckEnv) => void;

export function describeObject(ref: KubeRef): string {
  return `${ref.kind} "${ref.name}"`;
}

export function fieldText(field: readonly PathSeg[]): string {
  return formatPath(field);
}

/**
 * The `why` with the version it was checked against, so a finding read later (a bundle README, a
 * pasted problem) still says which cluster it applies to; a why that already names it is kept.
 */
export function withKubeVersion(why: string, kubeVersion: string): string {
  return why.includes(`Kubernetes ${kubeVersion}`) ? why : `${why} (Kubernetes ${kubeVersion})`;
}

export function makeReporter(tracer: ValueTracer, out: Problem[], kubeVersion: string): (id: string, f: Finding) => void {
  return (id, f) => {
    const params = f.traceKey ? tracer.traceKey(f.ref.object, f.field) : tracer.trace(f.ref.object, f.field);
    if (f.alsoField) for (const p of tracer.trace(f.ref.object, f.alsoField)) if (!params.includes(p)) params.push(p);
    out.push({
      id,
      severity: f.severity,
      message: `${describeObject(f.ref)}: ${fieldText(f.field)} ${f.what}`,
      why: withKubeVersion(f.why, kubeVersion),
      fix: f.fix,
      params,
      doc: 'Kubernetes checks',
    });
  };
}

export function toRefs(objects: readonly RenderedObject[]): KubeRef[] {
  const refs: KubeRef[] = [];
  for (const rendered of objects) {
    const object = rendered.object;
    if (!isMap(object)) continue;
    const metadata = isMap(object.metadata) ? object.metadata : {};
    refs.push({
      rendered,
      object,
      kind: typeof object.kind === 'string' ? object.kind : '',
      apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : '',
      name: typeof metadata.name === 'string' ? metadata.name : '',
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    });
  }
  return refs;
}

/** The value at a path inside a rendered object (own keys only). */
export function fieldAt(root: unknown, segs: readonly PathSeg[]): unknown {
  return getAt(root, segs);
}

export function mapEntries(v: unknown): [string, unknown][] {
  return isMap(v) ? Object.entries(v) : [];
}

export function listItems(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Where each workload kind keeps its pod template (metadata + spec). */
const POD_TEMPLATE_AT: Record<string, readonly PathSeg[]> = {
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export interface PodTemplate {
  ref: KubeRef;
  /** Path of the pod spec inside the object. */
  specAt: readonly PathSeg[];
  spec: Record<string, unknown>;
  /** Path of the pod's labels (template metadata, or the Pod's own metadata). */
  labelsAt: readonly PathSeg[];
  labels: Record<string, unknown>;
}

export function podTemplates(refs: readonly KubeRef[]): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const ref of refs) {
    const base = ref.kind === 'Pod' ? [] : POD_TEMPLATE_AT[ref.kind];
    if (!base) continue;
    const specAt = [...base, 'spec'];
    const spec = fieldAt(ref.object, specAt);
    if (!isMap(spec)) continue;
    const labelsAt = [...base, 'metadata', 'labels'];
    const labels = fieldAt(ref.object, labelsAt);
    out.push({ ref, specAt, spec, labelsAt, labels: isMap(labels) ? labels : {} });
  }
  return out;
}

export interface ContainerAt {
  pod: PodTemplate;
  at: readonly PathSeg[];
  container: Record<string, unknown>;
}

export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

export function containersOf(pod: PodTemplate): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const list of CONTAINER_LISTS) {
    listItems(pod.spec[list]).forEach((container, i) => {
      if (isMap(container)) out.push({ pod, at: [...pod.specAt, list, i], container });
    });
  }
  return out;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
