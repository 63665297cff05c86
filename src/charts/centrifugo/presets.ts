// Starting points taken from the examples of the Centrifugo chart 13.0.0 README. Values are overrides
// on the chart defaults (helm merge: maps merge, lists replace); parameter names and values are the
// README's, placeholders that must be replaced say so.
import type { Preset, Values } from '../../core/types';
import { DOC } from './rules';

/** The public host of the README ingress examples, routed for client connections and emulation. */
const exampleHosts = () => [{ host: 'centrifugo.example.com', paths: ['/connection', '/emulation'] }];
/** Browsers are refused unless their origin is listed; the README's ingress example sets one. */
const exampleOrigins = (): Values => ({ client: { allowed_origins: ['https://yourdomain.com'] } });

const minikube: Preset = {
  id: 'minikube',
  title: 'Local test on Minikube',
  description: 'One pod with the admin UI on, reached by kubectl port-forward; throwaway admin credentials to replace.',
  doc: DOC.quickStart,
  values: {
    config: {
      admin: {
        password: 'change-me-admin-password',
        secret: 'change-me-admin-secret',
      },
    },
  },
};

const highAvailability: Preset = {
  id: 'ha-redis',
  title: 'High availability with Redis',
  description: 'Three replicas sharing state through Redis, spread over nodes, with a disruption budget and resource requests.',
  doc: DOC.ha,
  values: {
    replicaCount: 3,
    config: {
      engine: {
        type: 'redis',
        redis: { address: 'redis://redis-master:6379' },
      },
    },
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: 'kubernetes.io/hostname',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'centrifugo' } },
      },
    ],
    podDisruptionBudget: { enabled: true, minAvailable: 2 },
    resources: {
      requests: { cpu: '100m', memory: '128Mi' },
      limits: { memory: '512Mi' },
    },
  },
};

const natsBroker: Preset = {
  id: 'nats-broker',
  title: 'Scale out with a NATS broker',
  description: 'Three replicas relaying messages through NATS: simple to run, but delivery is at most once with no history.',
  doc: DOC.nats,
  values: {
    replicaCount: 3,
    config: {
      broker: {
        enabled: true,
        type: 'nats',
        nats: { url: 'nats://nats:4222' },
      },
    },
  },
};

const nginxIngress: Preset = {
  id: 'nginx-ingress',
  title: 'Public access through ingress-nginx',
  description: 'An nginx Ingress for the client endpoints with one-hour proxy timeouts and TLS from a Secret.',
  doc: DOC.nginx,
  values: {
    config: exampleOrigins(),
    ingress: {
      enabled: true,
      ingressClassName: 'nginx',
      pathType: 'Prefix',
      annotations: {
        'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
        'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
      },
      hosts: exampleHosts(),
      tls: [{ secretName: 'centrifugo-tls', hosts: ['centrifugo.example.com'] }],
    },
  },
};

const haproxyIngress: Preset = {
  id: 'haproxy-ingress',
  title: 'Public access through HAProxy Ingress',
  description: 'An HAProxy Ingress for the client endpoints with a one-hour tunnel timeout for WebSockets.',
  doc: DOC.haproxy,
  values: {
    config: exampleOrigins(),
    ingress: {
      enabled: true,
      ingressClassName: 'haproxy',
      pathType: 'Prefix',
      annotations: { 'haproxy.org/timeout-tunnel': '3600s' },
      hosts: exampleHosts(),
    },
  },
};

const albIngress: Preset = {
  id: 'aws-alb',
  title: 'AWS ALB ingress (EKS)',
  description: 'An internet-facing ALB terminating TLS with an ACM certificate (ARN to replace), health-checking /health on the internal port.',
  doc: DOC.alb,
  values: {
    config: exampleOrigins(),
    ingress: {
      enabled: true,
      ingressClassName: 'alb',
      pathType: 'Prefix',
      annotations: {
        'alb.ingress.kubernetes.io/scheme': 'internet-facing',
        'alb.ingress.kubernetes.io/target-type': 'ip',
        'alb.ingress.kubernetes.io/load-balancer-attributes': 'idle_timeout.timeout_seconds=3600',
        'alb.ingress.kubernetes.io/healthcheck-path': '/health',
        'alb.ingress.kubernetes.io/healthcheck-port': '9000',
        'alb.ingress.kubernetes.io/listen-ports': '[{"HTTPS":443}]',
        'alb.ingress.kubernetes.io/certificate-arn': 'arn:aws:acm:region:account:certificate/xxx',
      },
      hosts: exampleHosts(),
    },
  },
};

const gkeIngress: Preset = {
  id: 'gke-ingress',
  title: 'GKE ingress',
  description:
    'A Google Cloud load balancer with a reserved static IP and container-native routing; create the BackendConfig named here (long timeoutSec) yourself.',
  doc: DOC.gke,
  values: {
    config: exampleOrigins(),
    service: {
      annotations: {
        'cloud.google.com/backend-config': '{"default": "centrifugo-backend-config"}',
        'cloud.google.com/neg': '{"ingress": true}',
      },
    },
    ingress: {
      enabled: true,
      ingressClassName: 'gce',
      pathType: 'Prefix',
      annotations: { 'kubernetes.io/ingress.global-static-ip-name': 'centrifugo-ip' },
      hosts: exampleHosts(),
      tls: [{ secretName: 'centrifugo-tls', hosts: ['centrifugo.example.com'] }],
    },
  },
};

const serviceMonitor: Preset = {
  id: 'prometheus-service-monitor',
  title: 'Prometheus Operator scraping',
  description: 'A ServiceMonitor that kube-prometheus-stack picks up, scraping /metrics of every pod every 30 s.',
  doc: DOC.monitoring,
  values: {
    metrics: {
      serviceMonitor: {
        enabled: true,
        interval: '30s',
        additionalLabels: { release: 'prometheus' },
      },
    },
  },
};

export const presets: Preset[] = [
  minikube,
  highAvailability,
  natsBroker,
  nginxIngress,
  haproxyIngress,
  albIngress,
  gkeIngress,
  serviceMonitor,
];
