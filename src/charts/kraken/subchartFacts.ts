// What our subchart summaries promise to get right, as one comparable shape: for each summarised
// object its name, labels and the fields a reader sizes and connects by (replicas, images, ports,
// resources, volume sizes, Service addresses, Secret keys). The same projection is applied to the
// real subchart output (recorded by devtools/recordHelmFacts.ts) and to our summaries in the tests.
import type { KubeObject } from '../../core/types';
import { getAt, isMap } from '../../core/values';

/** Subchart templates whose objects we summarise; the others (scripts, policies, ...) we leave out. */
export const SUMMARISED_TEMPLATES = [
  'charts/mongodb/templates/secrets.yaml',
  'charts/mongodb/templates/replicaset/headless-svc.yaml',
  'charts/mongodb/templates/standalone/svc.yaml',
  'charts/mongodb/templates/replicaset/statefulset.yaml',
  'charts/mongodb/templates/arbiter/statefulset.yaml',
  'charts/mongodb/templates/standalone/dep-sts.yaml',
  'charts/mongodb/templates/standalone/pvc.yaml',
  'charts/redis/templates/secret.yaml',
  'charts/redis/templates/master/service.yaml',
  'charts/redis/templates/master/application.yaml',
  'charts/redis/templates/replicas/application.yaml',
] as const;

export interface ObjectFacts {
  template: string;
  kind: string;
  name: string;
  namespace: unknown;
  labels: unknown;
  facts: Record<string, unknown>;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function claimFacts(spec: unknown): Record<string, unknown> {
  return {
    accessModes: getAt(spec, 'accessModes') ?? null,
    storage: getAt(spec, 'resources.requests.storage') ?? null,
    storageClassName: getAt(spec, 'storageClassName') ?? null,
  };
}

function workloadFacts(o: KubeObject): Record<string, unknown> {
  const podSpec = getAt(o, 'spec.template.spec');
  return {
    replicas: getAt(o, 'spec.replicas') ?? null,
    serviceName: getAt(o, 'spec.serviceName') ?? null,
    selector: getAt(o, 'spec.selector.matchLabels') ?? null,
    podLabels: getAt(o, 'spec.template.metadata.labels') ?? null,
    containers: list(getAt(podSpec, 'containers')).map((c) => ({
      name: getAt(c, 'name'),
      image: getAt(c, 'image'),
      ports: list(getAt(c, 'ports')).map((p) => ({ name: getAt(p, 'name') ?? null, containerPort: getAt(p, 'containerPort') })),
      resources: getAt(c, 'resources') ?? null,
    })),
    dataVolume: list(getAt(podSpec, 'volumes')).find((v) => getAt(v, 'name') === 'datadir') ?? null,
    claimTemplates: list(getAt(o, 'spec.volumeClaimTemplates')).map((t) => ({
      name: getAt(t, 'metadata.name'),
      labels: getAt(t, 'metadata.labels') ?? null,
      ...claimFacts(getAt(t, 'spec')),
    })),
  };
}

function serviceFacts(o: KubeObject): Record<string, unknown> {
  return {
    type: getAt(o, 'spec.type') ?? null,
    clusterIP: getAt(o, 'spec.clusterIP') ?? null,
    ports: list(getAt(o, 'spec.ports')).map((p) => ({ name: getAt(p, 'name'), port: getAt(p, 'port'), targetPort: getAt(p, 'targetPort') })),
    selector: getAt(o, 'spec.selector') ?? null,
  };
}

/** Projects one object; `generated` names Secret keys whose values helm makes up at random. */
export function projectObject(template: string, o: KubeObject, generated: string[] = []): ObjectFacts {
  let facts: Record<string, unknown> = {};
  if (o.kind === 'StatefulSet' || o.kind === 'Deployment') facts = workloadFacts(o);
  else if (o.kind === 'Service') facts = serviceFacts(o);
  else if (o.kind === 'PersistentVolumeClaim') facts = claimFacts(getAt(o, 'spec'));
  else if (o.kind === 'Secret') {
    const data = getAt(o, 'data');
    const known = isMap(data) ? Object.fromEntries(Object.entries(data).filter(([k]) => !generated.includes(k))) : {};
    facts = { type: getAt(o, 'type') ?? null, data: known };
  }
  return { template, kind: o.kind, name: String(o.metadata.name), namespace: o.metadata.namespace ?? null, labels: o.metadata.labels ?? null, facts };
}

/** Facts in a stable order, so lists from helm and from us compare position by position. */
export function sortFacts(facts: ObjectFacts[]): ObjectFacts[] {
  const key = (f: ObjectFacts) => `${f.template}\u0000${f.name}`;
  return [...facts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
