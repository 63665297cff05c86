// Values of the ChatPulse manifests. ChatPulse ships plain Kubernetes manifests (k8s/*.yaml in its
// Kubernetes guide, commit 1d7604f), no chart: every setting written in those files is a parameter
// here, with the guide's value as its default, laid out the way Helm charts usually name things.
// Settings the app reads at start but the guide leaves out are optional entries without a default,
// so the defaults still render exactly the guide's files.
import Type from 'typebox';

/** A free-form Kubernetes block edited as YAML (probes, resources, affinity ...). */
/** A free-form block; optional, so a null in the values (helm's way to delete a key) removes it. */
function yamlBlock(description: string, defaultValue: Record<string, unknown>, hints: Record<string, string> = {}) {
  return Type.Optional(Type.Record(Type.String(), Type.Unknown(), { default: defaultValue, description, 'x-widget': 'yaml', ...hints }));
}

/** Annotations and the like: optional too, and a null for one key removes just that key. */
function stringMap(description: string, defaultValue: Record<string, string>, hints: Record<string, string> = {}) {
  return Type.Optional(Type.Record(Type.String(), Type.String(), { default: defaultValue, description, ...hints }));
}

const intOrPercent = (description: string, defaultValue: number | string) =>
  Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^[0-9]+%$' })], { default: defaultValue, description });

// ---- Names and namespace

const general = {
  name: Type.String({
    default: 'chatpulse',
    minLength: 1,
    description: 'Name of the Deployment, its container, the Service, Ingress, HPA, PDB and ServiceMonitor.',
    'x-group': 'general',
    'x-doc': 'Deployment',
  }),
  labels: Type.Record(Type.String(), Type.String(), {
    default: { app: 'chatpulse' },
    minProperties: 1,
    description: 'Labels that mark ChatPulse objects (namespace, Deployment, pods, Service, ServiceMonitor); the Deployment, Service, PDB and ServiceMonitor select pods by them.',
    'x-group': 'general',
  }),
  namespace: Type.Object(
    {
      create: Type.Boolean({ default: true, description: 'Write a Namespace manifest. Turn off when the namespace already exists.' }),
      name: Type.String({ default: 'chatpulse', minLength: 1, description: 'Namespace every ChatPulse object is placed in.' }),
    },
    { additionalProperties: false, 'x-group': 'general', 'x-doc': 'Namespace', description: 'The namespace of all ChatPulse objects.' },
  ),
};

// ---- ConfigMap

const config = Type.Object(
  {
    APP_ENV: Type.Optional(
      Type.String({
        default: 'production',
        examples: ['production', 'development'],
        description: '`production` marks session and CSRF cookies Secure (HTTPS only). ChatPulse assumes `development` when unset.',
      }),
    ),
    TWITCH_REDIRECT_URI: Type.Optional(
      Type.String({
        default: 'https://chatpulse.example.com/auth/callback',
        description: 'OAuth callback Twitch sends users back to after login; must match the redirect URL registered for the Twitch app. Required.',
      }),
    ),
    WEBHOOK_CALLBACK_URL: Type.Optional(
      Type.String({
        default: 'https://chatpulse.example.com/webhooks/eventsub',
        description: 'Public HTTPS URL where Twitch EventSub delivers chat messages. Needs WEBHOOK_SECRET and BOT_USER_ID; leave both webhook settings empty to run without chat input.',
      }),
    ),
    PORT: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 65535,
        examples: [8080],
        description: 'Port the server listens on. ChatPulse uses 8080 when unset; keep it equal to the container port.',
      }),
    ),
    LOG_LEVEL: Type.Optional(
      Type.Union([Type.Literal('debug'), Type.Literal('info'), Type.Literal('warn'), Type.Literal('error')], {
        examples: ['info'],
        description: 'Lowest level written to the log. ChatPulse uses `info` when unset (also for unknown words).',
      }),
    ),
    LOG_FORMAT: Type.Optional(
      Type.Union([Type.Literal('text'), Type.Literal('json')], {
        examples: ['text'],
        description: 'Log line format; `json` suits log collectors. ChatPulse writes `text` when unset.',
      }),
    ),
    MAX_WEBSOCKET_CONNECTIONS: Type.Optional(
      Type.Integer({ minimum: 1, examples: [10000], description: 'Most WebSocket connections one pod accepts; further ones get HTTP 503. Default 10000.' }),
    ),
    MAX_CONNECTIONS_PER_IP: Type.Optional(
      Type.Integer({ minimum: 1, examples: [100], description: 'Most simultaneous WebSocket connections from one client address. Default 100.' }),
    ),
    CONNECTION_RATE_PER_IP: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, examples: [10], description: 'New WebSocket connections per second allowed from one client address. Default 10.' }),
    ),
    CONNECTION_RATE_BURST: Type.Optional(
      Type.Integer({ minimum: 1, examples: [20], description: 'Connections one address may open at once before the per-second rate applies. Default 20.' }),
    ),
    VOTE_RATE_LIMIT_CAPACITY: Type.Optional(
      Type.Integer({ minimum: 1, examples: [100], description: 'Votes an overlay session may cast in a burst (token bucket size). Default 100.' }),
    ),
    VOTE_RATE_LIMIT_RATE: Type.Optional(
      Type.Integer({ minimum: 1, examples: [100], description: 'Votes per minute that refill the bucket. Default 100.' }),
    ),
  },
  {
    // Extra entries: numbers and booleans are written as text, as ConfigMap data must be.
    additionalProperties: Type.Union([Type.String(), Type.Number(), Type.Boolean()]),
    'x-extras': 'yaml',
    'x-group': 'config',
    'x-doc': 'ConfigMap for Configuration',
    description: 'Entries of the ConfigMap, passed to ChatPulse as environment variables. Further KEY: value entries are added as they are.',
  },
);

// ---- Secret

const secret = (defaultValue: string, description: string) => Type.Optional(Type.String({ default: defaultValue, writeOnly: true, description }));

const secrets = Type.Object(
  {
    DATABASE_URL: secret(
      'postgres://user:pass@postgres.chatpulse.svc.cluster.local:5432/chatpulse?sslmode=require',
      'PostgreSQL connection URL. Required. With APP_ENV=production, sslmode=disable or allow is refused.',
    ),
    REDIS_URL: secret('redis://redis.chatpulse.svc.cluster.local:6379', 'Redis connection URL. Required.'),
    TWITCH_CLIENT_ID: secret('your-client-id', 'Client ID of the Twitch application used for login. Required.'),
    TWITCH_CLIENT_SECRET: secret('your-client-secret', 'Client secret of that Twitch application. Required.'),
    SESSION_SECRET: secret('your-session-secret-64-hex-chars', 'Key that signs login session cookies; any long random string. Required.'),
    WEBHOOK_SECRET: secret(
      'your-webhook-secret-32-chars',
      'Shared secret Twitch signs EventSub deliveries with: 10 to 100 characters, set together with WEBHOOK_CALLBACK_URL.',
    ),
    BOT_USER_ID: secret('123456789', 'Twitch user ID of the bot account that reads chat; needed when WEBHOOK_CALLBACK_URL is set.'),
    TOKEN_ENCRYPTION_KEY: secret(
      'your-encryption-key-64-hex-chars',
      'AES-256 key encrypting stored Twitch tokens: exactly 64 hex characters (`openssl rand -hex 32`). Empty stores tokens unencrypted.',
    ),
  },
  {
    additionalProperties: Type.String({ writeOnly: true }),
    'x-extras': 'yaml',
    'x-group': 'secrets',
    'x-doc': 'Secret for Sensitive Data',
    description: 'Entries of the Secret (stringData), passed to ChatPulse as environment variables; an entry here wins over the same name in config.',
  },
);

const names = {
  configMapName: Type.String({ default: 'chatpulse-config', minLength: 1, description: 'Name of the ConfigMap.', 'x-group': 'config' }),
  secretName: Type.String({ default: 'chatpulse-secrets', minLength: 1, description: 'Name of the Secret written from `secrets`.', 'x-group': 'secrets' }),
  existingSecret: Type.String({
    default: '',
    description: 'Name of a Secret you manage yourself (External Secrets, Vault, sealed-secrets). When set, no Secret is written and `secrets` is ignored.',
    'x-group': 'secrets',
  }),
};

// ---- Deployment

const deployment = {
  replicaCount: Type.Integer({ default: 3, minimum: 0, description: 'Number of pods; the guide runs at least 3 for high availability.', 'x-group': 'deployment', 'x-doc': 'Deployment' }),
  strategy: Type.Object(
    {
      type: Type.Union([Type.Literal('RollingUpdate'), Type.Literal('Recreate')], {
        default: 'RollingUpdate',
        description: 'RollingUpdate replaces pods a few at a time; Recreate stops all pods first.',
      }),
      rollingUpdate: Type.Object(
        {
          maxSurge: intOrPercent('Pods (or percent of replicas) started above the desired count during a rollout.', 1),
          maxUnavailable: intOrPercent('Pods (or percent) that may be missing during a rollout; 0 keeps full capacity.', 0),
        },
        { additionalProperties: false, description: 'Limits of a RollingUpdate; not written for Recreate.' },
      ),
    },
    { additionalProperties: false, 'x-group': 'deployment', 'x-doc': 'Deployment', description: 'How pods are replaced when the Deployment changes.' },
  ),
  image: Type.Object(
    {
      repository: Type.String({ default: 'ghcr.io/pscheid92/chatpulse', minLength: 1, description: 'Container image without tag.' }),
      tag: Type.String({ default: 'latest', minLength: 1, description: 'Image tag; pin a version or digest for repeatable rollouts.' }),
      pullPolicy: Type.Union([Type.Literal('Always'), Type.Literal('IfNotPresent'), Type.Literal('Never')], {
        default: 'Always',
        description: 'When the kubelet pulls the image.',
      }),
    },
    { additionalProperties: false, 'x-group': 'deployment', 'x-doc': 'Deployment', description: 'The ChatPulse container image.' },
  ),
  imagePullSecrets: Type.Optional(Type.Array(Type.Object({ name: Type.String() }), {
    default: [],
    description: 'Secrets used to pull the image from a private registry, e.g. `[{name: ghcr-pull}]`.',
    'x-group': 'deployment',
    'x-widget': 'yaml',
  })),
  podAnnotations: Type.Optional(Type.Record(Type.String(), Type.String(), {
    default: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '8080', 'prometheus.io/path': '/metrics' },
    description: 'Annotations on the pods; the defaults let annotation-based Prometheus discovery scrape /metrics.',
    'x-group': 'deployment',
  })),
  terminationGracePeriodSeconds: Type.Integer({
    default: 60,
    minimum: 0,
    description: 'Seconds a pod gets to close WebSocket connections and finish work after SIGTERM.',
    'x-group': 'deployment',
    'x-doc': 'Deployment',
  }),
  containerPort: Type.Integer({ default: 8080, minimum: 1, maximum: 65535, description: 'Port ChatPulse listens on inside the pod (named `http`).', 'x-group': 'deployment' }),
  resources: Type.Optional(Type.Record(Type.String(), Type.Unknown(), {
    default: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
    description: 'CPU and memory requests and limits of the container. The autoscaler needs requests for the resources it scales on.',
    'x-group': 'deployment',
    'x-widget': 'yaml',
  })),
  startupProbe: Type.Optional(Type.Record(Type.String(), Type.Unknown(), {
    default: {
      httpGet: { path: '/health/startup', port: 'http' },
      initialDelaySeconds: 0,
      periodSeconds: 5,
      timeoutSeconds: 2,
      successThreshold: 1,
      failureThreshold: 12,
    },
    description: 'Probe that holds back the other probes until start-up is done (12 x 5 s = 60 s at most). Set it to null to leave it out.',
    'x-group': 'deployment',
    'x-widget': 'yaml',
  })),
  livenessProbe: Type.Optional(Type.Record(Type.String(), Type.Unknown(), {
    default: {
      httpGet: { path: '/health/live', port: 'http' },
      initialDelaySeconds: 0,
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    },
    description: 'Probe whose failures restart the container. Set it to null to leave it out.',
    'x-group': 'deployment',
    'x-widget': 'yaml',
  })),
  readinessProbe: Type.Optional(Type.Record(Type.String(), Type.Unknown(), {
    default: {
      httpGet: { path: '/health/ready', port: 'http' },
      initialDelaySeconds: 0,
      periodSeconds: 5,
      timeoutSeconds: 5,
      successThreshold: 1,
      failureThreshold: 2,
    },
    description: 'Probe that takes the pod out of the Service while it fails (database or Redis unreachable). Set it to null to leave it out.',
    'x-group': 'deployment',
    'x-widget': 'yaml',
  })),
  lifecycle: yamlBlock('Container lifecycle hooks; the default pause before shutdown lets load balancers stop sending traffic first.', {
    preStop: { exec: { command: ['/bin/sh', '-c', 'sleep 15'] } },
  }, { 'x-group': 'deployment' }),
  affinity: yamlBlock('Pod scheduling affinity; the default prefers spreading pods over nodes.', {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 100,
          podAffinityTerm: {
            labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['chatpulse'] }] },
            topologyKey: 'kubernetes.io/hostname',
          },
        },
      ],
    },
  }, { 'x-group': 'deployment' }),
  nodeSelector: Type.Optional(Type.Record(Type.String(), Type.String(), { default: {}, description: 'Node labels the pods must run on.', 'x-group': 'deployment' })),
  tolerations: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()), {
    default: [],
    description: 'Taints the pods tolerate.',
    'x-group': 'deployment',
    'x-widget': 'yaml',
  })),
};

// ---- Service

const service = Type.Object(
  {
    type: Type.Union([Type.Literal('ClusterIP'), Type.Literal('NodePort'), Type.Literal('LoadBalancer')], {
      default: 'ClusterIP',
      description: 'How the Service is exposed; the ingress reaches a ClusterIP Service.',
    }),
    port: Type.Integer({ default: 80, minimum: 1, maximum: 65535, description: 'Port of the Service (named `http`), forwarded to the container port.' }),
    sessionAffinity: Type.Union([Type.Literal('ClientIP'), Type.Literal('None')], {
      default: 'ClientIP',
      description: 'ClientIP keeps a client on one pod for traffic through the Service itself (ingress controllers route to pods directly and need their own stickiness).',
    }),
    sessionAffinityTimeoutSeconds: Type.Integer({ default: 3600, minimum: 1, maximum: 86400, description: 'How long the ClientIP stickiness lasts.' }),
  },
  { additionalProperties: false, 'x-group': 'service', 'x-doc': 'Service', description: 'The Service the ingress sends traffic to.' },
);

// ---- Ingress

const path = Type.Object(
  {
    path: Type.String({ default: '/' }),
    pathType: Type.Union([Type.Literal('Prefix'), Type.Literal('Exact'), Type.Literal('ImplementationSpecific')], { default: 'Prefix' }),
  },
  { additionalProperties: false },
);

const ingress = Type.Object(
  {
    enabled: Type.Boolean({ default: true, description: 'Expose ChatPulse through an ingress controller.' }),
    controller: Type.Union([Type.Literal('nginx'), Type.Literal('alb'), Type.Literal('traefik')], {
      default: 'nginx',
      description: 'Which of the guide\'s ingress manifests to write: an Ingress for ingress-nginx, an Ingress for the AWS Load Balancer Controller, or a Traefik IngressRoute.',
    }),
    className: Type.String({
      default: '',
      description: 'spec.ingressClassName of the Ingress (nginx, alb); the current way to pick the controller instead of the kubernetes.io/ingress.class annotation.',
    }),
    hosts: Type.Array(Type.Object({ host: Type.String(), paths: Type.Array(path) }, { additionalProperties: false }), {
      default: [{ host: 'chatpulse.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }],
      description: 'Host names and paths routed to ChatPulse.',
      'x-widget': 'yaml',
    }),
    tls: Type.Array(Type.Object({ hosts: Type.Array(Type.String()), secretName: Type.String() }, { additionalProperties: false }), {
      default: [{ hosts: ['chatpulse.example.com'], secretName: 'chatpulse-tls' }],
      description: 'TLS certificates (Secrets, e.g. issued by cert-manager) per host. Traefik uses the first secret; the ALB uses its ACM certificate instead.',
      'x-widget': 'yaml',
    }),
    nginx: Type.Object(
      {
        annotations: stringMap('Annotations of the ingress-nginx Ingress: TLS issuer, WebSocket timeouts, sticky cookie, rate limit.', {
          'kubernetes.io/ingress.class': 'nginx',
          'cert-manager.io/cluster-issuer': 'letsencrypt-prod',
          'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
          'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
          'nginx.ingress.kubernetes.io/proxy-connect-timeout': '10',
          'nginx.ingress.kubernetes.io/configuration-snippet':
            'proxy_set_header Upgrade $http_upgrade;\nproxy_set_header Connection "upgrade";\nproxy_http_version 1.1;\n',
          'nginx.ingress.kubernetes.io/affinity': 'cookie',
          'nginx.ingress.kubernetes.io/session-cookie-name': 'chatpulse-route',
          'nginx.ingress.kubernetes.io/session-cookie-max-age': '3600',
          'nginx.ingress.kubernetes.io/limit-rps': '100',
        }),
      },
      { additionalProperties: false, 'x-doc': 'Ingress (nginx-ingress)', description: 'Used when ingress.controller is nginx.' },
    ),
    alb: Type.Object(
      {
        annotations: stringMap('Annotations of the AWS Load Balancer Controller Ingress: scheme, ACM certificate, health check, stickiness, idle timeout.', {
          'kubernetes.io/ingress.class': 'alb',
          'alb.ingress.kubernetes.io/scheme': 'internet-facing',
          'alb.ingress.kubernetes.io/target-type': 'ip',
          'alb.ingress.kubernetes.io/certificate-arn': 'arn:aws:acm:us-east-1:123456789012:certificate/...',
          'alb.ingress.kubernetes.io/listen-ports': '[{"HTTP": 80}, {"HTTPS": 443}]',
          'alb.ingress.kubernetes.io/ssl-redirect': '443',
          'alb.ingress.kubernetes.io/healthcheck-path': '/health/ready',
          'alb.ingress.kubernetes.io/healthcheck-interval-seconds': '30',
          'alb.ingress.kubernetes.io/healthcheck-timeout-seconds': '5',
          'alb.ingress.kubernetes.io/healthy-threshold-count': '2',
          'alb.ingress.kubernetes.io/unhealthy-threshold-count': '3',
          'alb.ingress.kubernetes.io/target-group-attributes': 'stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=3600',
          'alb.ingress.kubernetes.io/load-balancer-attributes': 'idle_timeout.timeout_seconds=3600',
        }),
      },
      { additionalProperties: false, 'x-doc': 'Ingress (AWS ALB Ingress Controller)', description: 'Used when ingress.controller is alb.' },
    ),
    traefik: Type.Object(
      {
        apiVersion: Type.Union([Type.Literal('traefik.containo.us/v1alpha1'), Type.Literal('traefik.io/v1alpha1')], {
          default: 'traefik.containo.us/v1alpha1',
          description: 'API group of the IngressRoute: traefik.io for Traefik v2.10 and later (the only one v3 serves), traefik.containo.us for older v2.',
        }),
        entryPoints: Type.Array(Type.String(), { default: ['websecure'], description: 'Traefik entry points the route listens on.' }),
        annotations: stringMap('Annotations of the IngressRoute.', {}),
        sticky: yamlBlock('Sticky sessions of the route\'s service, e.g. `{cookie: {name: chatpulse-route, secure: true, httpOnly: true}}`. Empty: none.', {}),
      },
      { additionalProperties: false, 'x-doc': 'Traefik', description: 'Used when ingress.controller is traefik.' },
    ),
  },
  { additionalProperties: false, 'x-group': 'ingress', 'x-doc': 'Ingress (nginx-ingress)', description: 'The route from outside the cluster to the Service.' },
);

// ---- HorizontalPodAutoscaler

const autoscaling = Type.Object(
  {
    enabled: Type.Boolean({ default: true, description: 'Write a HorizontalPodAutoscaler for the Deployment.' }),
    minReplicas: Type.Integer({ default: 3, minimum: 1, description: 'Fewest pods the autoscaler keeps.' }),
    maxReplicas: Type.Integer({ default: 10, minimum: 1, description: 'Most pods the autoscaler starts.' }),
    targetCPUUtilizationPercentage: Type.Integer({
      default: 70,
      minimum: 0,
      description: 'Average CPU use, in percent of the CPU request, to scale at. 0 leaves the CPU metric out.',
    }),
    targetMemoryUtilizationPercentage: Type.Integer({
      default: 80,
      minimum: 0,
      description: 'Average memory use, in percent of the memory request, to scale at. 0 leaves the memory metric out.',
    }),
    extraMetrics: Type.Array(Type.Record(Type.String(), Type.Unknown()), {
      default: [],
      description: 'Further autoscaling/v2 metric specs, added after the CPU and memory ones (e.g. WebSocket connections per pod from a custom metrics adapter).',
      'x-widget': 'yaml',
    }),
    behavior: yamlBlock('Scale-up and scale-down speed: at most halve every minute after 5 stable minutes, at most double every minute.', {
      scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Percent', value: 50, periodSeconds: 60 }] },
      scaleUp: { stabilizationWindowSeconds: 60, policies: [{ type: 'Percent', value: 100, periodSeconds: 60 }] },
    }),
  },
  { additionalProperties: false, 'x-group': 'autoscaling', 'x-doc': 'HorizontalPodAutoscaler', description: 'Pod count following CPU and memory use.' },
);

// ---- PodDisruptionBudget, ServiceMonitor

const podDisruptionBudget = Type.Object(
  {
    enabled: Type.Boolean({ default: true, description: 'Write a PodDisruptionBudget.' }),
    minAvailable: intOrPercent('Pods (or percent) that must stay up while nodes are drained; must be below the replica count.', 2),
  },
  { additionalProperties: false, 'x-group': 'availability', 'x-doc': 'PodDisruptionBudget', description: 'Limits voluntary evictions such as node drains.' },
);

const serviceMonitor = Type.Object(
  {
    enabled: Type.Boolean({ default: true, description: 'Write a ServiceMonitor (needs the Prometheus Operator CRDs in the cluster).' }),
    interval: Type.String({ default: '30s', pattern: '^([0-9]+(ms|s|m|h))+$', description: 'How often Prometheus scrapes each pod.' }),
    path: Type.String({ default: '/metrics', description: 'HTTP path of the metrics endpoint.' }),
    labels: stringMap('Extra labels, e.g. the `release` label your Prometheus selects ServiceMonitors by.', {}),
  },
  { additionalProperties: false, 'x-group': 'monitoring', 'x-doc': 'ServiceMonitor (Prometheus Operator)', description: 'Prometheus Operator scraping of /metrics.' },
);

export const schema = Type.Object(
  {
    ...general,
    config,
    configMapName: names.configMapName,
    secrets,
    secretName: names.secretName,
    existingSecret: names.existingSecret,
    ...deployment,
    service,
    ingress,
    autoscaling,
    podDisruptionBudget,
    serviceMonitor,
  },
  { additionalProperties: false },
);

export type ChatPulseValues = Type.Static<typeof schema>;
