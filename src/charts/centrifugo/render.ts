// Centrifugo's manifests as chart 13.0.0 renders them, built as typed Kubernetes objects.
// Each function mirrors one template file; values are read loosely (helm does not check types) and
// pass through the helpers in goTemplate.ts so prints, `with` blocks and `toYaml` inserts give the
// same data helm's text gives. Key order follows the templates; `toYaml` blocks are go-yaml ordered.
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler, MetricSpec } from 'kubernetes-types/autoscaling/v2';
import type { Job } from 'kubernetes-types/batch/v1';
import type {
  ConfigMap,
  Container,
  EnvFromSource,
  EnvVar,
  PodSpec,
  Probe,
  Service,
  ServicePort,
  Volume,
  VolumeMount,
} from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Ingress, IngressRule, IngressTLS } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { sha256Hex } from '../../core/sha256';
import type { Release, RenderedObject, Values } from '../../core/types';
import { getAt } from '../../core/values';
import {
  field, goString, indentText, nullIfEmpty, plain, plainNumber as num, plainString as str, quoted, rangeEntries, rangeItems, toJson, toYamlBlock,
  truthy, withYaml, withYamlMap, yamlInsert,
} from '../../core/goTemplate';
import { helmContext, helmMetadata, helmServiceAccount, serviceAccountName, templateObject, type ChartIdentity, type HelmContext, type Labels } from '../../core/helmContext';
import { meta } from './meta';
import { hostCheckScript } from './hostCheckScript';
import type { CentrifugoValues } from './schema';

export const CHART: ChartIdentity = { name: meta.chartName, version: meta.version, appVersion: meta.appVersion };

type Ctx = HelmContext;

function makeCtx(values: Values, release: Release): Ctx {
  const namespace = truthy(getAt(values, 'namespaceOverride')) ? goString(getAt(values, 'namespaceOverride')) : release.namespace;
  return helmContext(CHART, values, release, {
    namespace,
    extraLabels: { 'app.kubernetes.io/part-of': 'centrifugo', 'app.kubernetes.io/component': 'server' },
  });
}

// ---- configmap.yaml

function configJson(ctx: Ctx): string {
  return toJson(ctx.at('config'));
}

/** The ConfigMap's text as the template prints it; the pod annotation is its sha256. */
function configMapText(ctx: Ctx): string {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${ctx.fullname}-config`,
    `  namespace: ${ctx.namespace}`,
    '  labels:',
    indentText(ctx.labelsText, 4),
    'data:',
    '  config.json: |-',
    indentText(configJson(ctx), 4),
    '',
  ].join('\n');
}

function configMap(ctx: Ctx): RenderedObject {
  const cm: ConfigMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: helmMetadata(ctx, `${ctx.fullname}-config`),
    data: { 'config.json': configJson(ctx) },
  };
  return templateObject('configmap.yaml', cm);
}

// ---- deployment.yaml

function image(ctx: Ctx): string {
  const tagValue = ctx.at('image.tag');
  const tag = truthy(tagValue) ? goString(tagValue) : `v${CHART.appVersion}`;
  const globalRegistry = field(ctx.at('global'), 'imageRegistry');
  const registry = truthy(globalRegistry) ? globalRegistry : ctx.at('image.registry');
  return `${goString(registry)}/${goString(ctx.at('image.repository'))}:${tag}`;
}

function imagePullSecrets(ctx: Ctx): Pick<PodSpec, 'imagePullSecrets'> {
  const globalSecrets = field(ctx.at('global'), 'imagePullSecrets');
  const local = ctx.at('imagePullSecrets');
  const chosen = truthy(globalSecrets) ? globalSecrets : truthy(local) ? local : undefined;
  if (chosen === undefined) return {};
  return { imagePullSecrets: rangeItems(chosen).map((s) => ({ name: str(s) })) };
}

function defaultProbe(ctx: Ctx, initialDelaySeconds: number): Probe {
  return {
    httpGet: { path: '/health', port: num(ctx.at('servers.internal.port')), scheme: str(ctx.at('servers.internal.scheme')) },
    initialDelaySeconds,
    periodSeconds: 10,
  };
}

function envVars(ctx: Ctx): Pick<Container, 'env'> {
  const env = ctx.at('env');
  const envSecret = ctx.at('envSecret');
  if (!truthy(env) && !truthy(envSecret)) return {};
  const plainVars: EnvVar[] = rangeEntries(env).map(([key, value]) => ({ name: str(key), value: quoted(value) as string }));
  const secretVars: EnvVar[] = rangeItems(envSecret).map((item) => ({
    name: str(field(item, 'name')),
    valueFrom: { secretKeyRef: yamlInsert(field(item, 'secretKeyRef')) },
  }));
  return { env: [...plainVars, ...secretVars] };
}

function envFrom(ctx: Ctx): Pick<Container, 'envFrom'> {
  const existingSecret = ctx.at('existingSecret');
  const extra = ctx.at('envFrom');
  if (!truthy(existingSecret) && !truthy(extra)) return {};
  const sources: EnvFromSource[] = [];
  if (truthy(existingSecret)) sources.push({ secretRef: { name: str(existingSecret) } });
  if (truthy(extra)) sources.push(...yamlInsert<EnvFromSource[]>(extra));
  return { envFrom: sources };
}

function serverContainer(ctx: Ctx): Container {
  const at = ctx.at;
  const port = (server: string) => at(`servers.${server}.port`);
  const mounts: VolumeMount[] = [{ name: `${ctx.fullname}-config`, mountPath: '/centrifugo', readOnly: true }];
  if (truthy(at('volumeMounts'))) mounts.push(...yamlInsert<VolumeMount[]>(at('volumeMounts')));
  return {
    name: CHART.name,
    securityContext: yamlInsert(at('securityContext')),
    image: str(image(ctx)),
    imagePullPolicy: str(at('image.pullPolicy')),
    ...(truthy(at('terminationMessagePolicy')) ? { terminationMessagePolicy: str(at('terminationMessagePolicy')) } : {}),
    command: ['centrifugo'],
    args: [
      '--health.enabled',
      '--prometheus.enabled',
      '--http_server.port',
      goString(port('external')),
      '--http_server.internal_port',
      goString(port('internal')),
      '--grpc_api.port',
      goString(port('grpc')),
      '--uni_grpc.port',
      goString(port('uniGrpc')),
    ],
    ...envFrom(ctx),
    ...envVars(ctx),
    volumeMounts: mounts,
    ports: [
      { name: 'external', containerPort: num(port('external')) },
      { name: 'internal', containerPort: num(port('internal')) },
      { name: 'grpc', containerPort: num(port('grpc')) },
      { name: 'uni-grpc', containerPort: num(port('uniGrpc')) },
    ],
    livenessProbe: truthy(at('livenessProbe')) ? yamlInsert(at('livenessProbe')) : defaultProbe(ctx, 30),
    readinessProbe: truthy(at('readinessProbe')) ? yamlInsert(at('readinessProbe')) : defaultProbe(ctx, 3),
    ...withYaml('startupProbe', at('startupProbe')),
    resources: yamlInsert(at('resources')),
    ...withYaml('lifecycle', at('lifecycle')),
  };
}

function podSpec(ctx: Ctx): PodSpec {
  const at = ctx.at;
  const volumes: Volume[] = [{ name: str(`${ctx.fullname}-config`), configMap: { name: str(`${ctx.fullname}-config`) } }];
  if (truthy(at('volumes'))) volumes.push(...yamlInsert<Volume[]>(at('volumes')));
  const containers: Container[] = [serverContainer(ctx)];
  if (truthy(at('extraContainers'))) containers.push(...yamlInsert<Container[]>(at('extraContainers')));
  // `{{- if X }} key: {{ X }}`: written only when truthy.
  const ifSet = (key: keyof PodSpec, v: unknown, print: (x: unknown) => unknown = plain): Partial<PodSpec> =>
    truthy(v) ? { [key]: print(v) } : {};
  return {
    ...withYaml('topologySpreadConstraints', at('topologySpreadConstraints')),
    ...ifSet('priorityClassName', at('priorityClassName'), quoted),
    ...imagePullSecrets(ctx),
    serviceAccountName: str(serviceAccountName(ctx)),
    securityContext: yamlInsert(at('podSecurityContext')),
    terminationGracePeriodSeconds: num(at('terminationGracePeriodSeconds')),
    ...withYaml('hostAliases', at('hostAliases')),
    ...ifSet('runtimeClassName', at('runtimeClassName')),
    ...ifSet('schedulerName', at('schedulerName')),
    // `hasKey`: any value the user set, even false, is written.
    ...(Object.hasOwn(ctx.values, 'enableServiceLinks') ? { enableServiceLinks: plain(at('enableServiceLinks')) as boolean } : {}),
    ...ifSet('shareProcessNamespace', at('shareProcessNamespace'), plain),
    ...withYaml('overhead', at('overhead')),
    volumes,
    ...withYaml('initContainers', at('initContainers')),
    containers,
    ...withYaml('nodeSelector', at('nodeSelector')),
    ...withYaml('affinity', at('affinity')),
    ...withYaml('tolerations', at('tolerations')),
    ...ifSet('dnsPolicy', at('dnsPolicy')),
    ...withYaml('dnsConfig', at('dnsConfig')),
  };
}

function deployment(ctx: Ctx): RenderedObject {
  const at = ctx.at;
  const dep: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: helmMetadata(ctx, ctx.fullname, withYaml('annotations', at('annotations'))),
    spec: {
      ...(truthy(at('autoscaling.enabled')) ? {} : { replicas: num(at('replicaCount')) }),
      ...(truthy(at('revisionHistoryLimit')) ? { revisionHistoryLimit: num(at('revisionHistoryLimit')) } : {}),
      selector: { matchLabels: { ...ctx.selectorLabels } },
      ...withYaml('strategy', at('deploymentStrategy')),
      template: {
        metadata: {
          annotations: { 'checksum/config': sha256Hex(configMapText(ctx)), ...withYamlMap(at('podAnnotations')) },
          labels: { ...ctx.selectorLabels, ...withYamlMap(at('podLabels')) },
        },
        spec: podSpec(ctx),
      },
    },
  };
  return templateObject('deployment.yaml', dep);
}

// ---- hooks/dns-check.yaml

function hostCheckJob(ctx: Ctx): RenderedObject {
  const at = ctx.at;
  const annotations = truthy(at('hostCheck.annotations')) ? yamlInsert<Labels>(at('hostCheck.annotations')) : null;
  const labels = { ...ctx.labels, tier: 'host-check' };
  const env: EnvVar[] = [{ name: 'REMOTE_HOST', value: goString(at('hostCheck.remoteHost')) }];
  if (truthy(at('hostCheck.customDns'))) env.push({ name: 'CUSTOM_DNS', value: goString(at('hostCheck.customDns')) });
  const job: Job = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    // The template always opens `annotations:`; with none set it is an empty (null) entry.
    metadata: { ...helmMetadata(ctx, `${ctx.fullname}-host-check`), labels, annotations: annotations as Labels },
    spec: {
      template: {
        metadata: { labels: { ...labels } },
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              name: 'host-checker',
              image: goString(at('hostCheck.image')),
              env,
              command: ['/bin/sh', '-c', hostCheckScript],
              resources: yamlInsert(at('hostCheck.resources')),
            },
          ],
          securityContext: yamlInsert(at('podSecurityContext')),
          activeDeadlineSeconds: 300,
        },
      },
      backoffLimit: 2,
    },
  };
  const isHook = annotations !== null && typeof annotations === 'object' && Object.hasOwn(annotations, 'helm.sh/hook');
  return templateObject('hooks/dns-check.yaml', job, isHook ? { hook: true } : {});
}

// ---- hpa.yaml

function hpa(ctx: Ctx): RenderedObject {
  const at = ctx.at;
  const metrics: MetricSpec[] = truthy(at('autoscaling.customMetrics')) ? [...rangeItems(yamlInsert(at('autoscaling.customMetrics')))] as MetricSpec[] : [];
  const utilization = (name: 'cpu' | 'memory', target: unknown): MetricSpec => ({
    type: 'Resource',
    resource: { name, target: { type: 'Utilization', averageUtilization: num(target) } },
  });
  if (truthy(at('autoscaling.cpu.enabled'))) metrics.push(utilization('cpu', at('autoscaling.cpu.targetCPUUtilizationPercentage')));
  if (truthy(at('autoscaling.memory.enabled'))) {
    metrics.push(utilization('memory', at('autoscaling.memory.targetMemoryUtilizationPercentage')));
  }
  const obj: HorizontalPodAutoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: helmMetadata(ctx, ctx.fullname),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: str(ctx.fullname) },
      minReplicas: num(at('autoscaling.minReplicas')),
      maxReplicas: num(at('autoscaling.maxReplicas')),
      // An empty `metrics:` key reads as null.
      metrics: (metrics.length > 0 ? metrics : null) as MetricSpec[],
      ...withYaml('behavior', at('autoscaling.behavior')),
    },
  };
  return templateObject('hpa.yaml', obj);
}

// ---- ingress.yaml and ingress-internal.yaml

function ingress(ctx: Ctx, key: 'ingress' | 'ingressInternal', name: string, backendName: string, port: unknown): Ingress {
  const at = (p: string) => ctx.at(`${key}.${p}`);
  const tls: IngressTLS[] = rangeItems(at('tls')).map((t) => ({
    hosts: nullIfEmpty(rangeItems(field(t, 'hosts')).map((h) => quoted(h) as string)),
    secretName: str(field(t, 'secretName')),
  }));
  const rules: IngressRule[] = rangeItems(at('hosts')).map((h) => ({
    host: quoted(field(h, 'host')) as string,
    http: {
      paths: nullIfEmpty(
        rangeItems(field(h, 'paths')).map((p) => ({
          path: str(p),
          pathType: str(at('pathType')),
          backend: { service: { name: str(backendName), port: { number: num(port) } } },
        })),
      ),
    },
  }));
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: helmMetadata(ctx, name, withYaml('annotations', at('annotations'))),
    spec: {
      ...(truthy(at('ingressClassName')) ? { ingressClassName: str(at('ingressClassName')) } : {}),
      ...(truthy(at('tls')) ? { tls } : {}),
      rules: nullIfEmpty(rules),
    },
  };
}

function withExtraLabels(obj: Ingress | Service, extra: unknown): void {
  if (obj.metadata) obj.metadata.labels = { ...obj.metadata.labels, ...withYamlMap(extra) };
}

function externalIngress(ctx: Ctx): RenderedObject {
  const obj = ingress(ctx, 'ingress', ctx.fullname, ctx.fullname, ctx.at('service.port'));
  withExtraLabels(obj, ctx.at('ingress.labels'));
  return templateObject('ingress.yaml', obj);
}

function internalIngress(ctx: Ctx): RenderedObject {
  // The chart picks the backend by `serviceInternal.enabled` (a key its values do not define), not
  // by `serviceInternal.useSeparate`; the port is always serviceInternal.port.
  const backend = truthy(ctx.at('serviceInternal.enabled')) ? `${ctx.fullname}-internal` : ctx.fullname;
  const obj = ingress(ctx, 'ingressInternal', `${ctx.fullname}-internal`, backend, ctx.at('serviceInternal.port'));
  withExtraLabels(obj, ctx.at('ingressInternal.labels'));
  return templateObject('ingress-internal.yaml', obj);
}

// ---- poddisruptionbudget.yaml

function pdb(ctx: Ctx): RenderedObject {
  const min = ctx.at('podDisruptionBudget.minAvailable');
  const max = ctx.at('podDisruptionBudget.maxUnavailable');
  const obj: PodDisruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: helmMetadata(ctx, ctx.fullname),
    spec: {
      selector: { matchLabels: { ...ctx.selectorLabels } },
      ...(truthy(min) ? { minAvailable: plain(min) as number | string } : {}),
      ...(truthy(max) ? { maxUnavailable: plain(max) as number | string } : {}),
    },
  };
  return templateObject('poddisruptionbudget.yaml', obj);
}

// ---- service*.yaml

type ServiceKey = 'service' | 'serviceInternal' | 'serviceGrpc' | 'serviceUniGrpc';
const SERVER_OF: Record<ServiceKey, string> = {
  service: 'external',
  serviceInternal: 'internal',
  serviceGrpc: 'grpc',
  serviceUniGrpc: 'uniGrpc',
};
const PORT_NAME: Record<ServiceKey, string> = {
  service: 'external',
  serviceInternal: 'internal',
  serviceGrpc: 'grpc',
  serviceUniGrpc: 'uni-grpc',
};

/**
 * One port entry. `typeOf` is the service whose type decides whether nodePort is written (the main
 * service for ports it carries). The external port and ports of separate services differ only in
 * where `name` sits relative to `appProtocol`, which matters for key order alone.
 */
function servicePort(ctx: Ctx, key: ServiceKey, typeOf: ServiceKey, nameFirst: boolean): ServicePort {
  const at = (p: string) => ctx.at(`${key}.${p}`);
  const appProtocol = truthy(at('appProtocol')) ? { appProtocol: str(at('appProtocol')) } : {};
  const name = { name: PORT_NAME[key] };
  const nodePort = at('nodePort');
  return {
    port: num(at('port')),
    targetPort: num(ctx.at(`servers.${SERVER_OF[key]}.port`)),
    protocol: 'TCP',
    ...(nameFirst ? { ...name, ...appProtocol } : { ...appProtocol, ...name }),
    ...(ctx.at(`${typeOf}.type`) === 'NodePort' && truthy(nodePort) ? { nodePort: num(nodePort) } : {}),
  };
}

function service(ctx: Ctx, key: ServiceKey, name: string, ports: ServicePort[]): Service {
  const at = (p: string) => ctx.at(`${key}.${p}`);
  const obj: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: helmMetadata(ctx, name, withYaml('annotations', at('annotations'))),
    spec: {
      type: str(at('type')),
      ...(at('type') === 'ClusterIP' && truthy(at('clusterIP')) ? { clusterIP: str(at('clusterIP')) } : {}),
      ports,
      selector: { ...ctx.selectorLabels },
    },
  };
  withExtraLabels(obj, at('labels'));
  return obj;
}

function mainService(ctx: Ctx): RenderedObject {
  const ports = [servicePort(ctx, 'service', 'service', true)];
  for (const key of ['serviceInternal', 'serviceGrpc', 'serviceUniGrpc'] as const) {
    if (!truthy(ctx.at(`${key}.useSeparate`))) ports.push(servicePort(ctx, key, 'service', true));
  }
  return templateObject('service.yaml', service(ctx, 'service', ctx.fullname, ports));
}

function separateService(ctx: Ctx, key: Exclude<ServiceKey, 'service'>, suffix: string, template: string): RenderedObject {
  const obj = service(ctx, key, `${ctx.fullname}-${suffix}`, [servicePort(ctx, key, key, false)]);
  return templateObject(template, obj);
}

// ---- servicemonitor.yaml (serviceaccount.yaml is helmServiceAccount of core/helmContext)

/** prometheus-operator's ServiceMonitor, only the fields this chart writes. */
interface ServiceMonitor {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'ServiceMonitor';
  metadata: ObjectMeta;
  spec: {
    endpoints: Record<string, unknown>[];
    selector: { matchLabels: Labels };
    namespaceSelector: { matchNames: string[] };
  };
}

/** `{{ $k }}: {{ $v | quote }}` lines: keys in Go's map order, values as strings. */
function quotedMap(v: unknown): Labels {
  return Object.fromEntries(rangeEntries(v).map(([k, x]) => [k, quoted(x) as string]));
}

function serviceMonitor(ctx: Ctx): RenderedObject {
  const at = (p: string) => ctx.at(`metrics.serviceMonitor.${p}`);
  const optional = (key: string, v: unknown) => (truthy(v) ? { [key]: plain(v) } : {});
  const annotations = truthy(at('annotations')) ? { annotations: quotedMap(at('annotations')) } : {};
  const obj: ServiceMonitor = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: {
      name: str(ctx.fullname),
      namespace: str(truthy(at('namespace')) ? at('namespace') : ctx.namespace),
      labels: { ...ctx.labels, ...quotedMap(at('additionalLabels')) },
      ...annotations,
    },
    spec: {
      endpoints: [
        {
          port: 'internal',
          path: '/metrics',
          ...(ctx.at('servers.internal.scheme') === 'HTTPS' ? { scheme: 'https' } : {}),
          ...optional('interval', at('interval')),
          ...optional('scrapeTimeout', at('scrapeTimeout')),
          ...optional('honorLabels', at('honorLabels')),
          ...(truthy(at('relabellings')) ? { metricRelabelings: toYamlBlock(at('relabellings')) } : {}),
        },
      ],
      selector: { matchLabels: { ...ctx.selectorLabels } },
      namespaceSelector: { matchNames: [str(ctx.namespace)] },
    },
  };
  return templateObject('servicemonitor.yaml', obj);
}

/**
 * Renders the chart for merged values (defaults + user). Objects come in the order of the chart's
 * template paths, which is the order helm feeds its stable sort by kind (core sortForInstall).
 */
export function render(values: CentrifugoValues, release: Release): RenderedObject[] {
  const ctx = makeCtx(values, release);
  const on = (path: string) => truthy(ctx.at(path));
  const out: RenderedObject[] = [configMap(ctx), deployment(ctx)];
  if (on('hostCheck.enabled')) out.push(hostCheckJob(ctx));
  if (on('autoscaling.enabled')) out.push(hpa(ctx));
  if (on('ingressInternal.enabled')) out.push(internalIngress(ctx));
  if (on('ingress.enabled')) out.push(externalIngress(ctx));
  if (on('podDisruptionBudget.enabled')) out.push(pdb(ctx));
  if (on('serviceGrpc.useSeparate')) out.push(separateService(ctx, 'serviceGrpc', 'grpc-api', 'service-grpc-api.yaml'));
  if (on('serviceInternal.useSeparate')) out.push(separateService(ctx, 'serviceInternal', 'internal', 'service-internal.yaml'));
  if (on('serviceUniGrpc.useSeparate')) out.push(separateService(ctx, 'serviceUniGrpc', 'uni-grpc', 'service-uni-grpc.yaml'));
  out.push(mainService(ctx));
  if (on('serviceAccount.create')) out.push(helmServiceAccount(ctx));
  if (on('metrics.serviceMonitor.enabled')) out.push(serviceMonitor(ctx));
  return out;
}
