// Cross-field checks for Kraken 0.0.1. Each rule reads values loosely (any type may turn up, since
// users edit YAML), never throws, names the dotted parameters involved and cites the section of
// the deployment guide it comes from.
import type { TSchema } from 'typebox';
import { goString } from '../../core/goTemplate';
import { formatPath, type PathSeg } from '../../core/paths';
import { node } from '../../core/schemaNode';
import type { Finding } from '../../core/rules';
import type { Rule } from '../../core/types';
import { defineRule } from '../../core/rules';
import { asStringOrNumber, type ValueReader } from '../../core/valueReaders';
import { defaultsFromSchema, getAt, isMap } from '../../core/values';
import { makeCtx, mongodbUri, redisHost } from './render';
import { schema, type KrakenValues } from './schema';
import { bundledServiceNames } from './subcharts';
import { switchedOffRule } from '../../core/switchedOff';

/** Most backend pods that may run at once: the autoscaler's maximum, else replicaCount. */
function backendPods(read: ValueReader): { count: number; param: string } {
  if (read.bool('backend.autoscaling.enabled')) {
    const max = read.at('backend.autoscaling.maxReplicas');
    return { count: typeof max === 'number' ? max : 1, param: 'backend.autoscaling.maxReplicas' };
  }
  const replicas = read.at('backend.replicaCount');
  return { count: typeof replicas === 'number' ? replicas : 1, param: 'backend.replicaCount' };
}

// ---- data stores

const mongodbExternalUri = defineRule<KrakenValues>('mongodb-external-uri', 'An external MongoDB needs a replica set URI', (_, read) => {
  if (read.bool('mongodb.bundled')) return [];
  const uri = asStringOrNumber(read.at('mongodb.external.uri')).trim();
  const params = ['mongodb.bundled', 'mongodb.external.uri'];
  const why = 'Kraken uses MongoDB change streams for real-time features, and change streams only exist on a replica set.';
  if (uri === '') {
    return [{ severity: 'error', message: 'MongoDB is not bundled, but mongodb.external.uri is empty.', why: 'The backend has no database to connect to.', fix: 'Set mongodb.external.uri to your connection string, or turn mongodb.bundled on.', params, doc: 'MongoDB' }];
  }
  if (uri.startsWith('mongodb+srv://')) return []; // SRV records name the replica set themselves.
  if (!uri.startsWith('mongodb://')) {
    return [{ severity: 'error', message: 'mongodb.external.uri is not a MongoDB connection string.', why: 'It must start with mongodb:// or mongodb+srv://.', fix: 'Write the URI as mongodb://user:password@host:27017/kraken?replicaSet=rs0.', params, doc: 'MongoDB' }];
  }
  const query = uri.includes('?') ? uri.slice(uri.indexOf('?') + 1) : '';
  if (!/(^|&)replicaSet=[^&]+/.test(query)) {
    return [{ severity: 'error', message: 'mongodb.external.uri names no replica set (replicaSet=...).', why, fix: 'Run MongoDB as a replica set and add ?replicaSet=<name> to the URI, e.g. ?replicaSet=rs0.', params, doc: 'MongoDB' }];
  }
  return [];
});

const mongodbReplicaSet = defineRule<KrakenValues>('mongodb-replicaset', 'The bundled MongoDB must be a replica set', (_, read) => {
  if (!read.bool('mongodb.bundled') || read.at('mongodb.architecture') === 'replicaset') return [];
  return [{
    severity: 'error',
    message: `The bundled MongoDB is "${goString(read.at('mongodb.architecture'))}", not a replica set.`,
    why: 'Kraken relies on change streams, which a standalone MongoDB does not offer; the backend also asks for replicaSet in its URI.',
    fix: 'Set mongodb.architecture to replicaset.',
    params: ['mongodb.architecture'],
    doc: 'MongoDB',
  }];
});

const mongodbServiceName = defineRule<KrakenValues>('mongodb-service-name', "The backend's MongoDB host must be a Service of the bundled MongoDB", (ctx, read) => {
  if (!read.bool('mongodb.bundled')) return [];
  const krakenCtx = makeCtx(ctx.values, ctx.release);
  const host = `${krakenCtx.fullname}-mongodb`;
  const service = bundledServiceNames(krakenCtx).mongodb;
  if (service === host) return [];
  return [{
    severity: 'error',
    message: `The backend connects to MongoDB at ${host}, but the bundled MongoDB's Service is ${service}.`,
    why: `The chart builds the backend's URI from its own name (${mongodbUri(krakenCtx).replace(/\/\/[^@]*@/, '//…@')}), while the Bitnami chart names its Service after the release; no Service named ${host} exists, so the backend cannot reach the database.`,
    fix: `Set mongodb.service.nameOverride to "${host}".`,
    params: ['mongodb.service.nameOverride', 'mongodb.bundled'],
    doc: 'MongoDB',
  }];
});

const mongodbAuthOff = defineRule<KrakenValues>('mongodb-auth-off', 'The backend always logs in to the bundled MongoDB', (_, read) => {
  if (!read.bool('mongodb.bundled') || read.bool('mongodb.auth.enabled')) return [];
  return [{
    severity: 'error',
    message: 'Authentication of the bundled MongoDB is off, but the backend URI still carries a user and password.',
    why: 'Without authentication the Bitnami chart creates no users, so logging in as mongodb.auth.username fails.',
    fix: 'Turn mongodb.auth.enabled back on.',
    params: ['mongodb.auth.enabled'],
    doc: 'MongoDB',
  }];
});

const redisExternalHost = defineRule<KrakenValues>('redis-external-host', 'An external Redis needs a host', (_, read) => {
  if (read.bool('redis.bundled') || asStringOrNumber(read.at('redis.external.host')).trim() !== '') return [];
  return [{
    severity: 'error',
    message: 'Redis is not bundled, but redis.external.host is empty.',
    why: 'The backend uses Redis as cache and Socket.IO adapter and cannot start without it.',
    fix: 'Set redis.external.host (and port, password) to your Redis, or turn redis.bundled on.',
    params: ['redis.bundled', 'redis.external.host'],
    doc: 'Redis',
  }];
});

const redisServiceName = defineRule<KrakenValues>('redis-service-name', "The backend's Redis host must be the bundled Redis master Service", (ctx, read) => {
  if (!read.bool('redis.bundled') || read.bool('redis.sentinel.enabled')) return [];
  const krakenCtx = makeCtx(ctx.values, ctx.release);
  const host = redisHost(krakenCtx);
  const service = bundledServiceNames(krakenCtx).redisMaster;
  if (service === host) return [];
  return [{
    severity: 'error',
    message: `The backend connects to Redis at ${host}, but the bundled Redis master Service is ${service}.`,
    why: 'The chart names the Redis host after itself (<fullname>-redis-master) while the Bitnami chart names it after the release; they only agree when the release name contains "kraken".',
    fix: `Set redis.fullnameOverride to "${krakenCtx.fullname}-redis", or install under a release name that contains "kraken".`,
    params: ['redis.fullnameOverride', 'redis.bundled'],
    doc: 'Redis',
  }];
});

// ---- secrets

const jwtSecretsEmpty = defineRule<KrakenValues>('jwt-secrets-empty', 'JWT secrets must be set unless an existing Secret is used', (_, read) => {
  if (read.bool('secrets.existingSecret')) return [];
  const empty = ['secrets.jwtSecret', 'secrets.jwtRefreshSecret'].filter((p) => asStringOrNumber(read.at(p)).trim() === '');
  if (empty.length === 0) return [];
  return [{
    severity: 'error',
    message: `${empty.join(' and ')} ${empty.length > 1 ? 'are' : 'is'} empty.`,
    why: 'The backend signs login tokens with these keys; empty keys make every token forgeable or the backend refuse to start.',
    fix: 'Generate each with `openssl rand -base64 32` (two different values), or set secrets.existingSecret.',
    params: [...empty, 'secrets.existingSecret'],
    doc: 'Quick start',
  }];
});

/** Secret-like values and when they matter; their chart defaults are placeholders. */
const PLACEHOLDER_PARAMS: { path: string; applies: (read: ValueReader) => boolean }[] = [
  { path: 'secrets.jwtSecret', applies: (read) => !read.bool('secrets.existingSecret') },
  { path: 'secrets.jwtRefreshSecret', applies: (read) => !read.bool('secrets.existingSecret') },
  { path: 'livekit.url', applies: () => true },
  { path: 'livekit.apiKey', applies: () => true },
  { path: 'livekit.apiSecret', applies: (read) => !read.bool('secrets.existingSecret') },
  { path: 'livekit.webhookSecret', applies: (read) => !read.bool('secrets.existingSecret') },
  { path: 'mongodb.auth.rootPassword', applies: (read) => read.bool('mongodb.bundled') },
  { path: 'mongodb.auth.password', applies: (read) => read.bool('mongodb.bundled') },
  { path: 'mongodb.external.uri', applies: (read) => !read.bool('mongodb.bundled') },
  { path: 'redis.auth.password', applies: (read) => read.bool('redis.bundled') && read.bool('redis.auth.enabled') },
  { path: 'redis.external.host', applies: (read) => !read.bool('redis.bundled') },
];

const CHART_DEFAULTS = defaultsFromSchema(schema);

const placeholderSecrets = defineRule<KrakenValues>('placeholder-values', "Passwords, secrets and addresses still hold the chart's placeholders", (_, read) => {
  const left = PLACEHOLDER_PARAMS.filter(({ path, applies }) => {
    const placeholder = getAt(CHART_DEFAULTS, path);
    return applies(read) && typeof placeholder === 'string' && placeholder !== '' && read.at(path) === placeholder;
  }).map((p) => p.path);
  if (left.length === 0) return [];
  return [{
    severity: 'warning',
    message: `${left.length} value${left.length > 1 ? 's' : ''} still hold${left.length > 1 ? '' : 's'} the chart's placeholder: ${left.join(', ')}.`,
    why: 'The placeholders are public: anyone can sign tokens or log in with them, and example addresses lead nowhere.',
    fix: 'Replace each with your own value (random secrets from `openssl rand -base64 32`), or keep the secrets in secrets.existingSecret.',
    params: left,
    doc: 'Production checklist',
  }];
});

const existingSecretKeys = defineRule<KrakenValues>('existing-secret-keys', 'An existing Secret must hold every key the backend reads', (_, read) => {
  if (!read.bool('secrets.existingSecret')) return [];
  const keys = ['JWT_SECRET', 'JWT_REFRESH_SECRET', 'LIVEKIT_API_SECRET', 'LIVEKIT_WEBHOOK_SECRET'];
  const redisNeedsPassword = read.bool('redis.bundled') ? read.bool('redis.auth.enabled') : read.bool('redis.external.password');
  if (redisNeedsPassword) keys.push('REDIS_PASSWORD');
  return [{
    severity: 'info',
    message: `Secret "${goString(read.at('secrets.existingSecret'))}" must hold ${keys.join(', ')}.`,
    why: 'The chart creates no Secret then and ignores secrets.*, livekit.apiSecret, livekit.webhookSecret and the Redis password values.',
    fix: 'Create the Secret in the release namespace before installing.',
    params: ['secrets.existingSecret'],
    doc: 'Secrets management',
  }];
});

// ---- LiveKit

const livekitUrl = defineRule<KrakenValues>('livekit-url', 'LiveKit is reached over wss://', (_, read) => {
  const url = asStringOrNumber(read.at('livekit.url')).trim();
  if (url.startsWith('wss://') && url.length > 'wss://'.length) return [];
  return [{
    severity: 'error',
    message: url === '' ? 'livekit.url is empty.' : `livekit.url "${url}" is not a wss:// address.`,
    why: 'Browsers connect to LiveKit with a secure WebSocket; voice and video do not work without one.',
    fix: 'Set livekit.url to your LiveKit server, e.g. wss://livekit.example.com (LiveKit Cloud gives a wss:// URL).',
    params: ['livekit.url'],
    doc: 'LiveKit',
  }];
});

// ---- ingress and TLS

const tlsManualSecret = defineRule<KrakenValues>('tls-manual-secret', 'Manual TLS needs a Secret name', (_, read) => {
  if (!read.bool('ingress.enabled') || read.at('ingress.tls.mode') !== 'manual' || read.bool('ingress.tls.secretName')) return [];
  return [{
    severity: 'error',
    message: 'TLS mode is manual but ingress.tls.secretName is empty.',
    why: 'The ingress lists the hosts for TLS without a certificate, so the controller serves its own self-signed one.',
    fix: 'Set ingress.tls.secretName to a TLS Secret (tls.crt, tls.key) in the release namespace, or choose cert-manager.',
    params: ['ingress.tls.mode', 'ingress.tls.secretName'],
    doc: 'Ingress',
  }];
});

const tlsCertManager = defineRule<KrakenValues>('tls-cert-manager', 'cert-manager mode needs certManager.enabled and an issuer', (_, read) => {
  if (!read.bool('ingress.enabled') || read.at('ingress.tls.mode') !== 'cert-manager') return [];
  const out: Finding[] = [];
  if (!read.bool('ingress.tls.certManager.enabled')) {
    out.push({
      severity: 'error',
      message: 'TLS mode is cert-manager but ingress.tls.certManager.enabled is off.',
      why: 'The chart writes the cert-manager annotation only when both are set; without it no certificate is issued and the <fullname>-tls-<host> Secrets the ingress names never exist.',
      fix: 'Turn ingress.tls.certManager.enabled on.',
      params: ['ingress.tls.mode', 'ingress.tls.certManager.enabled'],
      doc: 'Ingress',
    });
  }
  if (asStringOrNumber(read.at('ingress.tls.certManager.issuer')).trim() === '') {
    out.push({
      severity: 'error',
      message: 'TLS mode is cert-manager but ingress.tls.certManager.issuer is empty.',
      why: 'cert-manager needs to know which issuer signs the certificates.',
      fix: 'Name your issuer, e.g. letsencrypt-prod, and set issuerKind to ClusterIssuer or Issuer.',
      params: ['ingress.tls.mode', 'ingress.tls.certManager.issuer'],
      doc: 'Ingress',
    });
  }
  return out;
});

const certManagerUnused = defineRule<KrakenValues>('cert-manager-unused', 'certManager settings only count in cert-manager mode', (_, read) => {
  if (!read.bool('ingress.tls.certManager.enabled') || read.at('ingress.tls.mode') === 'cert-manager') return [];
  return [{
    severity: 'info',
    message: `ingress.tls.certManager.enabled is on, but the TLS mode is "${goString(read.at('ingress.tls.mode'))}".`,
    why: 'The cert-manager annotation is written only in cert-manager mode.',
    fix: 'Set ingress.tls.mode to cert-manager, or turn certManager.enabled off.',
    params: ['ingress.tls.certManager.enabled', 'ingress.tls.mode'],
    doc: 'Ingress',
  }];
});

const ingressRoutes = defineRule<KrakenValues>('ingress-routes', 'Every ingress host needs its routes', (_, read) => {
  if (!read.bool('ingress.enabled')) return [];
  const hosts = read.at('ingress.hosts');
  if (!Array.isArray(hosts)) return [];
  const out: Finding[] = [];
  const targets = new Set<unknown>();
  hosts.forEach((h, i) => {
    const paths = getAt(h, 'paths');
    if (!Array.isArray(paths) || paths.length === 0) {
      out.push({
        severity: 'error',
        message: `Ingress host ${i + 1} (${asStringOrNumber(getAt(h, 'host')) || 'no name'}) has no paths.`,
        why: 'Kubernetes rejects an Ingress rule without paths. Setting only ingress.hosts[0].host with --set replaces the whole list and drops the routes.',
        fix: 'Give the host the three routes: / to frontend, /api and /socket.io to backend.',
        params: [`ingress.hosts[${i}].paths`],
        doc: 'Ingress',
      });
    } else for (const p of paths) targets.add(getAt(p, 'service'));
  });
  if (out.length === 0 && hosts.length > 0) {
    for (const target of ['frontend', 'backend']) {
      if (!targets.has(target)) {
        out.push({
          severity: 'warning',
          message: `No ingress path goes to the ${target}.`,
          why: target === 'backend' ? 'Browsers reach the API and WebSocket through /api and /socket.io.' : 'Browsers load the app from /.',
          fix: target === 'backend' ? 'Route /api and /socket.io to service: backend.' : 'Route / to service: frontend.',
          params: ['ingress.hosts'],
          doc: 'Ingress',
        });
      }
    }
  }
  return out;
});

const stickySessions = defineRule<KrakenValues>('sticky-sessions', 'Several backend pods need sticky sessions at the ingress', (_, read) => {
  const pods = backendPods(read);
  if (pods.count <= 1 || !read.bool('ingress.enabled')) return [];
  const annotations = read.at('ingress.annotations');
  if (isMap(annotations) && annotations['nginx.ingress.kubernetes.io/affinity'] === 'cookie') return [];
  return [{
    severity: 'warning',
    message: `Up to ${pods.count} backend pods run, but the ingress does not pin browsers to one of them.`,
    why: 'Socket.IO falls back to long polling, whose requests must all reach the same pod; the backend Service itself does no pinning.',
    fix: 'Keep the nginx.ingress.kubernetes.io/affinity: cookie annotations (or the equivalent of your ingress controller).',
    params: ['ingress.annotations', pods.param],
    doc: 'Ingress',
  }];
});

const frontendBackendUrl = defineRule<KrakenValues>('frontend-backend-url', "The frontend's backend URL must name the backend Service", (ctx, read) => {
  const url = asStringOrNumber(read.at('frontend.env.backendUrl'));
  const krakenCtx = makeCtx(ctx.values, ctx.release);
  const service = `${krakenCtx.fullname}-backend`;
  const port = read.at('backend.service.port');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('http://invalid');
  }
  const firstLabel = parsed.hostname.split('.')[0];
  // Only in-cluster addresses of a backend are judged; any other address is the user's choice.
  if (!firstLabel.endsWith('-backend') && parsed.hostname !== 'invalid') return [];
  const actualPort = parsed.port === '' ? (parsed.protocol === 'https:' ? 443 : 80) : Number(parsed.port);
  if (firstLabel === service && actualPort === port) return [];
  return [{
    severity: 'warning',
    message: `frontend.env.backendUrl is "${url}", but the backend Service is ${service} on port ${goString(port)}.`,
    why: 'The chart default names a Service of a release called "kraken"; for other release names or ports the frontend is handed an address where no backend listens.',
    fix: `Set frontend.env.backendUrl to http://${service}:${goString(port)}.`,
    params: ['frontend.env.backendUrl', 'backend.service.port'],
    doc: 'Architecture',
  }];
});

// ---- storage

const uploadsPerPod = defineRule<KrakenValues>('uploads-per-pod', 'Several backend pods need shared file storage', (_, read) => {
  const pods = backendPods(read);
  if (read.bool('fileStorage.enabled') || pods.count <= 1) return [];
  return [{
    severity: 'warning',
    message: `Up to ${pods.count} backend pods run, each with its own uploads directory.`,
    why: 'Without fileStorage every pod keeps uploads in its own emptyDir: a file uploaded through one pod is missing on the others, and all are lost when a pod restarts.',
    fix: 'Turn fileStorage.enabled on with a ReadWriteMany storage class (EFS, Azure Files, NFS) or fileStorage.nfs.',
    params: ['fileStorage.enabled', pods.param],
    doc: 'File storage',
  }];
});

// Storage class names that say shared file storage, and those that are block storage
// (ReadWriteOnce only) in common clusters; other names are not judged.
const FILE_CLASS = /efs|file|nfs|ceph|rwx|gluster|longhorn|netapp|trident/i;
const BLOCK_CLASS = /(^|[-_])(gp2|gp3|io1|io2|ebs|pd|rwo|disk|block|local|hostpath|standard|default|managed|premium|cinder)([-_]|$)/i;

interface SharedVolume {
  key: 'fileStorage' | 'replayStorage';
  what: string;
  sharers: (read: ValueReader) => string | undefined;
  doc: string;
}

const SHARED_VOLUMES: SharedVolume[] = [
  {
    key: 'fileStorage',
    what: 'uploads',
    sharers: (read) => {
      const pods = backendPods(read);
      return pods.count > 1 ? `up to ${pods.count} backend pods` : undefined;
    },
    doc: 'File storage',
  },
  { key: 'replayStorage', what: 'replay segments', sharers: () => 'the backend and LiveKit egress', doc: 'Replay storage (LiveKit egress)' },
];

function storageClassOf(read: ValueReader, key: string): { set: boolean; name: string } {
  const storage = read.at(key);
  const set = isMap(storage) && Object.hasOwn(storage, 'storageClassName');
  return { set, name: set && isMap(storage) ? asStringOrNumber(storage.storageClassName) : '' };
}

const sharedVolumeRwx = defineRule<KrakenValues>('shared-volume-rwx', 'Shared volumes need a ReadWriteMany-capable class', (_, read) => {
  const out: Finding[] = [];
  for (const v of SHARED_VOLUMES) {
    if (!read.bool(`${v.key}.enabled`) || read.bool(`${v.key}.nfs.enabled`)) continue;
    const sharers = v.sharers(read);
    if (!sharers) continue;
    const cls = storageClassOf(read, v.key);
    let problem: string | undefined;
    if (!cls.set) problem = "has no storageClassName, so the cluster's default class is used, which is usually block storage mounted by one node at a time";
    else if (cls.name === '') problem = 'has storageClassName "" (no class), so it only binds to a ReadWriteMany volume created beforehand';
    else if (!FILE_CLASS.test(cls.name) && BLOCK_CLASS.test(cls.name)) problem = `uses storage class "${cls.name}", which looks like block storage (ReadWriteOnce)`;
    if (!problem) continue;
    out.push({
      severity: 'warning',
      message: `The ${v.what} claim is shared by ${sharers} but ${problem}.`,
      why: 'The claim asks for ReadWriteMany; a class that cannot provide it leaves the claim Pending or the pods on one node.',
      fix: `Set ${v.key}.storageClassName to a ReadWriteMany class (EFS, Azure Files, NFS, CephFS), or use ${v.key}.nfs.`,
      params: [`${v.key}.storageClassName`, `${v.key}.enabled`],
      doc: v.doc,
    });
  }
  return out;
});

const nfsClaimClass = defineRule<KrakenValues>('nfs-claim-class', 'A claim bound to the NFS volume must have an empty storage class', (_, read) => {
  const out: Finding[] = [];
  for (const v of SHARED_VOLUMES) {
    if (!read.bool(`${v.key}.enabled`) || !read.bool(`${v.key}.nfs.enabled`)) continue;
    const cls = storageClassOf(read, v.key);
    if (cls.set && cls.name === '') continue;
    out.push({
      severity: 'warning',
      message: cls.set
        ? `The ${v.what} claim asks for storage class "${cls.name}" but is bound to the chart's NFS volume, which has none.`
        : `The ${v.what} claim has no storageClassName; the cluster's default class is filled in and it no longer matches the chart's NFS volume.`,
      why: 'A claim binds to a named volume only when both have the same storage class, so the claim stays Pending.',
      fix: `Set ${v.key}.storageClassName to "" (an empty string).`,
      params: [`${v.key}.storageClassName`, `${v.key}.nfs.enabled`],
      doc: v.doc,
    });
  }
  return out;
});

// ---- parameters without effect

function noEffectPaths(schemaNode: TSchema, segs: PathSeg[] = []): { path: string; why: string }[] {
  const n = node(schemaNode);
  const own = n['x-no-effect'] ? [{ path: formatPath(segs), why: n['x-no-effect'] }] : [];
  return [...own, ...Object.entries(n.properties ?? {}).flatMap(([k, child]) => noEffectPaths(child, [...segs, k]))];
}

const NO_EFFECT = noEffectPaths(schema);

const noEffect = defineRule<KrakenValues>('no-effect', 'Parameters this chart version does not read', (ctx) => {
  const set = NO_EFFECT.filter(({ path }) => getAt(ctx.userValues, path) !== undefined);
  return set.map(({ path, why }) => ({
    severity: 'info' as const,
    message: `${path} is set, but changes nothing.`,
    why,
    fix: 'Leave it at its default, or add the object yourself outside the chart.',
    params: [path],
    doc: 'Production checklist',
  }));
});

export const rules: Rule<KrakenValues>[] = [
  mongodbExternalUri,
  mongodbReplicaSet,
  mongodbServiceName,
  mongodbAuthOff,
  redisExternalHost,
  redisServiceName,
  jwtSecretsEmpty,
  placeholderSecrets,
  existingSecretKeys,
  livekitUrl,
  tlsManualSecret,
  tlsCertManager,
  certManagerUnused,
  ingressRoutes,
  stickySessions,
  frontendBackendUrl,
  uploadsPerPod,
  sharedVolumeRwx,
  nfsClaimClass,
  noEffect,
  // Kraken's templates read mongodb.auth and redis.auth credentials even with auth off.
  switchedOffRule<KrakenValues>({ doc: 'Configuration', exempt: ['mongodb.auth.enabled', 'redis.auth.enabled'] }),
];

/** For tests and docs: the x-no-effect parameters the no-effect rule watches. */
export const noEffectParams = NO_EFFECT.map((p) => p.path);
