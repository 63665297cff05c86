// The values of the Kraken chart 0.0.1 (helm/kraken of krakenchat/kraken at b87cf17) as one TypeBox
// schema: every parameter of its values.yaml with the default helm reads (same key order), a type
// as loose as the templates accept, a description of our own, the form section and UI hints.
// Secrets are `writeOnly`. values.yaml writes `redis.master` twice; helm keeps the later block
// only, so `redis.master.persistence` has no default here (the Redis subchart's own applies).
// Keys the templates or the Bitnami subcharts read but values.yaml leaves out (name overrides,
// NFS mount options, a few subchart settings our rules point to) are optional fields without a
// default, so the defaults stay exactly those of the chart.
import Type, { type TObjectOptions, type TOptional, type TProperties, type TSchemaOptions } from 'typebox';

// ---- building blocks

/**
 * An object of parameters, each of which may be missing: helm fills defaults in, and a `null` in a
 * values file deletes a key (how one drops the default ingress annotations), which helm accepts.
 */
function obj<T extends TProperties>(properties: T, options: TObjectOptions = {}) {
  const optional = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: TOptional<T[K]> };
  return Type.Object(optional, options);
}

function literals<const T extends string[]>(values: T, options: TSchemaOptions) {
  return Type.Union(values.map((v) => Type.Literal(v)) as { [K in keyof T]: ReturnType<typeof Type.Literal<T[K]>> }, options);
}

/** A free-form Kubernetes object the template copies with toYaml; edited as inline YAML. */
function yamlObject(options: TSchemaOptions) {
  return Type.Record(Type.String(), Type.Unknown(), { 'x-widget': 'yaml', ...options });
}

/** A free-form list of Kubernetes objects the template copies with toYaml. */
function yamlList(options: TSchemaOptions) {
  return Type.Array(Type.Record(Type.String(), Type.Unknown()), { 'x-widget': 'yaml', ...options });
}

/** Labels or annotations copied with toYaml: Kubernetes wants string values. */
function stringMap(options: TSchemaOptions) {
  return Type.Record(Type.String(), Type.String(), options);
}

const quantityMap = () =>
  Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), { description: 'Resource name to quantity, e.g. cpu: 250m, memory: 512Mi.' });

/** Container resources: the keys Kubernetes knows, so a typo such as `request` is flagged. */
function resources(defaults: unknown, description: string) {
  return obj(
    {
      requests: Type.Optional(quantityMap()),
      limits: Type.Optional(quantityMap()),
      claims: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()), { description: 'Dynamic resource claims the container uses.' })),
    },
    { default: defaults, additionalProperties: false, 'x-widget': 'yaml', 'x-doc': 'Resources and autoscaling', description },
  );
}

/** A container probe copied as written: one handler plus timing. */
function probe(defaults: unknown, description: string) {
  return Type.Record(Type.String(), Type.Unknown(), { default: defaults, 'x-widget': 'yaml', description });
}

const port = (defaultPort: number, description: string) => Type.Integer({ default: defaultPort, minimum: 1, maximum: 65535, description });
const secret = (defaultValue: string, description: string, options: TSchemaOptions = {}) =>
  Type.String({ default: defaultValue, writeOnly: true, description, ...options });

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

// ---- backend and frontend

function image(repository: string, pullPolicy: string, what: string) {
  return obj(
    {
      repository: Type.String({
        default: repository,
        description: `Image of the ${what}, without tag. global.imageRegistry, when set, is put in front of it.`,
      }),
      pullPolicy: literals(PULL_POLICIES, { default: pullPolicy, description: 'When the kubelet pulls the image again.' }),
      tag: Type.String({ default: 'latest', description: 'Image tag; empty uses the chart appVersion (0.0.1). Pin a release tag in production.' }),
    },
    { additionalProperties: false, description: `Container image of the ${what}.` },
  );
}

function service(portDefault: number, what: string) {
  return obj(
    {
      type: literals(SERVICE_TYPES, { default: 'ClusterIP', description: `How the ${what} Service is exposed; the ingress reaches it either way.` }),
      port: port(portDefault, `Port of the ${what} Service; the ingress routes to this port. The pod listens on a fixed port whatever this says.`),
      annotations: stringMap({ default: {}, description: `Annotations of the ${what} Service (e.g. for a cloud load balancer).` }),
    },
    { additionalProperties: false, description: `The ${what} Service.` },
  );
}

function autoscaling(what: string, withMemory: boolean) {
  return obj(
    {
      enabled: Type.Boolean({
        default: false,
        description: `Create a HorizontalPodAutoscaler for the ${what}; replicaCount is then left to it. Needs metrics-server.`,
      }),
      minReplicas: Type.Integer({ default: 2, minimum: 1, description: 'Fewest pods the autoscaler keeps.' }),
      maxReplicas: Type.Integer({ default: 10, minimum: 1, description: 'Most pods the autoscaler starts.' }),
      targetCPUUtilizationPercentage: Type.Integer({ default: 70, minimum: 0, description: 'Average CPU use, in percent of the requests, the autoscaler aims at; 0 leaves CPU out.' }),
      ...(withMemory
        ? { targetMemoryUtilizationPercentage: Type.Integer({ default: 80, minimum: 0, description: 'Average memory use, in percent of the requests, the autoscaler aims at; 0 leaves memory out.' }) }
        : {}),
    },
    { additionalProperties: false, 'x-doc': 'Resources and autoscaling', description: `Horizontal autoscaling of the ${what}.` },
  );
}

function placement(what: string) {
  return {
    nodeSelector: stringMap({ default: {}, description: `Node labels the ${what} pods must run on.` }),
    tolerations: yamlList({ default: [], description: `Taints the ${what} pods tolerate.` }),
    affinity: yamlObject({ default: {}, description: `Affinity and anti-affinity rules of the ${what} pods.` }),
    podAnnotations: stringMap({ default: {}, description: `Extra annotations on the ${what} pods.` }),
  };
}

function securityContexts(user: number, what: string) {
  return {
    podSecurityContext: yamlObject({
      default: { runAsNonRoot: true, runAsUser: user, fsGroup: user },
      description: `Pod security context of the ${what}: user ${user} and its group own mounted volumes.`,
    }),
    securityContext: yamlObject({
      default: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: false },
      description: `Security context of the ${what} container.`,
    }),
  };
}

const backend = obj(
  {
    replicaCount: Type.Integer({
      default: 2,
      minimum: 0,
      description: 'Backend pods (NestJS API and Socket.IO) when autoscaling is off. More than one needs sticky sessions and shared file storage.',
    }),
    image: image('ghcr.io/user/kraken-backend', 'Always', 'backend'),
    service: service(3000, 'backend'),
    resources: resources(
      { limits: { cpu: '1000m', memory: '1Gi' }, requests: { cpu: '250m', memory: '512Mi' } },
      'CPU and memory of each backend pod.',
    ),
    autoscaling: autoscaling('backend', true),
    livenessProbe: probe(
      { httpGet: { path: '/api/health', port: 3000 }, initialDelaySeconds: 40, periodSeconds: 30, timeoutSeconds: 10, failureThreshold: 3 },
      'Restarts a backend container that stops answering its health endpoint.',
    ),
    readinessProbe: probe(
      { httpGet: { path: '/api/health', port: 3000 }, initialDelaySeconds: 20, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
      'Keeps a backend pod out of the Service until its health endpoint answers.',
    ),
    ...placement('backend'),
    ...securityContexts(1001, 'backend'),
  },
  { additionalProperties: false, 'x-group': 'backend', 'x-doc': 'Architecture', description: 'The NestJS API and WebSocket server.' },
);

const frontend = obj(
  {
    replicaCount: Type.Integer({ default: 2, minimum: 0, description: 'Frontend pods (nginx serving the React app) when autoscaling is off.' }),
    image: image('ghcr.io/user/kraken-frontend', 'IfNotPresent', 'frontend'),
    service: service(5173, 'frontend'),
    resources: resources(
      { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
      'CPU and memory of each frontend pod.',
    ),
    autoscaling: autoscaling('frontend', false),
    livenessProbe: probe(
      { httpGet: { path: '/health', port: 5173 }, initialDelaySeconds: 10, periodSeconds: 30, timeoutSeconds: 5 },
      'Restarts a frontend container that stops answering.',
    ),
    readinessProbe: probe(
      { httpGet: { path: '/health', port: 5173 }, initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 5 },
      'Keeps a frontend pod out of the Service until it answers.',
    ),
    env: obj(
      {
        backendUrl: Type.String({
          default: 'http://kraken-backend:3000',
          description: 'In-cluster address of the backend, given to the frontend container as BACKEND_URL. The backend Service is named <fullname>-backend.',
        }),
      },
      { additionalProperties: false, description: 'Settings passed to the frontend container as environment variables.' },
    ),
    extraEnv: yamlList({
      default: [],
      description: 'More environment variables for the frontend container (name with value or valueFrom), e.g. telemetry endpoints or feature flags.',
    }),
    ...placement('frontend'),
    ...securityContexts(101, 'frontend'),
  },
  { additionalProperties: false, 'x-group': 'frontend', 'x-doc': 'Architecture', description: 'The static React app served by nginx.' },
);

// ---- ingress and TLS

const ingressPath = Type.Object(
  {
    path: Type.String({ description: 'URL path prefix, e.g. / or /api.' }),
    pathType: literals(['Prefix', 'Exact', 'ImplementationSpecific'], { description: 'How the path is matched.' }),
    service: literals(['frontend', 'backend'], { description: 'Which Kraken Service the path goes to; helm refuses anything else.' }),
  },
  { additionalProperties: false },
);

const ingressHost = Type.Object(
  {
    host: Type.String({ description: 'Domain name, e.g. kraken.example.com.' }),
    paths: Type.Array(ingressPath, { description: 'Routes of this host.' }),
  },
  { additionalProperties: false },
);

const tls = obj(
  {
    mode: literals(['none', 'cert-manager', 'manual'], {
      default: 'none',
      description: 'none serves plain HTTP (development only); cert-manager has certificates issued per host; manual uses a TLS Secret you created.',
    }),
    certManager: obj(
      {
        enabled: Type.Boolean({
          default: false,
          description: 'Must be on as well as mode cert-manager: only then the ingress gets the annotation that makes cert-manager issue the certificates.',
        }),
        issuer: Type.String({ default: 'letsencrypt-prod', description: 'Name of the cert-manager issuer that signs the certificates.' }),
        issuerKind: literals(['ClusterIssuer', 'Issuer'], { default: 'ClusterIssuer', description: 'Whether the issuer is cluster-wide or lives in the release namespace.' }),
      },
      { additionalProperties: false, description: 'cert-manager settings (mode cert-manager). Each host gets a Secret <fullname>-tls-<host with dashes>.' },
    ),
    secretName: Type.String({ default: '', description: 'TLS Secret (tls.crt, tls.key) used for every host in manual mode.' }),
  },
  { additionalProperties: false, 'x-group': 'tls', 'x-doc': 'Ingress', description: 'HTTPS for the ingress hosts.' },
);

const ingress = obj(
  {
    enabled: Type.Boolean({ default: true, description: 'Create an Ingress routing / to the frontend and /api and /socket.io to the backend.' }),
    className: Type.String({ default: 'nginx', description: 'IngressClass that serves this Ingress; empty leaves the cluster default. The default annotations are for ingress-nginx.' }),
    annotations: stringMap({
      default: {
        'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
        'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
        'nginx.ingress.kubernetes.io/proxy-connect-timeout': '60',
        'nginx.ingress.kubernetes.io/proxy-body-size': '100m',
        'nginx.ingress.kubernetes.io/websocket-services': 'kraken-backend',
        'nginx.ingress.kubernetes.io/affinity': 'cookie',
        'nginx.ingress.kubernetes.io/session-cookie-name': 'kraken-affinity',
        'nginx.ingress.kubernetes.io/session-cookie-max-age': '3600',
        'nginx.ingress.kubernetes.io/affinity-mode': 'persistent',
      },
      description:
        'Ingress annotations. The defaults keep WebSockets open for an hour, allow 100 MB uploads and pin each browser to one backend pod with a cookie, which Socket.IO needs with several replicas.',
    }),
    hosts: Type.Array(ingressHost, {
      default: [
        {
          host: 'kraken.local',
          paths: [
            { path: '/', pathType: 'Prefix', service: 'frontend' },
            { path: '/api', pathType: 'Prefix', service: 'backend' },
            { path: '/socket.io', pathType: 'Prefix', service: 'backend' },
          ],
        },
      ],
      'x-widget': 'yaml',
      description: 'Hosts and their routes. Give each host all three routes (/, /api, /socket.io); a host without paths is rejected by Kubernetes.',
    }),
    tls,
  },
  { additionalProperties: false, 'x-group': 'ingress', 'x-doc': 'Ingress', description: 'How browsers reach Kraken.' },
);

// ---- data stores (Bitnami subcharts when bundled)

const OPEN = { additionalProperties: true, 'x-extras': 'yaml' } as const;

const mongodb = obj(
  {
    bundled: Type.Boolean({
      default: true,
      description: 'Install MongoDB with the chart (Bitnami mongodb 15.6.22). Off: connect to the URI in external.uri.',
    }),
    architecture: literals(['replicaset', 'standalone'], {
      default: 'replicaset',
      description: 'Bundled MongoDB layout. Kraken relies on change streams, which only a replica set offers.',
    }),
    replicaCount: Type.Integer({ default: 3, minimum: 1, description: 'Data-bearing members of the bundled replica set.' }),
    replicaSetName: Type.String({ default: 'rs0', description: 'Replica set name; also written into the connection URI the backend uses.' }),
    auth: obj(
      {
        enabled: Type.Boolean({
          default: true,
          description: 'Turn on authentication in the bundled MongoDB. The backend URI always carries username and password.',
        }),
        rootUser: Type.String({ default: 'root', description: 'Administrator user of the bundled MongoDB.' }),
        rootPassword: secret('changeme-root-password', 'Administrator password of the bundled MongoDB. Replace the placeholder.'),
        username: Type.String({ default: 'kraken', description: 'User the chart creates for Kraken and puts in the connection URI.' }),
        password: secret('changeme-kraken-password', 'Password of that user; it ends up in the backend ConfigMap as part of the URI. Replace the placeholder.'),
        database: Type.String({ default: 'kraken', description: 'Database created for Kraken and named in the connection URI.' }),
      },
      { ...OPEN, description: 'Users and passwords of the bundled MongoDB. Other keys go to the Bitnami chart as they are.' },
    ),
    persistence: obj(
      {
        enabled: Type.Boolean({ default: true, description: 'Keep MongoDB data on a PersistentVolumeClaim per member; off loses data when a pod goes.' }),
        size: Type.String({ default: '20Gi', description: 'Volume size of each member.' }),
        storageClass: Type.Optional(Type.String({ description: 'StorageClass of the MongoDB volumes; unset uses the cluster default.' })),
      },
      { ...OPEN, description: 'Storage of the bundled MongoDB.' },
    ),
    resources: resources(
      { limits: { cpu: '1000m', memory: '2Gi' }, requests: { cpu: '500m', memory: '1Gi' } },
      'CPU and memory of each bundled MongoDB member.',
    ),
    service: Type.Optional(
      obj(
        {
          nameOverride: Type.Optional(
            Type.String({
              description:
                'Name of the Service the bundled MongoDB gets. The backend connects to <fullname>-mongodb, which the Bitnami chart does not create on its own; set it to that name.',
            }),
          ),
        },
        { ...OPEN, description: 'The bundled MongoDB Service.' },
      ),
    ),
    external: obj(
      {
        uri: secret('mongodb://user:password@mongo.example.com:27017/kraken?replicaSet=rs0', 'Connection string of your MongoDB when bundled is off. It must name a replica set (replicaSet=...) or be a mongodb+srv:// address.'),
      },
      { additionalProperties: false, description: 'Your own MongoDB (bundled off).' },
    ),
  },
  {
    ...OPEN,
    'x-group': 'mongodb',
    'x-doc': 'MongoDB',
    description: 'MongoDB, bundled or your own. Keys not listed here go to the Bitnami mongodb chart unchanged.',
  },
);

const redis = obj(
  {
    bundled: Type.Boolean({ default: true, description: 'Install Redis with the chart (Bitnami redis 19.6.4). Off: connect to external.host.' }),
    architecture: literals(['standalone', 'replication'], {
      default: 'standalone',
      description: 'Bundled Redis layout: one master, or a master with read replicas.',
    }),
    auth: obj(
      {
        enabled: Type.Boolean({ default: true, description: 'Require a password in the bundled Redis.' }),
        password: secret('changeme-redis-password', 'Password of the bundled Redis, also handed to the backend. Replace the placeholder.'),
      },
      { ...OPEN, description: 'Authentication of the bundled Redis.' },
    ),
    master: obj(
      {
        persistence: Type.Optional(
          obj(
            {
              enabled: Type.Optional(Type.Boolean({ description: 'Keep Redis data on a volume (the Bitnami default is on).' })),
              size: Type.Optional(Type.String({ description: 'Volume size (the Bitnami default is 8Gi).' })),
              storageClass: Type.Optional(Type.String({ description: 'StorageClass of the Redis volume; unset uses the cluster default.' })),
            },
            {
              ...OPEN,
              description:
                'Storage of the Redis master. The chart values.yaml writes this under a second master: key, which helm drops, so only what you set here counts.',
            },
          ),
        ),
        resources: resources(
          { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } },
          'CPU and memory of the Redis master.',
        ),
      },
      { ...OPEN, description: 'The Redis master.' },
    ),
    fullnameOverride: Type.Optional(
      Type.String({
        description:
          'Base name of the bundled Redis objects. The backend connects to <fullname>-redis-master; unless the release name contains "kraken", set this to <fullname>-redis.',
      }),
    ),
    external: obj(
      {
        host: Type.String({ default: 'redis.example.com', description: 'Host name of your Redis when bundled is off.' }),
        port: port(6379, 'Port of your Redis.'),
        password: secret('', 'Password of your Redis; empty when it has none.'),
      },
      { additionalProperties: false, description: 'Your own Redis (bundled off).' },
    ),
  },
  {
    ...OPEN,
    'x-group': 'redis',
    'x-doc': 'Redis',
    description: 'Redis (cache and Socket.IO adapter), bundled or your own. Keys not listed here go to the Bitnami redis chart unchanged.',
  },
);

// ---- LiveKit, secrets, service account

const livekit = obj(
  {
    url: Type.String({ default: 'wss://livekit.example.com', description: 'WebSocket address of your LiveKit server (LiveKit Cloud or self-hosted), wss://...' }),
    // A credential even though the chart keeps it in a ConfigMap: links and memory-only storage leave it out.
    apiKey: secret('your-livekit-api-key', 'LiveKit API key; stored in the backend ConfigMap.'),
    apiSecret: secret('your-livekit-api-secret', 'LiveKit API secret; stored in the chart Secret.'),
    webhookSecret: secret('your-livekit-webhook-secret', 'Key that signs LiveKit webhooks (to https://<host>/api/livekit/webhook); e.g. openssl rand -hex 32.'),
  },
  { additionalProperties: false, 'x-group': 'livekit', 'x-doc': 'LiveKit', description: 'The LiveKit media server for voice and video; the chart does not install it.' },
);

const secrets = obj(
  {
    jwtSecret: secret('CHANGE-ME-long-random-secret-for-jwt-signing', 'Key that signs access tokens; e.g. openssl rand -base64 32.'),
    jwtRefreshSecret: secret('CHANGE-ME-different-long-random-secret-for-refresh-tokens', 'Key that signs refresh tokens; a different random value.'),
    existingSecret: Type.String({
      default: '',
      description:
        'A Secret you manage (JWT_SECRET, JWT_REFRESH_SECRET, LIVEKIT_API_SECRET, LIVEKIT_WEBHOOK_SECRET, REDIS_PASSWORD). When set, the chart creates none and ignores the secret values above.',
    }),
  },
  { additionalProperties: false, 'x-group': 'secrets', 'x-doc': 'Secrets management', description: 'Application secrets of the backend.' },
);

const serviceAccount = obj(
  {
    create: Type.Boolean({ default: true, description: 'Create a ServiceAccount for the Kraken pods.' }),
    annotations: stringMap({ default: {}, description: 'Annotations of the ServiceAccount (e.g. a cloud IAM role).' }),
    name: Type.String({ default: '', description: 'Name of the ServiceAccount; empty uses <fullname> when created, else "default".' }),
  },
  { additionalProperties: false, 'x-group': 'serviceAccount', description: 'The identity the Kraken pods run as.' },
);

// ---- storage

function nfs(path: string, what: string) {
  return obj(
    {
      enabled: Type.Boolean({ default: false, description: `Create an NFS PersistentVolume for the ${what} and bind the claim to it.` }),
      server: Type.String({ default: 'nfs-server.example.com', description: 'NFS server name or IP.' }),
      path: Type.String({ default: path, description: 'Exported directory on the NFS server.' }),
    },
    { additionalProperties: false, description: `NFS for the ${what} (storage enabled too).` },
  );
}

const fileStorage = obj(
  {
    enabled: Type.Boolean({
      default: false,
      description: 'Keep uploads (avatars, attachments) on a ReadWriteMany claim shared by all backend pods. Off: each pod has its own emptyDir, lost on restart.',
    }),
    size: Type.String({ default: '100Gi', description: 'Size of the uploads volume.' }),
    storageClassName: Type.String({
      default: '',
      description: 'StorageClass of the uploads claim; it must support ReadWriteMany (EFS, Azure Files, NFS). Empty means no class: only a matching pre-made volume (e.g. the NFS one) binds.',
    }),
    nfs: nfs('/exports/kraken-uploads', 'uploads'),
    mountOptions: Type.Optional(
      Type.Array(Type.String(), {
        description: 'Mount options of the uploads NFS volume. Unset or empty: the chart uses its own NFSv3 options (hard, tcp, 1 MB buffers, ...).',
      }),
    ),
  },
  { additionalProperties: false, 'x-group': 'fileStorage', 'x-doc': 'File storage', description: 'Where the backend stores uploaded files.' },
);

const replayStorage = obj(
  {
    enabled: Type.Boolean({
      default: false,
      description: 'Mount a ReadWriteMany claim for replay segments that LiveKit egress writes and the backend reads (replay and clip capture).',
    }),
    size: Type.String({ default: '50Gi', description: 'Size of the replay volume.' }),
    mountPath: Type.String({ default: '/app/replay-segments', description: 'Where the backend sees the segments; also given to it as REPLAY_SEGMENTS_PATH.' }),
    nfs: nfs('/exports/kraken-replay-segments', 'replay segments'),
    storageClassName: Type.Optional(
      Type.String({
        description: 'StorageClass of the replay claim. Unset uses the cluster default class; with NFS set it to "" so the claim binds to the NFS volume.',
      }),
    ),
  },
  { additionalProperties: false, 'x-group': 'replayStorage', 'x-doc': 'Replay storage (LiveKit egress)', description: 'Storage shared with LiveKit egress for replays.' },
);

// ---- declared in values.yaml, read by no template of 0.0.1

const NO_PDB = 'No template of chart 0.0.1 reads podDisruptionBudget; no PodDisruptionBudget is rendered.';
const NO_NETPOL = 'No template of chart 0.0.1 reads networkPolicy; no NetworkPolicy is rendered.';

const podDisruptionBudget = obj(
  {
    enabled: Type.Boolean({ default: false, description: 'Meant to add a PodDisruptionBudget.', 'x-no-effect': NO_PDB }),
    minAvailable: Type.Union([Type.Integer(), Type.String()], { default: 1, description: 'Meant as the pods kept during voluntary disruptions.', 'x-no-effect': NO_PDB }),
    // values.yaml mentions it in a comment only.
    maxUnavailable: Type.Union([Type.Integer(), Type.String()], { description: 'Meant as the pods that may be down during voluntary disruptions.', 'x-no-effect': NO_PDB }),
  },
  { additionalProperties: false, 'x-group': 'unused', description: 'Declared in values.yaml but not implemented by this chart version.' },
);

const networkPolicy = obj(
  {
    enabled: Type.Boolean({ default: false, description: 'Meant to add a NetworkPolicy.', 'x-no-effect': NO_NETPOL }),
    policyTypes: Type.Array(literals(['Ingress', 'Egress'], {}), {
      default: ['Ingress', 'Egress'],
      description: 'Meant as the directions the policy restricts.',
      'x-no-effect': NO_NETPOL,
    }),
  },
  { additionalProperties: false, 'x-group': 'unused', description: 'Declared in values.yaml but not implemented by this chart version.' },
);

// ---- the chart

export const schema = obj(
  {
    global: obj(
      {
        imageRegistry: Type.String({ default: '', description: 'Registry put in front of the Kraken images (and used by the Bitnami subcharts); empty pulls from where the repositories say.' }),
        imagePullSecrets: Type.Array(Type.String(), { default: [], description: 'Names of Secrets used to pull images from private registries.' }),
      },
      { ...OPEN, 'x-group': 'general', description: 'Settings shared with the subcharts.' },
    ),
    nameOverride: Type.Optional(Type.String({ 'x-group': 'general', description: 'Replaces the chart name "kraken" in object names and the app.kubernetes.io/name label.' })),
    fullnameOverride: Type.Optional(Type.String({ 'x-group': 'general', description: 'Replaces <release>-kraken as the base name of every object.' })),
    backend,
    frontend,
    ingress,
    mongodb,
    redis,
    livekit,
    secrets,
    serviceAccount,
    podDisruptionBudget,
    networkPolicy,
    fileStorage,
    replayStorage,
  },
  { additionalProperties: false },
);

export type KrakenValues = Type.Static<typeof schema>;
