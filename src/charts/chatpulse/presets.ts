// Starting points taken from ChatPulse's Kubernetes guide: its manifests made ready for
// production, its ALB and Traefik variants, and a small set-up for trying it out.
import type { Preset } from '../../core/types';

export const presets: Preset[] = [
  {
    id: 'production',
    title: 'Guide, ready for production',
    description:
      'The guide\'s manifests with what current clusters need: ingressClassName instead of the class annotation, no configuration-snippet (ingress-nginx refuses it by default), JSON logs. ' +
      'The Secret still holds the guide\'s placeholders: put in your credentials and a TOKEN_ENCRYPTION_KEY from `openssl rand -hex 32` (the problems list names each one).',
    doc: 'Production Checklist',
    values: {
      config: { LOG_FORMAT: 'json' },
      ingress: {
        className: 'nginx',
        nginx: {
          annotations: {
            'kubernetes.io/ingress.class': null,
            'nginx.ingress.kubernetes.io/configuration-snippet': null,
          },
        },
      },
    },
  },
  {
    id: 'external-secret',
    title: 'Secret managed outside',
    description:
      'No Secret in the manifests: the pods read a Secret named chatpulse-secrets that External Secrets, Vault or sealed-secrets provides, with the same keys (TOKEN_ENCRYPTION_KEY as 64 hex characters).',
    doc: 'Secret for Sensitive Data',
    values: { existingSecret: 'chatpulse-secrets' },
  },
  {
    id: 'aws-alb',
    title: 'AWS Load Balancer Controller',
    description:
      'The guide\'s ALB Ingress (internet-facing, IP targets, sticky cookie, one-hour idle timeout), selected by ingressClassName. Put the ARN of your ACM certificate in its certificate-arn annotation.',
    doc: 'Ingress (AWS ALB Ingress Controller)',
    values: {
      ingress: {
        controller: 'alb',
        className: 'alb',
        alb: { annotations: { 'kubernetes.io/ingress.class': null } },
      },
    },
  },
  {
    id: 'traefik-v3',
    title: 'Traefik v3',
    description: 'The guide\'s Traefik IngressRoute under the traefik.io API group that Traefik v3 serves, with a sticky cookie so WebSocket clients stay on their pod.',
    doc: 'Traefik',
    values: {
      ingress: {
        controller: 'traefik',
        traefik: {
          apiVersion: 'traefik.io/v1alpha1',
          sticky: { cookie: { name: 'chatpulse-route', secure: true, httpOnly: true } },
        },
      },
    },
  },
  {
    id: 'single-pod',
    title: 'One pod for trying out',
    description: 'A single pod without autoscaler, disruption budget or ServiceMonitor (no Prometheus Operator needed), logging at debug level. Not highly available.',
    doc: 'Deployment',
    values: {
      replicaCount: 1,
      config: { LOG_LEVEL: 'debug' },
      autoscaling: { enabled: false },
      podDisruptionBudget: { enabled: false },
      serviceMonitor: { enabled: false },
    },
  },
];
