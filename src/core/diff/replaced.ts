// Objects an upgrade replaces instead of patching: renamed ones (same kind and template, another
// name, e.g. after nameOverride or fullnameOverride changed) and removed ones that hold data.
import type { KubeObject, Problem, RenderedObject } from '../types';
import { paramsFeeding } from './valueChanges';
import { describe, type UpgradeInput } from './upgradeInput';

export const RENAMED_ID = 'upgrade-renamed';
export const REMOVED_ID = 'upgrade-removed';

const NAME_HINT = /^(nameOverride|fullnameOverride)$/;

function nameOf(o: KubeObject): string {
  return String(o.metadata.name ?? '');
}

/** What replacing an object of this kind costs, in one sentence. */
function replacementCost(oldObject: KubeObject): string {
  const old = nameOf(oldObject);
  switch (oldObject.kind) {
    case 'StatefulSet':
      return `Its pods start on new, empty volumes (claims are named after the StatefulSet); the claims of ${old} stay behind with the data.`;
    case 'PersistentVolumeClaim':
      return `The new claim starts empty and helm deletes ${old} with its volume (unless the reclaim policy is Retain).`;
    case 'Deployment':
    case 'DaemonSet':
    case 'ReplicaSet':
      return `helm deletes ${old} once the new one is created, without waiting for its pods to be ready: expect a gap in service.`;
    case 'Service':
      return `Clients that address ${old} (its DNS name) lose it when helm deletes it.`;
    case 'Secret':
    case 'ConfigMap':
      return `Anything outside the release that reads ${old} breaks when helm deletes it.`;
    default:
      return `helm creates the new object and deletes ${old}.`;
  }
}

/** Removed (not renamed) objects whose loss is more than a rollout. */
const DATA_KINDS = new Set(['PersistentVolumeClaim', 'StatefulSet', 'CustomResourceDefinition', 'Namespace']);

function removalCost(o: KubeObject): string {
  switch (o.kind) {
    case 'PersistentVolumeClaim':
      return 'helm deletes the claim, and with it the volume unless its reclaim policy is Retain.';
    case 'StatefulSet':
      return 'Its pods stop; their claims stay behind.';
    case 'CustomResourceDefinition':
      return 'Deleting a CustomResourceDefinition deletes every resource of that kind in the cluster.';
    default:
      return 'Deleting a Namespace deletes everything in it.';
  }
}

export function replacedProblems(input: UpgradeInput): Problem[] {
  const added = input.objects.filter((c) => c.kind === 'added' && c.after && !c.after.hook).map((c) => c.after!);
  const removed = input.objects.filter((c) => c.kind === 'removed' && c.before && !c.before.hook).map((c) => c.before!);
  const taken = new Set<RenderedObject>();
  const out: Problem[] = [];
  for (const old of removed) {
    const next = added.find((a) => !taken.has(a) && a.template === old.template && a.object.kind === old.object.kind);
    if (next) {
      taken.add(next);
      out.push({
        id: RENAMED_ID,
        severity: 'warning',
        message: `${describe(old.object)} is renamed to ${nameOf(next.object)}: helm replaces it instead of updating it`,
        why: replacementCost(old.object),
        fix: 'Keep the old names (undo the change, or set fullnameOverride to the old base name), or move clients and data over before upgrading.',
        params: paramsFeeding(input.values, nameOf(old.object), nameOf(next.object), NAME_HINT),
      });
    } else if (DATA_KINDS.has(old.object.kind)) {
      out.push({
        id: REMOVED_ID,
        severity: 'warning',
        message: `${describe(old.object)} is removed by the upgrade`,
        why: removalCost(old.object),
        fix: 'Back the data up first, or keep the object (add helm.sh/resource-policy: keep to it before upgrading).',
        params: [],
      });
    }
  }
  return out;
}
