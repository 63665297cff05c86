// What an upgrade does to running pods: scaling (to zero, down, out), rollouts of changed pod
// templates (`checksum/*` annotations), and changed ConfigMaps/Secrets no pod restarts for.
import type { KubeObject, Problem } from '../types';
import { deepEqual, getAt, isMap } from '../values';
import { paramsFeeding } from './valueChanges';
import { describe, nsFlag, patched, unique, type PatchedObject, type UpgradeInput } from './upgradeInput';

export const SCALE_TO_ZERO_ID = 'upgrade-scale-to-zero';
export const SCALE_ID = 'upgrade-scale';
export const ROLLOUT_ID = 'upgrade-rollout';
export const NOT_ROLLED_ID = 'upgrade-config-not-rolled';

const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);
const ROLLING = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
const REPLICAS_HINT = /^(replicas|replicaCount)$/i;

function replicasOf(o: KubeObject): number | undefined {
  const r = getAt(o, 'spec.replicas');
  return typeof r === 'number' ? r : undefined;
}

function scaleProblem(input: UpgradeInput, p: PatchedObject): Problem | undefined {
  const [before, after] = [replicasOf(p.before), replicasOf(p.after)];
  const hadField = getAt(p.before, 'spec.replicas') !== undefined;
  const hasField = getAt(p.after, 'spec.replicas') !== undefined;
  if (before === after && hadField === hasField) return undefined;
  const name = describe(p.after);
  const params = paramsFeeding(input.values, getAt(p.before, 'spec.replicas'), getAt(p.after, 'spec.replicas'), REPLICAS_HINT);
  const statefulNote = p.after.kind === 'StatefulSet' ? ' The claims of removed pods stay (and are reused if it scales up again).' : '';
  if (hadField && !hasField) {
    if ((before ?? 1) <= 1) return undefined;
    return {
      id: SCALE_ID,
      severity: 'warning',
      message: `${name}: spec.replicas (${before}) leaves the manifest, so the upgrade resets it to 1 pod`,
      why: 'helm\'s three-way patch removes a field the new manifest no longer has, and Kubernetes defaults replicas to 1; an autoscaler taking over scales up again only after its next evaluation.',
      fix: `Set the autoscaler's minimum to at least ${before} first, or scale afterwards (\`kubectl scale ${p.after.kind.toLowerCase()} ${String(p.after.metadata.name ?? '')}${nsFlag(p.after)} --replicas=${before}\`).`,
      params,
    };
  }
  if (after === undefined) return undefined;
  if (after === 0 && (before ?? 1) > 0) {
    return {
      id: SCALE_TO_ZERO_ID,
      severity: 'warning',
      message: `${name} scales to zero: no pod runs after the upgrade`,
      why: `Every pod of the ${p.after.kind} is stopped, so whatever it serves is down until it scales up again.${statefulNote}`,
      fix: 'Keep at least one replica unless the downtime is intended.',
      params,
    };
  }
  const from = before ?? (hadField ? 0 : 'the autoscaler\'s count');
  const down = before !== undefined && after < before;
  return {
    id: SCALE_ID,
    severity: 'info',
    message: `${name} scales ${down ? 'down' : 'out'} from ${from} to ${after} ${after === 1 ? 'pod' : 'pods'}`,
    why: down ? `Kubernetes stops the pods above the new count (a StatefulSet from the highest ordinal).${statefulNote}` : 'New pods start beside the running ones.',
    params,
  };
}

// ---- pod templates

function podTemplate(o: KubeObject): unknown {
  return o.kind === 'CronJob' ? getAt(o, 'spec.jobTemplate.spec.template') : getAt(o, 'spec.template');
}

function checksumAnnotations(template: unknown): Map<string, unknown> {
  const annotations = getAt(template, 'metadata.annotations');
  const out = new Map<string, unknown>();
  if (isMap(annotations)) for (const [k, v] of Object.entries(annotations)) if (k.startsWith('checksum/')) out.set(k, v);
  return out;
}

/** ConfigMaps and Secrets a pod spec reads (volumes, projected volumes, env, envFrom), by `Kind/name`. */
export function podReferences(template: unknown): { key: string; viaEnv: boolean }[] {
  const refs: { key: string; viaEnv: boolean }[] = [];
  const add = (kind: string, name: unknown, viaEnv: boolean) => {
    if (typeof name === 'string' && name !== '') refs.push({ key: `${kind}/${name}`, viaEnv });
  };
  // Each place names a ConfigMap and a Secret in its own way.
  const addBoth = (at: unknown, configMapName: string, secretName: string, viaEnv: boolean) => {
    add('ConfigMap', getAt(at, configMapName), viaEnv);
    add('Secret', getAt(at, secretName), viaEnv);
  };
  const spec = getAt(template, 'spec');
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  for (const volume of list(getAt(spec, 'volumes'))) {
    addBoth(volume, 'configMap.name', 'secret.secretName', false);
    for (const source of list(getAt(volume, 'projected.sources'))) addBoth(source, 'configMap.name', 'secret.name', false);
  }
  for (const container of [...list(getAt(spec, 'containers')), ...list(getAt(spec, 'initContainers'))]) {
    for (const env of list(getAt(container, 'env'))) addBoth(env, 'valueFrom.configMapKeyRef.name', 'valueFrom.secretKeyRef.name', true);
    for (const from of list(getAt(container, 'envFrom'))) addBoth(from, 'configMapRef.name', 'secretRef.name', true);
  }
  return refs;
}

/** `Kind/name` of the ConfigMaps and Secrets the upgrade changes in place. */
function changedConfig(input: UpgradeInput): Map<string, PatchedObject> {
  const out = new Map<string, PatchedObject>();
  for (const p of patched(input)) if (p.after.kind === 'ConfigMap' || p.after.kind === 'Secret') out.set(`${p.after.kind}/${String(p.after.metadata.name ?? '')}`, p);
  return out;
}

/** Top-level parts of a pod template that differ (`spec.containers`, `metadata.labels`), checksums apart. */
function templateParts(before: unknown, after: unknown): string[] {
  const parts: string[] = [];
  for (const section of ['metadata', 'spec']) {
    const [a, b] = [getAt(before, section), getAt(after, section)];
    const keys = new Set([...(isMap(a) ? Object.keys(a) : []), ...(isMap(b) ? Object.keys(b) : [])]);
    for (const key of keys) {
      if (section === 'metadata' && key === 'annotations') {
        const strip = (m: unknown) => (isMap(m) ? Object.fromEntries(Object.entries(m).filter(([k]) => !k.startsWith('checksum/'))) : m);
        if (!deepEqual(strip(getAt(a, key)), strip(getAt(b, key)))) parts.push(`${section}.${key}`);
      } else if (!deepEqual(getAt(a, key), getAt(b, key))) parts.push(`${section}.${key}`);
    }
  }
  return parts;
}

function rolloutProblem(input: UpgradeInput, p: PatchedObject, config: Map<string, PatchedObject>): Problem | undefined {
  const [before, after] = [podTemplate(p.before), podTemplate(p.after)];
  if (deepEqual(before, after)) return undefined;
  const [sumsBefore, sumsAfter] = [checksumAnnotations(before), checksumAnnotations(after)];
  const sums = unique([...sumsBefore.keys(), ...sumsAfter.keys()]).filter((k) => !deepEqual(sumsBefore.get(k), sumsAfter.get(k)));
  const parts = templateParts(before, after);
  const reasons = [...sums.map((s) => `${s} changed`), ...parts.map((part) => `${part} changed`)];
  // A checksum is of config objects' text: the values feeding the changed ones feed the rollout.
  const configParams = sums.length === 0 ? [] : [...config.values()].flatMap((c) => paramsFeeding(input.values, readable(c.before), readable(c.after)));
  const stripSums = (t: unknown) => (isMap(t) ? { ...t, metadata: { ...(isMap(t.metadata) ? t.metadata : {}), annotations: undefined } } : t);
  const templateParams = parts.length === 0 ? [] : paramsFeeding(input.values, stripSums(before), stripSums(after));
  const onDelete = getAt(p.after, 'spec.updateStrategy.type') === 'OnDelete';
  return {
    id: ROLLOUT_ID,
    severity: 'info',
    message: `${describe(p.after)} ${onDelete ? 'gets a new pod template (updateStrategy OnDelete: pods change only when deleted)' : 'rolls its pods'}: ${reasons.slice(0, 4).join(', ')}${reasons.length > 4 ? ', ...' : ''}`,
    why: 'A changed pod template makes Kubernetes replace the pods (a Deployment a few at a time, a StatefulSet one by one from the highest ordinal).',
    params: unique([...configParams, ...templateParams]),
  };
}

/** A Secret's data decoded, so values written in it are found by their text. */
export function readable(o: KubeObject): unknown {
  if (o.kind !== 'Secret' || !isMap(o.data)) return o;
  const decoded: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(o.data)) {
    try {
      decoded[k] = typeof v === 'string' ? atob(v) : v;
    } catch {
      decoded[k] = v;
    }
  }
  return { ...o, data: decoded };
}

function notRolledProblems(input: UpgradeInput, config: Map<string, PatchedObject>, skip: ReadonlySet<string>): Problem[] {
  const rolled = new Set(patched(input).filter((p) => !deepEqual(podTemplate(p.before), podTemplate(p.after))).map((p) => p.change.key));
  const out: Problem[] = [];
  for (const change of input.objects) {
    const workload = change.after?.object;
    if (!workload || change.kind === 'added' || change.after?.hook || !ROLLING.has(workload.kind) || rolled.has(change.key)) continue;
    const refs = podReferences(podTemplate(workload));
    for (const key of unique(refs.map((r) => r.key))) {
      const c = config.get(key);
      if (!c || skip.has(c.change.key)) continue;
      const viaEnv = refs.some((r) => r.key === key && r.viaEnv);
      out.push({
        id: NOT_ROLLED_ID,
        severity: viaEnv ? 'warning' : 'info',
        message: `${key.replace('/', ' ')} changes but ${describe(workload)} does not restart: its pods keep the old ${viaEnv ? 'environment' : 'content until the kubelet refreshes the mounted files'}`,
        why: viaEnv
          ? 'Environment variables are read when a container starts; nothing in the pod template changes, so no pod restarts.'
          : 'Mounted files are refreshed within a minute or so, but a program that reads them only at start keeps the old ones.',
        fix: `Restart it after the upgrade (\`kubectl rollout restart ${workload.kind.toLowerCase()} ${String(workload.metadata.name ?? '')}${nsFlag(workload)}\`), or have the chart put a checksum of it on the pod template.`,
        params: paramsFeeding(input.values, readable(c.before), readable(c.after)),
      });
    }
  }
  return out;
}

export function scaleProblems(input: UpgradeInput): Problem[] {
  return patched(input).filter((p) => SCALABLE.has(p.after.kind)).map((p) => scaleProblem(input, p)).filter((p): p is Problem => p !== undefined);
}

/** Rollouts, and config changes no rollout carries (objects in `skip`, e.g. generated ones, left out). */
export function rolloutProblems(input: UpgradeInput, skip: ReadonlySet<string> = new Set()): Problem[] {
  const config = changedConfig(input);
  const rollouts = patched(input)
    .filter((p) => ROLLING.has(p.after.kind))
    .map((p) => rolloutProblem(input, p, config))
    .filter((p): p is Problem => p !== undefined);
  return [...rollouts, ...notRolledProblems(input, config, skip)];
}
