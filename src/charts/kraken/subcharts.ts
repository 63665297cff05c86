// Summaries of the Bitnami subcharts Kraken 0.0.1 bundles (mongodb 15.6.22, redis 19.6.4): the
// objects that matter for sizing and connecting (StatefulSets or Deployment with replicas, image,
// resources and volume sizes; the Service the backend reaches; the credentials Secret), named and
// labelled as those chart versions name them. Not their exact output: ConfigMaps, scripts, probes,
// NetworkPolicies, PodDisruptionBudgets and ServiceAccounts are left out, and generated passwords
// are not shown. Each object carries a note saying so.
import type { Deployment, StatefulSet } from 'kubernetes-types/apps/v1';
import type { Container, PersistentVolumeClaim, ResourceRequirements, Secret, Service, ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import { b64enc, field, goString, plain, toYamlBlock, truthy } from '../../core/goTemplate';
import { helmFullname, helmName } from '../../core/names';
import { toKubeObject } from '../../core/kubeObject';
import type { RenderedObject } from '../../core/types';
import type { Ctx } from './render';

type Labels = Record<string, string>;

/** A Service as Bitnami's templates print it: `nodePort: null` on the ports of a ClusterIP Service. */
type PrintedServicePort = Omit<ServicePort, 'nodePort'> & { nodePort?: number | null };
type PrintedService = Omit<Service, 'spec'> & { spec?: Omit<ServiceSpec, 'ports'> & { ports?: PrintedServicePort[] } };

export const MONGODB_CHART = { name: 'mongodb', version: '15.6.22', appVersion: '7.0.14', image: 'bitnami/mongodb:7.0.14-debian-12-r0' } as const;
export const REDIS_CHART = { name: 'redis', version: '19.6.4', appVersion: '7.2.5', image: 'bitnami/redis:7.2.5-debian-12-r4' } as const;

/** Bitnami's resource presets, used when a component's `resources` is empty (facts of common 2.x). */
const PRESETS: Record<string, ResourceRequirements> = {
  nano: { limits: { cpu: '150m', 'ephemeral-storage': '2Gi', memory: '192Mi' }, requests: { cpu: '100m', 'ephemeral-storage': '50Mi', memory: '128Mi' } },
  micro: { limits: { cpu: '375m', 'ephemeral-storage': '2Gi', memory: '384Mi' }, requests: { cpu: '250m', 'ephemeral-storage': '50Mi', memory: '256Mi' } },
  small: { limits: { cpu: '750m', 'ephemeral-storage': '2Gi', memory: '768Mi' }, requests: { cpu: '500m', 'ephemeral-storage': '50Mi', memory: '512Mi' } },
  medium: { limits: { cpu: '750m', 'ephemeral-storage': '2Gi', memory: '1536Mi' }, requests: { cpu: '500m', 'ephemeral-storage': '50Mi', memory: '1024Mi' } },
};

export const SUMMARY_NOTE_PREFIX = 'Summary of the';

/** One subchart's view: its own values section, names and labels, as the Bitnami helpers build them. */
interface Sub {
  at(path: string): unknown;
  /** A value with the subchart's default when the Kraken values leave it out. */
  or<T>(path: string, fallback: T): T;
  fullname: string;
  namespace: string;
  labels(component?: string): Labels;
  selector(component?: string): Labels;
  image(): string;
  resources(path: string, preset: string): ResourceRequirements | undefined;
  storageClass(persistencePath: string): { storageClassName?: string };
}

function subchart(ctx: Ctx, key: 'mongodb' | 'redis', chart: typeof MONGODB_CHART | typeof REDIS_CHART): Sub {
  const at = (path: string) => ctx.at(`${key}.${path}`);
  const or = <T>(path: string, fallback: T): T => (at(path) ?? fallback) as T;
  const override = (p: string) => (truthy(at(p)) ? goString(at(p)) : undefined);
  const name = helmName(chart.name, override('nameOverride'));
  const selector = (component?: string): Labels => ({
    'app.kubernetes.io/instance': ctx.release.name,
    'app.kubernetes.io/name': name,
    ...(component ? { 'app.kubernetes.io/component': component } : {}),
  });
  const globalValue = (k: string) => field(ctx.at('global'), k);
  return {
    at,
    or,
    fullname: helmFullname(ctx.release.name, chart.name, override('nameOverride'), override('fullnameOverride')),
    namespace: ctx.release.namespace,
    labels: (component) => ({
      'app.kubernetes.io/instance': ctx.release.name,
      'app.kubernetes.io/managed-by': 'Helm',
      'app.kubernetes.io/name': name,
      'app.kubernetes.io/version': chart.appVersion,
      'helm.sh/chart': `${chart.name}-${chart.version}`,
      ...(component ? { 'app.kubernetes.io/component': component } : {}),
    }),
    selector,
    image: () => {
      const [repository, tag] = chart.image.split(':');
      const registry = truthy(globalValue('imageRegistry')) ? globalValue('imageRegistry') : or('image.registry', 'docker.io');
      return `${goString(registry)}/${goString(or('image.repository', repository))}:${goString(or('image.tag', tag))}`;
    },
    resources: (path, preset) => {
      const own = at(`${path}resources`);
      if (truthy(own)) return toYamlBlock(own) as ResourceRequirements;
      return PRESETS[goString(or(`${path}resourcesPreset`, preset))];
    },
    storageClass: (persistencePath) => {
      const chosen = truthy(globalValue('storageClass')) ? globalValue('storageClass') : at(`${persistencePath}.storageClass`);
      if (!truthy(chosen)) return {};
      return { storageClassName: chosen === '-' ? '' : goString(chosen) };
    },
  };
}

function summary(template: string, object: { kind?: string }, note: string): RenderedObject {
  return { template, object: toKubeObject(object), note };
}

function containerOf(name: string, image: string, port: number, resources: ResourceRequirements | undefined, portName = name): Container {
  return { name, image, ports: [{ name: portName, containerPort: port }], ...(resources ? { resources } : {}) };
}

function claimTemplate(sub: Sub, name: string, persistencePath: string, labels?: Labels): PersistentVolumeClaim {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: {
      accessModes: sub.or(`${persistencePath}.accessModes`, ['ReadWriteOnce']),
      resources: { requests: { storage: goString(sub.or(`${persistencePath}.size`, '8Gi')) } },
      ...sub.storageClass(persistencePath),
    },
  };
}

// ---- MongoDB

const MONGO = 'charts/mongodb/templates';

function mongoSecret(sub: Sub, replicaset: boolean, note: string): RenderedObject | undefined {
  if (!truthy(sub.or('auth.enabled', true)) || truthy(sub.at('auth.existingSecret'))) return undefined;
  const list = (single: string, many: string) => [
    ...(truthy(sub.at(single)) ? [goString(sub.at(single))] : []),
    ...(Array.isArray(sub.at(many)) ? (sub.at(many) as unknown[]).map(goString) : []),
  ];
  const data: Record<string, string> = {};
  const generated: string[] = [];
  const put = (key: string, provided: string) => {
    if (provided) data[key] = b64enc(provided);
    else generated.push(key);
  };
  put('mongodb-root-password', truthy(sub.at('auth.rootPassword')) ? goString(sub.at('auth.rootPassword')) : '');
  if (list('auth.username', 'auth.usernames').length > 0 && list('auth.database', 'auth.databases').length > 0) {
    put('mongodb-passwords', list('auth.password', 'auth.passwords').join(','));
  }
  if (replicaset) put('mongodb-replica-set-key', truthy(sub.at('auth.replicaSetKey')) ? goString(sub.at('auth.replicaSetKey')) : '');
  const obj: Secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: sub.fullname, namespace: sub.namespace, labels: sub.labels('mongodb') },
    type: 'Opaque',
    data,
  };
  const extra = generated.length > 0 ? `\nGenerated at install, not shown: ${generated.join(', ')}.` : '';
  return summary(`${MONGO}/secrets.yaml`, obj, note + extra);
}

/** The Service the bundled MongoDB gets: headless for a replica set, plain for standalone. */
function mongoServiceName(sub: Sub, replicaset: boolean): string {
  const nameOverride = sub.at('service.nameOverride');
  return truthy(nameOverride) ? goString(nameOverride) : replicaset ? `${sub.fullname}-headless` : sub.fullname;
}

function mongoService(sub: Sub, replicaset: boolean, note: string): RenderedObject {
  const port = plain(sub.or('service.ports.mongodb', 27017)) as number;
  const portName = goString(sub.or('service.portName', 'mongodb'));
  const name = mongoServiceName(sub, replicaset);
  const spec: PrintedService['spec'] = replicaset
    ? { type: 'ClusterIP', clusterIP: 'None', publishNotReadyAddresses: true, ports: [{ name: portName, port, targetPort: 'mongodb' }] }
    : {
        type: goString(sub.or('service.type', 'ClusterIP')),
        sessionAffinity: 'None',
        ports: [{ name: portName, port, targetPort: 'mongodb', nodePort: null }],
      };
  const obj: PrintedService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: sub.namespace, labels: sub.labels('mongodb') },
    spec: { ...spec, selector: sub.selector('mongodb') },
  };
  return summary(`${MONGO}/${replicaset ? 'replicaset/headless-svc.yaml' : 'standalone/svc.yaml'}`, obj, note);
}

function mongoReplicaSet(sub: Sub, serviceName: string, note: string): RenderedObject[] {
  const persistent = truthy(sub.or('persistence.enabled', true));
  const sts: StatefulSet = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: sub.fullname, namespace: sub.namespace, labels: sub.labels('mongodb') },
    spec: {
      serviceName,
      podManagementPolicy: goString(sub.or('podManagementPolicy', 'OrderedReady')),
      replicas: plain(sub.or('replicaCount', 2)) as number,
      updateStrategy: { type: 'RollingUpdate' },
      selector: { matchLabels: sub.selector('mongodb') },
      template: {
        metadata: { labels: sub.labels('mongodb') },
        spec: { containers: [containerOf('mongodb', sub.image(), 27017, sub.resources('', 'small'))] },
      },
      ...(persistent ? { volumeClaimTemplates: [claimTemplate(sub, goString(sub.or('persistence.name', 'datadir')), 'persistence')] } : {}),
    },
  };
  const out = [summary(`${MONGO}/replicaset/statefulset.yaml`, sts, note)];
  if (truthy(sub.or('arbiter.enabled', true))) {
    const arbiter: StatefulSet = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: `${sub.fullname}-arbiter`, namespace: sub.namespace, labels: sub.labels('arbiter') },
      spec: {
        serviceName: `${sub.fullname}-arbiter-headless`,
        podManagementPolicy: 'OrderedReady',
        updateStrategy: { type: 'RollingUpdate' },
        selector: { matchLabels: sub.selector('arbiter') },
        template: {
          metadata: { labels: sub.labels('arbiter') },
          spec: { containers: [containerOf('mongodb-arbiter', sub.image(), 27017, sub.resources('arbiter.', 'small'), 'mongodb')] },
        },
      },
    };
    out.push(summary(`${MONGO}/arbiter/statefulset.yaml`, arbiter, `${note}\nThe arbiter votes in elections and holds no data.`));
  }
  return out;
}

function mongoStandalone(sub: Sub, note: string): RenderedObject[] {
  const persistent = truthy(sub.or('persistence.enabled', true));
  const existingClaim = sub.at('persistence.existingClaim');
  const claimName = truthy(existingClaim) ? goString(existingClaim) : sub.fullname;
  const dep: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: sub.fullname, namespace: sub.namespace, labels: sub.labels('mongodb') },
    spec: {
      replicas: 1,
      strategy: { type: 'RollingUpdate' },
      selector: { matchLabels: sub.selector('mongodb') },
      template: {
        metadata: { labels: sub.labels('mongodb') },
        spec: {
          containers: [containerOf('mongodb', sub.image(), 27017, sub.resources('', 'small'))],
          volumes: [persistent ? { name: 'datadir', persistentVolumeClaim: { claimName } } : { name: 'datadir', emptyDir: {} }],
        },
      },
    },
  };
  const out = [summary(`${MONGO}/standalone/dep-sts.yaml`, dep, note)];
  if (persistent && !truthy(existingClaim)) {
    const pvc: PersistentVolumeClaim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: sub.fullname, namespace: sub.namespace, labels: sub.labels('mongodb') },
      spec: claimTemplate(sub, sub.fullname, 'persistence').spec,
    };
    out.push(summary(`${MONGO}/standalone/pvc.yaml`, pvc, note));
  }
  return out;
}

function mongodbSummary(ctx: Ctx): RenderedObject[] {
  const sub = subchart(ctx, 'mongodb', MONGODB_CHART);
  const replicaset = sub.or<unknown>('architecture', 'standalone') === 'replicaset';
  const note = `${SUMMARY_NOTE_PREFIX} Bitnami mongodb ${MONGODB_CHART.version} subchart (mongodb.bundled), not its exact output.`;
  const service = mongoService(sub, replicaset, note);
  const workload = replicaset ? mongoReplicaSet(sub, String(service.object.metadata.name), note) : mongoStandalone(sub, note);
  const secret = mongoSecret(sub, replicaset, note);
  return [...(secret ? [secret] : []), service, ...workload];
}

// ---- Redis

const REDIS = 'charts/redis/templates';

function redisStatefulSet(sub: Sub, role: 'master' | 'replica', note: string): RenderedObject {
  const path = role === 'master' ? 'master' : 'replica';
  const persistent = truthy(sub.or(`${path}.persistence.enabled`, true));
  const replicas = role === 'master' ? sub.or('master.count', 1) : sub.or('replica.replicaCount', 3);
  const sts: StatefulSet = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: `${sub.fullname}-${role === 'master' ? 'master' : 'replicas'}`, namespace: sub.namespace, labels: sub.labels(role) },
    spec: {
      replicas: plain(replicas) as number,
      revisionHistoryLimit: 10,
      selector: { matchLabels: sub.selector(role) },
      serviceName: `${sub.fullname}-headless`,
      updateStrategy: { type: 'RollingUpdate' },
      template: {
        metadata: { labels: sub.labels(role) },
        spec: { containers: [containerOf('redis', sub.image(), 6379, sub.resources(`${path}.`, 'nano'))] },
      },
      ...(persistent ? { volumeClaimTemplates: [claimTemplate(sub, 'redis-data', `${path}.persistence`, sub.selector(role))] } : {}),
    },
  };
  return summary(`${REDIS}/${role === 'master' ? 'master' : 'replicas'}/application.yaml`, sts, note);
}

function redisSummary(ctx: Ctx): RenderedObject[] {
  const sub = subchart(ctx, 'redis', REDIS_CHART);
  const note = `${SUMMARY_NOTE_PREFIX} Bitnami redis ${REDIS_CHART.version} subchart (redis.bundled), not its exact output.`;
  const out: RenderedObject[] = [];
  const passwordFiles = truthy(sub.or('auth.usePasswordFiles', false)) && !truthy(sub.or('auth.usePasswordFileFromSecret', true));
  if (truthy(sub.or('auth.enabled', true)) && !truthy(sub.at('auth.existingSecret')) && !passwordFiles) {
    const password = sub.at('auth.password');
    const obj: Secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: sub.fullname, namespace: sub.namespace, labels: sub.labels() },
      type: 'Opaque',
      data: truthy(password) ? { 'redis-password': b64enc(goString(password)) } : {},
    };
    out.push(summary(`${REDIS}/secret.yaml`, obj, truthy(password) ? note : `${note}\nGenerated at install, not shown: redis-password.`));
  }
  if (!truthy(sub.at('sentinel.enabled'))) {
    const master: PrintedService = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `${sub.fullname}-master`, namespace: sub.namespace, labels: sub.labels('master') },
      spec: {
        type: goString(sub.or('master.service.type', 'ClusterIP')),
        internalTrafficPolicy: 'Cluster',
        sessionAffinity: 'None',
        ports: [{ name: 'tcp-redis', port: plain(sub.or('master.service.ports.redis', 6379)) as number, targetPort: 'redis', nodePort: null }],
        selector: sub.selector('master'),
      },
    };
    out.push(summary(`${REDIS}/master/service.yaml`, master, note));
  }
  out.push(redisStatefulSet(sub, 'master', note));
  if (sub.or<unknown>('architecture', 'replication') === 'replication') out.push(redisStatefulSet(sub, 'replica', note));
  return out;
}

/** Names the bundled stores' Services get, which the backend's addresses must match. */
export function bundledServiceNames(ctx: Ctx): { mongodb: string; redisMaster: string } {
  const mongo = subchart(ctx, 'mongodb', MONGODB_CHART);
  const redis = subchart(ctx, 'redis', REDIS_CHART);
  return {
    mongodb: mongoServiceName(mongo, mongo.or<unknown>('architecture', 'standalone') === 'replicaset'),
    redisMaster: `${redis.fullname}-master`,
  };
}

/** Summaries of the subcharts the values switch on (the conditions of Chart.yaml). */
export function subchartSummaries(ctx: Ctx): RenderedObject[] {
  return [
    ...(truthy(ctx.at('mongodb.bundled')) ? mongodbSummary(ctx) : []),
    ...(truthy(ctx.at('redis.bundled')) ? redisSummary(ctx) : []),
  ];
}

/** Whether a rendered object is one of these summaries rather than an object of Kraken's own templates. */
export function isSubchartSummary(o: { template: string }): boolean {
  return o.template.startsWith('charts/');
}
