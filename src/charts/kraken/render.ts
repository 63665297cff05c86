// Kraken's own manifests as chart 0.0.1 renders them, built as typed Kubernetes objects. Each
// function mirrors one template file; values are read loosely (helm does not check types) and pass
// through the helpers in core/goTemplate.ts so prints, `with` blocks and `toYaml` inserts give the
// same data helm's text gives. The bundled MongoDB and Redis are summarised in subcharts.ts.
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler, MetricSpec } from 'kubernetes-types/autoscaling/v2';
import type {
  ConfigMap,
  Container,
  EnvVar,
  PersistentVolume,
  PersistentVolumeClaim,
  PodSpec,
  Secret,
  Service,
  ServiceAccount,
  Volume,
  VolumeMount,
} from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { HTTPIngressPath, Ingress, IngressRule, IngressTLS } from 'kubernetes-types/networking/v1';
import {
  field, goString, indentText, nullIfEmpty, plainNumber as num, plainString as str, quoted, rangeItems, truthy, withYaml, withYamlMap, yamlInsert,
} from '../../core/goTemplate';
import { helmContext, serviceAccountName, templateObject, type ChartIdentity, type HelmContext, type Labels } from '../../core/helmContext';
import { sha256Hex } from '../../core/sha256';
import type { Release, RenderedObject, Values } from '../../core/types';
import { isMap } from '../../core/values';
import { meta } from './meta';
import type { KrakenValues } from './schema';
import { subchartSummaries } from './subcharts';

export const CHART: ChartIdentity = { name: meta.chartName, version: meta.version, appVersion: meta.appVersion };

/** Go's %q (sprig `quote`): the text helm writes, needed for the checksum inputs. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `{{ v | quote }}` as text: a nil value prints nothing. */
function quoteText(v: unknown): string {
  return v === null || v === undefined ? '' : goQuote(goString(v));
}

/** printf's %s: strings as they are, anything else in Go's "%!s(type=value)" form. */
function printfS(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '%!s(<nil>)';
  if (typeof v === 'number') return `%!s(float64=${goString(v)})`;
  if (typeof v === 'boolean') return `%!s(bool=${String(v)})`;
  return goString(v);
}

/** The standard helper context (subcharts.ts and rules.ts read it too). */
export type Ctx = HelmContext;

export function makeCtx(values: Values, release: Release): Ctx {
  return helmContext(CHART, values, release);
}

type Component = 'backend' | 'frontend';
const componentLabels = (ctx: Ctx, c: Component): Labels => ({ ...ctx.labels, 'app.kubernetes.io/component': c });
const componentSelector = (ctx: Ctx, c: Component): Labels => ({ ...ctx.selectorLabels, 'app.kubernetes.io/component': c });

/** The label block as the chart's helper prints it, under `metadata.labels` (for the checksum inputs). */
function labelsText(ctx: Ctx, component?: Component): string {
  const text = component ? `${ctx.labelsText}\napp.kubernetes.io/component: ${component}` : ctx.labelsText;
  return indentText(text, 4);
}

// ---- connection helpers (_helpers.tpl)

/** What the backend gets as MONGODB_URL: the bundled replica set's address, or external.uri. */
export function mongodbUri(ctx: Ctx): string {
  const at = ctx.at;
  if (!truthy(at('mongodb.bundled'))) return goString(at('mongodb.external.uri'));
  const [user, pass, db, rs] = ['auth.username', 'auth.password', 'auth.database', 'replicaSetName'].map((p) => printfS(at(`mongodb.${p}`)));
  return `mongodb://${user}:${pass}@${ctx.fullname}-mongodb:27017/${db}?replicaSet=${rs}&retryWrites=true&w=majority`;
}

export function redisHost(ctx: Ctx): string {
  return truthy(ctx.at('redis.bundled')) ? `${ctx.fullname}-redis-master` : goString(ctx.at('redis.external.host'));
}

function redisPort(ctx: Ctx): string {
  return truthy(ctx.at('redis.bundled')) ? '6379' : goString(ctx.at('redis.external.port') ?? '<nil>');
}

/** REDIS_PASSWORD in the chart Secret: the bundled password, or the external one when set. */
function redisPassword(ctx: Ctx): { value: unknown; bundled: boolean } | undefined {
  if (truthy(ctx.at('redis.bundled'))) return { value: ctx.at('redis.auth.password'), bundled: true };
  if (truthy(ctx.at('redis.external.password'))) return { value: ctx.at('redis.external.password'), bundled: false };
  return undefined;
}

function secretName(ctx: Ctx): string {
  const existing = ctx.at('secrets.existingSecret');
  return truthy(existing) ? goString(existing) : `${ctx.fullname}-secrets`;
}

function image(ctx: Ctx, component: Component): string {
  const registry = field(ctx.at('global'), 'imageRegistry');
  const repository = ctx.at(`${component}.image.repository`);
  const tagValue = ctx.at(`${component}.image.tag`);
  const tag = truthy(tagValue) ? tagValue : CHART.appVersion;
  const ref = `${printfS(repository)}:${printfS(tag)}`;
  return truthy(registry) ? `${printfS(registry)}/${ref}` : ref;
}

function imagePullSecrets(ctx: Ctx): Pick<PodSpec, 'imagePullSecrets'> {
  const secrets = field(ctx.at('global'), 'imagePullSecrets');
  if (!truthy(secrets)) return {};
  return { imagePullSecrets: rangeItems(secrets).map((s) => ({ name: str(s) })) };
}

// ---- backend/configmap.yaml

function configData(ctx: Ctx): Record<string, string> {
  const data: Record<string, string> = {
    MONGODB_URL: mongodbUri(ctx),
    REDIS_HOST: redisHost(ctx),
    REDIS_PORT: redisPort(ctx),
    LIVEKIT_URL: quoted(ctx.at('livekit.url')) as string,
    LIVEKIT_API_KEY: quoted(ctx.at('livekit.apiKey')) as string,
    NODE_ENV: 'production',
    FILE_UPLOAD_DEST: '/app/uploads',
  };
  if (truthy(ctx.at('replayStorage.enabled'))) data.REPLAY_SEGMENTS_PATH = quoted(ctx.at('replayStorage.mountPath')) as string;
  return data;
}

/** The ConfigMap's text as the template prints it: the backend pods carry its sha256. */
function configMapText(ctx: Ctx): string {
  const lines = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${ctx.fullname}-backend-config`,
    '  labels:',
    labelsText(ctx, 'backend'),
    'data:',
    '  # MongoDB connection',
    `  MONGODB_URL: ${goQuote(mongodbUri(ctx))}`,
    '',
    '  # Redis connection',
    `  REDIS_HOST: ${goQuote(redisHost(ctx))}`,
    `  REDIS_PORT: ${goQuote(redisPort(ctx))}`,
    '',
    '  # LiveKit configuration',
    `  LIVEKIT_URL: ${quoteText(ctx.at('livekit.url'))}`,
    `  LIVEKIT_API_KEY: ${quoteText(ctx.at('livekit.apiKey'))}`,
    '',
    '  # Node environment',
    '  NODE_ENV: "production"',
    '',
    '  # File upload configuration',
    '  FILE_UPLOAD_DEST: "/app/uploads"',
  ];
  if (truthy(ctx.at('replayStorage.enabled'))) {
    lines.push('  # Replay segments storage path', `  REPLAY_SEGMENTS_PATH: ${quoteText(ctx.at('replayStorage.mountPath'))}`);
  }
  return `${lines.join('\n')}\n`;
}

function configMap(ctx: Ctx): RenderedObject {
  const cm: ConfigMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: str(`${ctx.fullname}-backend-config`), labels: componentLabels(ctx, 'backend') },
    data: configData(ctx),
  };
  return templateObject('backend/configmap.yaml', cm);
}

// ---- backend/secret.yaml

function secretData(ctx: Ctx): Record<string, string> {
  const data: Record<string, string> = {
    JWT_SECRET: quoted(ctx.at('secrets.jwtSecret')) as string,
    JWT_REFRESH_SECRET: quoted(ctx.at('secrets.jwtRefreshSecret')) as string,
    LIVEKIT_API_SECRET: quoted(ctx.at('livekit.apiSecret')) as string,
    LIVEKIT_WEBHOOK_SECRET: quoted(ctx.at('livekit.webhookSecret')) as string,
  };
  const redis = redisPassword(ctx);
  if (redis) data.REDIS_PASSWORD = quoted(redis.value) as string;
  return data;
}

/** The Secret's text as the template prints it (empty but for a line break with existingSecret). */
function secretText(ctx: Ctx): string {
  if (truthy(ctx.at('secrets.existingSecret'))) return '\n';
  const lines = [
    '',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${ctx.fullname}-secrets`,
    '  labels:',
    labelsText(ctx),
    'type: Opaque',
    'stringData:',
    '  # JWT secrets',
    `  JWT_SECRET: ${quoteText(ctx.at('secrets.jwtSecret'))}`,
    `  JWT_REFRESH_SECRET: ${quoteText(ctx.at('secrets.jwtRefreshSecret'))}`,
    '',
    '  # LiveKit secrets',
    `  LIVEKIT_API_SECRET: ${quoteText(ctx.at('livekit.apiSecret'))}`,
    `  LIVEKIT_WEBHOOK_SECRET: ${quoteText(ctx.at('livekit.webhookSecret'))}`,
  ];
  const redis = redisPassword(ctx);
  if (redis) {
    lines.push(`  # Redis password (from ${redis.bundled ? 'bundled' : 'external'} Redis)`, `  REDIS_PASSWORD: ${quoteText(redis.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function secret(ctx: Ctx): RenderedObject {
  const obj: Secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: str(`${ctx.fullname}-secrets`), labels: { ...ctx.labels } },
    type: 'Opaque',
    stringData: secretData(ctx),
  };
  return templateObject('backend/secret.yaml', obj);
}

// ---- backend/deployment.yaml and frontend/deployment.yaml

function backendVolumes(ctx: Ctx): { mounts: VolumeMount[]; volumes: Volume[] } {
  const files = truthy(ctx.at('fileStorage.enabled'));
  const replay = truthy(ctx.at('replayStorage.enabled'));
  const mounts: VolumeMount[] = [];
  if (files) mounts.push({ name: 'uploads', mountPath: '/app/uploads' });
  if (replay) mounts.push({ name: 'replay-segments', mountPath: str(ctx.at('replayStorage.mountPath')) });
  const volumes: Volume[] = [
    files ? { name: 'uploads', persistentVolumeClaim: { claimName: str(`${ctx.fullname}-uploads`) } } : { name: 'uploads', emptyDir: {} },
  ];
  if (replay) volumes.push({ name: 'replay-segments', persistentVolumeClaim: { claimName: str(`${ctx.fullname}-replay-segments`) } });
  return { mounts, volumes };
}

function podPlacement(ctx: Ctx, c: Component): Partial<PodSpec> {
  return {
    ...withYaml('nodeSelector', ctx.at(`${c}.nodeSelector`)),
    ...withYaml('affinity', ctx.at(`${c}.affinity`)),
    ...withYaml('tolerations', ctx.at(`${c}.tolerations`)),
  };
}

function container(ctx: Ctx, c: Component, port: number, extra: Partial<Container>, tail: Partial<Container>): Container {
  return {
    name: c,
    securityContext: yamlInsert(ctx.at(`${c}.securityContext`)),
    image: str(image(ctx, c)),
    imagePullPolicy: str(ctx.at(`${c}.image.pullPolicy`)),
    ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
    ...extra,
    livenessProbe: yamlInsert(ctx.at(`${c}.livenessProbe`)),
    readinessProbe: yamlInsert(ctx.at(`${c}.readinessProbe`)),
    resources: yamlInsert(ctx.at(`${c}.resources`)),
    ...tail,
  };
}

function backendDeployment(ctx: Ctx): RenderedObject {
  const at = ctx.at;
  const { mounts, volumes } = backendVolumes(ctx);
  const main = container(
    ctx,
    'backend',
    3000,
    {
      envFrom: [
        { configMapRef: { name: str(`${ctx.fullname}-backend-config`) } },
        { secretRef: { name: str(secretName(ctx)) } },
      ],
    },
    mounts.length > 0 ? { volumeMounts: mounts } : {},
  );
  const dep: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: str(`${ctx.fullname}-backend`), labels: componentLabels(ctx, 'backend') },
    spec: {
      ...(truthy(at('backend.autoscaling.enabled')) ? {} : { replicas: num(at('backend.replicaCount')) }),
      selector: { matchLabels: componentSelector(ctx, 'backend') },
      template: {
        metadata: {
          annotations: {
            'checksum/config': sha256Hex(configMapText(ctx)),
            'checksum/secret': sha256Hex(secretText(ctx)),
            ...withYamlMap(at('backend.podAnnotations')),
          },
          labels: componentSelector(ctx, 'backend'),
        },
        spec: {
          ...imagePullSecrets(ctx),
          serviceAccountName: str(serviceAccountName(ctx)),
          securityContext: yamlInsert(at('backend.podSecurityContext')),
          containers: [main],
          ...podPlacement(ctx, 'backend'),
          volumes,
        },
      },
    },
  };
  return templateObject('backend/deployment.yaml', dep);
}

function frontendDeployment(ctx: Ctx): RenderedObject {
  const at = ctx.at;
  const extraEnv = at('frontend.extraEnv');
  const env: EnvVar[] = [
    { name: 'BACKEND_URL', value: quoted(at('frontend.env.backendUrl')) as string },
    ...(truthy(extraEnv) && Array.isArray(extraEnv) ? yamlInsert<EnvVar[]>(extraEnv) : []),
  ];
  const podAnnotations = at('frontend.podAnnotations');
  const dep: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: str(`${ctx.fullname}-frontend`), labels: componentLabels(ctx, 'frontend') },
    spec: {
      ...(truthy(at('frontend.autoscaling.enabled')) ? {} : { replicas: num(at('frontend.replicaCount')) }),
      selector: { matchLabels: componentSelector(ctx, 'frontend') },
      template: {
        metadata: {
          // The template always opens `annotations:`; with nothing under it YAML reads null.
          annotations: (truthy(podAnnotations) ? yamlInsert<Labels>(podAnnotations) : null) as Labels,
          labels: componentSelector(ctx, 'frontend'),
        },
        spec: {
          ...imagePullSecrets(ctx),
          serviceAccountName: str(serviceAccountName(ctx)),
          securityContext: yamlInsert(at('frontend.podSecurityContext')),
          containers: [container(ctx, 'frontend', 5173, { env }, {})],
          ...podPlacement(ctx, 'frontend'),
        },
      },
    },
  };
  return templateObject('frontend/deployment.yaml', dep);
}

// ---- backend/hpa.yaml and frontend/hpa.yaml

function hpa(ctx: Ctx, c: Component): RenderedObject {
  const at = (p: string) => ctx.at(`${c}.autoscaling.${p}`);
  const metrics: MetricSpec[] = [];
  const utilization = (name: 'cpu' | 'memory', target: unknown): MetricSpec => ({
    type: 'Resource',
    resource: { name, target: { type: 'Utilization', averageUtilization: num(target) } },
  });
  if (truthy(at('targetCPUUtilizationPercentage'))) metrics.push(utilization('cpu', at('targetCPUUtilizationPercentage')));
  // The frontend template has no memory target.
  if (c === 'backend' && truthy(at('targetMemoryUtilizationPercentage'))) {
    metrics.push(utilization('memory', at('targetMemoryUtilizationPercentage')));
  }
  const obj: HorizontalPodAutoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: str(`${ctx.fullname}-${c}`), labels: componentLabels(ctx, c) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: str(`${ctx.fullname}-${c}`) },
      minReplicas: num(at('minReplicas')),
      maxReplicas: num(at('maxReplicas')),
      metrics: (metrics.length > 0 ? metrics : null) as MetricSpec[],
    },
  };
  return templateObject(`${c}/hpa.yaml`, obj);
}

// ---- backend/pv.yaml and backend/pvc.yaml

// Mount options the chart writes for its NFS volumes (facts of chart 0.0.1).
const UPLOADS_NFS_OPTIONS = [
  'nfsvers=3', 'hard', 'intr', 'timeo=600', 'retrans=2', 'rsize=1048576', 'wsize=1048576', 'tcp', 'noatime', 'nodiratime', '_netdev', 'actimeo=30',
];
const REPLAY_NFS_OPTIONS = ['hard', 'nfsvers=3', 'intr', 'timeo=600', 'retrans=2', 'rsize=1048576', 'wsize=1048576', 'tcp', 'noatime', 'nodiratime'];

/** Go's `len` of what a user may write; other kinds make helm fail, which we read as empty. */
function goLen(v: unknown): number {
  if (Array.isArray(v) || typeof v === 'string') return v.length;
  return isMap(v) ? Object.keys(v).length : 0;
}

function nfsVolume(ctx: Ctx, key: 'fileStorage' | 'replayStorage', suffix: string, mountOptions: string[]): RenderedObject {
  const obj: PersistentVolume = {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: str(`${ctx.fullname}-${suffix}-nfs`), labels: { ...ctx.labels } },
    spec: {
      capacity: { storage: str(ctx.at(`${key}.size`)) },
      accessModes: ['ReadWriteMany'],
      persistentVolumeReclaimPolicy: 'Retain',
      mountOptions,
      nfs: { server: str(ctx.at(`${key}.nfs.server`)), path: str(ctx.at(`${key}.nfs.path`)) },
    },
  };
  return templateObject('backend/pv.yaml', obj);
}

function uploadsMountOptions(ctx: Ctx): string[] {
  const storage = ctx.at('fileStorage');
  const custom = isMap(storage) && Object.hasOwn(storage, 'mountOptions') ? storage.mountOptions : undefined;
  return custom !== undefined && goLen(custom) > 0 ? yamlInsert<string[]>(custom) : [...UPLOADS_NFS_OPTIONS];
}

function claim(ctx: Ctx, key: 'fileStorage' | 'replayStorage', suffix: string): RenderedObject {
  const storage = ctx.at(key);
  // `hasKey`: a class written in the values, even "", is passed on; an absent key is left out.
  const hasClass = isMap(storage) && Object.hasOwn(storage, 'storageClassName');
  const obj: PersistentVolumeClaim = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: str(`${ctx.fullname}-${suffix}`), labels: componentLabels(ctx, 'backend') },
    spec: {
      accessModes: ['ReadWriteMany'],
      ...(hasClass ? { storageClassName: quoted(storage.storageClassName) as string } : {}),
      resources: { requests: { storage: str(ctx.at(`${key}.size`)) } },
      ...(truthy(ctx.at(`${key}.nfs.enabled`)) ? { volumeName: str(`${ctx.fullname}-${suffix}-nfs`) } : {}),
    },
  };
  return templateObject('backend/pvc.yaml', obj);
}

// ---- services, service account, ingress

function service(ctx: Ctx, c: Component): RenderedObject {
  const at = (p: string) => ctx.at(`${c}.service.${p}`);
  const obj: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: str(`${ctx.fullname}-${c}`), labels: componentLabels(ctx, c), ...withYaml('annotations', at('annotations')) },
    spec: {
      type: str(at('type')),
      // Only the backend Service pins sessionAffinity (to None: the ingress cookie does the pinning).
      ...(c === 'backend' ? { sessionAffinity: 'None' } : {}),
      ports: [{ port: num(at('port')), targetPort: 'http', protocol: 'TCP', name: 'http' }],
      selector: componentSelector(ctx, c),
    },
  };
  return templateObject(`${c}/service.yaml`, obj);
}

function serviceAccount(ctx: Ctx): RenderedObject {
  const obj: ServiceAccount = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: str(serviceAccountName(ctx)), labels: { ...ctx.labels }, ...withYaml('annotations', ctx.at('serviceAccount.annotations')) },
  };
  return templateObject('serviceaccount.yaml', obj);
}

function ingressPath(ctx: Ctx, p: unknown, where: string): HTTPIngressPath {
  const target = field(p, 'service');
  if (!truthy(target) || (target !== 'frontend' && target !== 'backend')) {
    // The chart stops `helm template` here; so do we.
    throw new Error(`${where}.service must be "frontend" or "backend" (got ${JSON.stringify(target ?? null)}); helm refuses to render this chart`);
  }
  return {
    path: str(field(p, 'path')),
    pathType: str(field(p, 'pathType')),
    backend: { service: { name: str(`${ctx.fullname}-${target}`), port: { number: num(ctx.at(`${target}.service.port`)) } } },
  };
}

function ingress(ctx: Ctx): RenderedObject {
  const at = (p: string) => ctx.at(`ingress.${p}`);
  const mode = at('tls.mode');
  const hosts = rangeItems(at('hosts'));
  const annotations: Labels = {};
  if (mode === 'cert-manager' && truthy(at('tls.certManager.enabled'))) {
    const kind = goString(at('tls.certManager.issuerKind')).toLowerCase();
    annotations[`cert-manager.io/${kind}`] = str(at('tls.certManager.issuer'));
  }
  Object.assign(annotations, withYamlMap(at('annotations')));
  const tls: IngressTLS[] = hosts.map((h) => {
    const host = field(h, 'host');
    const entry: IngressTLS = { hosts: [quoted(host) as string] };
    if (mode === 'cert-manager') entry.secretName = str(`${ctx.fullname}-tls-${goString(host).replaceAll('.', '-')}`);
    else if (mode === 'manual') entry.secretName = str(at('tls.secretName'));
    return entry;
  });
  const rules: IngressRule[] = hosts.map((h, i) => ({
    host: quoted(field(h, 'host')) as string,
    http: { paths: nullIfEmpty(rangeItems(field(h, 'paths')).map((p, j) => ingressPath(ctx, p, `ingress.hosts[${i}].paths[${j}]`))) },
  }));
  const obj: Ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: str(ctx.fullname),
      labels: { ...ctx.labels },
      annotations: (Object.keys(annotations).length > 0 ? annotations : null) as Labels,
    } satisfies ObjectMeta,
    spec: {
      ...(truthy(at('className')) ? { ingressClassName: str(at('className')) } : {}),
      ...(mode !== 'none' ? { tls: nullIfEmpty(tls) } : {}),
      rules: nullIfEmpty(rules),
    },
  };
  return templateObject('ingress.yaml', obj);
}

/**
 * Renders the chart for merged values (defaults + user): Kraken's own objects as the chart writes
 * them, then summaries of the bundled subcharts. Objects of one template keep the template's order.
 */
export function render(values: KrakenValues, release: Release): RenderedObject[] {
  const ctx = makeCtx(values, release);
  const on = (path: string) => truthy(ctx.at(path));
  const out: RenderedObject[] = [configMap(ctx), backendDeployment(ctx)];
  if (on('backend.autoscaling.enabled')) out.push(hpa(ctx, 'backend'));
  if (on('fileStorage.enabled') && on('fileStorage.nfs.enabled')) out.push(nfsVolume(ctx, 'fileStorage', 'uploads', uploadsMountOptions(ctx)));
  if (on('replayStorage.enabled') && on('replayStorage.nfs.enabled')) {
    out.push(nfsVolume(ctx, 'replayStorage', 'replay-segments', [...REPLAY_NFS_OPTIONS]));
  }
  if (on('fileStorage.enabled')) out.push(claim(ctx, 'fileStorage', 'uploads'));
  if (on('replayStorage.enabled')) out.push(claim(ctx, 'replayStorage', 'replay-segments'));
  if (!on('secrets.existingSecret')) out.push(secret(ctx));
  out.push(service(ctx, 'backend'), frontendDeployment(ctx));
  if (on('frontend.autoscaling.enabled')) out.push(hpa(ctx, 'frontend'));
  out.push(service(ctx, 'frontend'));
  if (on('ingress.enabled')) out.push(ingress(ctx));
  if (on('serviceAccount.create')) out.push(serviceAccount(ctx));
  out.push(...subchartSummaries(ctx));
  return out;
}
