// Form sections in the order of the chart README's parameter tables.
import type { Group } from '../../core/types';

export const groups: Group[] = [
  { id: 'global', title: 'Global', description: 'Names and the deployment mode (standalone or cluster).' },
  { id: 'image', title: 'Image', description: 'Which Valkey image runs, and its variant (rpm or hardened).' },
  { id: 'auth', title: 'Authentication', description: 'The client password: given, generated, or from your own Secret.' },
  { id: 'config', title: 'Valkey Configuration', description: 'What goes into valkey.conf and the entrypoint environment.' },
  { id: 'cluster', title: 'Cluster Mode', description: 'Size and timing of the Valkey Cluster (mode: cluster).' },
  { id: 'standalone', title: 'Standalone Mode', description: 'Size of the standalone StatefulSet (mode: standalone).' },
  { id: 'statefulset', title: 'StatefulSet', description: 'Update strategy, pod management and metadata of the StatefulSet.' },
  { id: 'pod', title: 'Pod', description: 'Extra annotations and labels on the Valkey pods.' },
  { id: 'security', title: 'Security Context', description: 'Pod and container security settings.' },
  { id: 'service', title: 'Service', description: 'The client Service (the headless Service follows its port).' },
  { id: 'persistence', title: 'Persistence', description: 'One PersistentVolumeClaim per pod for /data.' },
  { id: 'probes', title: 'Health Probes', description: 'Liveness, readiness and startup checks of the Valkey container.' },
  { id: 'resources', title: 'Resources', description: 'CPU and memory requests and limits of the Valkey container.' },
  { id: 'serviceAccount', title: 'ServiceAccount & RBAC', description: 'The identity the pods run with.' },
  { id: 'pdb', title: 'PodDisruptionBudget', description: 'How many cluster pods voluntary disruptions may take down (cluster mode only).' },
  { id: 'placement', title: 'Node Placement', description: 'Where the Valkey pods may be scheduled.' },
];
