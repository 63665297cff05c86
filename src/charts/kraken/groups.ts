// Form sections for Kraken, in the order the deployment guide walks through an install: the two
// workloads, how they are reached, the data stores, LiveKit, secrets, storage. Every top-level
// property of schema.ts names one of these with `x-group` (ingress.tls has its own).
import type { Group } from '../../core/types';

export const groups: Group[] = [
  { id: 'general', title: 'General', description: 'Image registry, pull secrets and object names.' },
  { id: 'backend', title: 'Backend', description: 'The NestJS API and Socket.IO server: replicas, image, resources, autoscaling, probes, placement.' },
  { id: 'frontend', title: 'Frontend', description: 'The React app behind nginx: replicas, image, resources, autoscaling, probes, environment.' },
  { id: 'ingress', title: 'Ingress', description: 'Hosts and routes: / to the frontend, /api and /socket.io to the backend, WebSocket-friendly annotations.' },
  { id: 'tls', title: 'TLS', description: 'HTTPS for the ingress hosts: none, certificates from cert-manager, or a TLS Secret of your own.' },
  { id: 'mongodb', title: 'MongoDB', description: 'The bundled MongoDB replica set (Bitnami subchart) or the URI of your own.' },
  { id: 'redis', title: 'Redis', description: 'The bundled Redis (Bitnami subchart) or the address of your own.' },
  { id: 'livekit', title: 'LiveKit', description: 'Address and credentials of the LiveKit server used for voice and video.' },
  { id: 'secrets', title: 'Secrets', description: 'JWT signing keys, or an existing Secret holding every application secret.' },
  { id: 'serviceAccount', title: 'Service account', description: 'The ServiceAccount the Kraken pods run as.' },
  { id: 'fileStorage', title: 'File storage', description: 'Uploads on a shared ReadWriteMany claim, optionally on an NFS volume the chart creates.' },
  { id: 'replayStorage', title: 'Replay storage', description: 'A volume shared with LiveKit egress for replay segments, as a claim or on NFS.' },
  { id: 'unused', title: 'Not implemented in 0.0.1', description: 'Parameters values.yaml declares but no template of this chart version reads.' },
];
