// Form sections for Centrifugo, in the order the chart README walks through a deployment:
// what runs, how it is configured, how it is reached, how it scales, where it runs, how it is
// secured and watched. Every top-level property of schema.ts names one of these with `x-group`.
import type { Group } from '../../core/types';

export const groups: Group[] = [
  {
    id: 'image',
    title: 'Image & naming',
    description: 'Which Centrifugo image runs, where it is pulled from, and how the release objects are named.',
  },
  {
    id: 'config',
    title: 'Centrifugo configuration',
    description: "Centrifugo's own settings (engine, broker, admin UI, APIs, channel namespaces), written into config.json.",
  },
  {
    id: 'secrets',
    title: 'Secrets & environment',
    description: 'Environment variables and references to Secrets you manage yourself; the chart never creates a Secret.',
  },
  {
    id: 'services',
    title: 'Servers & services',
    description: 'Ports Centrifugo listens on inside the pod and the Kubernetes Services that forward to them.',
  },
  {
    id: 'ingress',
    title: 'Ingress',
    description: 'Public access for client connections, and an optional (guarded) Ingress for the internal endpoints.',
  },
  {
    id: 'scaling',
    title: 'Scaling & availability',
    description: 'Replica count, autoscaling, disruption budget, resources and rollout behaviour.',
  },
  {
    id: 'placement',
    title: 'Pod placement',
    description: 'Which nodes the pods may run on and how they spread across nodes and zones.',
  },
  {
    id: 'security',
    title: 'Security',
    description: 'Service account and the pod and container security contexts.',
  },
  {
    id: 'probes',
    title: 'Probes & shutdown',
    description: 'Health checks and what happens when a pod stops.',
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    description: 'A ServiceMonitor so the Prometheus Operator scrapes every pod.',
  },
  {
    id: 'hostCheck',
    title: 'Host check job',
    description: 'An optional Job that checks a host name resolves before Centrifugo is installed or upgraded.',
  },
  {
    id: 'pod',
    title: 'Pod & container extras',
    description: 'Less common pod settings: extra containers, volumes, annotations, DNS, runtime and scheduler.',
  },
];
