// The values of the Centrifugo chart 13.0.0 as one TypeBox schema: every parameter of the chart's
// values.yaml with its default (in the same key order), a type as loose as the templates accept,
// a description of our own, the form section (`x-group`) and UI hints. Secrets are `writeOnly`.
// Parameters the chart reads but does not list in values.yaml (global, enableServiceLinks, a few
// ServiceMonitor and PDB keys) are optional fields without a default, so the defaults stay exact.
import Type, { type TSchemaOptions } from 'typebox';

// ---- building blocks

// Maps, lists and free-form blocks are optional properties: the templates guard each with
// `with`/`if`/`range`, so removing one with null (helm's merge deletes the key) is harmless and
// must not read as a missing required value. Scalars the templates print unguarded stay required.

/** A free-form list of Kubernetes objects the template copies with toYaml. */
function yamlList(options: TSchemaOptions) {
  return Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()), { 'x-widget': 'yaml', ...options }));
}

/** Labels or annotations copied with toYaml: Kubernetes needs string values. */
function stringMap(options: TSchemaOptions) {
  return Type.Optional(Type.Record(Type.String(), Type.String(), options));
}

/** A map the template prints value by value with `quote`: numbers and booleans end up as strings. */
function quotedMap(options: TSchemaOptions) {
  return Type.Optional(
    Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()]), { 'x-widget': 'keyValue', ...options }),
  );
}

/** Resource quantities: `250m`, `128Mi`, or a plain number. */
const quantityMap = () =>
  Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), { description: 'Resource name to quantity, e.g. cpu: 250m, memory: 128Mi.' });

function port(defaultPort: number, description: string) {
  return Type.Integer({ default: defaultPort, minimum: 1, maximum: 65535, description });
}

/** An integer, or a string the template prints as is (a quoted number, a percentage). */
function intOrString(options: TSchemaOptions) {
  return Type.Union([Type.Integer(), Type.String()], options);
}

function literals<const T extends string[]>(values: T, options: TSchemaOptions) {
  return Type.Union(values.map((v) => Type.Literal(v)) as { [K in keyof T]: ReturnType<typeof Type.Literal<T[K]>> }, options);
}

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'];

/** Container resources: the keys Kubernetes knows, so a typo such as `request` is flagged. */
function resources(options: TSchemaOptions) {
  return Type.Object(
    {
      requests: Type.Optional(quantityMap()),
      limits: Type.Optional(quantityMap()),
      claims: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()), { description: 'Dynamic resource claims the container uses.' })),
    },
    { default: {}, additionalProperties: false, 'x-widget': 'yaml', ...options },
  );
}

/** A container probe: one handler plus timing; replaces the chart's own probe when set. */
function probe(description: string) {
  const seconds = (what: string) => Type.Optional(Type.Integer({ minimum: 0, description: what }));
  const handler = (what: string) => Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: what }));
  return Type.Object(
    {
      httpGet: handler('HTTP GET check: path, port, scheme, headers.'),
      tcpSocket: handler('TCP connect check: port.'),
      grpc: handler('gRPC health check: port, service.'),
      exec: handler('Command run in the container; exit code 0 is healthy.'),
      initialDelaySeconds: seconds('Wait after the container starts before the first check.'),
      periodSeconds: seconds('Time between checks.'),
      timeoutSeconds: seconds('How long one check may take.'),
      successThreshold: seconds('Consecutive successes needed after a failure.'),
      failureThreshold: seconds('Consecutive failures before the probe counts as failed.'),
      terminationGracePeriodSeconds: seconds('Grace period used when this probe fails and the container is killed.'),
    },
    { default: {}, additionalProperties: false, 'x-widget': 'yaml', 'x-group': 'probes', 'x-doc': 'Health Probes', description },
  );
}

// ---- Centrifugo's own configuration (config.json)

const OPEN = { additionalProperties: true, 'x-extras': 'yaml' } as const;
const secret = (description: string) => Type.Optional(Type.String({ writeOnly: true, description }));
const optString = (description: string, options: TSchemaOptions = {}) => Type.Optional(Type.String({ description, ...options }));
const optBool = (description: string) => Type.Optional(Type.Boolean({ description }));
const GO_DURATION = '^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$';

const redisEngine = Type.Object(
  {
    address: Type.Optional(
      Type.Union([Type.String(), Type.Array(Type.String())], {
        description:
          'Redis to connect to, e.g. redis://redis-master:6379. A list shards data over several Redis instances; ' +
          'redis+sentinel://host:26379?sentinel_master_name=mymaster goes through Sentinel; a cluster is detected by itself.',
      }),
    ),
    prefix: optString('Prefix for every key and channel Centrifugo uses in Redis; change it to share one Redis between setups.'),
    db: Type.Optional(Type.Integer({ minimum: 0, description: 'Redis database number.' })),
    user: optString('User name for Redis ACL authentication.'),
    password: secret('Redis password. Prefer the CENTRIFUGO_ENGINE_REDIS_PASSWORD variable from a Secret (envSecret) over writing it here.'),
    sentinel_password: secret('Password of the Sentinel instances, when they need one.'),
  },
  { ...OPEN, title: 'Redis', description: 'Redis connection used by the redis engine.' },
);

const channelNamespace = Type.Object(
  {
    name: Type.String({ pattern: '^[-a-zA-Z0-9_.]{2,}$', description: 'Namespace name: channels "name:..." use these options. Letters, digits, - _ . and at least 2 characters.' }),
    presence: optBool('Keep track of who is subscribed, so clients and the API can ask for presence.'),
    join_leave: optBool('Send join and leave events when subscribers come and go (costly in busy channels).'),
    force_push_join_leave: optBool('Push join/leave events to every subscriber without them asking.'),
    history_size: Type.Optional(Type.Integer({ minimum: 0, description: 'How many recent publications to keep per channel; needs history_ttl too.' })),
    history_ttl: optString('How long history is kept, as a Go duration (300s, 10m).', { pattern: GO_DURATION }),
    history_meta_ttl: optString('How long stream metadata outlives inactivity; much longer than history_ttl.', { pattern: GO_DURATION }),
    force_positioning: optBool('Make subscribers detect missed messages (needs history).'),
    allow_positioning: optBool('Let a subscriber ask for positioning.'),
    force_recovery: optBool('Recover missed messages for every resubscribing client (needs history).'),
    allow_recovery: optBool('Let a subscriber ask for recovery.'),
    force_recovery_mode: Type.Optional(literals(['stream', 'cache'], { description: 'Recovery mode for all subscribers: stream (missed messages) or cache (latest one).' })),
    allow_subscribe_for_client: optBool('Let any authenticated client subscribe without a subscription token.'),
    allow_subscribe_for_anonymous: optBool('Let anonymous clients subscribe.'),
    allow_publish_for_subscriber: optBool('Let subscribers publish from the client side.'),
    allow_publish_for_client: optBool('Let any authenticated client publish from the client side.'),
    allow_publish_for_anonymous: optBool('Let anonymous clients publish.'),
    allow_history_for_subscriber: optBool('Let subscribers read history.'),
    allow_history_for_client: optBool('Let any authenticated client read history.'),
    allow_history_for_anonymous: optBool('Let anonymous clients read history.'),
    allow_presence_for_subscriber: optBool('Let subscribers read presence.'),
    allow_presence_for_client: optBool('Let any authenticated client read presence.'),
    allow_presence_for_anonymous: optBool('Let anonymous clients read presence.'),
    allow_user_limited_channels: optBool('Allow channels limited to named users with the # boundary.'),
    channel_regex: optString('Regular expression channel names in this namespace must match.'),
    delta_publish: optBool('Publish deltas by default in this namespace.'),
  },
  { additionalProperties: true, description: 'Options for channels of one namespace.' },
);

const config = Type.Object(
  {
    engine: Type.Optional(
      Type.Object(
        {
          type: Type.Optional(
            literals(['memory', 'redis'], {
              default: 'memory',
              description: 'memory keeps everything inside one pod and allows only one replica; redis lets several pods share state. Switch to redis (or a NATS broker) before scaling out.',
            }),
          ),
          redis: Type.Optional(redisEngine),
        },
        { ...OPEN, 'x-doc': 'Scale with Redis Engine', description: 'Where Centrifugo keeps channels, history and presence.' },
      ),
    ),
    broker: Type.Optional(
      Type.Object(
        {
          enabled: optBool('Use a separate broker for PUB/SUB instead of the engine.'),
          type: Type.Optional(literals(['memory', 'redis', 'nats'], { description: 'Broker kind; nats scales out with at-most-once delivery and no history, recovery or presence.' })),
          nats: Type.Optional(
            Type.Object(
              {
                url: optString('NATS server address, e.g. nats://nats:4222.'),
                prefix: optString('Prefix for NATS subjects; change it to share one NATS between setups.'),
              },
              { ...OPEN, title: 'NATS', description: 'NATS connection for the nats broker.' },
            ),
          ),
        },
        { ...OPEN, 'x-doc': 'With NATS Broker', description: 'An alternative PUB/SUB layer, e.g. NATS, used instead of the engine for message delivery.' },
      ),
    ),
    admin: Type.Optional(
      Type.Object(
        {
          enabled: Type.Optional(Type.Boolean({ default: true, description: 'Serve the admin web UI on the internal port.' })),
          password: secret('Password to log in to the admin UI. Prefer CENTRIFUGO_ADMIN_PASSWORD from a Secret in production.'),
          secret: secret('Key that signs admin UI sessions. Prefer CENTRIFUGO_ADMIN_SECRET from a Secret in production.'),
          insecure: optBool('Open the admin UI without a password; only for local experiments.'),
        },
        { ...OPEN, description: 'The admin web interface.' },
      ),
    ),
    channel: Type.Optional(
      Type.Object(
        {
          namespaces: Type.Optional(
            Type.Array(channelNamespace, {
              default: [],
              'x-widget': 'yaml',
              description: 'Channel namespaces, each with its own options (presence, history, recovery, permissions).',
            }),
          ),
        },
        { ...OPEN, description: 'Channel options and namespaces.' },
      ),
    ),
    client: Type.Optional(
      Type.Object(
        {
          allowed_origins: Type.Optional(
            Type.Array(Type.String(), { description: 'Browser origins allowed to connect, e.g. https://example.com; "*" allows all. Without it browsers are refused.' }),
          ),
          token: Type.Optional(
            Type.Object(
              {
                hmac_secret_key: secret('Shared secret that verifies HS256 connection tokens. Prefer CENTRIFUGO_CLIENT_TOKEN_HMAC_SECRET_KEY from a Secret.'),
                rsa_public_key: optString('RSA public key (PEM) that verifies RS256 connection tokens.'),
                jwks_public_endpoint: optString('URL of a JWKS endpoint whose keys verify connection tokens.'),
                audience: optString('Expected aud claim of connection tokens.'),
                issuer: optString('Expected iss claim of connection tokens.'),
              },
              { ...OPEN, description: 'How connection tokens (JWT) are verified.' },
            ),
          ),
        },
        { ...OPEN, description: 'Client connection settings.' },
      ),
    ),
    http_api: Type.Optional(
      Type.Object(
        {
          key: secret('API key backends send with server API calls. Prefer CENTRIFUGO_HTTP_API_KEY from a Secret.'),
          insecure: optBool('Accept server API calls without a key; only behind a trusted network boundary.'),
        },
        { ...OPEN, title: 'HTTP API', description: 'The server HTTP API on the internal port.' },
      ),
    ),
    grpc_api: Type.Optional(
      Type.Object(
        {
          enabled: optBool('Start the server GRPC API. Since chart 13 it is off unless set here, even though the Service exposes its port.'),
          key: secret('Key GRPC API callers must send. Prefer CENTRIFUGO_GRPC_API_KEY from a Secret.'),
          port: Type.Optional(
            Type.Integer({
              description: 'GRPC API port inside the container.',
              'x-no-effect': 'The chart passes --grpc_api.port from servers.grpc.port, which wins over this; set servers.grpc.port instead.',
            }),
          ),
        },
        { ...OPEN, title: 'GRPC API', description: 'The server GRPC API.' },
      ),
    ),
    log: Type.Optional(
      Type.Object(
        {
          level: Type.Optional(literals(['none', 'trace', 'debug', 'info', 'warn', 'error'], { description: 'How much Centrifugo logs.' })),
        },
        { ...OPEN, description: 'Logging settings of Centrifugo.' },
      ),
    ),
  },
  {
    ...OPEN,
    title: 'Centrifugo config',
    'x-group': 'config',
    'x-doc': 'Configuration',
    description:
      "Centrifugo's own configuration, written as config.json into a ConfigMap; a change rolls the pods. " +
      'Common options have fields here; any other Centrifugo option goes into the extra YAML. Keep secrets out of it: use envSecret or existingSecret.',
  },
);

// ---- services

/** The keys shared by serviceInternal, serviceGrpc and serviceUniGrpc, in values.yaml order. */
function extraServiceProperties(defaultPort: number, what: string, serviceSuffix: string) {
  return {
      useSeparate: Type.Boolean({
        default: false,
        description: `Put the ${what} port on its own Service (<fullname>-${serviceSuffix}) instead of the main one, e.g. for another type, annotations or a NetworkPolicy target.`,
      }),
      port: port(defaultPort, `Service port for the ${what} endpoint; may differ from the server port it forwards to.`),
      nodePort: intOrString({
        default: '',
        description: 'Fixed node port, used only when the Service carrying this port is of type NodePort. Empty lets Kubernetes choose.',
      }),
      type: literals(SERVICE_TYPES, { default: 'ClusterIP', description: 'Type of the separate Service; ignored while useSeparate is off (the main Service type applies).' }),
      clusterIP: Type.String({ default: '', title: 'Cluster IP', description: 'Fixed cluster IP, or None for a headless Service; separate Service of type ClusterIP only.' }),
      appProtocol: Type.String({ default: '', description: 'appProtocol hint for this port (e.g. http, grpc) read by some load balancers and meshes.' }),
      annotations: stringMap({ default: {}, description: 'Annotations of the separate Service.' }),
      labels: stringMap({ default: {}, description: 'Extra labels of the separate Service.' }),
  };
}

const internalService = Type.Object(
  {
    ...extraServiceProperties(9000, 'internal (API, admin, metrics, health)', 'internal'),
    // The internal Ingress reads serviceInternal.enabled (not useSeparate) to pick its backend.
    enabled: Type.Optional(
        Type.Boolean({
          description:
            'Read only by the internal Ingress: when true it routes to the <fullname>-internal Service instead of the main one. Set it together with useSeparate, or the Ingress points at a Service that does not exist.',
        }),
    ),
  },
  { additionalProperties: false, 'x-group': 'services', 'x-doc': 'Service Design', description: 'Service settings for the internal port.' },
);

// ---- ingresses

function ingress(kind: 'external' | 'internal') {
  const external = kind === 'external';
  const host = Type.Object(
    {
      host: Type.Optional(Type.String({ description: 'Host name to match; empty matches any host.' })),
      paths: Type.Optional(Type.Array(Type.String(), { description: 'Paths routed to Centrifugo, e.g. /connection and /emulation.' })),
    },
    { additionalProperties: false },
  );
  const tls = Type.Object(
    {
      secretName: Type.Optional(Type.String({ description: 'TLS Secret holding the certificate.' })),
      hosts: Type.Optional(Type.Array(Type.String(), { description: 'Hosts the certificate covers.' })),
    },
    { additionalProperties: false },
  );
  return Type.Object(
    {
      enabled: Type.Boolean({
        default: false,
        description: external
          ? 'Create an Ingress to the external port (client connections).'
          : 'Create an Ingress to the internal port. It exposes the server API, admin UI and metrics: restrict who can reach it.',
      }),
      ingressClassName: Type.String({ default: '', title: 'Ingress class', description: 'Ingress controller to use (nginx, haproxy, alb, gce...); empty uses the cluster default.' }),
      pathType: literals(['Prefix', 'Exact', 'ImplementationSpecific'], { default: 'Prefix', description: 'How paths match; regex paths need ImplementationSpecific on most controllers.' }),
      labels: stringMap({ default: {}, description: 'Extra labels of the Ingress (e.g. for external-dns).' }),
      annotations: stringMap({
        default: {},
        description: 'Controller settings as annotations; raise read/send or tunnel timeouts so long-lived WebSocket connections are not cut.',
      }),
      hosts: Type.Optional(Type.Array(host, { default: [], 'x-widget': 'yaml', description: 'Rules: a host and the paths that go to Centrifugo.' })),
      tls: Type.Optional(Type.Array(tls, { default: [], 'x-widget': 'yaml', title: 'TLS', description: 'TLS certificates by Secret name and the hosts they cover.' })),
    },
    {
      additionalProperties: false,
      'x-group': 'ingress',
      'x-doc': 'Ingress for Public Access',
      description: external ? 'Ingress for public client access.' : 'Ingress for the internal endpoints; think twice before exposing them.',
    },
  );
}

// ---- Kubernetes blocks with a known set of keys

const podSecurityContext = Type.Object(
  {
    runAsNonRoot: Type.Optional(Type.Boolean()),
    runAsUser: Type.Optional(Type.Integer({ minimum: 0 })),
    fsGroup: Type.Optional(Type.Integer({ minimum: 0 })),
    runAsGroup: Type.Optional(Type.Integer({ minimum: 0 })),
    fsGroupChangePolicy: Type.Optional(Type.String()),
    supplementalGroups: Type.Optional(Type.Array(Type.Integer())),
    supplementalGroupsPolicy: Type.Optional(Type.String()),
    sysctls: Type.Optional(Type.Array(Type.Object({ name: Type.String(), value: Type.String() }))),
    seccompProfile: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    seLinuxOptions: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    seLinuxChangePolicy: Type.Optional(Type.String()),
    appArmorProfile: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    windowsOptions: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  {
    default: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
    additionalProperties: false,
    'x-widget': 'yaml',
    'x-group': 'security',
    title: 'Pod security context',
    description: 'Pod-wide identity and file system settings; also used by the host-check Job. Sysctls such as net.core.somaxconn go here.',
  },
);

const containerSecurityContext = Type.Object(
  {
    allowPrivilegeEscalation: Type.Optional(Type.Boolean()),
    capabilities: Type.Optional(
      Type.Object({ add: Type.Optional(Type.Array(Type.String())), drop: Type.Optional(Type.Array(Type.String())) }, { additionalProperties: false }),
    ),
    readOnlyRootFilesystem: Type.Optional(Type.Boolean()),
    privileged: Type.Optional(Type.Boolean()),
    runAsNonRoot: Type.Optional(Type.Boolean()),
    runAsUser: Type.Optional(Type.Integer({ minimum: 0 })),
    runAsGroup: Type.Optional(Type.Integer({ minimum: 0 })),
    procMount: Type.Optional(Type.String()),
    seccompProfile: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    seLinuxOptions: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    appArmorProfile: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    windowsOptions: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  {
    default: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true },
    additionalProperties: false,
    'x-widget': 'yaml',
    'x-group': 'security',
    title: 'Container security context',
    description: 'Privileges of the Centrifugo container. The default drops all capabilities and keeps the root file system read-only.',
  },
);

const lifecycle = Type.Object(
  {
    postStart: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Handler run right after the container starts.' })),
    preStop: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Handler run before the container gets SIGTERM.' })),
    stopSignal: Type.Optional(Type.String({ description: 'Signal sent to stop the container.' })),
  },
  {
    default: { preStop: { exec: { command: ['/bin/sh', '-c', 'sleep 5'] } } },
    additionalProperties: false,
    'x-widget': 'yaml',
    'x-group': 'probes',
    'x-doc': 'Graceful Shutdown',
    description:
      'Container lifecycle hooks. The default preStop sleep gives endpoint removal time to spread before Centrifugo stops; ' +
      'set to null to drop all hooks. Keep the sleep shorter than terminationGracePeriodSeconds.',
  },
);

// ---- the values

export const schema = Type.Object(
  {
    global: Type.Optional(
      Type.Object(
        {
          imageRegistry: Type.Optional(Type.String({ description: 'Registry that replaces image.registry when set (also for other charts of an umbrella release).' })),
          imagePullSecrets: Type.Optional(
            Type.Array(Type.String(), { description: 'Pull Secret names; when non-empty they replace imagePullSecrets.' }),
          ),
        },
        {
          ...OPEN,
          'x-group': 'image',
          description: 'Settings shared with other charts when Centrifugo runs as a subchart; this chart reads only the two below.',
        },
      ),
    ),
    image: Type.Object(
      {
        registry: Type.String({ default: 'docker.io', description: 'Registry host of the image; global.imageRegistry overrides it.' }),
        repository: Type.String({ default: 'centrifugo/centrifugo', description: 'Image name within the registry.' }),
        pullPolicy: literals(['IfNotPresent', 'Always', 'Never'], { default: 'IfNotPresent', description: 'When the kubelet pulls the image again.' }),
        tag: Type.Union([Type.String(), Type.Number()], {
          default: '',
          description: 'Image tag; empty runs v<appVersion> (v6.6.0). Pin it to upgrade Centrifugo independently of the chart.',
        }),
      },
      { additionalProperties: false, 'x-group': 'image', description: 'Centrifugo container image.' },
    ),
    imagePullSecrets: Type.Optional(Type.Array(Type.String(), {
      default: [],
      'x-group': 'image',
      description: 'Names of Secrets with registry credentials, for private registries. Ignored when global.imagePullSecrets is set.',
    })),
    nameOverride: Type.String({ default: '', 'x-group': 'image', description: 'Replaces the chart name in object names and the app.kubernetes.io/name label.' }),
    fullnameOverride: Type.String({ default: '', 'x-group': 'image', description: 'Replaces the whole base name of the objects (normally <release>-centrifugo), cut to 63 characters.' }),
    namespaceOverride: Type.String({
      default: '',
      'x-group': 'image',
      description: 'Installs the objects into this namespace instead of the release namespace; mainly for umbrella charts.',
    }),
    servers: Type.Object(
      {
        external: Type.Object(
          { port: port(8000, 'Port for client connections (WebSocket, SSE, HTTP streaming, emulation).') },
          { additionalProperties: false, description: 'Server for client connections.' },
        ),
        internal: Type.Object(
          {
            port: port(9000, 'Port for the server API, admin UI, Prometheus metrics and /health.'),
            scheme: literals(['HTTP', 'HTTPS'], {
              default: 'HTTP',
              description: 'Scheme the default probes and the ServiceMonitor use on the internal port; HTTPS when Centrifugo serves TLS there.',
            }),
          },
          { additionalProperties: false, description: 'Server for backend-facing endpoints.' },
        ),
        grpc: Type.Object(
          { port: port(10000, 'Port of the server GRPC API (only serves when config.grpc_api.enabled is true).') },
          { additionalProperties: false, title: 'GRPC', description: 'Server GRPC API.' },
        ),
        uniGrpc: Type.Object(
          { port: port(11000, 'Port of the unidirectional GRPC transport.') },
          { additionalProperties: false, title: 'Unidirectional GRPC', description: 'Unidirectional GRPC transport (rarely used).' },
        ),
      },
      {
        additionalProperties: false,
        'x-group': 'services',
        'x-doc': 'Service Design',
        description: 'Ports Centrifugo listens on inside the container; Service ports below forward to them and can differ.',
      },
    ),
    config,
    existingSecret: Type.String({
      default: '',
      'x-group': 'secrets',
      'x-doc': 'Secret Management',
      description: 'Name of a Secret you created whose keys all become environment variables; keys must be Centrifugo variable names such as CENTRIFUGO_ADMIN_PASSWORD.',
    }),
    env: quotedMap({
      default: {},
      'x-group': 'secrets',
      description: 'Plain environment variables (name: value), e.g. CENTRIFUGO_LOG_LEVEL; values are quoted into strings. Not for secrets.',
    }),
    envSecret: Type.Optional(Type.Array(
      Type.Object(
        {
          name: Type.String({ description: 'Variable name, e.g. CENTRIFUGO_HTTP_API_KEY.' }),
          secretKeyRef: Type.Object(
            {
              name: Type.String({ description: 'Secret name.' }),
              key: Type.String({ description: 'Key inside the Secret.' }),
              optional: Type.Optional(Type.Boolean({ description: 'Start even when the Secret or key is missing.' })),
            },
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
      {
        default: [],
        'x-widget': 'yaml',
        'x-group': 'secrets',
        'x-doc': 'Secret Management',
        description: 'Variables read from keys of Secrets you manage: a name and a secretKeyRef (Secret name, key). The way to pass tokens, passwords and API keys.',
      },
    )),
    envFrom: Type.Optional(Type.Array(
      Type.Object(
        {
          configMapRef: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          secretRef: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          prefix: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
      {
        default: [],
        'x-widget': 'yaml',
        'x-group': 'secrets',
        description: 'Load every key of ConfigMaps or Secrets as variables (configMapRef / secretRef by name), e.g. from External Secrets.',
      },
    )),
    service: Type.Object(
      {
        type: literals(SERVICE_TYPES, { default: 'ClusterIP', description: 'Type of the main Service, which also carries every port not split off.' }),
        port: port(8000, 'Service port for client connections; may differ from servers.external.port (e.g. 80 or 443).'),
        nodePort: intOrString({ default: '', description: 'Fixed node port for client connections when the type is NodePort; empty lets Kubernetes choose.' }),
        clusterIP: Type.String({ default: '', title: 'Cluster IP', description: 'Fixed cluster IP, or None for a headless Service; used with type ClusterIP only.' }),
        annotations: stringMap({ default: {}, description: 'Annotations of the main Service (load balancer settings, GKE NEG/BackendConfig...).' }),
        labels: stringMap({ default: {}, description: 'Extra labels of the main Service.' }),
        appProtocol: Type.String({ default: '', description: 'appProtocol hint for the client port.' }),
      },
      { additionalProperties: false, 'x-group': 'services', 'x-doc': 'Service Design', description: 'The main Service.' },
    ),
    serviceInternal: internalService,
    serviceGrpc: Type.Object(extraServiceProperties(10000, 'GRPC API', 'grpc-api'), {
      additionalProperties: false,
      'x-group': 'services',
      'x-doc': 'Service Design',
      title: 'GRPC API service',
      description: 'Service settings for the server GRPC API port.',
    }),
    serviceUniGrpc: Type.Object(extraServiceProperties(11000, 'unidirectional GRPC', 'uni-grpc'), {
      additionalProperties: false,
      'x-group': 'services',
      'x-doc': 'Service Design',
      title: 'Unidirectional GRPC service',
      description: 'Service settings for the unidirectional GRPC port.',
    }),
    ingress: ingress('external'),
    ingressInternal: ingress('internal'),
    replicaCount: Type.Integer({
      default: 1,
      minimum: 0,
      'x-group': 'scaling',
      'x-doc': 'Scaling',
      description: 'Number of pods when autoscaling is off. More than one needs the redis engine or a NATS broker.',
    }),
    revisionHistoryLimit: Type.Integer({
      default: 10,
      minimum: 0,
      'x-group': 'scaling',
      description: 'Old ReplicaSets kept for rollback. 0 leaves the field out, so Kubernetes keeps its own default (10).',
    }),
    deploymentStrategy: Type.Optional(Type.Object(
      {
        type: Type.Optional(literals(['RollingUpdate', 'Recreate'], { description: 'Replace pods gradually or all at once.' })),
        rollingUpdate: Type.Optional(
          Type.Object(
            { maxSurge: Type.Optional(intOrString({ description: 'Extra pods allowed during a rollout.' })), maxUnavailable: Type.Optional(intOrString({ description: 'Pods allowed to be down during a rollout.' })) },
            { additionalProperties: false },
          ),
        ),
      },
      { default: {}, additionalProperties: false, 'x-widget': 'yaml', 'x-group': 'scaling', description: 'Deployment rollout strategy; empty keeps the Kubernetes default rolling update.' },
    )),
    annotations: stringMap({ default: {}, 'x-group': 'pod', title: 'Deployment annotations', description: 'Annotations on the Deployment object itself (e.g. for a reloader).' }),
    podAnnotations: stringMap({ default: {}, 'x-group': 'pod', description: 'Annotations on each pod (e.g. for service meshes or log shippers).' }),
    podLabels: stringMap({ default: {}, 'x-group': 'pod', description: 'Extra labels on each pod.' }),
    priorityClassName: Type.String({ default: '', 'x-group': 'placement', description: 'PriorityClass of the pods, so the scheduler prefers or may evict them.' }),
    hostAliases: Type.Optional(Type.Array(
      Type.Object({ ip: Type.String(), hostnames: Type.Array(Type.String()) }, { additionalProperties: false }),
      { default: [], 'x-widget': 'yaml', 'x-group': 'pod', description: 'Extra /etc/hosts entries: an ip and its hostnames.' },
    )),
    runtimeClassName: Type.String({ default: '', 'x-group': 'pod', description: 'RuntimeClass for sandboxed runtimes such as gVisor or Kata Containers.' }),
    shareProcessNamespace: Type.Boolean({ default: false, 'x-group': 'pod', description: 'Let containers of the pod see each other\'s processes (debugging or profiling sidecars).' }),
    schedulerName: Type.String({ default: '', 'x-group': 'placement', description: 'Scheduler to place the pods; empty uses the default scheduler.' }),
    enableServiceLinks: Type.Optional(
      Type.Boolean({
        'x-group': 'pod',
        description: 'When set (true or false), written to the pod: false stops Kubernetes from adding variables for every Service in the namespace.',
      }),
    ),
    overhead: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
      default: {},
      'x-widget': 'keyValue',
      'x-group': 'pod',
      description: 'Extra resources the runtime itself uses per pod (VM-based runtimes); usually set by the RuntimeClass instead.',
    })),
    terminationMessagePolicy: literals(['', 'File', 'FallbackToLogsOnError'], {
      default: '',
      'x-group': 'pod',
      description: 'Where the container\'s termination message comes from; FallbackToLogsOnError shows the last log lines of a crash. Empty keeps File.',
    }),
    terminationGracePeriodSeconds: Type.Integer({
      default: 30,
      minimum: 0,
      'x-group': 'probes',
      'x-doc': 'Graceful Shutdown',
      description: 'Time a stopping pod gets (preStop sleep plus Centrifugo closing connections) before it is killed; raise it for many connections.',
    }),
    lifecycle: Type.Optional(lifecycle),
    extraContainers: yamlList({ default: [], 'x-group': 'pod', description: 'Sidecar containers added to the pod, as full container specs.' }),
    initContainers: yamlList({
      default: [],
      'x-group': 'pod',
      'x-doc': 'Using initContainers',
      description: 'Containers that run to completion before Centrifugo starts, e.g. to wait for Redis or NATS.',
    }),
    livenessProbe: Type.Optional(probe('Liveness probe. Empty uses the chart default (GET /health on the internal port after 30s); a value replaces it whole, so include a handler.')),
    readinessProbe: Type.Optional(probe('Readiness probe. Empty uses the chart default (GET /health on the internal port after 3s); a value replaces it whole, so include a handler.')),
    startupProbe: Type.Optional(probe('Startup probe for slow starts; liveness checks wait until it succeeds. Empty means none.')),
    resources: Type.Optional(
      resources({
        'x-group': 'scaling',
        'x-doc': 'Resource Considerations',
        description: 'CPU and memory requests and limits of the Centrifugo container. Memory grows with connections; a memory limit is advised, a CPU limit often is not.',
      }),
    ),
    nodeSelector: stringMap({ default: {}, 'x-group': 'placement', description: 'Node labels the pods require (label: value).' }),
    tolerations: yamlList({ default: [], 'x-group': 'placement', description: 'Taints the pods tolerate, so they may run on dedicated nodes.' }),
    affinity: Type.Optional(Type.Object(
      {
        nodeAffinity: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        podAffinity: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        podAntiAffinity: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      },
      {
        default: {},
        additionalProperties: false,
        'x-widget': 'yaml',
        'x-group': 'placement',
        'x-doc': 'High Availability Example',
        description: 'Node and pod (anti-)affinity rules, e.g. keep replicas on different nodes.',
      },
    )),
    dnsPolicy: literals(['', 'ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'], {
      default: '',
      'x-group': 'pod',
      description: 'DNS policy of the pods; None needs dnsConfig. Empty keeps ClusterFirst.',
    }),
    dnsConfig: Type.Optional(Type.Object(
      {
        nameservers: Type.Optional(Type.Array(Type.String())),
        searches: Type.Optional(Type.Array(Type.String())),
        options: Type.Optional(Type.Array(Type.Object({ name: Type.String(), value: Type.Optional(Type.String()) }, { additionalProperties: false }))),
      },
      { default: {}, additionalProperties: false, 'x-widget': 'yaml', 'x-group': 'pod', title: 'DNS config', description: 'Extra resolver settings: nameservers, search domains, options such as ndots.' },
    )),
    topologySpreadConstraints: yamlList({
      default: [],
      'x-group': 'placement',
      'x-doc': 'High Availability Example',
      description: 'How to spread pods over nodes or zones (maxSkew, topologyKey, whenUnsatisfiable, labelSelector).',
    }),
    podDisruptionBudget: Type.Object(
      {
        enabled: Type.Boolean({ default: false, description: 'Create a PodDisruptionBudget so voluntary evictions (node drains) keep enough pods.' }),
        minAvailable: intOrString({ default: 1, description: 'Pods (or a percentage) that must stay up; 0 or empty leaves it out. Do not combine with maxUnavailable.' }),
        maxUnavailable: Type.Optional(intOrString({ description: 'Pods (or a percentage) that may be down at once; alternative to minAvailable.' })),
      },
      { additionalProperties: false, 'x-group': 'scaling', 'x-doc': 'High Availability Example', title: 'Pod disruption budget', description: 'Protects availability during node maintenance.' },
    ),
    serviceAccount: Type.Object(
      {
        create: Type.Boolean({ default: true, description: 'Create a ServiceAccount for the pods; off uses name, or the namespace default.' }),
        annotations: stringMap({ default: {}, description: 'Annotations of the created ServiceAccount, e.g. an IAM role (IRSA) or GKE Workload Identity.' }),
        name: Type.String({ default: '', description: 'ServiceAccount name; empty uses the full name when created, or default otherwise.' }),
      },
      { additionalProperties: false, 'x-group': 'security', title: 'Service account', description: 'Identity of the pods in the cluster.' },
    ),
    podSecurityContext: Type.Optional(podSecurityContext),
    securityContext: Type.Optional(containerSecurityContext),
    volumes: yamlList({ default: [], 'x-group': 'pod', description: 'Extra pod volumes (Secrets, ConfigMaps...), next to the config volume.' }),
    volumeMounts: yamlList({ default: [], 'x-group': 'pod', description: 'Where the extra volumes appear in the Centrifugo container.' }),
    metrics: Type.Object(
      {
        serviceMonitor: Type.Object(
          {
            enabled: Type.Boolean({ default: false, description: 'Create a ServiceMonitor (needs the Prometheus Operator CRDs); /metrics is served either way.' }),
            namespace: Type.Optional(Type.String({ description: 'Namespace of the ServiceMonitor; empty uses the release namespace.' })),
            interval: Type.String({ default: '30s', description: 'Scrape interval; empty uses the Prometheus default.' }),
            scrapeTimeout: Type.Optional(Type.String({ description: 'Scrape timeout; must not exceed the interval.' })),
            relabellings: Type.Optional(
              Type.Array(Type.Record(Type.String(), Type.Unknown()), {
                'x-widget': 'yaml',
                description: 'Metric relabelling rules applied after each scrape (written as metricRelabelings).',
              }),
            ),
            honorLabels: Type.Boolean({ default: false, description: 'Keep labels from the scraped metrics when they clash with the target labels.' }),
            additionalLabels: quotedMap({ default: {}, description: "Labels on the ServiceMonitor; they must match your Prometheus' serviceMonitorSelector (e.g. release: prometheus)." }),
            annotations: quotedMap({ default: {}, description: 'Annotations on the ServiceMonitor.' }),
          },
          { additionalProperties: false, title: 'ServiceMonitor', description: 'Prometheus Operator ServiceMonitor that scrapes each pod.' },
        ),
      },
      { additionalProperties: false, 'x-group': 'monitoring', 'x-doc': 'Monitoring Distributed Deployments', description: 'Prometheus integration.' },
    ),
    autoscaling: Type.Object(
      {
        enabled: Type.Boolean({ default: false, description: 'Create a HorizontalPodAutoscaler; replicaCount is then left to it. Needs a distributed engine.' }),
        minReplicas: Type.Integer({ default: 1, minimum: 1, description: 'Fewest pods the autoscaler keeps.' }),
        maxReplicas: Type.Integer({ default: 100, minimum: 1, description: 'Most pods the autoscaler may run.' }),
        cpu: Type.Object(
          {
            enabled: Type.Boolean({ default: false, description: 'Scale on CPU use.' }),
            targetCPUUtilizationPercentage: Type.Integer({ default: 80, minimum: 1, title: 'Target CPU %', description: 'Average CPU use, as a percentage of requests, to aim for.' }),
          },
          { additionalProperties: false, title: 'CPU', description: 'CPU-based scaling (needs CPU requests).' },
        ),
        memory: Type.Object(
          {
            enabled: Type.Boolean({ default: false, description: 'Scale on memory use.' }),
            targetMemoryUtilizationPercentage: Type.Integer({ default: 80, minimum: 1, title: 'Target memory %', description: 'Average memory use, as a percentage of requests, to aim for.' }),
          },
          { additionalProperties: false, description: 'Memory-based scaling (needs memory requests).' },
        ),
        customMetrics: yamlList({ default: [], description: 'Extra HPA metric specs, e.g. connections per pod through prometheus-adapter.' }),
        behavior: Type.Optional(Type.Object(
          {
            scaleUp: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
            scaleDown: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          },
          { default: {}, additionalProperties: false, 'x-widget': 'yaml', description: 'Scale-up and scale-down policies and stabilization windows.' },
        )),
      },
      { additionalProperties: false, 'x-group': 'scaling', 'x-doc': 'Scaling', description: 'Horizontal pod autoscaling. With no metric enabled the HPA has an empty metric list.' },
    ),
    hostCheck: Type.Object(
      {
        enabled: Type.Boolean({ default: false, description: 'Run a Job that waits until remoteHost resolves in DNS.' }),
        image: Type.String({ default: '', description: 'Image for the check; it must contain a shell and dig (e.g. registry.k8s.io/e2e-test-images/agnhost).' }),
        customDns: Type.String({ default: '', title: 'Custom DNS', description: 'Also resolve through this DNS server (e.g. 8.8.8.8); empty checks only the cluster DNS.' }),
        remoteHost: Type.String({ default: '', description: 'Host name that must resolve, e.g. your Redis.' }),
        annotations: stringMap({
          default: {},
          description: 'Annotations of the Job; helm.sh/hook (pre-install,pre-upgrade) turns it into a hook that runs before the release.',
        }),
        resources: Type.Optional(resources({
          description: 'CPU and memory requests and limits of the check container.',
        })),
      },
      { additionalProperties: false, 'x-group': 'hostCheck', title: 'Host check', description: 'A DNS check Job for an external dependency.' },
    ),
  },
  { additionalProperties: false },
);

export type CentrifugoValues = Type.Static<typeof schema>;

