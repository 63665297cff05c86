// Cross-field checks for the Centrifugo chart 13.0.0 (Centrifugo v6 configuration). Each rule reads
// the merged values loosely (users can put anything anywhere), never throws, and names the exact
// value paths involved and the README section its advice comes from.
import { truthy } from '../../core/goTemplate';
import { formatPath } from '../../core/paths';
import { defineRule, type Finding } from '../../core/rules';
import type { Rule, Values } from '../../core/types';
import { asList, asMap, asNumeric, asString, type ValueReader } from '../../core/valueReaders';
import { getAt, isMap } from '../../core/values';
import type { CentrifugoValues } from './schema';
import { switchedOffRule } from '../../core/switchedOff';

/** README section headings (chart 13.0.0) that problems cite. */
export const DOC = {
  quickStart: 'Quick Start (Local Testing with Minikube)',
  serviceDesign: 'Service Design',
  scaling: 'Scaling',
  ingress: 'Ingress for Public Access',
  nginx: 'NGINX Ingress Controller',
  haproxy: 'HAProxy Ingress Controller',
  alb: 'AWS ALB Ingress (EKS)',
  gke: 'GCP GKE Ingress',
  ha: 'High Availability Example',
  monitoring: 'Monitoring Distributed Deployments',
  probes: 'Health Probes',
  secrets: 'Secret Management',
  redis: 'Scale with Redis Engine',
  nats: 'With NATS Broker',
  metrics: 'Metrics Parameters',
  deployment: 'Deployment Parameters',
  parameters: 'Parameters',
  v13: 'v12 -> v13 (Breaking Changes)',
  v12: 'v11 -> v12',
} as const;

/** The read/send timeout the README suggests for long-lived WebSocket/SSE connections. */
export const LONG_TIMEOUT_SECONDS = 3600;

// ---------------------------------------------------------------------------------------------
// How Centrifugo reads its options (the typed value readers themselves are core/valueReaders).

type At = ValueReader['at'];

/** Centrifugo option switched on: JSON true, or "true" as an environment variable gives it. */
const on = (v: unknown) => v === true || v === 'true';
/** A key as one path segment (annotation names contain dots). */
const seg = (key: string) => formatPath([key]);
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

/** The environment variable Centrifugo reads for a config option: `admin.password` -> CENTRIFUGO_ADMIN_PASSWORD. */
export function envNameOf(option: string): string {
  return `CENTRIFUGO_${option.replace(/\./g, '_').toUpperCase()}`;
}

/** A Centrifugo option as the server sees it: a plain `env` entry wins over config.json. */
function option(at: At, dotted: string): { value: unknown; path: string } {
  const envName = envNameOf(dotted);
  const env = asMap(at('env'));
  if (Object.hasOwn(env, envName)) return { value: env[envName], path: `env.${seg(envName)}` };
  return { value: at(`config.${dotted}`), path: `config.${dotted}` };
}

/** Whether an option may arrive from a Secret: named in envSecret, or possibly in existingSecret/envFrom. */
function fromSecret(at: At, dotted: string): 'named' | 'maybe' | 'no' {
  const envName = envNameOf(dotted);
  if (asList(at('envSecret')).some((item) => asMap(item).name === envName)) return 'named';
  if (truthy(at('existingSecret')) || asList(at('envFrom')).length > 0) return 'maybe';
  return 'no';
}

/** How many pods run: replicaCount, or the autoscaler's range when autoscaling is on. */
interface Replicas {
  autoscaled: boolean;
  /** More than one pod can run. */
  multi: boolean;
  /** The fewest pods that run (undefined when unreadable). */
  floor: number | undefined;
  label: string;
  params: string[];
}

function replicasOf(at: At): Replicas {
  if (truthy(at('autoscaling.enabled'))) {
    const min = asNumeric(at('autoscaling.minReplicas'));
    const max = asNumeric(at('autoscaling.maxReplicas'));
    return {
      autoscaled: true,
      multi: max === undefined || max > 1,
      floor: min ?? 1,
      label: `autoscaling is on (minReplicas ${min ?? 'unset'}, maxReplicas ${max ?? 'unset'})`,
      params: ['autoscaling.enabled', 'autoscaling.maxReplicas'],
    };
  }
  const n = asNumeric(at('replicaCount'));
  return { autoscaled: false, multi: n !== undefined && n > 1, floor: n, label: `replicaCount is ${n ?? show(at('replicaCount'))}`, params: ['replicaCount'] };
}

/** Which implementation keeps PUB/SUB and which keeps presence (Centrifugo v6 engine/broker/presence_manager). */
interface Engine {
  broker: string;
  brokerPath: string;
  presence: string;
  presencePath: string;
}

function engineOf(at: At): Engine {
  const engineType = option(at, 'engine.type');
  const engine = { value: asString(engineType.value) ?? 'memory', path: engineType.path };
  const brokerOn = on(option(at, 'broker.enabled').value);
  const presenceOn = on(option(at, 'presence_manager.enabled').value);
  const brokerType = option(at, 'broker.type');
  const presenceType = option(at, 'presence_manager.type');
  return {
    broker: brokerOn ? asString(brokerType.value) ?? 'memory' : engine.value,
    brokerPath: brokerOn ? brokerType.path : engine.path,
    presence: presenceOn ? asString(presenceType.value) ?? 'memory' : engine.value,
    presencePath: presenceOn ? presenceType.path : engine.path,
  };
}

/** Channel option sets: channels without a namespace and each namespace. */
function channelScopes(at: At): { path: string; label: string; options: Values }[] {
  const scopes: { path: string; label: string; options: Values }[] = [];
  const withoutNs = at('config.channel.without_namespace');
  if (isMap(withoutNs)) scopes.push({ path: 'config.channel.without_namespace', label: 'channels without a namespace', options: withoutNs });
  asList(at('config.channel.namespaces')).forEach((ns, i) => {
    if (!isMap(ns)) return;
    const name = asString(ns.name);
    scopes.push({ path: `config.channel.namespaces[${i}]`, label: name ? `namespace "${name}"` : `namespace #${i}`, options: ns });
  });
  return scopes;
}

const HISTORY_FLAGS = [
  'force_recovery',
  'allow_recovery',
  'force_positioning',
  'allow_positioning',
  'allow_history_for_subscriber',
  'allow_history_for_client',
  'allow_history_for_anonymous',
];
const PRESENCE_FLAGS = [
  'presence',
  'join_leave',
  'force_push_join_leave',
  'allow_presence_for_subscriber',
  'allow_presence_for_client',
  'allow_presence_for_anonymous',
];

function historyKeysIn(options: Values): string[] {
  const keys: string[] = [];
  const size = asNumeric(options.history_size);
  if (size !== undefined && size > 0) keys.push('history_size');
  const ttl = options.history_ttl;
  if ((typeof ttl === 'string' && !/^\s*0*(\.0*)?[a-z]*\s*$/i.test(ttl)) || (typeof ttl === 'number' && ttl > 0)) keys.push('history_ttl');
  for (const flag of HISTORY_FLAGS) if (on(options[flag])) keys.push(flag);
  return keys;
}

const presenceKeysIn = (options: Values) => PRESENCE_FLAGS.filter((flag) => on(options[flag]));

// ---------------------------------------------------------------------------------------------
// Ingress controllers, recognised by class name, the legacy class annotation or annotation prefixes.

type Controller = 'nginx' | 'haproxy' | 'alb' | 'gce';
type IngressBase = 'ingress' | 'ingressInternal';

function controllerNamed(name: string): Controller | undefined {
  const n = name.toLowerCase();
  if (n.includes('nginx')) return 'nginx';
  if (n.includes('haproxy')) return 'haproxy';
  if (/(^|[^a-z])alb([^a-z]|$)/.test(n)) return 'alb';
  if (/^gce(-internal)?$/.test(n)) return 'gce';
  return undefined;
}

const ANNOTATION_PREFIXES: [string, Controller][] = [
  ['nginx.ingress.kubernetes.io/', 'nginx'],
  ['haproxy.org/', 'haproxy'],
  ['haproxy-ingress.github.io/', 'haproxy'],
  ['alb.ingress.kubernetes.io/', 'alb'],
];

function controllerOf(at: At, base: IngressBase): { kind: Controller; via: string } | undefined {
  const className = asString(at(`${base}.ingressClassName`));
  const byClass = className ? controllerNamed(className) : undefined;
  if (byClass) return { kind: byClass, via: `${base}.ingressClassName` };
  const annotations = asMap(at(`${base}.annotations`));
  const legacy = asString(annotations['kubernetes.io/ingress.class']);
  const byLegacy = legacy ? controllerNamed(legacy) : undefined;
  if (byLegacy) return { kind: byLegacy, via: `${base}.annotations.${seg('kubernetes.io/ingress.class')}` };
  for (const key of Object.keys(annotations)) {
    const hit = ANNOTATION_PREFIXES.find(([prefix]) => key.startsWith(prefix));
    if (hit) return { kind: hit[1], via: `${base}.annotations` };
  }
  return undefined;
}

/** Seconds in "3600", "3600s", "60m", "1h"...; a bare number counts in `bareUnit` seconds. */
function durationSeconds(v: unknown, bareUnit: number): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v * bareUnit : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|m|h|d)?\s*$/.exec(v);
  if (!m) return undefined;
  const units: Record<string, number> = { us: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
  return Number(m[1]) * (m[2] ? units[m[2]] : bareUnit);
}

// ---------------------------------------------------------------------------------------------
// Scaling: engine, broker, presence.

const memoryEngineReplicas = defineRule<CentrifugoValues>('memory-engine-replicas', 'The memory engine runs in one pod only', (_, { at }) => {
  const replicas = replicasOf(at);
  const engine = engineOf(at);
  if (!replicas.multi || engine.broker !== 'memory') return [];
  return [
    {
      severity: 'error',
      message: `${replicas.label} but ${engine.brokerPath} is "memory": the memory engine keeps channels and messages inside one pod`,
      why: 'Each pod would only deliver messages published to itself: clients on other pods miss them, and history and presence differ per pod.',
      fix: 'Use the Redis engine (config.engine.type: redis with config.engine.redis.address) or the NATS broker (config.broker.enabled: true, type: nats), or run a single replica.',
      params: [engine.brokerPath, ...replicas.params],
    },
  ];
}, { doc: DOC.scaling });

const natsAtMostOnce = defineRule<CentrifugoValues>('nats-broker-at-most-once', 'The NATS broker delivers at most once', (_, { at }) => {
  const engine = engineOf(at);
  if (engine.broker !== 'nats') return [];
  return [
    {
      severity: 'info',
      message: `${engine.brokerPath} is "nats": messages are delivered at most once, without history or recovery`,
      why: 'The NATS broker only relays PUB/SUB; a message published while a client is reconnecting is lost and cannot be recovered.',
      fix: 'Accept at-most-once delivery, or use the Redis engine when clients must recover missed messages.',
      params: [engine.brokerPath],
      doc: DOC.scaling,
    },
  ];
}, { doc: DOC.nats });

const natsWithHistory = defineRule<CentrifugoValues>('nats-broker-history', 'History, recovery and presence need more than the NATS broker', (_, { at }) => {
  const engine = engineOf(at);
  if (engine.broker !== 'nats') return [];
  const out: Finding[] = [];
  for (const scope of channelScopes(at)) {
    const history = historyKeysIn(scope.options);
    // Presence is fine when a Redis engine or Redis presence manager keeps it; NATS only replaces the broker.
    const presence = engine.presence === 'memory' ? presenceKeysIn(scope.options) : [];
    const used = [...history, ...presence];
    if (used.length === 0) continue;
    const uses = used.map((k) => `${k} ${show(scope.options[k])}`).join(', ');
    out.push(
      {
        severity: 'error',
        message: `${engine.brokerPath} is "nats" but ${scope.label} uses ${uses}`,
        why: history.length > 0
          ? 'The NATS broker keeps no publication history, so history, recovery and positioning cannot work for these channels.'
          : `Presence and join/leave are kept in each pod's memory (${engine.presencePath} "memory"), so every pod sees only its own subscribers.`,
        fix: history.length > 0
          ? 'Remove the history/recovery options from these channels, or use the Redis engine instead of the NATS broker.'
          : 'Remove the presence options, or keep presence in Redis (config.presence_manager.enabled: true, type: redis).',
        params: [engine.brokerPath, ...used.map((k) => `${scope.path}.${seg(k)}`)],
      },
    );
  }
  return out;
}, { doc: DOC.nats });

const brokerNotEnabled = defineRule<CentrifugoValues>('broker-type-without-enabled', 'A broker or presence manager type is set but not enabled', (_, { at }) => {
  const out: Finding[] = [];
  for (const part of ['broker', 'presence_manager']) {
    const type = option(at, `${part}.type`);
    const enabled = option(at, `${part}.enabled`);
    const kind = asString(type.value);
    if (!kind || kind === 'memory' || on(enabled.value)) continue;
    out.push(
      {
        severity: 'warning',
        message: `${type.path} is "${kind}" but ${enabled.path} is not true, so Centrifugo ignores it`,
        why: `Centrifugo only uses config.${part} when its enabled flag is on; otherwise the engine (${asString(at('config.engine.type')) ?? 'memory'}) does the work.`,
        fix: `Set ${enabled.path}: true.`,
        params: [enabled.path, type.path],
      },
    );
  }
  return out;
}, { doc: DOC.nats });

const engineAddressMissing = defineRule<CentrifugoValues>('engine-address-missing', 'Redis and NATS need an address', (_, { at }) => {
  const out: Finding[] = [];
  const check = (section: string, keys: string[], defaultAddress: string, doc: string) => {
    const given = keys.some((k) => {
      const v = option(at, `${section}.${k}`).value;
      return (typeof v === 'string' && v.trim() !== '') || asList(v).length > 0;
    });
    if (given || keys.some((k) => fromSecret(at, `${section}.${k}`) !== 'no')) return;
    const path = `config.${section}.${keys[0]}`;
    out.push(
      {
        severity: 'warning',
        message: `No ${path} is set, so Centrifugo connects to its default ${defaultAddress}`,
        why: 'Inside the pod that address is the pod itself, where no server listens: Centrifugo cannot start its engine.',
        fix: `Set ${path} to your server (e.g. the Service name of your Redis or NATS release).`,
        params: [path],
        doc: doc,
      },
    );
  };
  const engineType = asString(option(at, 'engine.type').value) ?? 'memory';
  const brokerOn = on(option(at, 'broker.enabled').value);
  const presenceOn = on(option(at, 'presence_manager.enabled').value);
  const engineUsed = !(brokerOn && presenceOn);
  const redisKeys = ['address', 'cluster_address', 'sentinel_address'];
  if (engineUsed && engineType === 'redis') check('engine.redis', redisKeys, 'redis://127.0.0.1:6379', DOC.redis);
  const brokerType = asString(option(at, 'broker.type').value);
  if (brokerOn && brokerType === 'redis') check('broker.redis', redisKeys, 'redis://127.0.0.1:6379', DOC.redis);
  if (brokerOn && brokerType === 'nats') check('broker.nats', ['url'], 'nats://127.0.0.1:4222', DOC.nats);
  if (presenceOn && asString(option(at, 'presence_manager.type').value) === 'redis') {
    check('presence_manager.redis', redisKeys, 'redis://127.0.0.1:6379', DOC.redis);
  }
  return out;
}, { doc: DOC.redis });

// ---------------------------------------------------------------------------------------------
// Ingress.

const ingressHosts = defineRule<CentrifugoValues>('ingress-without-hosts', 'An enabled Ingress needs hosts with paths', (_, { at }) => {
  const out: Finding[] = [];
  for (const base of ['ingress', 'ingressInternal'] as const) {
    if (!truthy(at(`${base}.enabled`))) continue;
    const hosts = at(`${base}.hosts`);
    if (asList(hosts).length === 0) {
      out.push(
        {
          severity: 'error',
          message: `${base}.enabled is true but ${base}.hosts is empty`,
          why: 'The chart renders an Ingress with no rules and no default backend, which the API server rejects.',
          fix: `Add at least one entry to ${base}.hosts, e.g. { host: centrifugo.example.com, paths: [/connection] }, or disable ${base}.`,
          params: [`${base}.hosts`, `${base}.enabled`],
        },
      );
      continue;
    }
    asList(hosts).forEach((host, i) => {
      if (asList(asMap(host).paths).length > 0) return;
      out.push(
        {
          severity: 'error',
          message: `${base}.hosts[${i}] (${show(asMap(host).host ?? '')}) has no paths`,
          why: 'The chart renders that rule with no HTTP paths, which the API server rejects.',
          fix: `Add paths to ${base}.hosts[${i}].paths, e.g. [/connection, /emulation] for the public ingress.`,
          params: [`${base}.hosts[${i}].paths`],
        },
      );
    });
  }
  return out;
}, { doc: DOC.ingress });

interface TimeoutNeed {
  annotation: string;
  /** Seconds configured, undefined when absent or unreadable. */
  seconds: number | undefined;
  present: boolean;
  suggestion: string;
  note?: string;
}

function timeoutNeeds(kind: Controller, annotations: Values): TimeoutNeed[] {
  if (kind === 'nginx') {
    return ['proxy-read-timeout', 'proxy-send-timeout'].map((name) => {
      const annotation = `nginx.ingress.kubernetes.io/${name}`;
      const v = annotations[annotation];
      const seconds = asNumeric(v);
      return {
        annotation,
        seconds,
        present: v !== undefined,
        suggestion: `"${LONG_TIMEOUT_SECONDS}"`,
        note: v !== undefined && seconds === undefined ? 'ingress-nginx wants a plain number of seconds' : undefined,
      };
    });
  }
  if (kind === 'haproxy') {
    const annotation = ['haproxy.org/timeout-tunnel', 'haproxy-ingress.github.io/timeout-tunnel'].find((a) => annotations[a] !== undefined) ?? 'haproxy.org/timeout-tunnel';
    const v = annotations[annotation];
    const bare = typeof v === 'number' || (typeof v === 'string' && /^\s*\d+\s*$/.test(v));
    // HAProxy reads a time without unit as milliseconds.
    return [{ annotation, seconds: durationSeconds(v, 1e-3), present: v !== undefined, suggestion: `"${LONG_TIMEOUT_SECONDS}s"`, note: bare ? 'HAProxy reads a number without unit as milliseconds' : undefined }];
  }
  if (kind === 'alb') {
    const annotation = 'alb.ingress.kubernetes.io/load-balancer-attributes';
    const v = asString(annotations[annotation]) ?? '';
    const m = /idle_timeout\.timeout_seconds\s*=\s*(\d+)/.exec(v);
    return [{ annotation, seconds: m ? Number(m[1]) : undefined, present: m !== null, suggestion: `idle_timeout.timeout_seconds=${LONG_TIMEOUT_SECONDS}` }];
  }
  return [];
}

const CONTROLLER_DOC: Record<Controller, string> = { nginx: DOC.nginx, haproxy: DOC.haproxy, alb: DOC.alb, gce: DOC.gke };
const CONTROLLER_DEFAULT: Record<Controller, string> = { nginx: '60 s', haproxy: 'the client/server timeout', alb: '60 s', gce: '30 s' };

const ingressTimeouts = defineRule<CentrifugoValues>('ingress-timeouts', 'The public Ingress needs long proxy timeouts', (_, { at }) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const controller = controllerOf(at, 'ingress');
  if (!controller || controller.kind === 'gce') return [];
  const annotations = asMap(at('ingress.annotations'));
  const short = timeoutNeeds(controller.kind, annotations).filter((n) => n.seconds === undefined || n.seconds < LONG_TIMEOUT_SECONDS);
  if (short.length === 0) return [];
  const describe = (n: TimeoutNeed) =>
    !n.present ? `${n.annotation} is not set` : `${n.annotation} is ${show(annotations[n.annotation])}${n.note ? ` (${n.note})` : ''}`;
  return [
    {
      severity: 'warning',
      message: `The ${controller.kind} ingress has no long proxy timeout: ${short.map(describe).join('; ')}`,
      why: `Client connections are long-lived WebSocket/SSE streams; the controller's default (${CONTROLLER_DEFAULT[controller.kind]}) cuts idle ones and clients keep reconnecting.`,
      fix: `Add to ingress.annotations: ${short.map((n) => `${n.annotation}: ${n.suggestion}`).join(', ')}.`,
      params: ['ingress.annotations', ...short.filter((n) => n.present).map((n) => `ingress.annotations.${seg(n.annotation)}`), controller.via],
      doc: CONTROLLER_DOC[controller.kind],
    },
  ];
}, { doc: DOC.ingress });

const albIdleTimeoutMax = defineRule<CentrifugoValues>('alb-idle-timeout-range', 'ALB idle timeouts stop at 4000 seconds', (_, { at }) => {
  if (!truthy(at('ingress.enabled')) || controllerOf(at, 'ingress')?.kind !== 'alb') return [];
  const [need] = timeoutNeeds('alb', asMap(at('ingress.annotations')));
  if (need?.seconds === undefined || need.seconds <= 4000) return [];
  return [
    {
      severity: 'error',
      message: `ingress.annotations ${need.annotation} sets idle_timeout.timeout_seconds=${need.seconds}, above the ALB maximum of 4000`,
      why: 'The AWS Load Balancer Controller cannot apply the attribute, so the load balancer is not reconciled.',
      fix: `Use idle_timeout.timeout_seconds=${LONG_TIMEOUT_SECONDS}.`,
      params: [`ingress.annotations.${seg(need.annotation)}`],
    },
  ];
}, { doc: DOC.alb });

const gkeBackendConfig = defineRule<CentrifugoValues>('gke-backend-config', 'GKE Ingress needs a BackendConfig with a long timeout', (_, { at }) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const controller = controllerOf(at, 'ingress');
  if (controller?.kind !== 'gce') return [];
  if (truthy(asMap(at('service.annotations'))['cloud.google.com/backend-config'])) return [];
  return [
    {
      severity: 'warning',
      message: 'The GKE ingress targets a Service without a cloud.google.com/backend-config annotation',
      why: "Without a BackendConfig the Google load balancer's 30 s backend timeout cuts WebSocket connections.",
      fix: 'Create a BackendConfig with spec.timeoutSec (e.g. 86400) and add service.annotations."cloud.google.com/backend-config": \'{"default": "<its name>"}\'.',
      params: ['service.annotations', controller.via],
    },
  ];
}, { doc: DOC.gke });

const allowedOrigins = defineRule<CentrifugoValues>('ingress-allowed-origins', 'Browsers need client.allowed_origins', (_, { at }) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const origins = option(at, 'client.allowed_origins');
  const given = asList(origins.value).length > 0 || (typeof origins.value === 'string' && origins.value.trim() !== '');
  if (given) {
    const any = asList(origins.value).includes('*') || origins.value === '*';
    if (!any) return [];
    return [
      {
        severity: 'info',
        message: `${origins.path} allows any origin ("*") while the ingress is public`,
        why: 'Any website can open connections to Centrifugo on behalf of its visitors.',
        fix: 'List your own site origins instead, e.g. https://app.example.com.',
        params: [origins.path, 'ingress.enabled'],
      },
    ];
  }
  if (fromSecret(at, 'client.allowed_origins') === 'named') return [];
  return [
    {
      severity: 'warning',
      message: 'ingress.enabled is true but config.client.allowed_origins is empty',
      why: 'Centrifugo rejects browser connections whose Origin is not listed, so web clients behind the ingress cannot connect.',
      fix: 'Set config.client.allowed_origins to the origins of your web app, e.g. [https://app.example.com].',
      params: ['config.client.allowed_origins', 'ingress.enabled'],
    },
  ];
}, { doc: DOC.ingress });

const ingressInternalBackend = defineRule<CentrifugoValues>('ingress-internal-backend', 'The internal Ingress must point at an existing Service port', (_, { at }) => {
  if (!truthy(at('ingressInternal.enabled'))) return [];
  // The template picks the backend Service by serviceInternal.enabled, while the Service itself is
  // split off by serviceInternal.useSeparate: the two must agree.
  const enabledKey = truthy(at('serviceInternal.enabled'));
  const separate = truthy(at('serviceInternal.useSeparate'));
  if (enabledKey === separate) return [];
  const port = show(at('serviceInternal.port'));
  return [
    separate
      ? {
        severity: 'error',
        message: `serviceInternal.useSeparate is true, so port ${port} moves to the -internal Service, but ingressInternal still targets the main Service`,
        why: 'The chart names the -internal Service as backend only when serviceInternal.enabled is set; the main Service has no internal port, so the internal ingress has nothing (or the wrong server) behind it.',
        fix: 'Also set serviceInternal.enabled: true (the key the ingress template reads), or set serviceInternal.useSeparate: false.',
        params: ['serviceInternal.useSeparate', 'serviceInternal.enabled', 'ingressInternal.enabled'],
      }
      : {
        severity: 'error',
        message: 'serviceInternal.enabled is true, so ingressInternal targets the -internal Service, but serviceInternal.useSeparate is false and that Service is not created',
        why: 'The internal ingress points at a Service that does not exist.',
        fix: 'Set serviceInternal.useSeparate: true as well, or remove serviceInternal.enabled.',
        params: ['serviceInternal.enabled', 'serviceInternal.useSeparate', 'ingressInternal.enabled'],
      },
  ];
}, { doc: DOC.serviceDesign });

const ingressInternalExposure = defineRule<CentrifugoValues>('ingress-internal-exposure', 'The internal Ingress publishes API, admin and metrics', (_, { at }) => {
  if (!truthy(at('ingressInternal.enabled'))) return [];
  return [
    {
      severity: 'info',
      message: 'ingressInternal.enabled exposes the internal port (server API, admin UI, metrics, health) through an Ingress',
      why: 'Whoever reaches that ingress can call the server API and the admin endpoints.',
      fix: 'Restrict it (internal load balancer, source ranges, auth) or use admin.external / http_api.external on the public port for just what you need.',
      params: ['ingressInternal.enabled'],
    },
  ];
}, { doc: DOC.serviceDesign });

const albHealthCheck = defineRule<CentrifugoValues>('alb-health-check', 'The ALB health check must reach /health on the internal port', (_, { at }) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const controller = controllerOf(at, 'ingress');
  if (controller?.kind !== 'alb') return [];
  const annotations = asMap(at('ingress.annotations'));
  const portKey = 'alb.ingress.kubernetes.io/healthcheck-port';
  const pathKey = 'alb.ingress.kubernetes.io/healthcheck-path';
  const hcPort = annotations[portKey];
  const hcPath = asString(annotations[pathKey]);
  const internalPort = asNumeric(at('servers.internal.port'));
  const externalPort = asNumeric(at('servers.external.port'));
  const targetType = asString(annotations['alb.ingress.kubernetes.io/target-type']) ?? 'instance';
  const annotationParam = (key: string) => `ingress.annotations.${seg(key)}`;

  if (truthy(at('serviceInternal.useSeparate')) && (hcPort !== undefined || hcPath === '/health')) {
    return [
      {
        severity: 'warning',
        message: 'serviceInternal.useSeparate is true while the ALB health check is set for the internal port on the ingress Service',
        why: 'The ingress targets the main Service, which no longer exposes the internal port; the README warns targets then stay unhealthy.',
        fix: `Point ${portKey} at the port that serves /health (servers.internal.port ${internalPort ?? '?'} with target-type ip), or keep the internal port on the main Service.`,
        params: ['serviceInternal.useSeparate', ...(hcPort !== undefined ? [annotationParam(portKey)] : ['ingress.annotations'])],
      },
    ];
  }
  const issues: string[] = [];
  const params: string[] = [];
  const hcPortNum = asNumeric(hcPort);
  if (hcPort === undefined || hcPort === 'traffic-port') {
    if (internalPort !== externalPort) {
      issues.push(`${portKey} is not set, so the ALB checks the traffic port (the external server), which does not serve /health`);
      params.push('ingress.annotations');
    }
  } else if (targetType === 'ip' && hcPortNum !== undefined && internalPort !== undefined && hcPortNum !== internalPort) {
    issues.push(`${portKey} is ${show(hcPort)} but servers.internal.port is ${internalPort}`);
    params.push(annotationParam(portKey), 'servers.internal.port');
  }
  if (hcPath !== '/health') {
    issues.push(hcPath === undefined ? `${pathKey} is not set (the ALB checks "/")` : `${pathKey} is "${hcPath}"`);
    params.push(hcPath === undefined ? 'ingress.annotations' : annotationParam(pathKey));
  }
  if (issues.length === 0) return [];
  return [
    {
      severity: 'warning',
      message: `ALB health check misses Centrifugo's /health endpoint: ${issues.join('; ')}`,
      why: 'Centrifugo serves /health only on its internal port; targets failing the check are never sent traffic.',
      fix: `Set ${pathKey}: /health and ${portKey}: "${internalPort ?? 9000}".`,
      params: params,
    },
  ];
}, { doc: DOC.alb });

// ---------------------------------------------------------------------------------------------
// Secrets.

// Option names that hold secrets (v6 and v5 spellings); `*_file` options only name a path.
const SECRET_KEY = /(^|_)(password|secret|secret_key|api_key|token|license)$|^key$|key_pem(_b64)?$/i;
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i;
const SECRET_ENV = /(PASSWORD|SECRET|SECRET_KEY|API_KEY|TOKEN|LICENSE)$/;

interface SecretLeaf {
  path: string;
  /** The dotted Centrifugo option, when no list lies on the way (lists cannot be one env variable). */
  option?: string;
  inUrl: boolean;
}

function secretLeaves(value: unknown, path: string, key: string, option: string | undefined, out: SecretLeaf[]): void {
  if (typeof value === 'string') {
    if (value === '') return;
    if (SECRET_KEY.test(key)) out.push({ path, option, inUrl: false });
    else if (URL_WITH_PASSWORD.test(value)) out.push({ path, option, inUrl: true });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => secretLeaves(item, `${path}[${i}]`, key, undefined, out));
  } else if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) secretLeaves(v, `${path}.${seg(k)}`, k, option === undefined ? undefined : `${option}.${k}`, out);
  }
}

const secretsInValues = defineRule<CentrifugoValues>('secrets-in-values', 'Secrets belong in a Kubernetes Secret', (_, { at }) => {
  const leaves: SecretLeaf[] = [];
  const config = at('config');
  if (isMap(config)) for (const [k, v] of Object.entries(config)) secretLeaves(v, `config.${seg(k)}`, k, k, leaves);
  const out: Finding[] = leaves.map(({ path, option: opt, inUrl }) => {
    const envName = opt ? envNameOf(opt) : undefined;
    return {
      severity: 'warning',
      message: `${path} holds ${inUrl ? 'a password inside a URL' : 'a secret'} in plain values`,
      why: 'config is written into a ConfigMap (readable by anyone who may read ConfigMaps) and stays in values files and share links.',
      fix: envName
        ? `Store it in a Secret under the key ${envName} and reference it with existingSecret (or an envSecret entry named ${envName}); then remove ${path}.`
        : 'Store it in a Secret and pass it as a CENTRIFUGO_* environment variable with existingSecret, envSecret or envFrom; then remove it from config.',
      params: [path],
    };
  });
  for (const [name, value] of Object.entries(asMap(at('env')))) {
    const inUrl = typeof value === 'string' && URL_WITH_PASSWORD.test(value);
    if (!(SECRET_ENV.test(name.toUpperCase()) && truthy(value)) && !inUrl) continue;
    out.push(
      {
        severity: 'warning',
        message: `env.${name} holds a secret in plain values`,
        why: 'env entries are written into the Deployment in clear text.',
        fix: `Move it into a Secret and reference it with an envSecret entry named ${name} (or existingSecret).`,
        params: [`env.${seg(name)}`],
      },
    );
  }
  return out;
}, { doc: DOC.secrets });

const adminCredentials = defineRule<CentrifugoValues>('admin-without-credentials', 'The admin UI needs a password and secret', (_, { at }) => {
  if (!on(option(at, 'admin.enabled').value) || on(option(at, 'admin.insecure').value)) return [];
  const missing = ['admin.password', 'admin.secret'].filter((opt) => {
    const v = option(at, opt).value;
    return !(typeof v === 'string' && v !== '') && fromSecret(at, opt) === 'no';
  });
  if (missing.length === 0) return [];
  return [
    {
      severity: 'info',
      message: `config.admin.enabled is true but ${missing.map((m) => `config.${m}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not provided`,
      why: 'Centrifugo refuses admin logins without both a password and a secret.',
      fix: `Provide ${missing.map(envNameOf).join(' and ')} from a Secret (existingSecret or envSecret), or set config.admin.enabled: false.`,
      params: ['config.admin.enabled', ...missing.map((m) => `config.${m}`)],
    },
  ];
}, { doc: DOC.secrets });

// Centrifugo v5 flat option names that v6 moved (the chart follows v6 since 12.0.0).
const V5_KEYS: Record<string, string> = {
  token_hmac_secret_key: 'client.token.hmac_secret_key',
  admin_password: 'admin.password',
  admin_secret: 'admin.secret',
  api_key: 'http_api.key',
  grpc_api_key: 'grpc_api.key',
  allowed_origins: 'client.allowed_origins',
  namespaces: 'channel.namespaces',
  presence: 'channel.without_namespace.presence',
  join_leave: 'channel.without_namespace.join_leave',
  history_size: 'channel.without_namespace.history_size',
  history_ttl: 'channel.without_namespace.history_ttl',
  force_recovery: 'channel.without_namespace.force_recovery',
  redis_address: 'engine.redis.address',
  redis_password: 'engine.redis.password',
  nats_url: 'broker.nats.url',
  client_insecure: 'client.insecure',
  api_insecure: 'http_api.insecure',
};
const V6_SECTIONS: Record<string, string> = {
  engine: 'engine.type',
  broker: 'broker.type',
  admin: 'admin.enabled',
  grpc_api: 'grpc_api.enabled',
  uni_grpc: 'uni_grpc.enabled',
  client: 'client.allowed_origins',
  channel: 'channel.namespaces',
  http_api: 'http_api.key',
};

const v5Config = defineRule<CentrifugoValues>('config-v5-names', 'Centrifugo v6 names its options differently from v5', (_, { at }) => {
  const config = at('config');
  if (!isMap(config)) return [];
  const out: Finding[] = [];
  for (const [k, v] of Object.entries(config)) {
    if (Object.hasOwn(V5_KEYS, k)) {
      out.push(
        {
          severity: 'warning',
          message: `config.${k} is a Centrifugo v5 option; v6 reads config.${V5_KEYS[k]}`,
          why: 'Centrifugo v6 ignores the old name, so the setting has no effect.',
          fix: `Move the value to config.${V5_KEYS[k]}.`,
          params: [`config.${seg(k)}`],
        },
      );
    } else if (Object.hasOwn(V6_SECTIONS, k) && v !== undefined && v !== null && !isMap(v)) {
      out.push(
        {
          severity: 'error',
          message: `config.${k} is ${show(v)}, but Centrifugo v6 expects a section here (e.g. config.${V6_SECTIONS[k]})`,
          why: 'Centrifugo cannot decode a plain value into this section and fails to start.',
          fix: `Write it as a map, e.g. config.${V6_SECTIONS[k]}.`,
          params: [`config.${seg(k)}`],
        },
      );
    }
  }
  return out;
}, { doc: DOC.v12 });

// ---------------------------------------------------------------------------------------------
// Disruption budget and autoscaling.

/** Pods a percentage or count stands for, rounded up as the disruption controller does. */
function podsOf(v: unknown, replicas: number): number | undefined {
  const n = asNumeric(v);
  if (n !== undefined) return n;
  const m = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(v) : null;
  return m ? Math.ceil((Number(m[1]) * replicas) / 100) : undefined;
}

const pdbBoth = defineRule<CentrifugoValues>('pdb-min-and-max', 'A PodDisruptionBudget takes minAvailable or maxUnavailable, not both', (_, { at }) => {
  if (!truthy(at('podDisruptionBudget.enabled'))) return [];
  const min = at('podDisruptionBudget.minAvailable');
  const max = at('podDisruptionBudget.maxUnavailable');
  // The template writes each only when truthy; minAvailable defaults to 1.
  if (!truthy(min) || !truthy(max)) return [];
  return [
    {
      severity: 'error',
      message: `podDisruptionBudget sets both minAvailable (${show(min)}) and maxUnavailable (${show(max)})`,
      why: 'The API server rejects a PodDisruptionBudget with both fields. minAvailable defaults to 1 in this chart, so setting only maxUnavailable leads here too.',
      fix: 'Keep one: set podDisruptionBudget.minAvailable to null (or 0) when using maxUnavailable.',
      params: ['podDisruptionBudget.minAvailable', 'podDisruptionBudget.maxUnavailable'],
    },
  ];
}, { doc: DOC.deployment });

const pdbBlocks = defineRule<CentrifugoValues>('pdb-blocks-eviction', 'A PodDisruptionBudget must allow at least one eviction', (_, { at }) => {
  if (!truthy(at('podDisruptionBudget.enabled'))) return [];
  const replicas = replicasOf(at);
  const pods = replicas.floor;
  if (pods === undefined || pods < 1) return [];
  const min = at('podDisruptionBudget.minAvailable');
  const max = at('podDisruptionBudget.maxUnavailable');
  const replicaParam = replicas.autoscaled ? 'autoscaling.minReplicas' : 'replicaCount';
  const podsLabel = replicas.autoscaled ? `autoscaling.minReplicas is ${pods}` : `replicaCount is ${pods}`;
  if (truthy(min)) {
    const needed = podsOf(min, pods);
    if (needed !== undefined && needed >= pods) {
      return [
        {
          severity: 'error',
          message: `podDisruptionBudget.minAvailable is ${show(min)} but ${podsLabel}: no pod may ever be evicted`,
          why: 'Node drains and cluster upgrades wait forever on these pods.',
          fix: `Run more replicas than minAvailable (e.g. ${replicaParam}: ${pods + 1}) or lower minAvailable, or use maxUnavailable: 1 (with minAvailable: null).`,
          params: ['podDisruptionBudget.minAvailable', replicaParam],
        },
      ];
    }
  } else if (truthy(max)) {
    const allowed = podsOf(max, pods);
    if (allowed !== undefined && allowed < 1) {
      return [
        {
          severity: 'error',
          message: `podDisruptionBudget.maxUnavailable is ${show(max)}: no pod may ever be evicted`,
          why: 'Node drains and cluster upgrades wait forever on these pods.',
          fix: 'Set podDisruptionBudget.maxUnavailable to at least 1.',
          params: ['podDisruptionBudget.maxUnavailable'],
        },
      ];
    }
  }
  return [];
}, { doc: DOC.ha });

// minReplicas below 1 is left to the schema (minimum: 1).
const autoscalingRange = defineRule<CentrifugoValues>('autoscaling-replica-range', 'Autoscaling needs minReplicas <= maxReplicas', (_, { at }) => {
  if (!truthy(at('autoscaling.enabled'))) return [];
  const min = asNumeric(at('autoscaling.minReplicas'));
  const max = asNumeric(at('autoscaling.maxReplicas'));
  const out: Finding[] = [];
  if (min !== undefined && max !== undefined && min > max) {
    out.push(
      {
        severity: 'error',
        message: `autoscaling.minReplicas (${min}) is greater than autoscaling.maxReplicas (${max})`,
        why: 'The API server rejects the HorizontalPodAutoscaler.',
        fix: 'Make minReplicas less than or equal to maxReplicas.',
        params: ['autoscaling.minReplicas', 'autoscaling.maxReplicas'],
      },
    );
  }
  return out;
}, { doc: DOC.deployment });

const autoscalingRequests = defineRule<CentrifugoValues>('autoscaling-needs-requests', 'Utilization targets need resource requests', (_, { at }) => {
  if (!truthy(at('autoscaling.enabled'))) return [];
  const requests = asMap(at('resources.requests'));
  const cpuOn = truthy(at('autoscaling.cpu.enabled'));
  const memoryOn = truthy(at('autoscaling.memory.enabled'));
  const noMetrics = !cpuOn && !memoryOn && asList(at('autoscaling.customMetrics')).length === 0;
  const out: Finding[] = [];
  if ((cpuOn || noMetrics) && !truthy(requests.cpu)) {
    out.push(
      {
        severity: 'warning',
        message: noMetrics
          ? 'autoscaling is on with no metric, so Kubernetes scales on 80% CPU, but resources.requests.cpu is not set'
          : 'autoscaling.cpu.enabled is true but resources.requests.cpu is not set',
        why: 'CPU utilization is measured against the request; without one the autoscaler cannot compute it and never scales.',
        fix: 'Set resources.requests.cpu (e.g. 100m).',
        params: ['resources', noMetrics ? 'autoscaling.enabled' : 'autoscaling.cpu.enabled'],
      },
    );
  }
  if (memoryOn && !truthy(requests.memory)) {
    out.push(
      {
        severity: 'warning',
        message: 'autoscaling.memory.enabled is true but resources.requests.memory is not set',
        why: 'Memory utilization is measured against the request; without one the autoscaler cannot compute it.',
        fix: 'Set resources.requests.memory (e.g. 128Mi).',
        params: ['resources', 'autoscaling.memory.enabled'],
      },
    );
  }
  return out;
}, { doc: DOC.deployment });

const autoscalingIgnoresReplicaCount = defineRule<CentrifugoValues>('autoscaling-ignores-replica-count', 'replicaCount has no effect under autoscaling', (ctx, { at }) => {
  if (!truthy(at('autoscaling.enabled')) || getAt(ctx.userValues, 'replicaCount') === undefined) return [];
  return [
    {
      severity: 'info',
      message: `replicaCount (${show(at('replicaCount'))}) is ignored because autoscaling.enabled is true`,
      why: 'The Deployment is rendered without replicas; the autoscaler decides between minReplicas and maxReplicas.',
      fix: 'Set autoscaling.minReplicas / maxReplicas instead.',
      params: ['replicaCount', 'autoscaling.enabled'],
    },
  ];
}, { doc: DOC.deployment });

// ---------------------------------------------------------------------------------------------
// Ports.

const SERVERS = [
  { name: 'external', label: 'external (HTTP, client connections)' },
  { name: 'internal', label: 'internal (HTTP API, admin, metrics, health)' },
  { name: 'grpc', label: 'GRPC API' },
  { name: 'uniGrpc', label: 'unidirectional GRPC' },
] as const;

const serverPortClash = defineRule<CentrifugoValues>('server-port-clash', 'Centrifugo servers need distinct ports', (_, { at }) => {
  const out: Finding[] = [];
  const ports = SERVERS.map((s) => ({ ...s, port: asNumeric(at(`servers.${s.name}.port`)) }));
  const grpcOn = { grpc: on(option(at, 'grpc_api.enabled').value), uniGrpc: on(option(at, 'uni_grpc.enabled').value) };
  for (let i = 0; i < ports.length; i++) {
    for (let j = i + 1; j < ports.length; j++) {
      const a = ports[i];
      const b = ports[j];
      if (a.port === undefined || a.port !== b.port) continue;
      const params = [`servers.${a.name}.port`, `servers.${b.name}.port`];
      if (a.name === 'external' && b.name === 'internal') {
        out.push(
          {
            severity: 'warning',
            message: `servers.external.port and servers.internal.port are both ${a.port}`,
            why: 'Centrifugo then serves the internal endpoints (server API, admin, metrics) on the external port, so the public ingress exposes them.',
            fix: 'Give servers.internal.port its own number (default 9000).',
            params: params,
          },
        );
        continue;
      }
      const grpcServers = [a, b].filter((s) => s.name === 'grpc' || s.name === 'uniGrpc') as { name: 'grpc' | 'uniGrpc' }[];
      const active = grpcServers.some((s) => grpcOn[s.name]);
      out.push(
        {
          severity: active ? 'error' : 'warning',
          message: `servers.${a.name}.port and servers.${b.name}.port are both ${a.port}`,
          why: active
            ? `The ${a.label} and ${b.label} servers cannot listen on one port; Centrifugo fails to start.`
            : `Both container ports share one number; it breaks as soon as ${grpcServers.map((s) => (s.name === 'grpc' ? 'config.grpc_api' : 'config.uni_grpc')).join(' or ')} is enabled.`,
          fix: 'Give each server its own port (defaults 8000, 9000, 10000, 11000).',
          params: params,
        },
      );
    }
  }
  return out;
}, { doc: DOC.serviceDesign });

const SERVICE_SECTIONS = [
  { section: 'serviceInternal', portName: 'internal' },
  { section: 'serviceGrpc', portName: 'grpc' },
  { section: 'serviceUniGrpc', portName: 'uni-grpc' },
] as const;

const servicePortClash = defineRule<CentrifugoValues>('service-port-clash', 'Ports on one Service, and node ports, must be distinct', (_, { at }) => {
  const out: Finding[] = [];
  // The main Service carries external plus every port not split into its own Service.
  const main = [{ path: 'service.port', name: 'external', port: asNumeric(at('service.port')) }];
  for (const s of SERVICE_SECTIONS) {
    if (!truthy(at(`${s.section}.useSeparate`))) main.push({ path: `${s.section}.port`, name: s.portName, port: asNumeric(at(`${s.section}.port`)) });
  }
  const seen = new Map<number, (typeof main)[number]>();
  for (const p of main) {
    if (p.port === undefined) continue;
    const first = seen.get(p.port);
    if (!first) {
      seen.set(p.port, p);
      continue;
    }
    out.push(
      {
        severity: 'error',
        message: `${first.path} and ${p.path} are both ${p.port} on the main Service`,
        why: `One Service cannot list port ${p.port} twice (${first.name} and ${p.name}); the API server rejects it.`,
        fix: `Change one of the ports, or move ${p.path.split('.')[0]} to its own Service with ${p.path.split('.')[0]}.useSeparate: true (then the same number is fine).`,
        params: [first.path, p.path],
      },
    );
  }
  // Node ports are cluster-wide; the templates write them only on NodePort Services.
  const nodePorts: { path: string; port: number }[] = [];
  const mainNodePort = at('service.type') === 'NodePort';
  const addNodePort = (path: string) => {
    const port = asNumeric(at(path));
    if (port !== undefined && truthy(at(path))) nodePorts.push({ path, port });
  };
  if (mainNodePort) addNodePort('service.nodePort');
  for (const s of SERVICE_SECTIONS) {
    const separate = truthy(at(`${s.section}.useSeparate`));
    if (separate ? at(`${s.section}.type`) === 'NodePort' : mainNodePort) addNodePort(`${s.section}.nodePort`);
  }
  nodePorts.forEach((p, i) => {
    const first = nodePorts.findIndex((q) => q.port === p.port);
    if (first === i) return;
    out.push(
      {
        severity: 'error',
        message: `${nodePorts[first].path} and ${p.path} are both node port ${p.port}`,
        why: 'A node port can be allocated once in the whole cluster; the second Service port is rejected.',
        fix: 'Give each a different nodePort, or leave one empty to let Kubernetes choose.',
        params: [nodePorts[first].path, p.path],
      },
    );
  });
  return out;
}, { doc: DOC.serviceDesign });

const grpcPortWithoutServer = defineRule<CentrifugoValues>('grpc-port-without-server', 'A GRPC port is exposed while its server is off', (ctx, { at }) => {
  const out: Finding[] = [];
  const cases = [
    { option: 'grpc_api.enabled', section: 'serviceGrpc', server: 'grpc', label: 'GRPC API' },
    { option: 'uni_grpc.enabled', section: 'serviceUniGrpc', server: 'uniGrpc', label: 'unidirectional GRPC' },
  ];
  for (const c of cases) {
    // Only when the user works on that port: by default every port is listed, on or off.
    const touched = getAt(ctx.userValues, c.section) !== undefined || getAt(ctx.userValues, `servers.${c.server}`) !== undefined;
    const enabled = option(at, c.option);
    if (!touched || on(enabled.value) || fromSecret(at, c.option) === 'named') continue;
    out.push(
      {
        severity: 'info',
        message: `${c.section} is configured but ${enabled.path} is not true, so nothing listens on the ${c.label} port`,
        why: 'Since chart 13 the GRPC servers are opt-in in the Centrifugo config; the Service port stays even when the server is off.',
        fix: `Set ${enabled.path.startsWith('env.') ? enabled.path : `config.${c.option}`}: true if you use the ${c.label}.`,
        params: [enabled.path, `${c.section}.port`],
      },
    );
  }
  return out;
}, { doc: DOC.v13 });

const probePorts = defineRule<CentrifugoValues>('probe-port-mismatch', 'Custom health probes must hit the internal port', (_, { at }) => {
  const internalPort = asNumeric(at('servers.internal.port'));
  if (internalPort === undefined) return [];
  const out: Finding[] = [];
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const httpGet = asMap(asMap(at(probe)).httpGet);
    const port = asNumeric(httpGet.port);
    if (port === undefined || port === internalPort || httpGet.path !== '/health') continue;
    out.push(
      {
        severity: 'warning',
        message: `${probe}.httpGet.port is ${port} but /health is served on servers.internal.port ${internalPort}`,
        why: 'The probe fails, so the pod never becomes ready (readiness) or is restarted in a loop (liveness/startup).',
        fix: `Set ${probe}.httpGet.port to ${internalPort} (or the port name "internal").`,
        params: [`${probe}.httpGet.port`, 'servers.internal.port'],
      },
    );
  }
  return out;
}, { doc: DOC.probes });

// ---------------------------------------------------------------------------------------------
// Monitoring and extras.

const serviceMonitorOperator = defineRule<CentrifugoValues>('service-monitor-operator', 'A ServiceMonitor needs the Prometheus Operator', (_, { at }) => {
  if (!truthy(at('metrics.serviceMonitor.enabled'))) return [];
  const out: Finding[] = [
    {
      severity: 'info',
      message: 'metrics.serviceMonitor.enabled needs the Prometheus Operator CRDs (monitoring.coreos.com/v1) in the cluster',
      why: 'Without them helm install fails on the unknown ServiceMonitor kind.',
      fix: 'Install the Prometheus Operator (e.g. kube-prometheus-stack) first, or turn the ServiceMonitor off.',
      params: ['metrics.serviceMonitor.enabled'],
      doc: DOC.metrics,
    },
  ];
  if (Object.keys(asMap(at('metrics.serviceMonitor.additionalLabels'))).length === 0) {
    out.push(
      {
        severity: 'info',
        message: 'metrics.serviceMonitor.additionalLabels is empty',
        why: "Prometheus only picks up ServiceMonitors matching its serviceMonitorSelector (kube-prometheus-stack selects release: <its release name>).",
        fix: 'Add the label your Prometheus selects, e.g. additionalLabels: { release: prometheus }.',
        params: ['metrics.serviceMonitor.additionalLabels'],
      },
    );
  }
  return out;
}, { doc: DOC.monitoring });

const hostCheckIncomplete = defineRule<CentrifugoValues>('host-check-incomplete', 'The host check job needs an image and a host', (_, { at }) => {
  if (!truthy(at('hostCheck.enabled'))) return [];
  const missing = ['image', 'remoteHost'].filter((k) => !truthy(at(`hostCheck.${k}`)));
  if (missing.length === 0) return [];
  return [
    {
      severity: 'error',
      message: `hostCheck.enabled is true but ${missing.map((k) => `hostCheck.${k}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} empty`,
      why: missing.includes('image')
        ? 'The Job is rendered with an empty image, which the API server rejects.'
        : 'The job has no host to resolve, so the check fails (and, as a hook, the install with it).',
      fix: 'Set hostCheck.image to an image with dig (e.g. registry.k8s.io/e2e-test-images/agnhost:2.39) and hostCheck.remoteHost to the host to resolve.',
      params: missing.map((k) => `hostCheck.${k}`),
    },
  ];
}, { doc: DOC.parameters });

export const rules: Rule<CentrifugoValues>[] = [
  memoryEngineReplicas,
  natsWithHistory,
  natsAtMostOnce,
  brokerNotEnabled,
  engineAddressMissing,
  ingressHosts,
  ingressTimeouts,
  albIdleTimeoutMax,
  gkeBackendConfig,
  albHealthCheck,
  allowedOrigins,
  ingressInternalBackend,
  ingressInternalExposure,
  secretsInValues,
  adminCredentials,
  v5Config,
  pdbBoth,
  pdbBlocks,
  autoscalingRange,
  autoscalingRequests,
  autoscalingIgnoresReplicaCount,
  serverPortClash,
  servicePortClash,
  grpcPortWithoutServer,
  probePorts,
  serviceMonitorOperator,
  hostCheckIncomplete,
  switchedOffRule<CentrifugoValues>({ doc: DOC.parameters }),
];
