// Values schema of the percona-valkey chart 0.1.0: every parameter of its values.yaml with the
// chart's default, a description of our own, its form section (x-group) and UI hints. Secrets are
// writeOnly; free-form Kubernetes blocks get the inline YAML editor.
import Type from 'typebox';

const anyBlock = (description: string, extra: Record<string, unknown> = {}) =>
  Type.Object({}, { additionalProperties: true, default: {}, description, 'x-widget': 'yaml', ...extra });

const stringMap = (description: string) => Type.Record(Type.String(), Type.String(), { default: {}, description });

const literals = <T extends string>(values: readonly T[], def: T, description: string) =>
  Type.Union(values.map((v) => Type.Literal(v)), { default: def, description });

/** Valkey's eviction policies; '' leaves the server default (noeviction). */
export const MAXMEMORY_POLICIES = [
  'noeviction',
  'allkeys-lru',
  'allkeys-lfu',
  'allkeys-random',
  'volatile-lru',
  'volatile-lfu',
  'volatile-random',
  'volatile-ttl',
] as const;

const quantity = Type.Union([Type.String(), Type.Number()]);
const resourceMap = (description: string) =>
  Type.Record(Type.String(), quantity, { default: {}, description, 'x-widget': 'yaml' });

function probe(name: string, defaults: { initialDelaySeconds: number; periodSeconds: number; timeoutSeconds: number; failureThreshold: number; successThreshold?: number }) {
  const seconds = (def: number, description: string) => Type.Integer({ default: def, minimum: 0, description });
  return Type.Object(
    {
      enabled: Type.Boolean({ default: true, description: `Adds the ${name} probe to the Valkey container.` }),
      initialDelaySeconds: seconds(defaults.initialDelaySeconds, 'Seconds after the container starts before the first check.'),
      periodSeconds: Type.Integer({ default: defaults.periodSeconds, minimum: 1, description: 'Seconds between two checks.' }),
      timeoutSeconds: Type.Integer({ default: defaults.timeoutSeconds, minimum: 1, description: 'Seconds a check may take before it counts as failed.' }),
      failureThreshold: Type.Integer({ default: defaults.failureThreshold, minimum: 1, description: 'Failed checks in a row before Kubernetes acts.' }),
      ...(defaults.successThreshold === undefined
        ? {}
        : {
            successThreshold: Type.Integer({
              default: defaults.successThreshold,
              minimum: 1,
              description: 'Passed checks in a row before a failing container counts as healthy again (Kubernetes requires 1 for liveness).',
            }),
          }),
    },
    { additionalProperties: false, 'x-group': 'probes', description: `The ${name} probe: valkey-cli checks run inside the Valkey container.` },
  );
}

export const schema = Type.Object(
  {
    nameOverride: Type.String({
      default: '',
      description: 'Replaces the chart name in object names and in the app.kubernetes.io/name label.',
      'x-group': 'global',
    }),
    fullnameOverride: Type.String({
      default: '',
      description: 'Uses this exact name for every object instead of "<release>-percona-valkey".',
      'x-group': 'global',
    }),
    mode: Type.Union([Type.Literal('standalone'), Type.Literal('cluster')], {
      default: 'standalone',
      description:
        'standalone runs independent Valkey servers; cluster runs a sharded Valkey Cluster that a post-install Job forms from all pods.',
      'x-group': 'global',
      'x-doc': 'Deployment Modes',
    }),

    image: Type.Object(
      {
        repository: Type.String({ default: 'perconalab/valkey', description: 'Registry and repository of the Valkey image, without a tag.' }),
        variant: Type.Union([Type.Literal('rpm'), Type.Literal('hardened')], {
          default: 'rpm',
          description:
            'rpm is the UBI9 image with a shell; hardened is the distroless image: the chart then makes the root filesystem read-only and mounts memory-backed /tmp and /run/valkey.',
          'x-doc': 'Image Variants',
        }),
        tag: Type.String({
          default: '',
          description: 'Image tag; empty picks the chart appVersion, with "-hardened" appended for the hardened variant. Jobs and the test pod always use the appVersion tag.',
        }),
        pullPolicy: literals(['IfNotPresent', 'Always', 'Never'] as const, 'IfNotPresent', 'When the kubelet pulls the image again.'),
        pullSecrets: Type.Array(Type.Object({ name: Type.String() }, { additionalProperties: false }), {
          default: [],
          description: 'Secrets with registry credentials, as a list of {name: <secret>} entries, for every pod of the chart.',
          'x-widget': 'yaml',
        }),
      },
      { additionalProperties: false, 'x-group': 'image', description: 'The Valkey image and how it is pulled.' },
    ),

    auth: Type.Object(
      {
        enabled: Type.Boolean({ default: true, description: 'Requires a password from clients (and from the probes, jobs and test pod).' }),
        password: Type.String({
          default: '',
          writeOnly: true,
          description: 'The password. Empty makes helm generate 16 random characters at install (a new one on every `helm template`).',
        }),
        existingSecret: Type.String({
          default: '',
          description: 'Name of a Secret you create yourself, holding the password under the key valkey-password; the chart then creates none.',
        }),
      },
      { additionalProperties: false, 'x-group': 'auth', description: 'Password protection of the Valkey servers.' },
    ),

    config: Type.Object(
      {
        maxmemory: Type.String({
          default: '',
          description: 'Memory cap for the data set, in Valkey units (e.g. 256mb, 1gb); keep it below the container memory limit. Empty means no cap.',
        }),
        maxmemoryPolicy: Type.Union([Type.Literal(''), ...MAXMEMORY_POLICIES.map((p) => Type.Literal(p))], {
          default: '',
          description: 'What Valkey evicts when maxmemory is reached; empty keeps the server default (noeviction: writes fail).',
        }),
        bind: Type.String({ default: '0.0.0.0', description: 'Interfaces Valkey listens on (bind directive and VALKEY_BIND).' }),
        extraFlags: Type.String({
          default: '',
          description: 'Extra valkey-server command-line flags, handed to the image entrypoint in VALKEY_EXTRA_FLAGS.',
        }),
        customConfig: Type.String({
          default: '',
          description: 'Lines of valkey.conf appended after the generated ones (later directives win).',
          'x-widget': 'textarea',
        }),
      },
      { additionalProperties: false, 'x-group': 'config', description: 'Settings written to valkey.conf (and the matching VALKEY_* variables).' },
    ),

    cluster: Type.Object(
      {
        replicas: Type.Integer({
          default: 6,
          minimum: 1,
          description: 'Pods in cluster mode, primaries and replicas together; primaries = replicas / (1 + replicasPerPrimary), at least 3.',
        }),
        replicasPerPrimary: Type.Integer({ default: 1, minimum: 0, description: 'Replicas each primary gets when the cluster is formed or scaled.' }),
        nodeTimeout: Type.Integer({ default: 15000, minimum: 1, description: 'Milliseconds a node may be unreachable before it is considered failed.' }),
        busPort: Type.Integer({
          default: 16379,
          minimum: 1,
          maximum: 65535,
          description: 'Port of the node-to-node cluster bus, opened on the pods and the headless Service.',
        }),
      },
      { additionalProperties: false, 'x-group': 'cluster', description: 'Shape of the Valkey Cluster; read in cluster mode only.' },
    ),

    standalone: Type.Object(
      {
        replicas: Type.Integer({
          default: 1,
          minimum: 0,
          description: 'Pods in standalone mode. Each is an independent server with its own data; they do not replicate.',
        }),
      },
      { additionalProperties: false, 'x-group': 'standalone', description: 'Read in standalone mode only.' },
    ),

    statefulset: Type.Object(
      {
        updateStrategy: Type.Object(
          {
            type: literals(['RollingUpdate', 'OnDelete'] as const, 'RollingUpdate', 'How pods are replaced when the pod template changes.'),
          },
          {
            additionalProperties: true,
            'x-extras': 'yaml',
            description: 'The StatefulSet updateStrategy block (e.g. add rollingUpdate.partition).',
          },
        ),
        podManagementPolicy: Type.Union([Type.Literal(''), Type.Literal('OrderedReady'), Type.Literal('Parallel')], {
          default: '',
          description: 'Empty chooses by mode: Parallel in cluster mode (all pods start at once), OrderedReady in standalone mode.',
        }),
        annotations: stringMap('Annotations on the StatefulSet object.'),
        labels: stringMap('Extra labels; this chart version puts them on the pods (pod template), not on the StatefulSet itself.'),
      },
      { additionalProperties: false, 'x-group': 'statefulset', description: 'The StatefulSet that runs the Valkey pods.' },
    ),

    podAnnotations: Type.Record(Type.String(), Type.String(), {
      default: {},
      description: 'Annotations on every Valkey pod, after the checksum/config annotation.',
      'x-group': 'pod',
    }),
    podLabels: Type.Record(Type.String(), Type.String(), {
      default: {},
      description: 'Extra labels on every Valkey pod.',
      'x-group': 'pod',
    }),

    securityContext: Type.Object(
      {
        runAsUser: Type.Integer({ default: 999, description: 'User id the pod processes run as.' }),
        runAsGroup: Type.Integer({ default: 999, description: 'Primary group id of the pod processes.' }),
        fsGroup: Type.Integer({ default: 999, description: 'Group that owns mounted volumes, so Valkey can write /data.' }),
        runAsNonRoot: Type.Boolean({ default: true, description: 'Refuses to start containers that would run as root.' }),
      },
      {
        additionalProperties: true,
        'x-extras': 'yaml',
        'x-group': 'security',
        description: 'Pod security context of the Valkey pods, the jobs and the test pod; other PodSecurityContext fields can be added.',
      },
    ),
    containerSecurityContext: Type.Object(
      {
        readOnlyRootFilesystem: Type.Boolean({ default: false, description: 'Mounts the container root filesystem read-only.' }),
        allowPrivilegeEscalation: Type.Boolean({ default: false, description: 'Lets a process gain more privileges than its parent (setuid).' }),
        capabilities: Type.Object(
          {
            drop: Type.Array(Type.String(), { default: ['ALL'], description: 'Linux capabilities removed from the container.' }),
          },
          { additionalProperties: true, 'x-extras': 'yaml', description: 'Linux capabilities to drop or add.' },
        ),
      },
      {
        additionalProperties: true,
        'x-extras': 'yaml',
        'x-group': 'security',
        description: 'Container security context. The hardened variant replaces it on the Valkey container with a fixed read-only one; jobs and the test pod always use it.',
      },
    ),

    service: Type.Object(
      {
        type: literals(['ClusterIP', 'NodePort', 'LoadBalancer'] as const, 'ClusterIP', 'Kind of the client Service.'),
        port: Type.Integer({ default: 6379, minimum: 1, maximum: 65535, description: 'Port clients connect to on both Services (pods always listen on 6379).' }),
        annotations: stringMap('Annotations on the client Service (e.g. for a cloud load balancer).'),
      },
      { additionalProperties: false, 'x-group': 'service', description: 'The client Service.' },
    ),

    persistence: Type.Object(
      {
        enabled: Type.Boolean({
          default: true,
          description: 'Gives each pod its own PersistentVolumeClaim for /data; off uses an emptyDir that is lost with the pod.',
        }),
        storageClass: Type.String({ default: '', description: 'StorageClass of the claims; empty uses the cluster default.' }),
        accessModes: Type.Array(
          Type.Union([Type.Literal('ReadWriteOnce'), Type.Literal('ReadOnlyMany'), Type.Literal('ReadWriteMany'), Type.Literal('ReadWriteOncePod')]),
          { default: ['ReadWriteOnce'], description: 'Access modes of each claim.' },
        ),
        size: Type.String({ default: '8Gi', description: 'Storage requested per pod (Kubernetes quantity, e.g. 8Gi).' }),
        annotations: stringMap('Annotations on each claim.'),
      },
      { additionalProperties: false, 'x-group': 'persistence', description: 'Storage for /data: RDB snapshots, the AOF log and, in cluster mode, nodes.conf.' },
    ),

    livenessProbe: probe('liveness', { initialDelaySeconds: 20, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6, successThreshold: 1 }),
    readinessProbe: probe('readiness', { initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 }),
    startupProbe: probe('startup', { initialDelaySeconds: 5, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 30 }),

    resources: Type.Object(
      {
        limits: resourceMap('Most CPU and memory the Valkey container may use (e.g. memory: 1Gi); above the memory limit it is killed.'),
        requests: resourceMap('CPU and memory reserved for the Valkey container when it is scheduled.'),
      },
      { additionalProperties: true, 'x-extras': 'yaml', 'x-group': 'resources', description: 'Requests and limits of the Valkey container (other ResourceRequirements fields can be added).' },
    ),

    serviceAccount: Type.Object(
      {
        create: Type.Boolean({ default: true, description: 'Creates a ServiceAccount for the pods.' }),
        name: Type.String({ default: '', description: 'ServiceAccount to use; empty means the full name when created, "default" otherwise.' }),
        annotations: stringMap('Annotations on the created ServiceAccount (e.g. a cloud IAM role).'),
      },
      { additionalProperties: false, 'x-group': 'serviceAccount', description: 'The ServiceAccount the Valkey pods, jobs and test pod run as.' },
    ),
    rbac: Type.Object(
      {
        create: Type.Boolean({
          default: true,
          description: 'Listed by the chart, but no template of version 0.1.0 creates RBAC objects.',
          'x-no-effect': 'No template of chart 0.1.0 reads rbac.create; no Role or RoleBinding is rendered either way.',
        }),
      },
      { additionalProperties: false, 'x-group': 'serviceAccount', description: 'RBAC objects (none in this chart version).' },
    ),

    pdb: Type.Object(
      {
        enabled: Type.Boolean({ default: true, description: 'Creates a PodDisruptionBudget; only in cluster mode.' }),
        minAvailable: Type.Union([Type.Integer(), Type.String()], {
          default: '',
          description: 'Pods (or a percentage) that must stay up during voluntary disruptions; when set it is used instead of maxUnavailable.',
        }),
        maxUnavailable: Type.Union([Type.Integer(), Type.String()], {
          default: 1,
          description: 'Pods (or a percentage) that may be down at once during voluntary disruptions; used when minAvailable is empty.',
        }),
      },
      { additionalProperties: false, 'x-group': 'pdb', description: 'PodDisruptionBudget of the cluster pods.' },
    ),

    nodeSelector: Type.Record(Type.String(), Type.String(), {
      default: {},
      description: 'Node labels the Valkey pods must be scheduled on.',
      'x-group': 'placement',
    }),
    tolerations: Type.Array(Type.Unknown(), {
      default: [],
      description: 'Tolerations of the Valkey pods (Kubernetes toleration list).',
      'x-widget': 'yaml',
      'x-group': 'placement',
    }),
    affinity: anyBlock('Affinity rules of the Valkey pods, e.g. podAntiAffinity to spread them over nodes.', { 'x-group': 'placement' }),
  },
  { additionalProperties: false },
);

export type PerconaValkeyValues = Type.Static<typeof schema>;
