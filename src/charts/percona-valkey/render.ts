// Percona Valkey's manifests as chart 0.1.0 renders them, built as typed Kubernetes objects.
// Each function mirrors one template file. Values are read loosely (helm does not check types) and
// go through the helpers in core/goTemplate.ts, so prints, `with` blocks and `toYaml` inserts give
// the data helm's text gives. Key order follows the templates; `toYaml` blocks are go-yaml ordered.
// The hook pods run scripts of our own (scripts.ts); everything else matches the chart's objects.
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { Job } from 'kubernetes-types/batch/v1';
import type {
  ConfigMap,
  Container,
  ContainerPort,
  EnvVar,
  Pod,
  PodSpec,
  Probe,
  Secret,
  Service,
  ServicePort,
  Volume,
  VolumeMount,
} from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import {
  b64enc, goString, indentText, nullIfEmpty, plain, plainNumber as num, plainString as str, quoted, truthy, withYaml, withYamlMap, yamlInsert,
} from '../../core/goTemplate';
import { helmContext, helmMetadata, helmServiceAccount, serviceAccountName, templateObject, type ChartIdentity, type HelmContext } from '../../core/helmContext';
import { sha256Hex } from '../../core/sha256';
import { GENERATED_PLACEHOLDER, type Release, type RenderedObject, type Values } from '../../core/types';
import { meta } from './meta';
import { clusterInitScript, clusterScaleScript, connectionTestScript, type ClusterScriptParams } from './scripts';
import type { PerconaValkeyValues } from './schema';

export const CHART: ChartIdentity = { name: meta.chartName, version: meta.version, appVersion: meta.appVersion };

/** Note on the Secret when helm would generate the password (README, Known Limitations 6). */
export const GENERATED_PASSWORD_NOTE =
  'auth.password is empty: helm generates a random 16-character password at install (and a new one on every `helm template`), so this value is a placeholder. Set auth.password or auth.existingSecret for a fixed one.';

/** Go's `int` on a value read from YAML (helm reads numbers as float64): truncates; non-numbers give 0. */
function goInt(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^[-+]?\d+$/.test(v.trim()) ? Number(v) : 0;
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

/** The standard helper context plus the switches most templates read. */
interface Ctx extends HelmContext {
  cluster: boolean;
  hardened: boolean;
  auth: boolean;
}

function makeCtx(values: Values, release: Release): Ctx {
  const ctx = helmContext(CHART, values, release);
  return { ...ctx, cluster: ctx.at('mode') === 'cluster', hardened: ctx.at('image.variant') === 'hardened', auth: truthy(ctx.at('auth.enabled')) };
}

// ---- _helpers.tpl

function image(ctx: Ctx): string {
  const tag = ctx.at('image.tag');
  const resolved = truthy(tag) ? goString(tag) : ctx.hardened ? `${CHART.appVersion}-hardened` : CHART.appVersion;
  return `${goString(ctx.at('image.repository'))}:${resolved}`;
}

/** The image for the jobs and the test pod: always the rpm one, which has a shell. */
function rpmImage(ctx: Ctx): string {
  return `${goString(ctx.at('image.repository'))}:${CHART.appVersion}`;
}

function secretName(ctx: Ctx): string {
  const existing = ctx.at('auth.existingSecret');
  return truthy(existing) ? goString(existing) : ctx.fullname;
}

/** The VALKEY_PASSWORD variable every container gets when auth is on. */
function passwordEnv(ctx: Ctx): EnvVar[] {
  if (!ctx.auth) return [];
  return [{ name: 'VALKEY_PASSWORD', valueFrom: { secretKeyRef: { name: str(secretName(ctx)), key: 'valkey-password' } } }];
}

// ---- configmap.yaml

/** valkey.conf lines as the template prints them (before the YAML block is read). */
function valkeyConfLines(ctx: Ctx): string[] {
  const at = ctx.at;
  const lines = ['protected-mode no', 'port 6379', 'dir /data'];
  if (truthy(at('config.bind'))) lines.push(`bind ${goString(at('config.bind'))}`);
  if (truthy(at('config.maxmemory'))) lines.push(`maxmemory ${goString(at('config.maxmemory'))}`);
  if (truthy(at('config.maxmemoryPolicy'))) lines.push(`maxmemory-policy ${goString(at('config.maxmemoryPolicy'))}`);
  lines.push('# RDB persistence', 'save 3600 1 300 100 60 10000', 'dbfilename dump.rdb');
  lines.push('# AOF persistence', 'appendonly yes', 'appendfilename "appendonly.aof"');
  if (ctx.cluster) {
    lines.push('# Cluster settings', 'cluster-enabled yes', 'cluster-config-file /data/nodes.conf');
    lines.push(`cluster-node-timeout ${goString(at('cluster.nodeTimeout'))}`);
  }
  if (truthy(at('config.customConfig'))) {
    // `{{ customConfig | nindent 4 }}` on its own indented line: an empty line, then every line
    // of the custom text (a trailing newline gives one more, empty, line).
    lines.push('# Custom configuration', '', ...goString(at('config.customConfig')).split('\n'));
  }
  return lines;
}

/** The ConfigMap's text as the template prints it; the pod annotation is its sha256. */
function configMapText(ctx: Ctx): string {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${ctx.fullname}`,
    `  namespace: ${ctx.namespace}`,
    '  labels:',
    indentText(ctx.labelsText, 4),
    'data:',
    '  valkey.conf: |',
    indentText(valkeyConfLines(ctx).join('\n'), 4),
    '',
  ].join('\n');
}

/**
 * What YAML reads from the `valkey.conf: |` block: the lines without the block indentation,
 * trailing empty lines dropped, one final newline (clip chomping).
 */
function valkeyConf(ctx: Ctx): string {
  const lines = valkeyConfLines(ctx);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

function configMap(ctx: Ctx): RenderedObject {
  const cm: ConfigMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: helmMetadata(ctx, ctx.fullname), data: { 'valkey.conf': valkeyConf(ctx) } };
  return templateObject('configmap.yaml', cm);
}

// ---- secret.yaml

function secret(ctx: Ctx): RenderedObject {
  const password = ctx.at('auth.password');
  const generated = !truthy(password);
  const obj: Secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: helmMetadata(ctx, ctx.fullname),
    type: 'Opaque',
    data: { 'valkey-password': generated ? GENERATED_PLACEHOLDER : b64enc(goString(password)) },
  };
  return templateObject('secret.yaml', obj, generated ? { note: GENERATED_PASSWORD_NOTE } : {});
}

// ---- serviceaccount.yaml: helmServiceAccount (core/helmContext)

// ---- service.yaml and service-headless.yaml

function clientService(ctx: Ctx): RenderedObject {
  const obj: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: helmMetadata(ctx, ctx.fullname, withYaml('annotations', ctx.at('service.annotations'))),
    spec: {
      type: str(ctx.at('service.type')),
      ports: [{ name: 'valkey', port: num(ctx.at('service.port')), targetPort: 'valkey', protocol: 'TCP' }],
      selector: { ...ctx.selectorLabels },
    },
  };
  return templateObject('service.yaml', obj);
}

function headlessService(ctx: Ctx): RenderedObject {
  const ports: ServicePort[] = [{ name: 'valkey', port: num(ctx.at('service.port')), targetPort: 'valkey' }];
  if (ctx.cluster) ports.push({ name: 'cluster-bus', port: num(ctx.at('cluster.busPort')), targetPort: 'cluster-bus' });
  const obj: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: helmMetadata(ctx, `${ctx.fullname}-headless`),
    spec: { type: 'ClusterIP', clusterIP: 'None', publishNotReadyAddresses: true, ports, selector: { ...ctx.selectorLabels } },
  };
  return templateObject('service-headless.yaml', obj);
}

// ---- pdb.yaml

function pdb(ctx: Ctx): RenderedObject {
  const min = ctx.at('pdb.minAvailable');
  const obj: PodDisruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: helmMetadata(ctx, ctx.fullname),
    spec: {
      // minAvailable wins when set; otherwise maxUnavailable is always written.
      ...(truthy(min) ? { minAvailable: plain(min) as number | string } : { maxUnavailable: plain(ctx.at('pdb.maxUnavailable')) as number | string }),
      selector: { matchLabels: { ...ctx.selectorLabels } },
    },
  };
  return templateObject('pdb.yaml', obj);
}

// ---- statefulset.yaml

const PING = 'ping | grep -q PONG';
const CLUSTER_OK = 'cluster info | grep -q "cluster_state:ok"';

/** `valkey-cli [-a "$VALKEY_PASSWORD"] <check>` as the probe's `sh -c` block prints it. */
function cliCheck(ctx: Ctx, check: string): string {
  return `valkey-cli ${ctx.auth ? '-a "$VALKEY_PASSWORD" ' : ''}${check}\n`;
}

function probe(ctx: Ctx, key: string, check: string, withSuccessThreshold: boolean): Probe {
  const at = (p: string) => ctx.at(`${key}.${p}`);
  return {
    exec: { command: ['sh', '-c', cliCheck(ctx, check)] },
    initialDelaySeconds: num(at('initialDelaySeconds')),
    periodSeconds: num(at('periodSeconds')),
    timeoutSeconds: num(at('timeoutSeconds')),
    failureThreshold: num(at('failureThreshold')),
    ...(withSuccessThreshold ? { successThreshold: num(at('successThreshold')) } : {}),
  };
}

function valkeyEnv(ctx: Ctx): EnvVar[] {
  const at = ctx.at;
  const env = passwordEnv(ctx);
  if (truthy(at('config.maxmemory'))) env.push({ name: 'VALKEY_MAXMEMORY', value: quoted(at('config.maxmemory')) as string });
  if (truthy(at('config.bind'))) env.push({ name: 'VALKEY_BIND', value: quoted(at('config.bind')) as string });
  if (ctx.cluster) {
    env.push({ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });
    // Printed inside a double-quoted YAML string: pods announce their own IP to the cluster.
    env.push({ name: 'VALKEY_EXTRA_FLAGS', value: `${goString(at('config.extraFlags'))} --cluster-announce-ip $(POD_IP)` });
  } else if (truthy(at('config.extraFlags'))) {
    env.push({ name: 'VALKEY_EXTRA_FLAGS', value: quoted(at('config.extraFlags')) as string });
  }
  return env;
}

const HARDENED_SECURITY_CONTEXT = {
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
};

function valkeyContainer(ctx: Ctx): Container {
  const at = ctx.at;
  const ports: ContainerPort[] = [{ name: 'valkey', containerPort: 6379, protocol: 'TCP' }];
  if (ctx.cluster) ports.push({ name: 'cluster-bus', containerPort: num(at('cluster.busPort')), protocol: 'TCP' });
  const mounts: VolumeMount[] = [
    { name: 'data', mountPath: '/data' },
    { name: 'config', mountPath: '/etc/valkey' },
  ];
  if (ctx.hardened) mounts.push({ name: 'tmp', mountPath: '/tmp' }, { name: 'run', mountPath: '/run/valkey' });
  return {
    name: 'valkey',
    image: str(image(ctx)),
    imagePullPolicy: str(at('image.pullPolicy')),
    securityContext: ctx.hardened ? structuredClone(HARDENED_SECURITY_CONTEXT) : yamlInsert(at('containerSecurityContext')),
    ports,
    args: ['/etc/valkey/valkey.conf'],
    env: nullIfEmpty(valkeyEnv(ctx)),
    ...(truthy(at('livenessProbe.enabled')) ? { livenessProbe: probe(ctx, 'livenessProbe', PING, true) } : {}),
    // Cluster pods are ready only once the cluster is formed and healthy.
    ...(truthy(at('readinessProbe.enabled')) ? { readinessProbe: probe(ctx, 'readinessProbe', ctx.cluster ? CLUSTER_OK : PING, true) } : {}),
    ...(truthy(at('startupProbe.enabled')) ? { startupProbe: probe(ctx, 'startupProbe', PING, false) } : {}),
    ...withYaml('resources', at('resources')),
    volumeMounts: mounts,
  };
}

function podVolumes(ctx: Ctx): Volume[] {
  const volumes: Volume[] = [{ name: 'config', configMap: { name: str(ctx.fullname) } }];
  if (ctx.hardened) volumes.push({ name: 'tmp', emptyDir: { medium: 'Memory' } }, { name: 'run', emptyDir: { medium: 'Memory' } });
  if (!truthy(ctx.at('persistence.enabled'))) volumes.push({ name: 'data', emptyDir: {} });
  return volumes;
}

function replicaCount(ctx: Ctx): unknown {
  return ctx.cluster ? ctx.at('cluster.replicas') : ctx.at('standalone.replicas');
}

function podManagementPolicy(ctx: Ctx): string {
  const set = ctx.at('statefulset.podManagementPolicy');
  if (truthy(set)) return goString(set);
  return ctx.cluster ? 'Parallel' : 'OrderedReady';
}

function statefulSet(ctx: Ctx): RenderedObject {
  const at = ctx.at;
  const persistent = truthy(at('persistence.enabled'));
  const spec: PodSpec = {
    serviceAccountName: str(serviceAccountName(ctx)),
    ...withYaml('imagePullSecrets', at('image.pullSecrets')),
    securityContext: yamlInsert(at('securityContext')),
    ...withYaml('nodeSelector', at('nodeSelector')),
    ...withYaml('affinity', at('affinity')),
    ...withYaml('tolerations', at('tolerations')),
    containers: [valkeyContainer(ctx)],
    volumes: podVolumes(ctx),
  };
  const sts: StatefulSet = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: helmMetadata(ctx, ctx.fullname, withYaml('annotations', at('statefulset.annotations'))),
    spec: {
      replicas: num(replicaCount(ctx)),
      serviceName: str(`${ctx.fullname}-headless`),
      podManagementPolicy: str(podManagementPolicy(ctx)),
      ...withYaml('updateStrategy', at('statefulset.updateStrategy')),
      selector: { matchLabels: { ...ctx.selectorLabels } },
      template: {
        metadata: {
          annotations: { 'checksum/config': sha256Hex(configMapText(ctx)), ...withYamlMap(at('podAnnotations')) },
          labels: { ...ctx.selectorLabels, ...withYamlMap(at('podLabels')), ...withYamlMap(at('statefulset.labels')) },
        },
        spec,
      },
      ...(persistent
        ? {
            volumeClaimTemplates: [
              {
                metadata: { name: 'data', ...withYaml('annotations', at('persistence.annotations')) },
                spec: {
                  accessModes: yamlInsert(at('persistence.accessModes')),
                  ...(truthy(at('persistence.storageClass')) ? { storageClassName: quoted(at('persistence.storageClass')) as string } : {}),
                  resources: { requests: { storage: str(at('persistence.size')) } },
                },
              },
            ],
          }
        : {}),
    },
  };
  return templateObject('statefulset.yaml', sts);
}

// ---- hook pods: tests/test-connection.yaml, cluster-init-job.yaml, cluster-scale-job.yaml

/** The container shared by the hook pods: rpm image, the user's container security context. */
function hookContainer(ctx: Ctx, name: string, script: string): Container {
  return {
    name,
    image: str(rpmImage(ctx)),
    imagePullPolicy: str(ctx.at('image.pullPolicy')),
    securityContext: yamlInsert(ctx.at('containerSecurityContext')),
    env: nullIfEmpty(passwordEnv(ctx)),
    command: ['sh', '-c', script],
  };
}

const HOOK_DELETE_POLICY = 'before-hook-creation,hook-succeeded';

function testPod(ctx: Ctx): RenderedObject {
  const at = ctx.at;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: helmMetadata(ctx, `${ctx.fullname}-test-connection`, {
      annotations: { 'helm.sh/hook': 'test', 'helm.sh/hook-delete-policy': HOOK_DELETE_POLICY },
    }),
    spec: {
      serviceAccountName: str(serviceAccountName(ctx)),
      ...withYaml('imagePullSecrets', at('image.pullSecrets')),
      securityContext: yamlInsert(at('securityContext')),
      containers: [hookContainer(ctx, 'test', connectionTestScript({ host: ctx.fullname, port: goInt(at('service.port')), auth: ctx.auth }))],
      restartPolicy: 'Never',
    },
  };
  return templateObject('tests/test-connection.yaml', pod, { hook: true });
}

function clusterParams(ctx: Ctx): ClusterScriptParams {
  return {
    fullname: ctx.fullname,
    namespace: ctx.namespace,
    port: goInt(ctx.at('service.port')),
    replicas: goInt(ctx.at('cluster.replicas')),
    replicasPerPrimary: goInt(ctx.at('cluster.replicasPerPrimary')),
    nodeTimeoutMs: goInt(ctx.at('cluster.nodeTimeout')),
    auth: ctx.auth,
  };
}

function clusterJob(ctx: Ctx, component: 'cluster-init' | 'cluster-scale'): RenderedObject {
  const at = ctx.at;
  const init = component === 'cluster-init';
  const script = init ? clusterInitScript(clusterParams(ctx)) : clusterScaleScript(clusterParams(ctx));
  const job: Job = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: helmMetadata(ctx, `${ctx.fullname}-${component}`, {
      annotations: {
        'helm.sh/hook': init ? 'post-install' : 'post-upgrade',
        'helm.sh/hook-weight': '5',
        'helm.sh/hook-delete-policy': HOOK_DELETE_POLICY,
      },
    }),
    spec: {
      backoffLimit: init ? 6 : 3,
      template: {
        metadata: { labels: { ...ctx.selectorLabels, 'app.kubernetes.io/component': component } },
        spec: {
          serviceAccountName: str(serviceAccountName(ctx)),
          ...withYaml('imagePullSecrets', at('image.pullSecrets')),
          securityContext: yamlInsert(at('securityContext')),
          restartPolicy: 'OnFailure',
          containers: [hookContainer(ctx, component, script)],
        },
      },
    },
  };
  return templateObject(`${component}-job.yaml`, job, { hook: true });
}

/**
 * Renders the chart for merged values (defaults + user). Objects come in the order of the chart's
 * template paths; core/render sorts them as helm prints them (hooks last).
 */
export function render(values: PerconaValkeyValues, release: Release): RenderedObject[] {
  const ctx = makeCtx(values, release);
  const out: RenderedObject[] = [];
  if (ctx.cluster) out.push(clusterJob(ctx, 'cluster-init'), clusterJob(ctx, 'cluster-scale'));
  out.push(configMap(ctx));
  if (truthy(ctx.at('pdb.enabled')) && ctx.cluster) out.push(pdb(ctx));
  if (ctx.auth && !truthy(ctx.at('auth.existingSecret'))) out.push(secret(ctx));
  out.push(headlessService(ctx), clientService(ctx));
  if (truthy(ctx.at('serviceAccount.create'))) out.push(helmServiceAccount(ctx));
  out.push(statefulSet(ctx), testPod(ctx));
  return out;
}
