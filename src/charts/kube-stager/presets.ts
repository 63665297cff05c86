// Starting points from the chart README.
import type { Preset } from '../../core/types';
import { DOC } from './docs';

export const presets: Preset[] = [
  {
    id: 'high-availability',
    title: 'High availability',
    description:
      'Two operator replicas with leader election, spread over nodes, and a disruption budget keeping one of them up during drains.',
    doc: DOC.ha,
    values: {
      deployment: { replicas: 2, podDisruptionBudget: { enabled: true, minAvailable: 1 } },
      config: { leaderElection: true },
    },
  },
  {
    id: 'monitoring',
    title: 'Prometheus monitoring',
    description:
      'A ServiceMonitor scraping the operator every 30s through kube-rbac-proxy. Needs the Prometheus Operator; certificate checks are skipped because the proxy signs its own certificate.',
    doc: DOC.monitoring,
    values: {
      monitoring: { enabled: true, serviceMonitor: { interval: '30s', scrapeTimeout: '10s', insecureSkipVerify: true } },
    },
  },
  {
    id: 'v0.3.0-behaviour',
    title: 'v0.3.0 behaviour (no leader election)',
    description: 'Leader election off, as before chart 1.0.0. Only for a single replica; the chart refuses more.',
    doc: DOC.v030,
    values: { deployment: { replicas: 1 }, config: { leaderElection: false } },
  },
];
