// ChatPulse's identity, read by the chart picker without loading the module.
import type { ChartMeta } from '../../core/types';

export const meta: ChartMeta = {
  id: 'chatpulse',
  name: 'ChatPulse',
  chartName: 'chatpulse',
  version: '1d7604f',
  appVersion: 'latest',
  description: 'Twitch chat sentiment overlays over WebSocket, from the plain Kubernetes manifests of its deployment guide (nginx, ALB or Traefik ingress).',
  docs: {
    title: 'ChatPulse load balancer configuration on Kubernetes',
    url: 'https://github.com/pscheid92/chatpulse/blob/1d7604f/docs/deployment/load-balancer-kubernetes.md',
  },
};
