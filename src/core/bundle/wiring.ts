// Which releases offer a service to others (`provides`) and which parameters of a release name
// another service (`consumes`), keyed by chart id. This is chart knowledge kept here for now, since
// the chart modules are being finished in parallel: each entry should move into its chart module
// (as `provides` / `consumes` on ChartModule) once the contract grows them; the stack code reads
// only the ProviderSpec / ConsumerSpec shapes, so the move changes no caller. Endpoint facts (Service
// name and port, the password Secret) are read from the providing release's rendered objects.
import { goString, truthy } from '../goTemplate';
import type { Problem, Release, RenderedObject, Values } from '../types';
import { deleteAt, getAt, setAt } from '../values';
import {
  clientService, secretEnv, serviceHost, urlHasPassword, type BindResult, type ClientFacts, type Endpoint, type EndpointKind,
} from './endpoints';

export interface ProviderContext {
  release: Release;
  /** Merged values (defaults + user). */
  values: Values;
  objects: RenderedObject[];
}

export interface ProviderSpec {
  kind: EndpointKind;
  title: string;
  endpoint(ctx: ProviderContext): Endpoint | undefined;
}

export interface ConsumerSpec {
  /** Binding point id, unique per chart (e.g. `redis`). */
  point: string;
  kind: EndpointKind;
  title: string;
  /**
   * Every parameter the binding writes or removes (the UI shows them as following the bound release
   * and copies them on unbind); a path missing here would be overwritten behind the user's back.
   */
  params: string[];
  /** Whether the client speaks the Redis Cluster protocol. */
  cluster: 'native' | 'none';
  /** How it finds the cluster nodes, or why it cannot use a cluster. */
  clusterNote: string;
  /** What the merged values make the client use. */
  read(values: Values): ClientFacts;
  /** Writes the endpoint into the user values; `namespace` is where the consumer's pods run. */
  bind(userValues: Values, endpoint: Endpoint, namespace: string): BindResult;
}

export interface ChartWiring {
  provides?: ProviderSpec[];
  consumes?: ConsumerSpec[];
}

const text = (v: unknown): string => (truthy(v) ? goString(v) : '');

function problem(id: string, severity: Problem['severity'], message: string, params: string[], why?: string, fix?: string): Problem {
  return { id, severity, message, params, ...(why ? { why } : {}), ...(fix ? { fix } : {}) };
}

// ---- Percona Valkey: a Redis-protocol server, standalone or cluster.

const perconaValkeyRedis: ProviderSpec = {
  kind: 'redis',
  title: 'Valkey (Redis protocol)',
  endpoint({ release, values, objects }) {
    const service = clientService(objects, 'valkey');
    if (!service) return undefined;
    const authOn = truthy(getAt(values, 'auth.enabled'));
    const existing = text(getAt(values, 'auth.existingSecret'));
    const password = text(getAt(values, 'auth.password'));
    return {
      kind: 'redis',
      release: release.name,
      service: service.object.metadata.name ?? '',
      namespace: service.object.metadata.namespace ?? release.namespace,
      port: service.port,
      auth: {
        enabled: authOn,
        ...(authOn ? { secret: secretEnv(objects, /PASSWORD/) } : {}),
        ...(authOn && !existing && password ? { password } : {}),
      },
      cluster: getAt(values, 'mode') === 'cluster',
    };
  },
};

// ---- Centrifugo: the redis engine.

const CENTRIFUGO_PASSWORD_ENV = 'CENTRIFUGO_ENGINE_REDIS_PASSWORD';

interface EnvSecretItem {
  name?: string;
  secretKeyRef?: { name?: string; key?: string };
}

const centrifugoRedis: ConsumerSpec = {
  point: 'redis',
  kind: 'redis',
  title: 'Redis engine',
  params: ['config.engine.type', 'config.engine.redis.address', 'config.engine.redis.password', 'envSecret'],
  cluster: 'native',
  clusterNote:
    'Centrifugo asks the address it is given for the cluster layout (CLUSTER SLOTS) and then talks to every primary itself; one reachable node is enough as seed.',
  read(values) {
    const active = getAt(values, 'config.engine.type') === 'redis';
    const raw = getAt(values, 'config.engine.redis.address');
    const addresses = (Array.isArray(raw) ? raw : [raw]).filter((a): a is string => typeof a === 'string' && a !== '');
    const envSecret = (getAt(values, 'envSecret') as EnvSecretItem[] | undefined) ?? [];
    const fromSecret = envSecret.find((e) => e?.name === CENTRIFUGO_PASSWORD_ENV)?.secretKeyRef;
    const env = getAt(values, 'env') as Record<string, unknown> | undefined;
    let password: ClientFacts['password'] = 'none';
    if (text(getAt(values, 'config.engine.redis.password')) || fromSecret || truthy(env?.[CENTRIFUGO_PASSWORD_ENV]) || addresses.some(urlHasPassword)) password = 'sent';
    else if (text(getAt(values, 'existingSecret')) || truthy(getAt(values, 'envFrom'))) password = 'unknown';
    return {
      active,
      addresses,
      password,
      ...(fromSecret?.name && fromSecret.key ? { passwordSecret: { name: fromSecret.name, key: fromSecret.key } } : {}),
      params: ['config.engine.redis.address'],
    };
  },
  bind(user, ep, namespace) {
    const host = serviceHost(ep.service, ep.namespace, namespace);
    let values = setAt(user, 'config.engine.type', 'redis');
    values = setAt(values, 'config.engine.redis.address', `redis://${host}:${ep.port}`);
    const envSecret = ((getAt(values, 'envSecret') as EnvSecretItem[] | undefined) ?? []).filter((e) => e?.name !== CENTRIFUGO_PASSWORD_ENV);
    values = deleteAt(values, 'config.engine.redis.password');
    const problems: Problem[] = [];
    let how = 'no password (auth is off)';
    if (ep.auth.enabled) {
      if (ep.auth.secret && ep.namespace === namespace) {
        envSecret.push({ name: CENTRIFUGO_PASSWORD_ENV, secretKeyRef: { name: ep.auth.secret.name, key: ep.auth.secret.key } });
        how = `password from Secret ${ep.auth.secret.name} (key ${ep.auth.secret.key}) as ${CENTRIFUGO_PASSWORD_ENV}`;
      } else if (ep.auth.password) {
        values = setAt(values, 'config.engine.redis.password', ep.auth.password);
        how = 'password copied into config.engine.redis.password';
        problems.push(problem(
          'binding-password-copied', 'warning',
          `The password of ${ep.release} is copied into Centrifugo's configuration, since its Secret is in namespace ${ep.namespace} and Centrifugo runs in ${namespace}.`,
          ['config.engine.redis.password'],
          'Pods can read Secrets of their own namespace only; a copied password is not updated when it changes.',
          `Install both releases in one namespace so Centrifugo reads the Secret through envSecret.`,
        ));
      } else {
        how = 'no password: it cannot be passed';
        problems.push(problem(
          'binding-password-unreachable', 'error',
          `Centrifugo cannot get the password of ${ep.release}: it is ${ep.auth.secret ? `in Secret ${ep.auth.secret.name} in namespace ${ep.namespace}` : 'in a Secret this stack does not show'}, and Centrifugo runs in ${namespace}.`,
          ['envSecret', 'config.engine.redis.password'],
          'Pods read Secrets of their own namespace only, so the engine would connect without a password and fail with NOAUTH.',
          `Put both releases in one namespace, or set auth.password on ${ep.release} so the binding can copy it.`,
        ));
      }
    }
    values = envSecret.length > 0 ? setAt(values, 'envSecret', envSecret) : deleteAt(values, 'envSecret');
    return { values, problems, summary: `config.engine.redis.address = redis://${host}:${ep.port}; ${how}` };
  },
};

// ---- Kraken: its own Redis when redis.bundled is off.

const krakenRedis: ConsumerSpec = {
  point: 'redis',
  kind: 'redis',
  title: 'External Redis',
  params: ['redis.bundled', 'redis.external.host', 'redis.external.port', 'redis.external.password'],
  cluster: 'none',
  clusterNote: 'The Kraken backend connects to one Redis server (REDIS_HOST and REDIS_PORT); it has no setting for a Redis Cluster, so keys on other shards fail with MOVED.',
  read(values) {
    const active = getAt(values, 'redis.bundled') === false;
    const host = text(getAt(values, 'redis.external.host'));
    const port = text(getAt(values, 'redis.external.port'));
    const password: ClientFacts['password'] = text(getAt(values, 'redis.external.password'))
      ? 'sent'
      : text(getAt(values, 'secrets.existingSecret')) ? 'unknown' : 'none';
    return { active, addresses: host ? [port ? `${host}:${port}` : host] : [], password, params: ['redis.external.host', 'redis.external.port'] };
  },
  bind(user, ep, namespace) {
    const host = serviceHost(ep.service, ep.namespace, namespace);
    let values = setAt(user, 'redis.bundled', false);
    values = setAt(values, 'redis.external.host', host);
    values = setAt(values, 'redis.external.port', ep.port);
    const problems: Problem[] = [];
    let how = 'no password (auth is off)';
    if (!ep.auth.enabled) values = setAt(values, 'redis.external.password', '');
    else if (ep.auth.password) {
      values = setAt(values, 'redis.external.password', ep.auth.password);
      how = 'password copied into redis.external.password';
    } else {
      how = 'no password: it cannot be passed';
      problems.push(problem(
        'binding-password-unreachable', 'error',
        `Kraken cannot read the password of ${ep.release}: it is generated or kept in a Secret, and Kraken takes the Redis password only as a value (redis.external.password) or from its own secrets.existingSecret.`,
        ['redis.external.password'],
        'The backend would connect without a password and fail with NOAUTH.',
        `Set auth.password on ${ep.release} (the binding then copies it), or put REDIS_PASSWORD into the Secret named by secrets.existingSecret.`,
      ));
    }
    return { values, problems, summary: `redis.external.host = ${host}, port ${ep.port}; ${how}` };
  },
};

// ---- ChatPulse: REDIS_URL in its Secret.

function chatpulseUrl(values: Values): string {
  return text(getAt(values, 'secrets.REDIS_URL')) || text(getAt(values, 'config.REDIS_URL'));
}

const chatpulseRedis: ConsumerSpec = {
  point: 'redis',
  kind: 'redis',
  title: 'REDIS_URL',
  params: ['secrets.REDIS_URL'],
  cluster: 'none',
  clusterNote: 'ChatPulse takes one REDIS_URL and opens a client for a single server; against a Redis Cluster, keys on other shards fail with MOVED.',
  read(values) {
    const existing = text(getAt(values, 'existingSecret'));
    const url = existing ? text(getAt(values, 'config.REDIS_URL')) : chatpulseUrl(values);
    return {
      active: true,
      addresses: url ? [url] : [],
      password: url && urlHasPassword(url) ? 'sent' : existing ? 'unknown' : 'none',
      params: ['secrets.REDIS_URL'],
    };
  },
  bind(user, ep, namespace) {
    const host = serviceHost(ep.service, ep.namespace, namespace);
    const problems: Problem[] = [];
    let auth = '';
    let how = 'no password (auth is off)';
    if (ep.auth.enabled && ep.auth.password) {
      auth = `:${encodeURIComponent(ep.auth.password)}@`;
      how = 'password in the URL';
    } else if (ep.auth.enabled) {
      how = 'no password: it cannot be passed';
      problems.push(problem(
        'binding-password-unreachable', 'error',
        `ChatPulse cannot read the password of ${ep.release}: it is generated or kept in a Secret, and ChatPulse takes Redis only as one REDIS_URL.`,
        ['secrets.REDIS_URL'],
        'ChatPulse would connect without a password and fail with NOAUTH.',
        `Set auth.password on ${ep.release} so the binding can put it into REDIS_URL.`,
      ));
    }
    const url = `redis://${auth}${host}:${ep.port}`;
    const values = setAt(user, 'secrets.REDIS_URL', url);
    if (text(getAt(values, 'existingSecret'))) {
      problems.push(problem(
        'binding-existing-secret', 'warning',
        'ChatPulse reads its Secret from existingSecret, so the bound REDIS_URL is not written anywhere.',
        ['existingSecret', 'secrets.REDIS_URL'],
        'With existingSecret set, the secrets entries are ignored.',
        `Put REDIS_URL=redis://${auth ? ':<password>@' : ''}${host}:${ep.port} into that Secret.`,
      ));
    }
    return { values, problems, summary: `secrets.REDIS_URL = redis://${auth ? ':<password>@' : ''}${host}:${ep.port}; ${how}` };
  },
};

export const WIRING: Record<string, ChartWiring> = {
  'percona-valkey': { provides: [perconaValkeyRedis] },
  centrifugo: { consumes: [centrifugoRedis] },
  kraken: { consumes: [krakenRedis] },
  chatpulse: { consumes: [chatpulseRedis] },
};

export function providersOf(chartId: string): ProviderSpec[] {
  return WIRING[chartId]?.provides ?? [];
}

export function consumersOf(chartId: string): ConsumerSpec[] {
  return WIRING[chartId]?.consumes ?? [];
}
