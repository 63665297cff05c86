// The Kubernetes shapes charts pass through to their objects (resources, tolerations, probes...):
// which parameter holds which, known by a `$ref` to the Kubernetes definition or by the name charts
// give it and the shape of its default, and an example of each. The examples are what an empty
// editor suggests and what a type problem's fix shows. Chart-agnostic: opened charts get them too.
import { dump } from 'js-yaml';
import type { TSchema } from 'typebox';
import type { PathSeg } from './paths';
import { toSegs } from './paths';
import { hasType, listItemSchema, node, unionMembers } from './schemaNode';
import { isMap } from './values';

export type KubeShape =
  | 'resources' | 'tolerations' | 'nodeSelector' | 'labels' | 'annotations' | 'env' | 'envFrom' | 'ports'
  | 'probe' | 'securityContext' | 'podSecurityContext' | 'affinity' | 'topologySpreadConstraints'
  | 'volumes' | 'volumeMounts' | 'ingressHosts' | 'ingressTls';

/** Whether the parameter holds a list of items or one map. */
export type ShapeContainer = 'list' | 'map';

export const SHAPE_CONTAINER: Record<KubeShape, ShapeContainer> = {
  resources: 'map', tolerations: 'list', nodeSelector: 'map', labels: 'map', annotations: 'map', env: 'list',
  envFrom: 'list', ports: 'list', probe: 'map', securityContext: 'map', podSecurityContext: 'map', affinity: 'map',
  topologySpreadConstraints: 'list', volumes: 'list', volumeMounts: 'list', ingressHosts: 'list', ingressTls: 'list',
};

// Names charts use for each shape (the last key of the path). Order matters: first match wins.
const BY_NAME: readonly [RegExp, KubeShape][] = [
  [/^(resources|resourceRequirements)$/i, 'resources'],
  [/tolerations$/i, 'tolerations'],
  [/nodeSelector$/i, 'nodeSelector'],
  [/labels$/i, 'labels'],
  [/annotations$/i, 'annotations'],
  [/^(env|extraEnv|extraEnvs|extraEnvVars|envVars|additionalEnv)$/i, 'env'],
  [/^(envFrom|extraEnvFrom)$/i, 'envFrom'],
  [/^(ports|extraPorts|containerPorts|extraContainerPorts)$/i, 'ports'],
  [/^(liveness|readiness|startup)Probe$/i, 'probe'],
  [/^podSecurityContext$/i, 'podSecurityContext'],
  [/securityContext$/i, 'securityContext'],
  [/^affinity$/i, 'affinity'],
  [/topologySpreadConstraints$/i, 'topologySpreadConstraints'],
  [/^(volumes|extraVolumes)$/i, 'volumes'],
  [/^(volumeMounts|extraVolumeMounts)$/i, 'volumeMounts'],
];

// `$ref`s to the Kubernetes definitions (values.schema.json files generated from the OpenAPI spec).
const BY_REF: readonly [RegExp, KubeShape][] = [
  [/\.ResourceRequirements$/, 'resources'],
  [/\.Toleration$/, 'tolerations'],
  [/\.EnvVar$/, 'env'],
  [/\.EnvFromSource$/, 'envFrom'],
  [/\.ContainerPort$/, 'ports'],
  [/\.Probe$/, 'probe'],
  [/\.PodSecurityContext$/, 'podSecurityContext'],
  [/\.SecurityContext$/, 'securityContext'],
  [/\.Affinity$/, 'affinity'],
  [/\.TopologySpreadConstraint$/, 'topologySpreadConstraints'],
  [/\.Volume$/, 'volumes'],
  [/\.VolumeMount$/, 'volumeMounts'],
  [/\.IngressRule$/, 'ingressHosts'],
  [/\.IngressTLS$/, 'ingressTls'],
];

function refOf(schema: TSchema | undefined): string | undefined {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' ? ref : undefined;
}

function shapeFromRef(schema: TSchema): KubeShape | undefined {
  const candidates = [schema, ...unionMembers(schema)];
  for (const candidate of candidates) {
    const items = node(candidate).items;
    const ref = refOf(candidate) ?? (items && !Array.isArray(items) ? refOf(items) : undefined);
    if (!ref) continue;
    const hit = BY_REF.find(([re]) => re.test(ref));
    if (hit) return hit[1];
  }
  return undefined;
}

/** The shape a parameter's name suggests, from its path alone (no schema needed). */
export function shapeFromName(segs: readonly PathSeg[]): KubeShape | undefined {
  const last = segs[segs.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = segs[segs.length - 2];
  if (typeof parent === 'string' && /ingress/i.test(parent)) {
    if (last === 'hosts' || last === 'rules') return 'ingressHosts';
    if (last === 'tls') return 'ingressTls';
  }
  return BY_NAME.find(([re]) => re.test(last))?.[1];
}

/** Whether a value or a schema fits a list or a map (null and undefined fit both). */
function fitsContainer(container: ShapeContainer, schema: TSchema | undefined, value: unknown): boolean {
  if (value !== undefined && value !== null) {
    if (container === 'list' ? !Array.isArray(value) : !isMap(value)) return false;
  }
  if (!schema) return true;
  const candidates = [schema, ...unionMembers(schema)];
  const typed = candidates.filter((s) => node(s).type !== undefined);
  if (typed.length === 0) return true;
  return typed.some((s) => hasType(s, container === 'list' ? 'array' : 'object'));
}

/**
 * The Kubernetes shape a parameter holds: a `$ref` to the definition first, else its name when its
 * type and default fit (a map named `env` is not a list of EnvVar).
 */
export function kubeShapeOf(segs: readonly PathSeg[], schema?: TSchema, defaultValue?: unknown): KubeShape | undefined {
  const byRef = schema ? shapeFromRef(schema) : undefined;
  if (byRef) return byRef;
  const byName = shapeFromName(segs);
  if (!byName) return undefined;
  return fitsContainer(SHAPE_CONTAINER[byName], schema, defaultValue) ? byName : undefined;
}

/** The nearest parameter on `path` (itself or an ancestor) whose name is a shape, and the rest of the path. */
export function kubeShapeAt(path: string | readonly PathSeg[]): { shape: KubeShape; shapeSegs: PathSeg[]; rest: PathSeg[] } | undefined {
  const segs = toSegs(path);
  for (let n = segs.length; n > 0; n--) {
    const shapeSegs = segs.slice(0, n);
    const shape = shapeFromName(shapeSegs);
    if (shape) return { shape, shapeSegs, rest: segs.slice(n) };
  }
  return undefined;
}

// ---- examples

const EXAMPLES: Record<KubeShape, unknown> = {
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
  tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gateway', effect: 'NoSchedule' }],
  nodeSelector: { 'kubernetes.io/os': 'linux' },
  labels: { 'app.kubernetes.io/part-of': 'shop' },
  annotations: { 'example.com/owner': 'team-a' },
  env: [
    { name: 'LOG_LEVEL', value: 'info' },
    { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
  ],
  envFrom: [{ secretRef: { name: 'app-secrets' } }, { configMapRef: { name: 'app-config' }, prefix: 'APP_' }],
  ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
  probe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 5, periodSeconds: 10, failureThreshold: 3 },
  securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
  podSecurityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] }] }],
      },
    },
  },
  topologySpreadConstraints: [
    { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'app' } } },
  ],
  volumes: [{ name: 'certs', secret: { secretName: 'app-certs' } }],
  volumeMounts: [{ name: 'certs', mountPath: '/etc/certs', readOnly: true }],
  ingressHosts: [{ host: 'app.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }],
  ingressTls: [{ secretName: 'app-example-tls', hosts: ['app.example.com'] }],
};

function stringItems(schema: TSchema | undefined): boolean {
  const items = node(schema).items;
  return items !== undefined && !Array.isArray(items) && hasType(items, 'string');
}

/**
 * An example value of the shape (a fresh copy). Ingress hosts follow the chart's own shape: paths as
 * plain strings when its schema or default says so, its default's first host when it has one.
 */
export function kubeExample(shape: KubeShape, schema?: TSchema, defaultValue?: unknown): unknown {
  if (shape === 'ingressHosts') {
    if (Array.isArray(defaultValue) && isMap(defaultValue[0])) return [structuredClone(defaultValue[0])];
    const paths = node(listItemSchema(schema)).properties?.paths;
    if (paths && stringItems(paths)) return [{ host: 'app.example.com', paths: ['/'] }];
  }
  return structuredClone(EXAMPLES[shape]);
}

/** The example as the block YAML an editor shows. */
export function kubeExampleYaml(shape: KubeShape, schema?: TSchema, defaultValue?: unknown): string {
  return dump(kubeExample(shape, schema, defaultValue), { noRefs: true, lineWidth: -1 });
}

/** One line of flow YAML (`{key: a, effect: NoSchedule}`), for messages. */
export function flowYaml(value: unknown): string {
  return dump(value, { flowLevel: 0, lineWidth: -1, noRefs: true }).trim();
}

/** The part of `value` at `rest`, list indexes read as the first item; undefined when it has none. */
function subExample(value: unknown, rest: readonly PathSeg[]): unknown {
  let cur = value;
  for (const seg of rest) {
    if (typeof seg === 'number') cur = Array.isArray(cur) ? cur[0] : undefined;
    else cur = isMap(cur) && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

const TYPE_EXAMPLES: Record<string, unknown> = {
  integer: 3, number: 0.5, string: 'text', boolean: true, array: ['first', 'second'], object: { key: 'value' }, null: null,
};

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** The types a schema issue message names ("expected integer or string, got boolean"). */
function expectedTypes(message: string): string[] {
  const m = /expected ([a-z]+(?: or [a-z]+)*)/.exec(message);
  return m ? m[1].split(' or ') : [];
}

/**
 * An example of what belongs at `path`, written as YAML under its key, for a type problem's fix:
 * the Kubernetes example of the shape the path is in, or else one of the type the message expects.
 */
export function exampleForIssue(path: string, message: string): string | undefined {
  const expected = expectedTypes(message);
  const at = kubeShapeAt(path);
  if (at) {
    const sub = subExample(EXAMPLES[at.shape], at.rest);
    const type = sub === undefined ? undefined : jsonType(sub);
    const fits = type !== undefined && (expected.length === 0 || expected.includes(type) || (type === 'integer' && expected.includes('number')));
    if (fits) return flowYaml(keyed(at.shapeSegs, at.rest, sub));
  }
  const type = expected.find((t) => Object.hasOwn(TYPE_EXAMPLES, t));
  if (type === undefined) return undefined;
  return flowYaml(keyed(toSegs(path), [], TYPE_EXAMPLES[type]));
}

/** `{lastKey: value}` for the key the path ends in, `[value]` for a list index, else the value. */
function keyed(shapeSegs: readonly PathSeg[], rest: readonly PathSeg[], value: unknown): unknown {
  const last = rest.length > 0 ? rest[rest.length - 1] : shapeSegs[shapeSegs.length - 1];
  if (typeof last === 'number') return [value];
  if (last === undefined) return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  Object.defineProperty(out, last, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
