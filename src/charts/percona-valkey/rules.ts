// Cross-field checks for percona-valkey 0.1.0. Each rule reads values loosely (a wrong type gives
// no finding here; the schema reports it), names the parameters involved and the README section.
import { goFloat } from '../../core/goTemplate';
import { defineRule } from '../../core/rules';
import type { Rule } from '../../core/types';
import type { ValueReader } from '../../core/valueReaders';
import { isMap } from '../../core/values';
import { MAXMEMORY_POLICIES, type PerconaValkeyValues } from './schema';
import { switchedOffRule } from '../../core/switchedOff';

const isCluster = (read: ValueReader) => read.at('mode') === 'cluster';

/** Pods per shard and the number of primaries the cluster create command would make. */
function shardShape(read: ValueReader): { replicas: number; perShard: number; primaries: number } | undefined {
  const replicas = read.number('cluster.replicas');
  const perPrimary = read.number('cluster.replicasPerPrimary');
  if (replicas === undefined || perPrimary === undefined || perPrimary < 0) return undefined;
  const perShard = 1 + perPrimary;
  return { replicas, perShard, primaries: Math.floor(replicas / perShard) };
}

const VALKEY_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1024,
  m: 1e6,
  mb: 1024 ** 2,
  g: 1e9,
  gb: 1024 ** 3,
};

/** Bytes of a Valkey memory size (`256mb`, `1gb`, `1000000`; units case-insensitive), else undefined. */
export function valkeyBytes(v: string): number | undefined {
  const m = /^(\d+)([a-z]*)$/i.exec(v.trim());
  if (!m) return undefined;
  const unit = VALKEY_UNITS[m[2].toLowerCase()];
  return unit === undefined ? undefined : Number(m[1]) * unit;
}

const BINARY_SUFFIX: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL_SUFFIX: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** Bytes of a Kubernetes quantity (`1Gi`, `512M`, `1e9`, 1073741824), else undefined. */
export function quantityBytes(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|(m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2]) return n * BINARY_SUFFIX[m[2]];
  if (m[3]) return n * DECIMAL_SUFFIX[m[3]];
  if (m[4]) return n * 10 ** Number(m[4]);
  return n;
}

const human = (bytes: number) => {
  for (const [unit, size] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(2))} ${unit}`;
  }
  return `${bytes} bytes`;
};

/** Paths the hardened image can write: the data volume and the two memory-backed mounts. */
const WRITABLE_DIRS = ['/data', '/tmp', '/run/valkey'];
/** valkey.conf directives that make the server create or write a file at a path. */
const WRITING_DIRECTIVES = ['dir', 'logfile', 'pidfile', 'unixsocket', 'cluster-config-file', 'appenddirname', 'dbfilename', 'appendfilename'];

/** Directives of a customConfig text writing to absolute paths outside the writable mounts. */
export function unwritablePaths(config: string): { directive: string; path: string }[] {
  const found: { directive: string; path: string }[] = [];
  for (const raw of config.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [directive, ...args] = line.split(/\s+/);
    const name = directive.toLowerCase();
    if (!WRITING_DIRECTIVES.includes(name)) continue;
    const path = (args[0] ?? '').replace(/^["']|["']$/g, '');
    if (!path.startsWith('/')) continue; // relative paths land under dir (/data unless changed)
    const normalised = path.replace(/\/+$/, '') || '/';
    if (!WRITABLE_DIRS.some((d) => normalised === d || normalised.startsWith(`${d}/`))) found.push({ directive: name, path });
  }
  return found;
}

export const rules: Rule<PerconaValkeyValues>[] = [
  defineRule('cluster-too-few-primaries', 'A Valkey Cluster needs at least 3 primaries', (_, read) => {
    const shape = shardShape(read);
    if (!isCluster(read) || !shape || shape.primaries >= 3) return [];
    return [
      {
        severity: 'error',
        message: `cluster.replicas ${shape.replicas} with ${shape.perShard - 1} replica(s) per primary gives ${shape.primaries} primaries; a Valkey Cluster needs at least 3.`,
        why: 'The cluster-init Job runs `valkey-cli --cluster create`, which refuses to build a cluster with fewer than 3 primaries; the pods then never become ready.',
        fix: `Set cluster.replicas to at least ${3 * shape.perShard}, or lower cluster.replicasPerPrimary.`,
        params: ['cluster.replicas', 'cluster.replicasPerPrimary'],
        doc: 'Cluster Mode',
      },
    ];
  }),

  defineRule('cluster-uneven-shards', 'Cluster size should be a multiple of (1 + replicasPerPrimary)', (_, read) => {
    const shape = shardShape(read);
    if (!isCluster(read) || !shape || shape.replicas % shape.perShard === 0) return [];
    return [
      {
        severity: 'warning',
        message: `cluster.replicas ${shape.replicas} is not a multiple of ${shape.perShard} (1 + cluster.replicasPerPrimary).`,
        why: 'The left-over pods give some primaries more replicas than others, so shards are not equally protected and scaling is unbalanced.',
        fix: `Use ${shape.primaries * shape.perShard} or ${(shape.primaries + 1) * shape.perShard} pods.`,
        params: ['cluster.replicas', 'cluster.replicasPerPrimary'],
        doc: 'Scale cluster up',
      },
    ];
  }),

  defineRule('auth-disabled', 'Authentication is off', (_, read) =>
    read.at('auth.enabled') === false
      ? [
          {
            severity: 'warning',
            message: 'auth.enabled is false: Valkey accepts commands without a password.',
            why: 'protected-mode is off and Valkey binds to all interfaces, so any pod in the cluster that reaches the Service can read, change or flush all data.',
            fix: 'Turn auth.enabled on (with auth.password or auth.existingSecret), or restrict access with a NetworkPolicy.',
            params: ['auth.enabled'],
            doc: 'Authentication',
          },
        ]
      : [],
  ),

  defineRule('password-with-existing-secret', 'auth.password is ignored when auth.existingSecret is set', (_, read) =>
    read.at('auth.enabled') !== false && (read.string('auth.password') ?? '') !== '' && (read.string('auth.existingSecret') ?? '') !== ''
      ? [
          {
            severity: 'warning',
            message: 'Both auth.password and auth.existingSecret are set; the password is ignored.',
            why: 'With an existing Secret the chart creates no Secret of its own, and every pod reads the password from that Secret.',
            fix: 'Clear auth.password, or clear auth.existingSecret to have the chart store the password.',
            params: ['auth.password', 'auth.existingSecret'],
            doc: 'Authentication',
          },
        ]
      : [],
  ),

  defineRule('maxmemory-invalid', 'maxmemory must be a Valkey memory size below the memory limit', (_, read) => {
    const raw = read.at('config.maxmemory');
    if (typeof raw !== 'string' || raw === '') return [];
    const bytes = valkeyBytes(raw);
    if (bytes === undefined) {
      return [
        {
          severity: 'error',
          message: `config.maxmemory "${raw}" is not a memory size Valkey understands.`,
          why: 'Valkey reads it as a number with an optional unit (b, k, kb, m, mb, g, gb) and refuses to start on anything else.',
          fix: 'Write it like 256mb or 1gb (note: Valkey units, not Kubernetes ones such as 1Gi).',
          params: ['config.maxmemory'],
          doc: 'Valkey Configuration',
        },
      ];
    }
    const limit = quantityBytes(read.at('resources.limits.memory'));
    if (limit === undefined || bytes <= limit) return [];
    return [
      {
        severity: 'error',
        message: `config.maxmemory (${human(bytes)}) is above the container memory limit (${human(limit)}).`,
        why: 'Valkey would grow past the limit before it starts evicting, and the kernel kills the container (OOMKilled), losing what was not persisted.',
        fix: 'Lower config.maxmemory to about 75% of resources.limits.memory (replication and fork buffers need the rest), or raise the limit.',
        params: ['config.maxmemory', 'resources.limits'],
        doc: 'Valkey Configuration',
      },
    ];
  }),

  defineRule('maxmemory-policy-invalid', 'maxmemoryPolicy must be one of Valkey eviction policies', (_, read) => {
    const policy = read.at('config.maxmemoryPolicy');
    if (typeof policy !== 'string' || policy === '' || (MAXMEMORY_POLICIES as readonly string[]).includes(policy)) return [];
    return [
      {
        severity: 'error',
        message: `config.maxmemoryPolicy "${policy}" is not a Valkey eviction policy.`,
        why: 'Valkey refuses to start with an unknown maxmemory-policy in valkey.conf.',
        fix: `Use one of: ${MAXMEMORY_POLICIES.join(', ')}.`,
        params: ['config.maxmemoryPolicy'],
        doc: 'Valkey Configuration',
      },
    ];
  }),

  defineRule('node-timeout-exponent', 'cluster.nodeTimeout of a million or more is printed in exponent form', (_, read) => {
    const timeout = read.number('cluster.nodeTimeout');
    if (!isCluster(read) || timeout === undefined || timeout < 1e6) return [];
    return [
      {
        severity: 'error',
        message: `cluster.nodeTimeout ${timeout} reaches valkey.conf as "${goFloat(timeout)}".`,
        why: 'Helm reads numbers as floats and prints those of a million or more in exponent form; Valkey does not read that as an integer and refuses to start.',
        fix: 'Use a node timeout below 1000000 ms (the default is 15000).',
        params: ['cluster.nodeTimeout'],
        doc: 'Cluster Mode',
      },
    ];
  }),

  defineRule('cluster-without-persistence', 'Cluster mode without persistence loses the cluster state', (_, read) =>
    isCluster(read) && read.at('persistence.enabled') === false
      ? [
          {
            severity: 'warning',
            message: 'persistence.enabled is off in cluster mode.',
            why: 'Each node keeps its cluster identity in /data/nodes.conf; on an emptyDir a restarted pod comes back as an empty stranger and its data and slot ownership are lost.',
            fix: 'Turn persistence.enabled on for cluster mode.',
            params: ['persistence.enabled', 'mode'],
            doc: 'Persistence',
          },
        ]
      : [],
  ),

  defineRule('standalone-replicas', 'Standalone replicas do not replicate', (_, read) => {
    const replicas = read.number('standalone.replicas');
    if (isCluster(read) || replicas === undefined || replicas <= 1) return [];
    return [
      {
        severity: 'warning',
        message: `standalone.replicas is ${replicas}: that makes ${replicas} independent servers, not a primary with replicas.`,
        why: 'The Service spreads clients over pods that each hold their own data, so reads miss writes made through another pod.',
        fix: 'Keep standalone.replicas at 1, or use mode: cluster for sharding with replication.',
        params: ['standalone.replicas'],
        doc: 'Standalone Mode',
      },
    ];
  }),

  defineRule('pdb-standalone', 'PodDisruptionBudget settings are ignored in standalone mode', (ctx, read) => {
    const pdb = isMap(ctx.userValues) ? ctx.userValues.pdb : undefined;
    if (isCluster(read) || !isMap(pdb) || Object.keys(pdb).length === 0) return [];
    return [
      {
        severity: 'info',
        message: 'pdb settings have no effect in standalone mode.',
        why: 'The chart creates its PodDisruptionBudget only in cluster mode.',
        fix: 'Remove the pdb settings, or switch mode to cluster.',
        params: Object.keys(pdb).map((k) => `pdb.${k}`),
        doc: 'PodDisruptionBudget',
      },
    ];
  }),

  defineRule('pdb-min-and-max', 'minAvailable and maxUnavailable cannot both apply', (ctx, read) => {
    const user = isMap(ctx.userValues) ? ctx.userValues.pdb : undefined;
    const set = (v: unknown) => v !== undefined && v !== null && v !== '';
    // maxUnavailable has a default (1); only a value the user chose is a conflict.
    if (!isCluster(read) || !isMap(user) || !set(read.at('pdb.minAvailable')) || !set(user.maxUnavailable)) return [];
    return [
      {
        severity: 'error',
        message: 'pdb.minAvailable and pdb.maxUnavailable are both set.',
        why: 'A PodDisruptionBudget takes only one of them; this chart writes minAvailable and silently drops maxUnavailable.',
        fix: 'Keep one: clear pdb.minAvailable, or set pdb.maxUnavailable to "".',
        params: ['pdb.minAvailable', 'pdb.maxUnavailable'],
        doc: 'PodDisruptionBudget',
      },
    ];
  }),

  // The chart writes minAvailable when it is set and drops maxUnavailable; when maxUnavailable is
  // only the default the form still shows it, so say it has no effect (the user's own is an error above).
  defineRule('pdb-max-unavailable-unused', 'maxUnavailable has no effect while minAvailable is set', (ctx, read) => {
    const user = isMap(ctx.userValues) ? ctx.userValues.pdb : undefined;
    const set = (v: unknown) => v !== undefined && v !== null && v !== '';
    const userMax = isMap(user) && set(user.maxUnavailable);
    if (!isCluster(read) || read.at('pdb.enabled') === false || !set(read.at('pdb.minAvailable')) || !set(read.at('pdb.maxUnavailable')) || userMax) return [];
    return [
      {
        severity: 'info',
        message: `pdb.maxUnavailable (${String(read.at('pdb.maxUnavailable'))}, the default) has no effect: with pdb.minAvailable set, the chart writes minAvailable only.`,
        why: 'The PodDisruptionBudget template writes minAvailable when it is set and maxUnavailable otherwise, never both.',
        fix: 'Nothing to do if minAvailable is what you want; to use maxUnavailable, clear pdb.minAvailable.',
        params: ['pdb.maxUnavailable', 'pdb.minAvailable'],
        doc: 'PodDisruptionBudget',
      },
    ];
  }),

  defineRule('hardened-unwritable-paths', 'The hardened image can only write to /data, /tmp and /run/valkey', (_, read) => {
    if (read.at('image.variant') !== 'hardened') return [];
    const bad = unwritablePaths((read.string('config.customConfig') ?? ''));
    if (bad.length === 0) return [];
    return [
      {
        severity: 'warning',
        message: `config.customConfig writes outside the writable mounts: ${bad.map((b) => `${b.directive} ${b.path}`).join(', ')}.`,
        why: 'The hardened variant runs with a read-only root filesystem; Valkey fails with "permission denied" or "read-only file system" when it writes elsewhere.',
        fix: 'Point these directives under /data, /tmp or /run/valkey (or use the rpm variant).',
        params: ['config.customConfig', 'image.variant'],
        doc: 'Permission denied errors with hardened image',
      },
    ];
  }),
  switchedOffRule<PerconaValkeyValues>({ doc: 'Valkey Configuration' }),
];
