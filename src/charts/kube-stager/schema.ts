// Values schema of the kube-stager chart 1.0.0: every parameter of its values.yaml with the same
// default, in the same key order, plus the two ProjectConfig keys values.yaml only mentions in a
// comment (config.sentryDsn, config.cacheNamespace; no default, so they stay out unless set).
import Type from 'typebox';

// Optional: a null (helm's way to drop a default) only makes the template print `null` or nothing.
const stringMap = (description: string, extra: Record<string, unknown> = {}) =>
  Type.Optional(Type.Record(Type.String(), Type.String(), { default: {}, description, ...extra }));

const quantity = Type.Union([Type.String(), Type.Number()]);

/** A container's resources block: edited as YAML, with the chart's own default. */
function resources(defaults: Record<string, Record<string, string>>, description: string) {
  return Type.Optional(Type.Object(
    {
      limits: Type.Optional(Type.Record(Type.String(), quantity)),
      requests: Type.Optional(Type.Record(Type.String(), quantity)),
      claims: Type.Optional(Type.Array(Type.Object({ name: Type.String() }))),
    },
    { default: defaults, description, additionalProperties: false, 'x-widget': 'yaml', 'x-group': 'resources', 'x-doc': 'Resource Limits' },
  ));
}

/** Settings the operator applies to one kind of Job it creates. */
function jobConfig(what: string, defaults: { deadlineSeconds: number; ttlSeconds: number; backoffLimit: number }) {
  return Type.Object(
    {
      deadlineSeconds: Type.Integer({
        default: defaults.deadlineSeconds,
        description: `Seconds a ${what} job may run before Kubernetes stops it and marks it failed.`,
      }),
      ttlSeconds: Type.Integer({
        default: defaults.ttlSeconds,
        description: `Seconds a finished ${what} job is kept before Kubernetes deletes it.`,
      }),
      backoffLimit: Type.Integer({
        default: defaults.backoffLimit,
        description: `How many times a failed ${what} job is retried before it counts as failed.`,
      }),
    },
    { additionalProperties: false, description: `Job settings for ${what} jobs.`, 'x-group': 'jobs', 'x-doc': 'Operator Configuration' },
  );
}

// Prometheus duration, as the Prometheus Operator's ServiceMonitor CRD accepts it.
const DURATION = '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$';

export const schema = Type.Object(
  {
    image: Type.String({
      default: 'ghcr.io/szeber/kube-stager',
      minLength: 1,
      description: 'Container image of the operator (registry and repository, without the tag).',
      'x-group': 'workload',
      'x-doc': 'Values',
    }),
    imageTag: Type.String({
      default: 'v1.0.0',
      description: 'Tag of the operator image; keep it in step with the CRDs installed in the cluster.',
      'x-group': 'workload',
      'x-doc': 'Values',
    }),
    service: Type.Object(
      {
        labels: stringMap('Extra labels put on both Services (metrics and webhook).'),
        annotations: stringMap('Annotations put on both Services (metrics and webhook).'),
      },
      { additionalProperties: false, 'x-group': 'services', 'x-doc': 'Values' },
    ),
    deployment: Type.Object(
      {
        labels: stringMap('Extra labels on the Deployment object itself (not on its pods).', { 'x-group': 'workload' }),
        annotations: stringMap('Annotations on the Deployment object itself.', { 'x-group': 'workload' }),
        replicas: Type.Integer({
          default: 1,
          minimum: 0,
          description:
            'Operator pods to run. More than one needs leader election, so that only one of them reconciles at a time; pods then prefer different nodes.',
          'x-group': 'availability',
          'x-doc': 'High Availability (HA)',
        }),
        podLabels: stringMap(
          'Extra labels on the pods. They also join the Deployment selector (which cannot change after install) and the disruption budget selector.',
          { 'x-group': 'workload' },
        ),
        podAnnotations: stringMap('Extra annotations on the pods.', { 'x-group': 'workload' }),
        podDisruptionBudget: Type.Object(
          {
            enabled: Type.Boolean({
              default: false,
              description: 'Create a PodDisruptionBudget so voluntary evictions (node drains) keep some operator pods running.',
            }),
            minAvailable: Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^[0-9]+%$' })], {
              default: 1,
              description:
                'Pods that must stay up during evictions: a number, or a percentage of the replicas. The chart refuses a number that is not below deployment.replicas.',
            }),
          },
          { additionalProperties: false, 'x-group': 'availability', 'x-doc': 'High Availability (HA)' },
        ),
        resources: resources(
          { limits: { memory: '256Mi' }, requests: { cpu: '10m', memory: '64Mi' } },
          'Requests and limits of the manager container. The default sets no CPU limit, so reconcile bursts are not throttled.',
        ),
        rbacProxy: Type.Object(
          {
            resources: resources(
              { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '5m', memory: '64Mi' } },
              'Requests and limits of the kube-rbac-proxy sidecar that guards the metrics endpoint.',
            ),
          },
          { additionalProperties: false, 'x-group': 'resources', 'x-doc': 'Resource Limits' },
        ),
      },
      { additionalProperties: false, 'x-group': 'workload' },
    ),
    rbac: Type.Object(
      {
        create: Type.Boolean({
          default: true,
          description:
            'Create the ServiceAccount, the cluster roles and bindings the operator needs, and the leader-election Role. Off: provide a ServiceAccount with those rights yourself.',
        }),
        serviceAccount: Type.Object(
          {
            name: Type.String({
              default: 'kube-stager-controller-manager',
              minLength: 1,
              description: 'Name of the ServiceAccount the operator runs as (created here when rbac.create is on).',
            }),
            labels: stringMap('Labels on the created ServiceAccount.'),
            annotations: stringMap('Annotations on the created ServiceAccount (for example a cloud IAM role binding).'),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false, 'x-group': 'access', 'x-doc': 'Values' },
    ),
    config: Type.Object(
      {
        health: Type.Object(
          {
            healthProbeBindAddress: Type.String({
              default: ':8081',
              description: 'Address the operator serves /healthz and /readyz on. The pod probes always call port 8081.',
            }),
          },
          { additionalProperties: false },
        ),
        metrics: Type.Object(
          {
            bindAddress: Type.String({
              default: '127.0.0.1:8080',
              description:
                'Address the operator serves Prometheus metrics on. The kube-rbac-proxy sidecar always forwards to 127.0.0.1:8080.',
            }),
          },
          { additionalProperties: false },
        ),
        webhook: Type.Object(
          {
            port: Type.Integer({
              default: 9443,
              minimum: 1,
              maximum: 65535,
              description: 'Port the admission webhook server listens on. The webhook Service always targets 9443.',
            }),
          },
          { additionalProperties: false },
        ),
        leaderElection: Type.Boolean({
          default: true,
          description:
            'Elect one active operator through a Lease, so several replicas never reconcile the same objects at once. Off is the 0.3.0 behaviour and only safe with one replica.',
          'x-group': 'availability',
          'x-doc': 'Maintaining v0.3.0 Behavior',
        }),
        initJobConfig: jobConfig('database init', { deadlineSeconds: 600, ttlSeconds: 600, backoffLimit: 0 }),
        migrationJobConfig: jobConfig('database migration', { deadlineSeconds: 600, ttlSeconds: 600, backoffLimit: 3 }),
        backupJobConfig: jobConfig('backup', { deadlineSeconds: 600, ttlSeconds: 600, backoffLimit: 3 }),
        sentryDsn: Type.Optional(
          Type.String({
            writeOnly: true,
            description: 'Sentry DSN to report operator errors to. Not set by default. It is written into a ConfigMap, not a Secret.',
          }),
        ),
        cacheNamespace: Type.Optional(
          Type.String({
            description: 'Limit what the operator watches to this one namespace. Not set by default (all namespaces).',
          }),
        ),
      },
      {
        additionalProperties: false,
        description: 'The operator\'s ProjectConfig, written as a file into a ConfigMap and read at start-up.',
        'x-group': 'operator',
        'x-doc': 'Operator Configuration',
      },
    ),
    monitoring: Type.Object(
      {
        enabled: Type.Boolean({
          default: false,
          description: 'Create a ServiceMonitor so a Prometheus Operator scrapes the metrics through kube-rbac-proxy.',
        }),
        serviceMonitor: Type.Object(
          {
            interval: Type.String({ default: '30s', pattern: DURATION, description: 'How often Prometheus scrapes the operator.' }),
            scrapeTimeout: Type.String({
              default: '10s',
              pattern: DURATION,
              description: 'How long one scrape may take; keep it below the interval.',
            }),
            insecureSkipVerify: Type.Boolean({
              default: false,
              description: 'Skip checking the certificate of the metrics endpoint (kube-rbac-proxy serves a self-signed one).',
            }),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false, 'x-group': 'monitoring', 'x-doc': 'Monitoring' },
    ),
  },
  { additionalProperties: false },
);

export type KubeStagerValues = Type.Static<typeof schema>;
