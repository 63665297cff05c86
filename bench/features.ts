// The value set the benchmark types into: Centrifugo with every template switched on.
import type { Values } from '../src/core/types';

/** Every Centrifugo feature on: both ingresses, separate services, autoscaling, PDB, monitoring, hooks. */
export const ALL_FEATURES: Values = {
  config: {
    engine: { type: 'redis', redis: { address: 'redis://redis:6379' } },
    client: { allowed_origins: ['https://rt.example.com'] },
    grpc_api: { enabled: true },
    channel: { namespaces: [{ name: 'chat', history_size: 10, history_ttl: '300s', force_recovery: true, presence: true }] },
  },
  serviceInternal: { useSeparate: true },
  serviceGrpc: { useSeparate: true },
  serviceUniGrpc: { useSeparate: true },
  ingress: {
    enabled: true,
    ingressClassName: 'nginx',
    annotations: { 'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600', 'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600' },
    hosts: [{ host: 'rt.example.com', paths: ['/'] }],
    tls: [{ secretName: 'rt-tls', hosts: ['rt.example.com'] }],
  },
  ingressInternal: { enabled: true, ingressClassName: 'nginx', hosts: [{ host: 'rt-admin.example.com', paths: ['/'] }] },
  replicaCount: 3,
  autoscaling: { enabled: true, minReplicas: 3, maxReplicas: 12, cpu: { enabled: true }, memory: { enabled: true } },
  podDisruptionBudget: { enabled: true, minAvailable: 1 },
  metrics: { serviceMonitor: { enabled: true } },
  serviceAccount: { create: true },
  hostCheck: { enabled: true, remoteHost: 'redis' },
  resources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } },
};
