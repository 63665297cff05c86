// Stacks to start from: an application with the Percona Valkey it keeps its state in, bound so the
// address, port, password and mode follow the Valkey release. They name charts of this registry, so
// they live beside it; the UI and the CLI read them from here.
import type { StackPreset } from '../core/bundle/stack';

export type { StackPreset };

/** A password placeholder the user must replace; the apps below cannot read a generated one. */
const VALKEY_PASSWORD = 'replace-with-a-long-random-password';

export const stackPresets: StackPreset[] = [
  {
    id: 'centrifugo-valkey-ha',
    title: 'Centrifugo + Percona Valkey (HA)',
    description:
      'Three Centrifugo pods on the Redis engine, backed by a six-node Valkey cluster in the same namespace; Centrifugo reads the generated Valkey password from its Secret.',
    stack: {
      releases: [
        { name: 'valkey', namespace: 'realtime', chart: 'percona-valkey', values: { mode: 'cluster' } },
        {
          name: 'centrifugo',
          namespace: 'realtime',
          chart: 'centrifugo',
          values: {
            replicaCount: 3,
            podDisruptionBudget: { enabled: true, minAvailable: 2 },
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
          },
        },
      ],
      bindings: [{ consumer: 'centrifugo', point: 'redis', provider: 'valkey' }],
    },
  },
  {
    id: 'kraken-valkey',
    title: 'Kraken + Percona Valkey',
    description:
      'Kraken with its bundled Redis replaced by a standalone Valkey. Kraken takes the Redis password as a value, so Valkey gets one here: replace it.',
    stack: {
      releases: [
        { name: 'valkey', namespace: 'kraken', chart: 'percona-valkey', values: { auth: { password: VALKEY_PASSWORD } } },
        // The chart's quick start: the bundled MongoDB's Service named so the backend finds it.
        { name: 'kraken', namespace: 'kraken', chart: 'kraken', values: { mongodb: { service: { nameOverride: 'kraken-mongodb' } } } },
      ],
      bindings: [{ consumer: 'kraken', point: 'redis', provider: 'valkey' }],
    },
  },
  {
    id: 'chatpulse-valkey',
    title: 'ChatPulse + Percona Valkey',
    description:
      'ChatPulse with a standalone Valkey in its namespace; REDIS_URL carries the Valkey address and password. Replace the password.',
    stack: {
      releases: [
        { name: 'valkey', namespace: 'chatpulse', chart: 'percona-valkey', values: { auth: { password: VALKEY_PASSWORD } } },
        { name: 'chatpulse', namespace: 'chatpulse', chart: 'chatpulse', values: {} },
      ],
      bindings: [{ consumer: 'chatpulse', point: 'redis', provider: 'valkey' }],
    },
  },
];
