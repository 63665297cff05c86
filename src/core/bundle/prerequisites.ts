// What a cluster must offer before these objects can work, read from the rendered objects alone:
// operators behind custom resources, ingress controllers, storage classes, metrics-server, and
// Secrets/ConfigMaps/claims the pods read but no release creates. Chart-agnostic by design.
import type { KubeObject, RenderedObject } from '../types';

export interface Prerequisite {
  /** Stable key, e.g. `crd:monitoring.coreos.com`, `ingress-class:nginx`, `secret:ns/name`. */
  id: string;
  title: string;
  detail: string;
  /** `Kind/name` of the objects that need it. */
  objects: string[];
}

/** API groups every cluster serves; anything else is a custom resource that needs its CRD. */
const BUILT_IN_GROUPS = new Set([
  '', 'apps', 'batch', 'policy', 'autoscaling', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'storage.k8s.io',
  'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'scheduling.k8s.io',
  'coordination.k8s.io', 'discovery.k8s.io', 'certificates.k8s.io', 'node.k8s.io', 'events.k8s.io',
  'flowcontrol.apiserver.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io', 'resource.k8s.io',
]);

/** Who installs the CRDs of well-known groups. */
const OPERATORS: Record<string, { title: string; hint: string }> = {
  'monitoring.coreos.com': { title: 'Prometheus Operator', hint: 'Install the Prometheus Operator (e.g. kube-prometheus-stack) so its CRDs exist and it picks the objects up.' },
  'cert-manager.io': { title: 'cert-manager', hint: 'Install cert-manager with its CRDs.' },
  'acme.cert-manager.io': { title: 'cert-manager', hint: 'Install cert-manager with its CRDs.' },
  'traefik.io': { title: 'Traefik', hint: 'Install Traefik with its CRDs (IngressRoute, Middleware, ...).' },
  'traefik.containo.us': { title: 'Traefik (v2 API group)', hint: 'Install Traefik v2 CRDs; Traefik v3 serves traefik.io instead.' },
  'gateway.networking.k8s.io': { title: 'Gateway API', hint: 'Install the Gateway API CRDs and a controller that implements them.' },
  'keda.sh': { title: 'KEDA', hint: 'Install KEDA.' },
};

/** Well-known ingress classes and the controller that serves them. */
const INGRESS_CONTROLLERS: Record<string, string> = {
  nginx: 'ingress-nginx',
  alb: 'AWS Load Balancer Controller',
  traefik: 'Traefik',
  haproxy: 'HAProxy Ingress',
  gce: 'GKE ingress (built into GKE)',
  'gce-internal': 'GKE internal ingress (built into GKE)',
  azure: 'Azure Application Gateway Ingress Controller',
  'azure-application-gateway': 'Azure Application Gateway Ingress Controller',
  kong: 'Kong Ingress Controller',
  contour: 'Contour',
  istio: 'Istio ingress gateway',
  cilium: 'Cilium ingress',
};

type Obj = KubeObject & Record<string, unknown>;

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const dig = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((cur, key) => (isMap(cur) ? cur[key] : undefined), v);

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

const label = (o: KubeObject) => `${o.kind}/${o.metadata?.name ?? '?'}`;

/** The pod spec inside a workload (or the Pod itself). */
export function podSpecOf(o: KubeObject): Record<string, unknown> | undefined {
  const spec = (o as Obj).spec;
  switch (o.kind) {
    case 'Pod':
      return isMap(spec) ? spec : undefined;
    case 'CronJob': {
      const inner = dig(spec, 'jobTemplate', 'spec', 'template', 'spec');
      return isMap(inner) ? inner : undefined;
    }
    case 'Deployment': case 'StatefulSet': case 'DaemonSet': case 'ReplicaSet': case 'Job': case 'ReplicationController': {
      const inner = dig(spec, 'template', 'spec');
      return isMap(inner) ? inner : undefined;
    }
    default:
      return undefined;
  }
}

interface Collector {
  add(id: string, title: string, detail: string, object: KubeObject): void;
  result(): Prerequisite[];
}

function collector(): Collector {
  const byId = new Map<string, Prerequisite>();
  return {
    add(id, title, detail, object) {
      const found = byId.get(id);
      if (found) {
        if (!found.objects.includes(label(object))) found.objects.push(label(object));
        return;
      }
      byId.set(id, { id, title, detail, objects: [label(object)] });
    },
    result: () => [...byId.values()],
  };
}

function customResources(objects: KubeObject[], c: Collector): void {
  const definedKinds = new Set(
    objects.filter((o) => o.kind === 'CustomResourceDefinition').map((o) => `${String(dig(o, 'spec', 'group'))}/${String(dig(o, 'spec', 'names', 'kind'))}`),
  );
  for (const o of objects) {
    const group = groupOf(o.apiVersion ?? '');
    if (BUILT_IN_GROUPS.has(group)) continue;
    if (definedKinds.has(`${group}/${o.kind}`)) continue;
    const operator = OPERATORS[group];
    const kinds = [...new Set(objects.filter((x) => groupOf(x.apiVersion ?? '') === group).map((x) => x.kind))].join(', ');
    if (operator) c.add(`crd:${operator.title}`, operator.title, `${kinds} (${group}) need it. ${operator.hint}`, o);
    else c.add(`crd:${group}`, `CRDs of ${group}`, `${kinds} are custom resources; install the operator that defines ${group} first.`, o);
  }
}

function ingressClassOf(o: KubeObject): string | undefined {
  return str(dig(o, 'spec', 'ingressClassName')) ?? str(dig(o, 'metadata', 'annotations', 'kubernetes.io/ingress.class'));
}

function ingresses(objects: KubeObject[], c: Collector): void {
  for (const o of objects.filter((x) => x.kind === 'Ingress')) {
    const cls = ingressClassOf(o);
    const annotations = dig(o, 'metadata', 'annotations');
    const alb = isMap(annotations) && Object.keys(annotations).some((k) => k.startsWith('alb.ingress.kubernetes.io/'));
    if (cls) {
      const controller = INGRESS_CONTROLLERS[cls] ?? (alb ? INGRESS_CONTROLLERS.alb : undefined);
      c.add(
        `ingress-class:${cls}`,
        `Ingress controller for class "${cls}"${controller ? ` (${controller})` : ''}`,
        `An ingress controller must serve IngressClass "${cls}"; without one the Ingress is accepted but routes nothing.`,
        o,
      );
    } else {
      c.add(
        'ingress-class:(default)',
        alb ? 'AWS Load Balancer Controller (default IngressClass)' : 'A default IngressClass',
        'The Ingress names no class: the cluster needs an IngressClass marked as default (ingressclass.kubernetes.io/is-default-class), or set a class.',
        o,
      );
    }
    if (isMap(annotations)) {
      const clusterIssuer = str(annotations['cert-manager.io/cluster-issuer']);
      const issuer = str(annotations['cert-manager.io/issuer']);
      if (clusterIssuer) c.add(`cluster-issuer:${clusterIssuer}`, `cert-manager ClusterIssuer "${clusterIssuer}"`, 'cert-manager issues the TLS certificate of the Ingress through this ClusterIssuer; install cert-manager and create it.', o);
      if (issuer) c.add(`issuer:${issuer}`, `cert-manager Issuer "${issuer}"`, `cert-manager issues the TLS certificate through this Issuer in namespace ${o.metadata.namespace ?? '(release namespace)'}; create it first.`, o);
    }
  }
}

interface Claim {
  object: KubeObject;
  storageClass?: string;
  accessModes: string[];
}

function claims(objects: KubeObject[]): Claim[] {
  const out: Claim[] = [];
  const read = (object: KubeObject, spec: unknown) =>
    out.push({ object, storageClass: str(dig(spec, 'storageClassName')), accessModes: list(dig(spec, 'accessModes')).map(String) });
  for (const o of objects) {
    if (o.kind === 'PersistentVolumeClaim') read(o, (o as Obj).spec);
    if (o.kind === 'StatefulSet') for (const t of list(dig(o, 'spec', 'volumeClaimTemplates'))) read(o, dig(t, 'spec'));
  }
  return out;
}

function storage(objects: KubeObject[], c: Collector): void {
  const storageClasses = new Set(objects.filter((o) => o.kind === 'StorageClass').map((o) => o.metadata.name));
  for (const claim of claims(objects)) {
    const rwx = claim.accessModes.includes('ReadWriteMany');
    const cls = claim.storageClass;
    if (cls && storageClasses.has(cls)) continue;
    if (rwx) {
      c.add(
        `storage-rwx:${cls ?? '(default)'}`,
        `A ReadWriteMany storage class${cls ? ` ("${cls}")` : ''}`,
        `A volume is shared by several pods (ReadWriteMany): ${cls ? `StorageClass "${cls}"` : 'the default StorageClass'} must offer RWX (NFS, EFS, CephFS, Azure Files, ...); block storage such as EBS or a local disk cannot.`,
        claim.object,
      );
    } else {
      c.add(
        `storage:${cls ?? '(default)'}`,
        cls ? `StorageClass "${cls}"` : 'A default StorageClass',
        cls ? `Volumes are claimed from StorageClass "${cls}"; it must exist.` : 'Volumes are claimed without a class: the cluster needs a default StorageClass that provisions them.',
        claim.object,
      );
    }
  }
}

/** Secrets, ConfigMaps, claims and service accounts pods read, by namespace/name. */
interface References {
  secrets: Map<string, KubeObject[]>;
  configMaps: Map<string, KubeObject[]>;
  claims: Map<string, KubeObject[]>;
  serviceAccounts: Map<string, KubeObject[]>;
}

function referencesOf(objects: KubeObject[], namespace: string): References {
  const refs: References = { secrets: new Map(), configMaps: new Map(), claims: new Map(), serviceAccounts: new Map() };
  const put = (map: Map<string, KubeObject[]>, ns: string, name: string | undefined, by: KubeObject) => {
    if (!name) return;
    const key = `${ns}/${name}`;
    map.set(key, [...(map.get(key) ?? []), by]);
  };
  for (const o of objects) {
    const ns = o.metadata.namespace ?? namespace;
    const pod = podSpecOf(o);
    if (pod) {
      const containers = [...list(pod.initContainers), ...list(pod.containers)];
      for (const c of containers) {
        for (const e of list(dig(c, 'env'))) {
          const secretRef = dig(e, 'valueFrom', 'secretKeyRef');
          if (isMap(secretRef) && secretRef.optional !== true) put(refs.secrets, ns, str(secretRef.name), o);
          const cmRef = dig(e, 'valueFrom', 'configMapKeyRef');
          if (isMap(cmRef) && cmRef.optional !== true) put(refs.configMaps, ns, str(cmRef.name), o);
        }
        for (const e of list(dig(c, 'envFrom'))) {
          const s = dig(e, 'secretRef');
          if (isMap(s) && s.optional !== true) put(refs.secrets, ns, str(s.name), o);
          const m = dig(e, 'configMapRef');
          if (isMap(m) && m.optional !== true) put(refs.configMaps, ns, str(m.name), o);
        }
      }
      for (const v of list(pod.volumes)) {
        const secret = dig(v, 'secret');
        if (isMap(secret) && secret.optional !== true) put(refs.secrets, ns, str(secret.secretName), o);
        const cm = dig(v, 'configMap');
        if (isMap(cm) && cm.optional !== true) put(refs.configMaps, ns, str(cm.name), o);
        put(refs.claims, ns, str(dig(v, 'persistentVolumeClaim', 'claimName')), o);
      }
      for (const s of list(pod.imagePullSecrets)) put(refs.secrets, ns, str(dig(s, 'name')), o);
      const sa = str(pod.serviceAccountName);
      if (sa && sa !== 'default') put(refs.serviceAccounts, ns, sa, o);
    }
    if (o.kind === 'Ingress') {
      // cert-manager fills TLS Secrets of annotated Ingresses itself.
      const annotations = dig(o, 'metadata', 'annotations');
      const byCertManager = isMap(annotations) && Object.keys(annotations).some((k) => k.startsWith('cert-manager.io/'));
      if (!byCertManager) for (const t of list(dig(o, 'spec', 'tls'))) put(refs.secrets, ns, str(dig(t, 'secretName')), o);
    }
  }
  return refs;
}

/** namespace/name of every object of a kind, plus Secrets that cert-manager Certificates create. */
function providedKeys(objects: KubeObject[], kind: string, namespace: string): Set<string> {
  const keys = new Set(objects.filter((o) => o.kind === kind).map((o) => `${o.metadata.namespace ?? namespace}/${o.metadata.name}`));
  if (kind === 'Secret') {
    for (const o of objects) {
      if (o.kind === 'Certificate') keys.add(`${o.metadata.namespace ?? namespace}/${String(dig(o, 'spec', 'secretName'))}`);
    }
  }
  return keys;
}

function missingReferences(objects: KubeObject[], provided: KubeObject[], namespace: string, c: Collector): void {
  const everything = [...objects, ...provided];
  const refs = referencesOf(objects, namespace);
  const check = (map: Map<string, KubeObject[]>, kind: string, what: string) => {
    const have = providedKeys(everything, kind, namespace);
    for (const [key, users] of map) {
      if (have.has(key)) continue;
      const [ns, name] = key.split('/');
      for (const user of users) c.add(`${kind}:${key}`, `${kind} "${name}" in namespace ${ns}`, `${what} Create it before installing.`, user);
    }
  };
  check(refs.secrets, 'Secret', 'Pods read this Secret (env, envFrom, volume, image pull or TLS), and nothing here creates it.');
  check(refs.configMaps, 'ConfigMap', 'Pods read this ConfigMap, and nothing here creates it.');
  check(refs.claims, 'PersistentVolumeClaim', 'Pods mount this existing claim, and nothing here creates it.');
  check(refs.serviceAccounts, 'ServiceAccount', 'Pods run as this ServiceAccount, and nothing here creates it.');
}

function others(objects: KubeObject[], c: Collector): void {
  for (const o of objects) {
    if (o.kind === 'HorizontalPodAutoscaler') {
      c.add('metrics-server', 'metrics-server', 'The HorizontalPodAutoscaler scales on CPU/memory, which the cluster reports only with metrics-server (or another resource metrics API).', o);
    }
    if (o.kind === 'NetworkPolicy') {
      c.add('network-policy', 'A network plugin that enforces NetworkPolicy', 'NetworkPolicies do nothing unless the CNI enforces them (Calico, Cilium, ...).', o);
    }
    if (o.kind === 'Service' && dig(o, 'spec', 'type') === 'LoadBalancer') {
      c.add('load-balancer', 'A LoadBalancer provider', 'A Service of type LoadBalancer needs the cloud provider or something like MetalLB to get an address.', o);
    }
    const injects = str(dig(o, 'metadata', 'annotations', 'cert-manager.io/inject-ca-from'));
    if (injects) c.add('crd:cert-manager', 'cert-manager', `cert-manager injects the CA bundle of ${injects} into this object; install cert-manager.`, o);
  }
}

/**
 * Prerequisites of `objects`. `provided` are objects other releases of the same install create
 * (a stack): a Secret one of them renders is not reported as missing.
 */
export function prerequisitesOf(objects: RenderedObject[], namespace: string, provided: RenderedObject[] = []): Prerequisite[] {
  const kube = objects.map((o) => o.object);
  const c = collector();
  customResources(kube, c);
  ingresses(kube, c);
  storage(kube, c);
  others(kube, c);
  missingReferences(kube, provided.map((o) => o.object), namespace, c);
  return c.result();
}
