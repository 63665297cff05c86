// Form sections in the order the Kubernetes guide of ChatPulse presents its manifests.
import type { Group } from '../../core/types';

export const groups: Group[] = [
  { id: 'general', title: 'Names and namespace', description: 'Object names, the app label and the namespace everything goes into.' },
  { id: 'config', title: 'Configuration', description: 'Plain settings ChatPulse reads from its environment (the ConfigMap).' },
  { id: 'secrets', title: 'Secrets', description: 'Credentials and keys ChatPulse reads from its environment (the Secret).' },
  { id: 'deployment', title: 'Deployment', description: 'Replicas, rollout, image, resources, probes and scheduling of the pods.' },
  { id: 'service', title: 'Service', description: 'The in-cluster Service in front of the pods.' },
  { id: 'ingress', title: 'Ingress', description: 'How traffic reaches ChatPulse: ingress-nginx, the AWS Load Balancer Controller or Traefik.' },
  { id: 'autoscaling', title: 'Autoscaling', description: 'The HorizontalPodAutoscaler.' },
  { id: 'availability', title: 'Disruption budget', description: 'The PodDisruptionBudget that keeps pods up during node drains.' },
  { id: 'monitoring', title: 'Monitoring', description: 'The Prometheus Operator ServiceMonitor.' },
];
