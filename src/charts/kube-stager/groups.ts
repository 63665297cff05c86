// Form sections, in the order the chart README walks through them.
import type { Group } from '../../core/types';

export const groups: Group[] = [
  { id: 'workload', title: 'Operator deployment', description: 'Image, labels and annotations of the operator Deployment and its pods.' },
  {
    id: 'availability',
    title: 'High availability',
    description: 'Replicas, leader election and the disruption budget that keep the operator running through node drains.',
  },
  { id: 'monitoring', title: 'Monitoring', description: 'A ServiceMonitor for the Prometheus Operator.' },
  { id: 'operator', title: 'Operator configuration', description: 'The ProjectConfig file the operator reads at start-up.' },
  { id: 'jobs', title: 'Database jobs', description: 'Deadlines, clean-up and retries of the init, migration and backup Jobs the operator creates.' },
  { id: 'resources', title: 'Resource limits', description: 'Requests and limits of the manager and kube-rbac-proxy containers.' },
  { id: 'access', title: 'RBAC and service account', description: 'The ServiceAccount and the roles the operator runs with.' },
  { id: 'services', title: 'Services', description: 'Labels and annotations of the metrics and webhook Services.' },
];
