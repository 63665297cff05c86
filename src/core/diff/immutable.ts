// Fields the Kubernetes API server refuses to change on an existing object: `helm upgrade` patches
// the object and fails with "field is immutable" (or "Forbidden: updates to statefulset spec ...").
import type { KubeObject, Problem } from '../types';
import { deepEqual, getAt, isMap } from '../values';
import { paramsFeeding } from './valueChanges';
import { describe, nsFlag, patched, type PatchedObject, type UpgradeInput } from './upgradeInput';

export const IMMUTABLE_ID = 'upgrade-immutable-field';

/** The StatefulSet spec fields an update may change (apps/v1 validation); every other one is refused. */
const STATEFULSET_MUTABLE = new Set(['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds', 'revisionHistoryLimit']);

/** Storage requests blanked: a size-only change of volumeClaimTemplates is the volume check's. */
function withoutStorage(templates: unknown): unknown {
  if (!Array.isArray(templates)) return templates;
  return templates.map((t) => {
    const copy: unknown = structuredClone(t);
    const requests = getAt(copy, 'spec.resources.requests');
    if (isMap(requests)) delete requests.storage;
    return copy;
  });
}

function changedAt(p: PatchedObject, path: string): boolean {
  return !deepEqual(getAt(p.before, path), getAt(p.after, path));
}

interface Refusal {
  fields: string[];
  /** What the user can do: how to migrate. */
  fix: string;
  why?: string;
}

function recreate(object: KubeObject, orphan: boolean): string {
  const cmd = `kubectl delete ${object.kind.toLowerCase()} ${String(object.metadata.name ?? '')}${nsFlag(object)}${orphan ? ' --cascade=orphan' : ''}`;
  return orphan
    ? `Keep the old value, or delete the ${object.kind} without its pods before upgrading (\`${cmd}\`): the upgrade creates it anew, pods and volumes stay; old pods its new selector does not match run on until you delete them.`
    : `Keep the old value, or delete the ${object.kind} before upgrading (\`${cmd}\`) so the upgrade creates it anew.`;
}

function selectorRefusal(p: PatchedObject): Refusal | undefined {
  if (!changedAt(p, 'spec.selector')) return undefined;
  return {
    fields: ['spec.selector'],
    why: 'A workload\'s selector is fixed at creation, so its pods stay its own; selectors usually follow the name labels (nameOverride, the release name).',
    fix: recreate(p.after, true),
  };
}

function statefulSetRefusal(p: PatchedObject): Refusal | undefined {
  const before = isMap(p.before.spec) ? p.before.spec : {};
  const after = isMap(p.after.spec) ? p.after.spec : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => {
    if (STATEFULSET_MUTABLE.has(key)) return false;
    const [a, b] = [Object.hasOwn(before, key) ? before[key] : undefined, Object.hasOwn(after, key) ? after[key] : undefined];
    return key === 'volumeClaimTemplates' ? !deepEqual(withoutStorage(a), withoutStorage(b)) : !deepEqual(a, b);
  });
  if (fields.length === 0) return undefined;
  return {
    fields: fields.map((f) => `spec.${f}`),
    why: 'A StatefulSet may only change replicas, its pod template, updateStrategy, minReadySeconds, revisionHistoryLimit, ordinals and its PVC retention policy; the API server refuses any other change.',
    fix: recreate(p.after, true),
  };
}

function jobRefusal(p: PatchedObject): Refusal | undefined {
  const fields = ['spec.template', 'spec.selector', 'spec.completionMode'].filter((f) => changedAt(p, f));
  if (fields.length === 0) return undefined;
  return {
    fields,
    why: 'A Job\'s pod template is fixed once it exists (it may already have run).',
    fix: `Delete the finished Job before upgrading (\`kubectl delete job ${String(p.after.metadata.name ?? '')}${nsFlag(p.after)}\`), or give it a new name per change (a hash or revision suffix).`,
  };
}

function serviceRefusal(p: PatchedObject): Refusal | undefined {
  const before = String(getAt(p.before, 'spec.clusterIP') ?? '');
  const after = String(getAt(p.after, 'spec.clusterIP') ?? '');
  const type = String(getAt(p.after, 'spec.type') ?? 'ClusterIP');
  const fix = recreate(p.after, false) + ' Clients see no Service while it is gone.';
  if (before === after || type === 'ExternalName') return undefined;
  if (after !== '' && before !== '') return { fields: ['spec.clusterIP'], why: 'A Service keeps its cluster IP (or None for a headless one) for life.', fix };
  if (after === 'None') {
    return { fields: ['spec.clusterIP'], why: 'The Service already has a cluster IP; it cannot become headless (clusterIP: None) in place.', fix };
  }
  if (before === 'None' && (type === 'NodePort' || type === 'LoadBalancer')) {
    return { fields: ['spec.clusterIP', 'spec.type'], why: `The API server keeps the old clusterIP None, which a ${type} Service may not have.`, fix };
  }
  return undefined;
}

function pvcRefusal(p: PatchedObject): Refusal | undefined {
  const blank = (o: KubeObject) => {
    const spec: unknown = structuredClone(o.spec ?? {});
    const requests = getAt(spec, 'resources.requests');
    if (isMap(requests)) delete requests.storage;
    return spec;
  };
  if (deepEqual(blank(p.before), blank(p.after))) return undefined;
  return { fields: ['spec'], why: 'A bound PersistentVolumeClaim may only change its storage request.', fix: 'Keep the old settings, or move the data to a new claim.' };
}

function roleRefRefusal(p: PatchedObject): Refusal | undefined {
  if (!changedAt(p, 'roleRef')) return undefined;
  return { fields: ['roleRef'], why: 'A binding\'s roleRef is fixed at creation.', fix: recreate(p.after, false) };
}

function immutableDataRefusal(p: PatchedObject): Refusal | undefined {
  if (p.before.immutable !== true) return undefined;
  const fields = ['data', 'binaryData', 'stringData', 'immutable'].filter((f) => changedAt(p, f));
  if (fields.length === 0) return undefined;
  return { fields, why: `The ${p.before.kind} is marked immutable.`, fix: `${recreate(p.after, false)} Better: give it a new name per content, so pods switch over in a rollout.` };
}

const REFUSALS: Record<string, (p: PatchedObject) => Refusal | undefined> = {
  Deployment: selectorRefusal,
  ReplicaSet: selectorRefusal,
  DaemonSet: selectorRefusal,
  StatefulSet: statefulSetRefusal,
  Job: jobRefusal,
  Service: serviceRefusal,
  PersistentVolumeClaim: pvcRefusal,
  RoleBinding: roleRefRefusal,
  ClusterRoleBinding: roleRefRefusal,
  ConfigMap: immutableDataRefusal,
  Secret: immutableDataRefusal,
};

export function immutableFieldProblems(input: UpgradeInput): Problem[] {
  const out: Problem[] = [];
  for (const p of patched(input)) {
    const refusal = REFUSALS[p.after.kind]?.(p);
    if (!refusal) continue;
    const feeding = refusal.fields.flatMap((f) => paramsFeeding(input.values, getAt(p.before, f), getAt(p.after, f)));
    out.push({
      id: IMMUTABLE_ID,
      severity: 'error',
      message: `${describe(p.after)}: ${refusal.fields.join(', ')} cannot change on the existing object, so helm upgrade fails`,
      why: refusal.why,
      fix: refusal.fix,
      params: [...new Set(feeding)],
    });
  }
  return out;
}
