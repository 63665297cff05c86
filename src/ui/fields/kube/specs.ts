// What each Kubernetes shape's structured editor shows: the inputs of one item (a toleration, a
// port) or of the one map (resources, a probe), declared as data so one editor renders them all and
// the checks can be tested without React. Keys the inputs do not name are kept as they are.
import type { TSchema } from 'typebox';
import type { KubeShape } from '../../../core/kubeShapes';
import type { PathSeg } from '../../../core/paths';
import { enumValues, hasType, listItemSchema, node } from '../../../core/schemaNode';
import { isMap } from '../../../core/values';
import { getIn, quantityAmount, type Item } from './edit';

export type InputKind = 'text' | 'quantity' | 'integer' | 'port' | 'boolean' | 'select' | 'csv' | 'map' | 'rows';

export interface InputSpec {
  /** Where the input writes inside the item. */
  path: PathSeg[];
  label: string;
  kind: InputKind;
  /** select: the allowed values; an unset value is allowed unless `required`. */
  options?: readonly string[];
  placeholder?: string;
  min?: number;
  max?: number;
  /** The item is incomplete without it. */
  required?: boolean;
  /** map: label rules for keys and values, or annotation rules (keys only). */
  mapRules?: 'label' | 'annotation';
  /** rows: the nested list's items. */
  rows?: ListSpec;
}

/** Mutually exclusive sub-objects (a probe's handler, an env var's source): one select chooses. */
export interface VariantSpec {
  id: string;
  label: string;
  /** The key whose presence means this variant; choosing another variant removes it. */
  keyPath: PathSeg[];
  inputs: InputSpec[];
}

export interface ItemSpec {
  inputs: InputSpec[];
  variants?: { label: string; options: VariantSpec[]; optional?: boolean; placeAfter?: number };
  /** Checks across inputs (operator Exists with a value...). */
  check?(item: Item): string[];
}

export interface ListSpec {
  /** One item, as the buttons say it: "Add toleration". */
  noun: string;
  item: ItemSpec;
  newItem(): Item;
}

export type ShapeSpec =
  | { container: 'list'; list: ListSpec }
  | { container: 'map'; item: ItemSpec }
  | { container: 'stringMap'; rules: 'label' | 'annotation' };

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;
const text = (path: PathSeg[], label: string, extra: Partial<InputSpec> = {}): InputSpec => ({ path, label, kind: 'text', ...extra });
const int = (path: PathSeg[], label: string, extra: Partial<InputSpec> = {}): InputSpec => ({ path, label, kind: 'integer', ...extra });
const bool = (path: PathSeg[], label: string): InputSpec => ({ path, label, kind: 'boolean' });
const select = (path: PathSeg[], label: string, options: readonly string[], extra: Partial<InputSpec> = {}): InputSpec => ({ path, label, kind: 'select', options, ...extra });

const tolerations: ListSpec = {
  noun: 'toleration',
  newItem: () => ({ operator: 'Equal', effect: 'NoSchedule' }),
  item: {
    inputs: [
      text(['key'], 'Key', { placeholder: 'dedicated' }),
      select(['operator'], 'Operator', ['Equal', 'Exists']),
      text(['value'], 'Value', { placeholder: 'gateway' }),
      select(['effect'], 'Effect', EFFECTS),
      int(['tolerationSeconds'], 'Seconds (NoExecute)', { min: 0 }),
    ],
    check(item) {
      const out: string[] = [];
      const operator = item.operator ?? 'Equal';
      if (operator === 'Exists' && item.value !== undefined && item.value !== '') out.push('With operator Exists the value must be empty.');
      if (operator === 'Equal' && (item.key === undefined || item.key === '')) out.push('With operator Equal a key is needed (leave the key empty only with Exists, to tolerate every taint).');
      if (item.tolerationSeconds !== undefined && item.effect !== 'NoExecute') out.push('Seconds apply only to the NoExecute effect.');
      return out;
    },
  },
};

const quantity = (path: PathSeg[], label: string, placeholder: string): InputSpec => ({ path, label, kind: 'quantity', placeholder });

const resources: ItemSpec = {
  inputs: [
    quantity(['requests', 'cpu'], 'CPU request', '100m'),
    quantity(['requests', 'memory'], 'Memory request', '128Mi'),
    quantity(['limits', 'cpu'], 'CPU limit', '500m'),
    quantity(['limits', 'memory'], 'Memory limit', '256Mi'),
  ],
  check(item) {
    const out: string[] = [];
    for (const name of ['cpu', 'memory']) {
      const request = getIn(item, ['requests', name]);
      const limit = getIn(item, ['limits', name]);
      const [r, l] = [quantityAmount(request), quantityAmount(limit)];
      if (r !== undefined && l !== undefined && r > l) out.push(`The ${name} request (${String(request)}) is above its limit (${String(limit)}); Kubernetes refuses the pod.`);
    }
    return out;
  },
};

const selectorRows: ListSpec = {
  noun: 'rule',
  newItem: () => ({ operator: 'In' }),
  item: {
    inputs: [
      text(['key'], 'Node label', { placeholder: 'kubernetes.io/arch', required: true }),
      select(['operator'], 'Operator', ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'], { required: true }),
      { path: ['values'], label: 'Values (comma-separated)', kind: 'csv', placeholder: 'amd64, arm64' },
    ],
    check(item) {
      const op = item.operator;
      const values = Array.isArray(item.values) ? item.values : [];
      if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0) return [`With ${op} the values must be empty.`];
      if ((op === 'In' || op === 'NotIn') && values.length === 0) return [`With ${String(op)} at least one value is needed.`];
      if ((op === 'Gt' || op === 'Lt') && values.length !== 1) return [`With ${op} exactly one (whole number) value is needed.`];
      return [];
    },
  },
};

const antiAffinityRows: ListSpec = {
  noun: 'preference',
  newItem: () => ({ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname' } }),
  item: {
    inputs: [
      int(['weight'], 'Weight', { min: 1, max: 100, required: true }),
      text(['podAffinityTerm', 'topologyKey'], 'Topology key', { placeholder: 'kubernetes.io/hostname', required: true }),
      { path: ['podAffinityTerm', 'labelSelector', 'matchLabels'], label: 'Pods with labels', kind: 'map', mapRules: 'label' },
    ],
  },
};

const affinity: ItemSpec = {
  inputs: [
    {
      path: ['nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms', 0, 'matchExpressions'],
      label: 'Nodes must match',
      kind: 'rows',
      rows: selectorRows,
    },
    {
      path: ['podAntiAffinity', 'preferredDuringSchedulingIgnoredDuringExecution'],
      label: 'Prefer to keep apart from pods',
      kind: 'rows',
      rows: antiAffinityRows,
    },
  ],
};

const probe: ItemSpec = {
  variants: {
    label: 'Check',
    optional: true,
    options: [
      { id: 'httpGet', label: 'HTTP GET', keyPath: ['httpGet'], inputs: [text(['httpGet', 'path'], 'Path', { placeholder: '/healthz' }), { path: ['httpGet', 'port'], label: 'Port', kind: 'port', placeholder: 'http', required: true }, select(['httpGet', 'scheme'], 'Scheme', ['HTTP', 'HTTPS'])] },
      { id: 'tcpSocket', label: 'TCP connect', keyPath: ['tcpSocket'], inputs: [{ path: ['tcpSocket', 'port'], label: 'Port', kind: 'port', placeholder: '8080', required: true }] },
      { id: 'grpc', label: 'gRPC', keyPath: ['grpc'], inputs: [int(['grpc', 'port'], 'Port', { min: 1, max: 65535, required: true }), text(['grpc', 'service'], 'Service')] },
      { id: 'exec', label: 'Command', keyPath: ['exec'], inputs: [{ path: ['exec', 'command'], label: 'Command (comma-separated)', kind: 'csv', placeholder: 'cat, /tmp/healthy', required: true }] },
    ],
  },
  inputs: [
    int(['initialDelaySeconds'], 'Initial delay (s)', { min: 0 }),
    int(['periodSeconds'], 'Period (s)', { min: 1 }),
    int(['timeoutSeconds'], 'Timeout (s)', { min: 1 }),
    int(['failureThreshold'], 'Failure threshold', { min: 1 }),
    int(['successThreshold'], 'Success threshold', { min: 1 }),
  ],
};

const seccomp = select(['seccompProfile', 'type'], 'Seccomp profile', ['RuntimeDefault', 'Localhost', 'Unconfined']);

const securityContext: ItemSpec = {
  inputs: [
    bool(['runAsNonRoot'], 'Run as non-root'),
    int(['runAsUser'], 'User id', { min: 0 }),
    int(['runAsGroup'], 'Group id', { min: 0 }),
    bool(['readOnlyRootFilesystem'], 'Read-only root filesystem'),
    bool(['allowPrivilegeEscalation'], 'Allow privilege escalation'),
    bool(['privileged'], 'Privileged'),
    { path: ['capabilities', 'drop'], label: 'Drop capabilities', kind: 'csv', placeholder: 'ALL' },
    { path: ['capabilities', 'add'], label: 'Add capabilities', kind: 'csv', placeholder: 'NET_BIND_SERVICE' },
    seccomp,
  ],
  check: (item) => (item.privileged === true && item.allowPrivilegeEscalation === false ? ['A privileged container always allows privilege escalation.'] : []),
};

const podSecurityContext: ItemSpec = {
  inputs: [
    bool(['runAsNonRoot'], 'Run as non-root'),
    int(['runAsUser'], 'User id', { min: 0 }),
    int(['runAsGroup'], 'Group id', { min: 0 }),
    int(['fsGroup'], 'Volume group id (fsGroup)', { min: 0 }),
    select(['fsGroupChangePolicy'], 'fsGroup change policy', ['OnRootMismatch', 'Always']),
    seccomp,
  ],
};

const env: ListSpec = {
  noun: 'variable',
  newItem: () => ({ name: '', value: '' }),
  item: {
    inputs: [text(['name'], 'Name', { placeholder: 'LOG_LEVEL', required: true })],
    variants: {
      label: 'Source',
      placeAfter: 1,
      options: [
        { id: 'value', label: 'Value', keyPath: ['value'], inputs: [text(['value'], 'Value', { placeholder: 'info' })] },
        { id: 'secretKeyRef', label: 'Secret key', keyPath: ['valueFrom', 'secretKeyRef'], inputs: [text(['valueFrom', 'secretKeyRef', 'name'], 'Secret', { required: true }), text(['valueFrom', 'secretKeyRef', 'key'], 'Key', { required: true })] },
        { id: 'configMapKeyRef', label: 'ConfigMap key', keyPath: ['valueFrom', 'configMapKeyRef'], inputs: [text(['valueFrom', 'configMapKeyRef', 'name'], 'ConfigMap', { required: true }), text(['valueFrom', 'configMapKeyRef', 'key'], 'Key', { required: true })] },
        { id: 'fieldRef', label: 'Pod field', keyPath: ['valueFrom', 'fieldRef'], inputs: [text(['valueFrom', 'fieldRef', 'fieldPath'], 'Field path', { placeholder: 'status.podIP', required: true })] },
      ],
    },
  },
};

const envFrom: ListSpec = {
  noun: 'source',
  newItem: () => ({ secretRef: { name: '' } }),
  item: {
    inputs: [text(['prefix'], 'Prefix', { placeholder: 'APP_' })],
    variants: {
      label: 'From',
      placeAfter: 0,
      options: [
        { id: 'secretRef', label: 'Secret', keyPath: ['secretRef'], inputs: [text(['secretRef', 'name'], 'Secret', { required: true })] },
        { id: 'configMapRef', label: 'ConfigMap', keyPath: ['configMapRef'], inputs: [text(['configMapRef', 'name'], 'ConfigMap', { required: true })] },
      ],
    },
  },
};

const ports: ListSpec = {
  noun: 'port',
  newItem: () => ({ protocol: 'TCP' }),
  item: {
    inputs: [
      text(['name'], 'Name', { placeholder: 'http' }),
      int(['containerPort'], 'Container port', { min: 1, max: 65535, required: true }),
      select(['protocol'], 'Protocol', ['TCP', 'UDP', 'SCTP']),
    ],
    check(item) {
      const name = item.name;
      if (typeof name !== 'string' || name === '') return [];
      return name.length > 15 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) ? [`Port name "${name}" must be at most 15 lower-case letters, digits and dashes.`] : [];
    },
  },
};

const topologySpread: ListSpec = {
  noun: 'constraint',
  newItem: () => ({ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway' }),
  item: {
    inputs: [
      int(['maxSkew'], 'Max skew', { min: 1, required: true }),
      text(['topologyKey'], 'Topology key', { placeholder: 'topology.kubernetes.io/zone', required: true }),
      select(['whenUnsatisfiable'], 'When unsatisfiable', ['DoNotSchedule', 'ScheduleAnyway'], { required: true }),
      { path: ['labelSelector', 'matchLabels'], label: 'Pods with labels', kind: 'map', mapRules: 'label' },
    ],
  },
};

const volumes: ListSpec = {
  noun: 'volume',
  newItem: () => ({ name: '', secret: { secretName: '' } }),
  item: {
    inputs: [text(['name'], 'Name', { required: true })],
    variants: {
      label: 'Source',
      placeAfter: 1,
      options: [
        { id: 'secret', label: 'Secret', keyPath: ['secret'], inputs: [text(['secret', 'secretName'], 'Secret', { required: true })] },
        { id: 'configMap', label: 'ConfigMap', keyPath: ['configMap'], inputs: [text(['configMap', 'name'], 'ConfigMap', { required: true })] },
        { id: 'persistentVolumeClaim', label: 'Volume claim', keyPath: ['persistentVolumeClaim'], inputs: [text(['persistentVolumeClaim', 'claimName'], 'Claim', { required: true })] },
        { id: 'emptyDir', label: 'Empty directory', keyPath: ['emptyDir'], inputs: [] },
        { id: 'hostPath', label: 'Host path', keyPath: ['hostPath'], inputs: [text(['hostPath', 'path'], 'Path', { required: true })] },
      ],
    },
  },
};

const volumeMounts: ListSpec = {
  noun: 'mount',
  newItem: () => ({ name: '', mountPath: '' }),
  item: {
    inputs: [
      text(['name'], 'Volume', { required: true }),
      text(['mountPath'], 'Mount path', { placeholder: '/etc/certs', required: true }),
      text(['subPath'], 'Sub path'),
      bool(['readOnly'], 'Read-only'),
    ],
  },
};

const ingressTls: ListSpec = {
  noun: 'certificate',
  newItem: () => ({ secretName: '' }),
  item: {
    inputs: [
      text(['secretName'], 'Secret', { placeholder: 'app-example-tls' }),
      { path: ['hosts'], label: 'Hosts (comma-separated)', kind: 'csv', placeholder: 'app.example.com' },
    ],
  },
};

const PATH_TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'];

/** Inputs for the keys an ingress path item has in this chart (its schema, else its default). */
function pathItemInputs(pathSchema: TSchema | undefined, sample: unknown): InputSpec[] {
  const keys = new Set<string>(['path', 'pathType']);
  for (const key of Object.keys(node(pathSchema).properties ?? {})) keys.add(key);
  if (isMap(sample)) for (const key of Object.keys(sample)) keys.add(key);
  const out: InputSpec[] = [];
  for (const key of keys) {
    const prop = node(pathSchema).properties?.[key];
    const allowed = prop ? enumValues(prop) : undefined;
    if (key === 'pathType') out.push(select(['pathType'], 'Path type', (allowed as string[] | undefined) ?? PATH_TYPES));
    else if (key === 'path') out.push(text(['path'], 'Path', { placeholder: '/', required: true }));
    else if (allowed && allowed.every((v) => typeof v === 'string')) out.push(select([key], key, allowed as string[]));
    else if (!prop || hasType(prop, 'string') || (!isMap(sample) || typeof sample[key] === 'string')) out.push(text([key], key));
  }
  return out;
}

/** Ingress rules as this chart shapes them: paths as plain strings or as objects with their own keys. */
function ingressHosts(schema: TSchema | undefined, defaultValue: unknown): ListSpec {
  const hostSchema = listItemSchema(schema);
  const pathsSchema = node(hostSchema).properties?.paths;
  const sampleHost = Array.isArray(defaultValue) && isMap(defaultValue[0]) ? defaultValue[0] : undefined;
  const samplePaths = sampleHost && Array.isArray(sampleHost.paths) ? sampleHost.paths : undefined;
  const pathItem = listItemSchema(pathsSchema);
  const stringPaths = (pathItem !== undefined && hasType(pathItem, 'string')) || (samplePaths !== undefined && samplePaths.length > 0 && typeof samplePaths[0] === 'string');
  const paths: InputSpec = stringPaths
    ? { path: ['paths'], label: 'Paths (comma-separated)', kind: 'csv', placeholder: '/' }
    : {
        path: ['paths'],
        label: 'Paths',
        kind: 'rows',
        rows: { noun: 'path', newItem: () => ({ path: '/', pathType: 'Prefix' }), item: { inputs: pathItemInputs(pathItem, samplePaths?.[0]) } },
      };
  return {
    noun: 'host',
    newItem: () => (stringPaths ? { host: '', paths: ['/'] } : { host: '', paths: [{ path: '/', pathType: 'Prefix' }] }),
    item: { inputs: [text(['host'], 'Host', { placeholder: 'app.example.com' }), paths] },
  };
}

/** The editor of a shape; ingress hosts read the chart's schema and default to follow its shape. */
export function shapeSpec(shape: KubeShape, schema?: TSchema, defaultValue?: unknown): ShapeSpec {
  switch (shape) {
    case 'tolerations': return { container: 'list', list: tolerations };
    case 'resources': return { container: 'map', item: resources };
    case 'nodeSelector':
    case 'labels': return { container: 'stringMap', rules: 'label' };
    case 'annotations': return { container: 'stringMap', rules: 'annotation' };
    case 'env': return { container: 'list', list: env };
    case 'envFrom': return { container: 'list', list: envFrom };
    case 'ports': return { container: 'list', list: ports };
    case 'probe': return { container: 'map', item: probe };
    case 'securityContext': return { container: 'map', item: securityContext };
    case 'podSecurityContext': return { container: 'map', item: podSecurityContext };
    case 'affinity': return { container: 'map', item: affinity };
    case 'topologySpreadConstraints': return { container: 'list', list: topologySpread };
    case 'volumes': return { container: 'list', list: volumes };
    case 'volumeMounts': return { container: 'list', list: volumeMounts };
    case 'ingressHosts': return { container: 'list', list: ingressHosts(schema, defaultValue) };
    case 'ingressTls': return { container: 'list', list: ingressTls };
  }
}
