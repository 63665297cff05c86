// Upgrade impacts only this chart knows: scaling a Valkey Cluster down, switching between standalone
// and cluster, resizing the data volumes, and the password secret.yaml draws anew on every render.
// Ids of the generic kinds (volume size, generated value) replace the generic findings.
import { GENERATED_ID, sizeChange, VOLUME_SIZE_ID, type UpgradeCheck, type UpgradeInput } from '../../core/diff';
import { goString, truthy } from '../../core/goTemplate';
import type { KubeObject, Problem } from '../../core/types';
import { getAt } from '../../core/values';

/** The StatefulSet both renders have (helm patches it), or undefined when it is added or renamed. */
function patchedStatefulSet(input: UpgradeInput): { before: KubeObject; after: KubeObject } | undefined {
  const change = input.objects.find((c) => c.apiKind === 'StatefulSet' && c.before && c.after);
  return change?.before && change.after ? { before: change.before.object, after: change.after.object } : undefined;
}

function ns(object: KubeObject): string {
  return ` -n ${goString(object.metadata.namespace ?? 'default')}`;
}

const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

const clusterScaleDown: UpgradeCheck = (input) => {
  const [b, a] = [input.before.values, input.after.values];
  if (getAt(b, 'mode') !== 'cluster' || getAt(a, 'mode') !== 'cluster') return [];
  const [from, to] = [int(getAt(b, 'cluster.replicas')), int(getAt(a, 'cluster.replicas'))];
  const sts = patchedStatefulSet(input);
  if (from === undefined || to === undefined || to >= from || !sts) return [];
  const name = goString(sts.after.metadata.name);
  const pods = from - to === 1 ? `pod ${name}-${to}` : `pods ${name}-${to} to ${name}-${from - 1}`;
  return [{
    id: 'upgrade-cluster-scale-down',
    severity: 'warning',
    message: `cluster.replicas goes from ${from} to ${to}: ${pods} stop before the post-upgrade job can move their hash slots`,
    why: 'Kubernetes removes the highest pods first; the cluster-scale job only waits for failover and forgets the gone nodes afterwards. A primary removed together with all of its replicas takes its slots\' keys with it.',
    fix: `Before upgrading, check \`cluster nodes\`: fail over every primary on the ${pods.replace(/^pods? /, '')} to a replica that stays (CLUSTER FAILOVER on that replica), or move its slots off (valkey-cli --cluster rebalance with --cluster-weight <node-id>=0); scale down in steps of 1 + cluster.replicasPerPrimary. The claims of removed pods stay until you delete them.`,
    params: ['cluster.replicas'],
    doc: 'Scale cluster down',
  }];
};

const modeChange: UpgradeCheck = (input) => {
  const [from, to] = [getAt(input.before.values, 'mode'), getAt(input.after.values, 'mode')];
  if (from === to || !patchedStatefulSet(input)) return [];
  const toCluster = to === 'cluster';
  return [{
    id: 'upgrade-mode-change',
    severity: 'warning',
    message: `mode changes from ${String(from)} to ${String(to)}: the data is not migrated`,
    why: toCluster
      ? 'Pod 0 keeps the standalone keys on its volume, and a Valkey Cluster cannot be created with a node that holds keys; nothing copies them into the cluster.'
      : 'The keys are spread over the cluster\'s shards; pod 0 keeps only its own slots\' keys and the others\' volumes are left unused.',
    fix: 'Install the new mode as a new release, copy the keys over (valkey-cli --cluster import <cluster-pod>:6379 --cluster-from <old>:6379 --cluster-copy for standalone to cluster, or a dump and restore), switch the clients, then uninstall the old release.',
    params: ['mode'],
    doc: 'Deployment Modes',
  }];
};

const volumeSize: UpgradeCheck = (input) => {
  const [b, a] = [input.before.values, input.after.values];
  if (!truthy(getAt(b, 'persistence.enabled')) || !truthy(getAt(a, 'persistence.enabled'))) return [];
  const change = sizeChange(getAt(b, 'persistence.size'), getAt(a, 'persistence.size'));
  const sts = patchedStatefulSet(input);
  if (!change || !sts) return [];
  const name = goString(sts.after.metadata.name);
  const replicas = int(getAt(sts.before, 'spec.replicas')) ?? 1;
  const claims = replicas === 1 ? `data-${name}-0` : `data-${name}-0 to data-${name}-${replicas - 1}`;
  return [{
    id: VOLUME_SIZE_ID,
    severity: 'error',
    message: `persistence.size goes from ${change.before} to ${change.after}: the StatefulSet's volumeClaimTemplates cannot change, so helm upgrade fails`,
    why: change.shrinks
      ? 'Kubernetes never shrinks a PersistentVolumeClaim, and the StatefulSet\'s volumeClaimTemplates is immutable.'
      : `The StatefulSet's volumeClaimTemplates is immutable, and the claims ${claims} keep their size whatever it says.`,
    fix: change.shrinks
      ? 'Keep the old size. A smaller volume means new claims: back the data up (BGSAVE, copy dump.rdb), uninstall, delete the claims, install again and restore.'
      : `Grow the claims ${claims} yourself (kubectl patch pvc <claim>${ns(sts.after)} -p '{"spec":{"resources":{"requests":{"storage":"${change.after}"}}}}'; the StorageClass needs allowVolumeExpansion: true), then delete the StatefulSet without its pods (kubectl delete statefulset ${name}${ns(sts.after)} --cascade=orphan) and upgrade.`,
    params: ['persistence.size'],
    doc: 'Persistence',
  }];
};

const regeneratedPassword: UpgradeCheck = (input) => {
  const [b, a] = [input.before.values, input.after.values];
  const generates = (v: typeof a) => truthy(getAt(v, 'auth.enabled')) && !truthy(getAt(v, 'auth.existingSecret')) && !truthy(getAt(v, 'auth.password'));
  if (!generates(a)) return [];
  const secret = input.objects.find((c) => c.apiKind === 'Secret' && c.before && c.after);
  if (!secret?.after) return [];
  const name = goString(secret.after.object.metadata.name);
  const problem: Problem = {
    id: GENERATED_ID,
    severity: 'warning',
    message: `auth.password is empty: helm upgrade draws a new random password into Secret ${name}`,
    why: `The chart's secret.yaml calls randAlphaNum on every render and does not look the existing Secret up (whatever its README says). Running pods keep the ${generates(b) ? 'old' : 'current'} password until they restart, then use the new one: clients holding the old one are refused.`,
    fix: `Before upgrading, read the current password (kubectl get secret ${name}${ns(secret.after.object)} -o jsonpath='{.data.valkey-password}' | base64 -d) and set it as auth.password, or keep it in a Secret named by auth.existingSecret.`,
    params: ['auth.password', 'auth.existingSecret'],
    doc: 'Known Limitations',
  };
  return [problem];
};

export const upgradeChecks: UpgradeCheck[] = [clusterScaleDown, modeChange, volumeSize, regeneratedPassword];
