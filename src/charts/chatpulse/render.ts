// The ChatPulse manifests of its Kubernetes guide (commit 1d7604f), built as typed Kubernetes
// objects from the values. Plain manifests: no release name, no helm labels; names and the
// namespace come from the values. With the defaults every object equals the guide's file, key
// order included; each object names its guide file as `template`.
import type { Deployment, DeploymentStrategy } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler, MetricSpec } from 'kubernetes-types/autoscaling/v2';
import type { ConfigMap, Container, Namespace, PodSpec, Secret, Service, ServiceSpec } from 'kubernetes-types/core/v1';
import type { Ingress, IngressRule, IngressSpec, IngressTLS } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { toKubeObject } from '../../core/kubeObject';
import type { Release, RenderedObject, Values } from '../../core/types';
import { asList, asMap, asText } from '../../core/valueReaders';
import { getAt, isMap } from '../../core/values';
import { MANIFEST_FILES } from './manifestFiles';
import { envText, usesExistingSecret } from './read';
import type { ChatPulseValues } from './schema';

/** Prometheus Operator's ServiceMonitor, as far as these manifests fill it. */
interface ServiceMonitor {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'ServiceMonitor';
  metadata: { name: string; namespace: string; labels?: Record<string, string> };
  spec: { selector: { matchLabels: Record<string, string> }; endpoints: { port: string; path?: string; interval?: string }[] };
}

/** Traefik's IngressRoute (traefik.containo.us or traefik.io, v1alpha1). */
interface IngressRoute {
  apiVersion: string;
  kind: 'IngressRoute';
  metadata: { name: string; namespace: string; annotations?: Record<string, string> };
  spec: {
    entryPoints?: string[];
    routes: { match: string; kind: 'Rule'; services: { name: string; port: number | string; sticky?: Values }[] }[];
    tls?: { secretName: string };
  };
}

/** The container port's name; probes, the Service and the ingresses refer to it. */
const PORT_NAME = 'http';

// Values arrive typed but may break the schema (that is reported as a problem); these casts only
// name the Kubernetes field a value fills, the data passes through as the user wrote it.
const text = (v: unknown) => asText(v) ?? '';
const intOrString = (v: unknown) => v as number | string;
const copy = <T>(v: unknown) => structuredClone(v) as T;
const stringMap = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(asMap(v)).map(([k, x]) => [k, text(x)]));

/**
 * `{ key: block }` when the block holds something, `{}` otherwise (the key left out, not null). The
 * block is the user's own data, typed `never` so it fits whichever Kubernetes field it fills.
 */
function optional<K extends string>(key: K, v: unknown): Partial<Record<K, never>> {
  const present = Array.isArray(v) ? v.length > 0 : isMap(v) ? Object.keys(v).length > 0 : v !== undefined && v !== null && v !== '';
  return present ? ({ [key]: copy<never>(v) } as Partial<Record<K, never>>) : {};
}

function emit(template: string, object: { apiVersion?: string; kind?: string }): RenderedObject {
  return { template, object: toKubeObject(object) };
}

interface Ctx {
  v: ChatPulseValues;
  name: string;
  namespace: string;
  labels: Record<string, string>;
}

// ---- namespace.yaml, configmap.yaml, secret.yaml

function namespace(ctx: Ctx): RenderedObject {
  const ns: Namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ctx.namespace, ...optional('labels', ctx.labels) } };
  return emit(MANIFEST_FILES.namespace, ns);
}

/** Entries in the order written; unset ones (optional settings) are left out, values as text. */
function envEntries(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(asMap(v))) {
    const value = envText(raw);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function configMap(ctx: Ctx): RenderedObject {
  const cm: ConfigMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: text(ctx.v.configMapName), namespace: ctx.namespace },
    data: envEntries(ctx.v.config),
  };
  return emit(MANIFEST_FILES.configMap, cm);
}

function secret(ctx: Ctx): RenderedObject {
  const s: Secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: text(ctx.v.secretName), namespace: ctx.namespace },
    type: 'Opaque',
    stringData: envEntries(ctx.v.secrets),
  };
  return emit(MANIFEST_FILES.secret, s);
}

// ---- deployment.yaml

function strategy(ctx: Ctx): DeploymentStrategy {
  const type = text(getAt(ctx.v, 'strategy.type'));
  if (type !== 'RollingUpdate') return { type };
  return {
    type,
    rollingUpdate: {
      maxSurge: intOrString(getAt(ctx.v, 'strategy.rollingUpdate.maxSurge')),
      maxUnavailable: intOrString(getAt(ctx.v, 'strategy.rollingUpdate.maxUnavailable')),
    },
  };
}

function container(ctx: Ctx): Container {
  const secretRefName = usesExistingSecret(ctx.v) ? text(ctx.v.existingSecret).trim() : text(ctx.v.secretName);
  return {
    name: ctx.name,
    image: `${text(getAt(ctx.v, 'image.repository'))}:${text(getAt(ctx.v, 'image.tag'))}`,
    imagePullPolicy: text(getAt(ctx.v, 'image.pullPolicy')),
    ports: [{ name: PORT_NAME, containerPort: ctx.v.containerPort, protocol: 'TCP' }],
    envFrom: [{ configMapRef: { name: text(ctx.v.configMapName) } }, { secretRef: { name: secretRefName } }],
    ...optional('resources', ctx.v.resources),
    ...optional('startupProbe', ctx.v.startupProbe),
    ...optional('livenessProbe', ctx.v.livenessProbe),
    ...optional('readinessProbe', ctx.v.readinessProbe),
    ...optional('lifecycle', ctx.v.lifecycle),
  };
}

function deployment(ctx: Ctx): RenderedObject {
  const podSpec: PodSpec = {
    ...optional('imagePullSecrets', ctx.v.imagePullSecrets),
    terminationGracePeriodSeconds: ctx.v.terminationGracePeriodSeconds,
    containers: [container(ctx)],
    ...optional('affinity', ctx.v.affinity),
    ...optional('nodeSelector', ctx.v.nodeSelector),
    ...optional('tolerations', ctx.v.tolerations),
  };
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: ctx.name, namespace: ctx.namespace, ...optional('labels', ctx.labels) },
    spec: {
      replicas: ctx.v.replicaCount,
      strategy: strategy(ctx),
      selector: { matchLabels: { ...ctx.labels } },
      template: {
        metadata: { ...optional('labels', ctx.labels), ...optional('annotations', stringMap(ctx.v.podAnnotations)) },
        spec: podSpec,
      },
    },
  };
  return emit(MANIFEST_FILES.deployment, d);
}

// ---- service.yaml

function service(ctx: Ctx): RenderedObject {
  const affinity = text(getAt(ctx.v, 'service.sessionAffinity'));
  const sticky: Pick<ServiceSpec, 'sessionAffinity' | 'sessionAffinityConfig'> =
    affinity === 'ClientIP'
      ? { sessionAffinity: affinity, sessionAffinityConfig: { clientIP: { timeoutSeconds: getAt(ctx.v, 'service.sessionAffinityTimeoutSeconds') as number } } }
      : {};
  const s: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: ctx.name, namespace: ctx.namespace, ...optional('labels', ctx.labels) },
    spec: {
      type: text(getAt(ctx.v, 'service.type')),
      selector: { ...ctx.labels },
      ports: [{ name: PORT_NAME, port: getAt(ctx.v, 'service.port') as number, targetPort: PORT_NAME, protocol: 'TCP' }],
      ...sticky,
    },
  };
  return emit(MANIFEST_FILES.service, s);
}

// ---- ingress-*.yaml

interface Route {
  host: string;
  path: string;
  pathType: string;
}

function routes(ctx: Ctx): { host: string; paths: Route[] }[] {
  return asList(getAt(ctx.v, 'ingress.hosts')).map((h) => {
    const host = text(asMap(h).host);
    const paths = asList(asMap(h).paths).map((p) => ({ host, path: text(asMap(p).path), pathType: text(asMap(p).pathType) }));
    return { host, paths };
  });
}

function ingressRules(ctx: Ctx): IngressRule[] {
  return routes(ctx).map(({ host, paths }) => ({
    ...(host ? { host } : {}),
    http: {
      paths: paths.map((p) => ({
        path: p.path,
        pathType: p.pathType,
        backend: { service: { name: ctx.name, port: { name: PORT_NAME } } },
      })),
    },
  }));
}

function ingressTls(ctx: Ctx): IngressTLS[] {
  return asList(getAt(ctx.v, 'ingress.tls')).map((t) => ({
    hosts: asList(asMap(t).hosts).map(text),
    secretName: text(asMap(t).secretName),
  }));
}

/** The guide's Ingress for ingress-nginx (with TLS) or for the AWS Load Balancer Controller (ACM certificate, no spec.tls). */
function ingress(ctx: Ctx, controller: 'nginx' | 'alb'): RenderedObject {
  const className = text(getAt(ctx.v, 'ingress.className'));
  const spec: IngressSpec = {
    ...(className ? { ingressClassName: className } : {}),
    ...(controller === 'nginx' ? optional('tls', ingressTls(ctx)) : {}),
    rules: ingressRules(ctx),
  };
  const i: Ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: ctx.name, namespace: ctx.namespace, ...optional('annotations', stringMap(getAt(ctx.v, `ingress.${controller}.annotations`))) },
    spec,
  };
  return emit(controller === 'nginx' ? MANIFEST_FILES.ingressNginx : MANIFEST_FILES.ingressAlb, i);
}

/** Traefik's rule for one host and path: the host alone for `/`, with a path matcher otherwise. */
function traefikMatch(r: Route): string {
  const matchers: string[] = [];
  if (r.host) matchers.push(`Host(\`${r.host}\`)`);
  if (r.pathType === 'Exact') matchers.push(`Path(\`${r.path}\`)`);
  else if (r.path !== '/' || !r.host) matchers.push(`PathPrefix(\`${r.path || '/'}\`)`);
  return matchers.join(' && ');
}

function ingressRoute(ctx: Ctx): RenderedObject {
  const sticky = getAt(ctx.v, 'ingress.traefik.sticky');
  const firstTls = asMap(asList(getAt(ctx.v, 'ingress.tls'))[0]);
  const secretName = text(firstTls.secretName);
  const route: IngressRoute = {
    apiVersion: text(getAt(ctx.v, 'ingress.traefik.apiVersion')),
    kind: 'IngressRoute',
    metadata: { name: ctx.name, namespace: ctx.namespace, ...optional('annotations', stringMap(getAt(ctx.v, 'ingress.traefik.annotations'))) },
    spec: {
      ...optional('entryPoints', asList(getAt(ctx.v, 'ingress.traefik.entryPoints')).map(text)),
      routes: routes(ctx)
        .flatMap((h) => h.paths)
        .map((r) => ({
          match: traefikMatch(r),
          kind: 'Rule',
          services: [{ name: ctx.name, port: getAt(ctx.v, 'service.port') as number, ...optional('sticky', sticky) }],
        })),
      ...(secretName ? { tls: { secretName } } : {}),
    },
  };
  return emit(MANIFEST_FILES.ingressTraefik, route);
}

// ---- hpa.yaml, pdb.yaml, servicemonitor.yaml

function utilizationMetric(resource: string, target: unknown): MetricSpec[] {
  if (target === undefined || target === null || target === 0) return [];
  return [{ type: 'Resource', resource: { name: resource, target: { type: 'Utilization', averageUtilization: target as number } } }];
}

/** The metrics the HPA scales on: CPU, memory, then the extra specs as written. */
export function hpaMetrics(v: unknown): MetricSpec[] {
  return [
    ...utilizationMetric('cpu', getAt(v, 'autoscaling.targetCPUUtilizationPercentage')),
    ...utilizationMetric('memory', getAt(v, 'autoscaling.targetMemoryUtilizationPercentage')),
    ...asList(getAt(v, 'autoscaling.extraMetrics')).map((m) => copy<MetricSpec>(m)),
  ];
}

function hpa(ctx: Ctx): RenderedObject {
  const h: HorizontalPodAutoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: ctx.name, namespace: ctx.namespace },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: ctx.name },
      minReplicas: getAt(ctx.v, 'autoscaling.minReplicas') as number,
      maxReplicas: getAt(ctx.v, 'autoscaling.maxReplicas') as number,
      ...optional('metrics', hpaMetrics(ctx.v)),
      ...optional('behavior', getAt(ctx.v, 'autoscaling.behavior')),
    },
  };
  return emit(MANIFEST_FILES.hpa, h);
}

function pdb(ctx: Ctx): RenderedObject {
  const p: PodDisruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: ctx.name, namespace: ctx.namespace },
    spec: { minAvailable: intOrString(getAt(ctx.v, 'podDisruptionBudget.minAvailable')), selector: { matchLabels: { ...ctx.labels } } },
  };
  return emit(MANIFEST_FILES.pdb, p);
}

function serviceMonitor(ctx: Ctx): RenderedObject {
  const labels = { ...ctx.labels, ...stringMap(getAt(ctx.v, 'serviceMonitor.labels')) };
  const path = text(getAt(ctx.v, 'serviceMonitor.path'));
  const interval = text(getAt(ctx.v, 'serviceMonitor.interval'));
  const sm: ServiceMonitor = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name: ctx.name, namespace: ctx.namespace, ...optional('labels', labels) },
    spec: {
      selector: { matchLabels: { ...ctx.labels } },
      endpoints: [{ port: PORT_NAME, ...(path ? { path } : {}), ...(interval ? { interval } : {}) }],
    },
  };
  return emit(MANIFEST_FILES.serviceMonitor, sm);
}

/** Objects in the guide's apply order. The release is not used: plain manifests carry their own names. */
export function render(values: ChatPulseValues, _release?: Release): RenderedObject[] {
  const ctx: Ctx = {
    v: values,
    name: text(values.name),
    namespace: text(getAt(values, 'namespace.name')),
    labels: stringMap(values.labels),
  };
  const on = (path: string) => getAt(values, path) === true;
  const controller = text(getAt(values, 'ingress.controller'));
  return [
    ...(on('namespace.create') ? [namespace(ctx)] : []),
    configMap(ctx),
    ...(usesExistingSecret(values) ? [] : [secret(ctx)]),
    deployment(ctx),
    service(ctx),
    ...(on('ingress.enabled') ? [controller === 'traefik' ? ingressRoute(ctx) : ingress(ctx, controller === 'alb' ? 'alb' : 'nginx')] : []),
    ...(on('autoscaling.enabled') ? [hpa(ctx)] : []),
    ...(on('podDisruptionBudget.enabled') ? [pdb(ctx)] : []),
    ...(on('serviceMonitor.enabled') ? [serviceMonitor(ctx)] : []),
  ];
}
