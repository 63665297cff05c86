// kube-stager's manifests as chart 1.0.0 renders them, built as typed Kubernetes objects. Each
// function stands for one template file. Values are read loosely (helm does not check types) and go
// through the goTemplate helpers, so prints, `range` loops and `toYaml` inserts give the data helm's
// text gives. Key order follows the templates. Names come from the release name alone (this chart
// has no fullname helper and no 63-character cap).
import type {
  MutatingWebhook,
  MutatingWebhookConfiguration,
  RuleWithOperations,
  ValidatingWebhook,
  ValidatingWebhookConfiguration,
} from 'kubernetes-types/admissionregistration/v1';
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { ConfigMap, Container, PodSpec, Service, ServiceAccount, ServicePort } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import { goString, plain, plainNumber as num, plainString as str, rangeEntries, sprigInt, truthy, yamlInsert } from '../../core/goTemplate';
import { toYamlText } from '../../core/goYamlText';
import { templateObject, type Labels } from '../../core/helmContext';
import type { Release, RenderedObject } from '../../core/types';
import { getAt } from '../../core/values';
import type { KubeStagerValues } from './schema';

interface Ctx {
  at(path: string): unknown;
  release: string;
  namespace: string;
}

/** The label every object of the operator carries and every selector matches. */
const CONTROL_PLANE: Labels = { 'control-plane': 'controller-manager' };

/** `control-plane: controller-manager` followed by `{{ range $k, $v }} {{ $k }}: {{ $v }}` lines. */
function withRangedLabels(extra: unknown): Labels {
  const out: Labels = { ...CONTROL_PLANE };
  for (const [key, value] of rangeEntries(extra)) {
    Object.defineProperty(out, key, { value: plain(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const serviceAccountName = (ctx: Ctx) => str(ctx.at('rbac.serviceAccount.name'));

// ---- checks the templates `fail` on

/**
 * The chart stops with an error for these values; helm reports the budget check first. The core
 * turns the thrown message into the render error the preview shows.
 */
function refuseBrokenValues(ctx: Ctx): void {
  const replicas = sprigInt(ctx.at('deployment.replicas'));
  if (truthy(ctx.at('deployment.podDisruptionBudget.enabled'))) {
    const minAvailable = sprigInt(ctx.at('deployment.podDisruptionBudget.minAvailable'));
    if (!(minAvailable < replicas)) {
      throw new Error(
        `The chart refuses to render: deployment.podDisruptionBudget.minAvailable (${minAvailable}) must be lower than deployment.replicas (${replicas}), or the budget would block every eviction.`,
      );
    }
  }
  if (replicas > 1 && !truthy(ctx.at('config.leaderElection'))) {
    throw new Error(
      `The chart refuses to render: deployment.replicas is ${replicas} while config.leaderElection is off; several operators without leader election would reconcile the same objects at once.`,
    );
  }
}

// ---- certmanager-certificate.yaml and certmanager-issuer.yaml

/** cert-manager's Certificate and Issuer, only the fields this chart writes. */
interface Certificate {
  apiVersion: 'cert-manager.io/v1';
  kind: 'Certificate';
  metadata: ObjectMeta;
  spec: { dnsNames: string[]; issuerRef: { kind: string; name: string }; secretName: string };
}

interface Issuer {
  apiVersion: 'cert-manager.io/v1';
  kind: 'Issuer';
  metadata: ObjectMeta;
  spec: { selfSigned: Record<string, never> };
}

/** The Secret cert-manager fills and the manager mounts; its name is fixed by the chart. */
const WEBHOOK_CERT_SECRET = 'webhook-server-cert';

function certificate(ctx: Ctx): RenderedObject {
  const service = `${ctx.release}-webhook-service.${ctx.namespace}.svc`;
  const obj: Certificate = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: str(`${ctx.release}-serving-cert`), namespace: str(ctx.namespace) },
    spec: {
      dnsNames: [str(service), str(`${service}.cluster.local`)],
      issuerRef: { kind: 'Issuer', name: str(`${ctx.release}-selfsigned-issuer`) },
      secretName: WEBHOOK_CERT_SECRET,
    },
  };
  return templateObject('certmanager-certificate.yaml', obj);
}

function issuer(ctx: Ctx): RenderedObject {
  const obj: Issuer = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Issuer',
    metadata: { name: str(`${ctx.release}-selfsigned-issuer`), namespace: str(ctx.namespace) },
    spec: { selfSigned: {} },
  };
  return templateObject('certmanager-issuer.yaml', obj);
}

// ---- clusterrole.yaml, clusterrolebinding.yaml, role.yaml, rolebinding.yaml

const ALL_VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const READ_VERBS = ['get', 'list', 'watch'];

const rule = (apiGroup: string, resource: string, verbs: string[]): PolicyRule => ({
  apiGroups: [apiGroup],
  resources: [resource],
  verbs: [...verbs],
});

/** A resource the operator owns: full access, its finalizers and its status subresource. */
const owned = (apiGroup: string, resource: string): PolicyRule[] => [
  rule(apiGroup, resource, ALL_VERBS),
  rule(apiGroup, `${resource}/finalizers`, ['update']),
  rule(apiGroup, `${resource}/status`, ['get', 'patch', 'update']),
];

const CONFIG_GROUP = 'config.operator.kube-stager.io';
const JOB_GROUP = 'job.operator.kube-stager.io';
const SITE_GROUP = 'site.operator.kube-stager.io';
const TASK_GROUP = 'task.operator.kube-stager.io';

/** What the manager reads and writes: the workloads it stages and its own custom resources. */
const MANAGER_RULES: PolicyRule[] = [
  rule('', 'configmaps', ALL_VERBS),
  rule('', 'services', ALL_VERBS),
  rule('apps', 'deployments', ALL_VERBS),
  rule('batch', 'jobs', ['create', 'delete', 'deletecollection', 'get', 'list', 'watch']),
  rule(CONFIG_GROUP, 'mongoconfigs', READ_VERBS),
  rule(CONFIG_GROUP, 'mysqlconfigs', READ_VERBS),
  rule(CONFIG_GROUP, 'redisconfigs', READ_VERBS),
  rule(CONFIG_GROUP, 'serviceconfigs', ['get', 'list', 'patch', 'update', 'watch']),
  ...owned(JOB_GROUP, 'backups'),
  ...owned(JOB_GROUP, 'dbinitjobs'),
  ...owned(JOB_GROUP, 'dbmigrationjobs'),
  rule('networking.k8s.io', 'ingresses', ALL_VERBS),
  ...owned(SITE_GROUP, 'stagingsites'),
  ...owned(TASK_GROUP, 'mongodatabases'),
  ...owned(TASK_GROUP, 'mysqldatabases'),
  ...owned(TASK_GROUP, 'redisdatabases'),
];

function clusterRoles(ctx: Ctx): RenderedObject[] {
  const role = (suffix: string, rules: PolicyRule[]): ClusterRole => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: str(`${ctx.release}-${suffix}`) },
    rules,
  });
  return [
    role('manager-role', structuredClone(MANAGER_RULES)),
    role('metrics-reader', [{ nonResourceURLs: ['/metrics'], verbs: ['get'] }]),
    // kube-rbac-proxy checks the bearer token and the caller's right to read /metrics.
    role('proxy-role', [rule('authentication.k8s.io', 'tokenreviews', ['create']), rule('authorization.k8s.io', 'subjectaccessreviews', ['create'])]),
  ].map((obj) => templateObject('clusterrole.yaml', obj));
}

function subjects(ctx: Ctx): Subject[] {
  return [{ kind: 'ServiceAccount', name: serviceAccountName(ctx), namespace: str(ctx.namespace) }];
}

function clusterRoleBindings(ctx: Ctx): RenderedObject[] {
  const binding = (suffix: string, role: string): ClusterRoleBinding => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: str(`${ctx.release}-${suffix}`) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: str(`${ctx.release}-${role}`) },
    subjects: subjects(ctx),
  });
  return [binding('manager-rolebinding', 'manager-role'), binding('proxy-rolebinding', 'proxy-role')].map((obj) =>
    templateObject('clusterrolebinding.yaml', obj),
  );
}

/** Leases (and ConfigMaps, the older lock) for leader election, events for the manager's records. */
const LEADER_ELECTION_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

function leaderElectionRole(ctx: Ctx): RenderedObject {
  const obj: Role = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: str(`${ctx.release}-leader-election-role`), namespace: str(ctx.namespace) },
    rules: [
      rule('', 'configmaps', LEADER_ELECTION_VERBS),
      rule('coordination.k8s.io', 'leases', LEADER_ELECTION_VERBS),
      rule('', 'events', ['create', 'patch']),
    ],
  };
  return templateObject('role.yaml', obj);
}

function leaderElectionRoleBinding(ctx: Ctx): RenderedObject {
  const obj: RoleBinding = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: str(`${ctx.release}-leader-election-rolebinding`), namespace: str(ctx.namespace) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: str(`${ctx.release}-leader-election-role`) },
    subjects: subjects(ctx),
  };
  return templateObject('rolebinding.yaml', obj);
}

// ---- configmap-config.yaml

/** Where the manager reads its ProjectConfig, and the ConfigMap key holding it. */
const CONFIG_FILE = 'controller_manager_config.yaml';

function configMap(ctx: Ctx): RenderedObject {
  const obj: ConfigMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: str(`${ctx.release}-manager-config`), namespace: str(ctx.namespace) },
    data: { [CONFIG_FILE]: toYamlText(ctx.at('config')) },
  };
  return templateObject('configmap-config.yaml', obj);
}

// ---- deployment.yaml

const CONTAINER_SECURITY = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
/** Ports the chart wires by number: probes, the proxy's upstream and its own listener. */
const HEALTH_PORT = 8081;
const PROXY_PORT = 8443;
const METRICS_UPSTREAM = 'http://127.0.0.1:8080/';
const RBAC_PROXY_IMAGE = 'gcr.io/kubebuilder/kube-rbac-proxy:v0.13.0';

function managerContainer(ctx: Ctx): Container {
  const probe = (path: string, initialDelaySeconds: number, periodSeconds: number) => ({
    httpGet: { path, port: HEALTH_PORT },
    initialDelaySeconds,
    periodSeconds,
  });
  return {
    args: [`--config=/${CONFIG_FILE}`],
    command: ['/manager'],
    image: str(`${goString(ctx.at('image'))}:${goString(ctx.at('imageTag'))}`),
    livenessProbe: probe('/healthz', 15, 20),
    name: 'manager',
    ports: [{ containerPort: num(ctx.at('config.webhook.port')), name: 'webhook-server', protocol: 'TCP' }],
    readinessProbe: probe('/readyz', 5, 10),
    resources: yamlInsert(ctx.at('deployment.resources')),
    securityContext: structuredClone(CONTAINER_SECURITY),
    volumeMounts: [
      { mountPath: '/tmp/k8s-webhook-server/serving-certs', name: 'cert', readOnly: true },
      { mountPath: `/${CONFIG_FILE}`, name: 'manager-config', subPath: CONFIG_FILE },
    ],
  };
}

function rbacProxyContainer(ctx: Ctx): Container {
  return {
    args: [`--secure-listen-address=0.0.0.0:${PROXY_PORT}`, `--upstream=${METRICS_UPSTREAM}`, '--logtostderr=true', '--v=0'],
    image: RBAC_PROXY_IMAGE,
    name: 'kube-rbac-proxy',
    ports: [{ containerPort: PROXY_PORT, name: 'https', protocol: 'TCP' }],
    resources: yamlInsert(ctx.at('deployment.rbacProxy.resources')),
    securityContext: structuredClone(CONTAINER_SECURITY),
  };
}

function affinity(ctx: Ctx): PodSpec['affinity'] {
  const nodeAffinity = {
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [
        {
          matchExpressions: [
            { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] },
            { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
          ],
        },
      ],
    },
  };
  if (sprigInt(ctx.at('deployment.replicas')) <= 1) return { nodeAffinity };
  // With several replicas the pods prefer different nodes.
  return {
    nodeAffinity,
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 100,
          podAffinityTerm: {
            labelSelector: { matchLabels: withRangedLabels(ctx.at('deployment.podLabels')) },
            topologyKey: 'kubernetes.io/hostname',
          },
        },
      ],
    },
  };
}

function deployment(ctx: Ctx): RenderedObject {
  const annotations = ctx.at('deployment.annotations');
  const podAnnotations: Labels = { 'kubectl.kubernetes.io/default-container': 'manager' };
  for (const [key, value] of rangeEntries(ctx.at('deployment.podAnnotations'))) {
    Object.defineProperty(podAnnotations, key, { value: plain(value), enumerable: true, writable: true, configurable: true });
  }
  const obj: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      labels: withRangedLabels(ctx.at('deployment.labels')),
      ...(truthy(annotations) ? { annotations: yamlInsert<Labels>(annotations) } : {}),
      name: str(`${ctx.release}-controller-manager`),
      namespace: str(ctx.namespace),
    },
    spec: {
      replicas: num(ctx.at('deployment.replicas')),
      selector: { matchLabels: withRangedLabels(ctx.at('deployment.podLabels')) },
      template: {
        metadata: { annotations: podAnnotations, labels: withRangedLabels(ctx.at('deployment.podLabels')) },
        spec: {
          affinity: affinity(ctx),
          containers: [managerContainer(ctx), rbacProxyContainer(ctx)],
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          serviceAccountName: serviceAccountName(ctx),
          terminationGracePeriodSeconds: 10,
          volumes: [
            { name: 'cert', secret: { defaultMode: 420, secretName: WEBHOOK_CERT_SECRET } },
            { configMap: { defaultMode: 420, name: str(`${ctx.release}-manager-config`) }, name: 'manager-config' },
          ],
        },
      },
    },
  };
  return templateObject('deployment.yaml', obj);
}

// ---- mutatingwebhookconfiguration.yaml and validatingwebhookconfiguration.yaml

type Operation = 'CREATE' | 'UPDATE' | 'DELETE';

/** kubernetes-types leaves out the fields RuleWithOperations embeds from Rule. */
type AdmissionRule = RuleWithOperations & { resources: string[] };

/** One admission webhook served by the manager behind the webhook Service. */
function webhook(ctx: Ctx, name: string, path: string, apiGroup: string, resource: string, operations: Operation[]): MutatingWebhook & ValidatingWebhook {
  const admissionRule: AdmissionRule = { apiGroups: [apiGroup], apiVersions: ['v1'], operations: [...operations], resources: [resource] };
  return {
    admissionReviewVersions: ['v1', 'v1beta1'],
    clientConfig: { service: { name: str(`${ctx.release}-webhook-service`), namespace: str(ctx.namespace), path } },
    failurePolicy: 'Fail',
    name,
    rules: [admissionRule],
    sideEffects: 'None',
  };
}

/** cert-manager's CA injector copies the serving certificate's CA into the configuration. */
const injectCa = (ctx: Ctx) => ({ 'cert-manager.io/inject-ca-from': str(`${ctx.namespace}/${ctx.release}-serving-cert`) });

function mutatingWebhooks(ctx: Ctx): RenderedObject {
  const stagingSite = (name: string, path: string) => webhook(ctx, name, path, SITE_GROUP, 'stagingsites', ['CREATE', 'UPDATE']);
  const obj: MutatingWebhookConfiguration = {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'MutatingWebhookConfiguration',
    metadata: { annotations: injectCa(ctx), name: str(`${ctx.release}-mutating-webhook-configuration`) },
    webhooks: [
      stagingSite('mstagingsite.kb.io', '/mutate-site-operator-kube-stager-io-v1-stagingsite'),
      stagingSite('stagingsite-handler.operator.kube-stager.io', '/mutate-site-operator-kube-stager-io-v1-stagingsite-advanced'),
      webhook(ctx, 'backup-handler.operator.kube-stager.io', '/mutate-job-operator-kube-stager-io-v1-backup-advanced', JOB_GROUP, 'backups', [
        'CREATE',
        'UPDATE',
      ]),
    ],
  };
  return templateObject('mutatingwebhookconfiguration.yaml', obj);
}

/** The validating configuration's name and labels are fixed in the chart, not derived from the release. */
const VALIDATING_NAME = 'kube-stager-validating-webhook-configuration';
const VALIDATING_LABELS: Labels = {
  'app.kubernetes.io/component': 'webhook',
  'app.kubernetes.io/created-by': 'kube-stager-test',
  'app.kubernetes.io/instance': 'validating-webhook-configuration',
  'app.kubernetes.io/managed-by': 'kustomize',
  'app.kubernetes.io/name': 'validatingwebhookconfiguration',
  'app.kubernetes.io/part-of': 'kube-stager-test',
};

function validatingWebhooks(ctx: Ctx): RenderedObject {
  const deletion = (kind: string) =>
    webhook(ctx, `${kind}-delete-handler.operator.kube-stager.io`, `/validate-config-operator-kube-stager-io-v1-${kind}-deletion`, CONFIG_GROUP, `${kind}s`, [
      'DELETE',
    ]);
  const obj: ValidatingWebhookConfiguration = {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    metadata: { annotations: injectCa(ctx), labels: { ...VALIDATING_LABELS }, name: VALIDATING_NAME },
    webhooks: [
      webhook(ctx, 'serviceconfig-handler.operator.kube-stager.io', '/validate-config-operator-kube-stager-io-v1-serviceconfig', CONFIG_GROUP, 'serviceconfigs', [
        'CREATE',
        'UPDATE',
      ]),
      deletion('serviceconfig'),
      deletion('mongoconfig'),
      deletion('mysqlconfig'),
      deletion('redisconfig'),
    ],
  };
  return templateObject('validatingwebhookconfiguration.yaml', obj);
}

// ---- poddisruptionbudget.yaml

function podDisruptionBudget(ctx: Ctx): RenderedObject {
  const obj: PodDisruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: str(`${ctx.release}-controller-manager`), namespace: str(ctx.namespace) },
    spec: {
      minAvailable: plain(ctx.at('deployment.podDisruptionBudget.minAvailable')) as number | string,
      selector: { matchLabels: withRangedLabels(ctx.at('deployment.podLabels')) },
    },
  };
  return templateObject('poddisruptionbudget.yaml', obj);
}

// ---- service-metrics.yaml, service-webhook.yaml

function service(ctx: Ctx, name: string, ports: ServicePort[]): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      labels: withRangedLabels(ctx.at('service.labels')),
      annotations: yamlInsert(ctx.at('service.annotations')),
      name: str(name),
      namespace: str(ctx.namespace),
    },
    spec: { ports, selector: { ...CONTROL_PLANE } },
  };
}

function metricsService(ctx: Ctx): RenderedObject {
  const ports: ServicePort[] = [{ name: 'https', port: PROXY_PORT, protocol: 'TCP', targetPort: 'https' }];
  return templateObject('service-metrics.yaml', service(ctx, `${ctx.release}-controller-manager-metrics-service`, ports));
}

/** The webhook Service targets 9443 whatever config.webhook.port says. */
export const WEBHOOK_TARGET_PORT = 9443;

function webhookService(ctx: Ctx): RenderedObject {
  const ports: ServicePort[] = [{ name: 'webhook-server', port: 443, protocol: 'TCP', targetPort: WEBHOOK_TARGET_PORT }];
  return templateObject('service-webhook.yaml', service(ctx, `${ctx.release}-webhook-service`, ports));
}

// ---- serviceaccount.yaml and servicemonitor.yaml

function serviceAccount(ctx: Ctx): RenderedObject {
  const obj: ServiceAccount = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: serviceAccountName(ctx),
      namespace: str(ctx.namespace),
      labels: yamlInsert(ctx.at('rbac.serviceAccount.labels')),
      annotations: yamlInsert(ctx.at('rbac.serviceAccount.annotations')),
    },
  };
  return templateObject('serviceaccount.yaml', obj);
}

/** prometheus-operator's ServiceMonitor, only the fields this chart writes. */
interface ServiceMonitor {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'ServiceMonitor';
  metadata: ObjectMeta;
  spec: { endpoints: Record<string, unknown>[]; selector: { matchLabels: Labels } };
}

function serviceMonitor(ctx: Ctx): RenderedObject {
  const at = (p: string) => ctx.at(`monitoring.serviceMonitor.${p}`);
  const obj: ServiceMonitor = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name: str(`${ctx.release}-controller-manager-metrics`), namespace: str(ctx.namespace), labels: { ...CONTROL_PLANE } },
    spec: {
      endpoints: [
        {
          path: '/metrics',
          port: 'https',
          scheme: 'https',
          interval: plain(at('interval')),
          scrapeTimeout: plain(at('scrapeTimeout')),
          // kube-rbac-proxy lets the scraper in with its own ServiceAccount token.
          bearerTokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
          tlsConfig: { insecureSkipVerify: plain(at('insecureSkipVerify')) },
        },
      ],
      selector: { matchLabels: { ...CONTROL_PLANE } },
    },
  };
  return templateObject('servicemonitor.yaml', obj);
}

/**
 * Renders the chart for merged values (defaults + user), or throws where the chart would `fail`.
 * Objects come in the order of the chart's template files, which is the order helm feeds its stable
 * sort by kind (core sortForInstall).
 */
export function render(values: KubeStagerValues, release: Release): RenderedObject[] {
  const ctx: Ctx = { at: (path) => getAt(values, path), release: release.name, namespace: release.namespace };
  refuseBrokenValues(ctx);
  const on = (path: string) => truthy(ctx.at(path));
  const rbac = on('rbac.create');
  return [
    certificate(ctx),
    issuer(ctx),
    ...(rbac ? clusterRoles(ctx) : []),
    ...(rbac ? clusterRoleBindings(ctx) : []),
    configMap(ctx),
    deployment(ctx),
    mutatingWebhooks(ctx),
    ...(on('deployment.podDisruptionBudget.enabled') ? [podDisruptionBudget(ctx)] : []),
    ...(rbac ? [leaderElectionRole(ctx), leaderElectionRoleBinding(ctx)] : []),
    metricsService(ctx),
    webhookService(ctx),
    ...(rbac ? [serviceAccount(ctx)] : []),
    ...(on('monitoring.enabled') ? [serviceMonitor(ctx)] : []),
    validatingWebhooks(ctx),
  ];
}
