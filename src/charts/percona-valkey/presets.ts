// Starting points taken from the chart README's usage examples. Passwords of the examples are left
// out on purpose: a password printed in public docs is no secret; set your own or let helm make one.
import type { Preset } from '../../core/types';

export const presets: Preset[] = [
  {
    id: 'standalone-memory-limit',
    title: 'Standalone with a memory limit',
    description:
      'One server capped at 512mb with LRU eviction, inside a 1Gi container limit, on a 10Gi volume. Set auth.password (or keep it empty for a generated one).',
    doc: 'Standalone with custom password and memory limit',
    values: {
      mode: 'standalone',
      config: { maxmemory: '512mb', maxmemoryPolicy: 'allkeys-lru' },
      resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } },
      persistence: { size: '10Gi' },
    },
  },
  {
    id: 'cluster-9-nodes',
    title: 'Cluster with 9 nodes',
    description:
      '3 primaries with 2 replicas each, a 5 s node timeout, 2Gi per pod on fast-ssd storage, pods spread over nodes. Set auth.password or auth.existingSecret.',
    doc: 'Cluster with 9 nodes (3 primaries + 6 replicas)',
    values: {
      mode: 'cluster',
      cluster: { replicas: 9, replicasPerPrimary: 2, nodeTimeout: 5000 },
      resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '2Gi' } },
      persistence: { size: '20Gi', storageClass: 'fast-ssd' },
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'percona-valkey' } },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    },
  },
  {
    id: 'hardened-existing-secret',
    title: 'Hardened image with an existing Secret',
    description:
      'The distroless hardened image (read-only root filesystem), with the password read from a Secret you create first: kubectl create secret generic my-valkey-secret --from-literal=valkey-password=...',
    doc: 'Hardened image with existing secret',
    values: { image: { variant: 'hardened' }, auth: { existingSecret: 'my-valkey-secret' } },
  },
  {
    id: 'custom-config',
    title: 'Custom valkey.conf settings',
    description: 'Extra valkey.conf directives (timeouts, keepalive, log level, databases, hz) appended to the generated configuration.',
    doc: 'Custom Valkey configuration',
    values: {
      config: {
        customConfig: 'tcp-backlog 511\ntimeout 300\ntcp-keepalive 60\nloglevel notice\ndatabases 16\nhz 10\ndynamic-hz yes\n',
      },
    },
  },
];
