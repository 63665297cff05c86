// Volume sizes an upgrade changes: a StatefulSet's volumeClaimTemplates cannot change at all, and a
// claim can grow (when its StorageClass allows expansion) but never shrink.
import { parseQuantity } from '../kube/quantity';
import type { KubeObject, Problem } from '../types';
import { getAt, isMap } from '../values';
import { paramsFeeding } from './valueChanges';
import { describe, nsFlag, patched, type UpgradeInput } from './upgradeInput';

export const VOLUME_SIZE_ID = 'upgrade-volume-size';

/** Parameters named like a size feed a size whatever their text (`persistence.size: 8Gi`). */
const SIZE_HINT = /^(size|storage|capacity)$|Size$/;

export interface SizeChange {
  before: string;
  after: string;
  /** undefined when either side is not a quantity. */
  shrinks?: boolean;
}

export function sizeChange(before: unknown, after: unknown): SizeChange | undefined {
  if (before === after || before === undefined || after === undefined) return undefined;
  const [a, b] = [parseQuantity(before), parseQuantity(after)];
  if (a !== undefined && b !== undefined && a === b) return undefined; // 1Gi and 1024Mi
  return { before: String(before), after: String(after), shrinks: a !== undefined && b !== undefined ? b < a : undefined };
}

function claimTemplates(sts: KubeObject): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const list = getAt(sts, 'spec.volumeClaimTemplates');
  if (!Array.isArray(list)) return out;
  for (const t of list) if (isMap(t)) out.set(String(getAt(t, 'metadata.name') ?? ''), getAt(t, 'spec.resources.requests.storage'));
  return out;
}

export function volumeSizeProblems(input: UpgradeInput): Problem[] {
  const out: Problem[] = [];
  for (const p of patched(input)) {
    if (p.after.kind === 'StatefulSet') {
      const before = claimTemplates(p.before);
      for (const [name, size] of claimTemplates(p.after)) {
        const change = sizeChange(before.get(name), size);
        if (!change) continue;
        const sts = String(p.after.metadata.name ?? '');
        out.push({
          id: VOLUME_SIZE_ID,
          severity: 'error',
          message: `${describe(p.after)}: volume "${name}" ${change.shrinks ? 'shrinks' : 'changes'} from ${change.before} to ${change.after}; volumeClaimTemplates cannot change, so helm upgrade fails`,
          why: change.shrinks
            ? 'Kubernetes never shrinks a PersistentVolumeClaim, and the StatefulSet\'s volumeClaimTemplates is immutable.'
            : 'The StatefulSet\'s volumeClaimTemplates is immutable; existing claims keep their size either way.',
          fix: change.shrinks
            ? 'Keep the old size. A smaller volume means new claims: back the data up, uninstall, delete the claims, install again and restore.'
            : `Grow the claims yourself (\`kubectl patch pvc ${name}-${sts}-<ordinal>${nsFlag(p.after)} -p '{"spec":{"resources":{"requests":{"storage":"${change.after}"}}}}'\`, which needs a StorageClass with allowVolumeExpansion: true), then delete the StatefulSet without its pods (\`kubectl delete statefulset ${sts}${nsFlag(p.after)} --cascade=orphan\`) and upgrade.`,
          params: paramsFeeding(input.values, change.before, change.after, SIZE_HINT),
        });
      }
    } else if (p.after.kind === 'PersistentVolumeClaim') {
      const change = sizeChange(getAt(p.before, 'spec.resources.requests.storage'), getAt(p.after, 'spec.resources.requests.storage'));
      if (!change) continue;
      out.push({
        id: VOLUME_SIZE_ID,
        severity: change.shrinks === false ? 'warning' : 'error',
        message: `${describe(p.after)} ${change.shrinks === false ? 'grows' : change.shrinks ? 'shrinks' : 'changes size'} from ${change.before} to ${change.after}`,
        why: change.shrinks === false
          ? 'A claim grows only when its StorageClass has allowVolumeExpansion: true; otherwise the API server refuses the upgrade. Some drivers resize the file system only when the pod restarts.'
          : 'Kubernetes never shrinks a PersistentVolumeClaim: helm upgrade fails.',
        fix: change.shrinks === false
          ? 'Check the StorageClass (kubectl get storageclass) allows expansion before upgrading.'
          : 'Keep the old size, or move the data to a new, smaller claim.',
        params: paramsFeeding(input.values, change.before, change.after, SIZE_HINT),
      });
    }
  }
  return out;
}
