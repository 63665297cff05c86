// Cross-field checks for the Centrifugo chart 13.0.0 (Centrifugo v6 configuration). Each rule reads
// the merged values loosely (users can put anything anywhere), never throws, and names the exact
// value paths involved and the README section its advice comes from.
import { truthy } from '../../core/goTemplate';
import { formatPath } from '../../core/paths';
import type { Problem, Rule, RuleContext, Severity, Values } from '../../core/types';
import { getAt, isMap } from '../../core/values';
import type { CentrifugoValues } from './schema';

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
// Loose readers: values may hold any type; these never throw and say "absent" for the wrong type.

type At = (path: string) => unknown;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const map = (v: unknown): Values => (isMap(v) ? v : {});
/** A number, or a string holding one (helm prints both the same way). */
function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}
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
  const env = map(at('env'));
  if (Object.hasOwn(env, envName)) return { value: env[envName], path: `env.${seg(envName)}` };
  return { value: at(`config.${dotted}`), path: `config.${dotted}` };
}

/** Whether an option may arrive from a Secret: named in envSecret, or possibly in existingSecret/envFrom. */
function fromSecret(at: At, dotted: string): 'named' | 'maybe' | 'no' {
  const envName = envNameOf(dotted);
  if (list(at('envSecret')).some((item) => map(item).name === envName)) return 'named';
  if (truthy(at('existingSecret')) || list(at('envFrom')).length > 0) return 'maybe';
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
    const min = num(at('autoscaling.minReplicas'));
    const max = num(at('autoscaling.maxReplicas'));
    return {
      autoscaled: true,
      multi: max === undefined || max > 1,
      floor: min ?? 1,
      label: `autoscaling is on (minReplicas ${min ?? 'unset'}, maxReplicas ${max ?? 'unset'})`,
      params: ['autoscaling.enabled', 'autoscaling.maxReplicas'],
    };
  }
  const n = num(at('replicaCount'));
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
  const engine = { value: text(engineType.value) ?? 'memory', path: engineType.path };
  const brokerOn = on(option(at, 'broker.enabled').value);
  const presenceOn = on(option(at, 'presence_manager.enabled').value);
  const brokerType = option(at, 'broker.type');
  const presenceType = option(at, 'presence_manager.type');
  return {
    broker: brokerOn ? text(brokerType.value) ?? 'memory' : engine.value,
    brokerPath: brokerOn ? brokerType.path : engine.path,
    presence: presenceOn ? text(presenceType.value) ?? 'memory' : engine.value,
    presencePath: presenceOn ? presenceType.path : engine.path,
  };
}

/** Channel option sets: channels without a namespace and each namespace. */
function channelScopes(at: At): { path: string; label: string; options: Values }[] {
  const scopes: { path: string; label: string; options: Values }[] = [];
  const withoutNs = at('config.channel.without_namespace');
  if (isMap(withoutNs)) scopes.push({ path: 'config.channel.without_namespace', label: 'channels without a namespace', options: withoutNs });
  list(at('config.channel.namespaces')).forEach((ns, i) => {
    if (!isMap(ns)) return;
    const name = text(ns.name);
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
  const size = num(options.history_size);
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
  const className = text(at(`${base}.ingressClassName`));
  const byClass = className ? controllerNamed(className) : undefined;
  if (byClass) return { kind: byClass, via: `${base}.ingressClassName` };
  const annotations = map(at(`${base}.annotations`));
  const legacy = text(annotations['kubernetes.io/ingress.class']);
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
// Rule plumbing.

type Finding = Omit<Problem, 'id' | 'doc'> & { doc?: string };
type Find = (at: At, ctx: RuleContext<CentrifugoValues>) => Finding[];

function defineRule(id: string, title: string, doc: string, find: Find): Rule<CentrifugoValues> {
  return {
    id,
    title,
    check(ctx) {
      const at: At = (path) => getAt(ctx.values, path);
      return find(at, ctx).map((f) => ({ id, severity: f.severity, message: f.message, why: f.why, fix: f.fix, params: [...new Set(f.params)], doc: f.doc ?? doc }));
    },
  };
}

const finding = (severity: Severity, message: string, why: string, fix: string, params: string[], doc?: string): Finding => ({
  severity,
  message,
  why,
  fix,
  params,
  ...(doc ? { doc } : {}),
});

// ---------------------------------------------------------------------------------------------
// Scaling: engine, broker, presence.

const memoryEngineReplicas = defineRule('memory-engine-replicas', 'The memory engine runs in one pod only', DOC.scaling, (at) => {
  const replicas = replicasOf(at);
  const engine = engineOf(at);
  if (!replicas.multi || engine.broker !== 'memory') return [];
  return [
    finding(
      'error',
      `${replicas.label} but ${engine.brokerPath} is "memory": the memory engine keeps channels and messages inside one pod`,
      'Each pod would only deliver messages published to itself: clients on other pods miss them, and history and presence differ per pod.',
      'Use the Redis engine (config.engine.type: redis with config.engine.redis.address) or the NATS broker (config.broker.enabled: true, type: nats), or run a single replica.',
      [engine.brokerPath, ...replicas.params],
    ),
  ];
});

const natsAtMostOnce = defineRule('nats-broker-at-most-once', 'The NATS broker delivers at most once', DOC.nats, (at) => {
  const engine = engineOf(at);
  if (engine.broker !== 'nats') return [];
  return [
    finding(
      'info',
      `${engine.brokerPath} is "nats": messages are delivered at most once, without history or recovery`,
      'The NATS broker only relays PUB/SUB; a message published while a client is reconnecting is lost and cannot be recovered.',
      'Accept at-most-once delivery, or use the Redis engine when clients must recover missed messages.',
      [engine.brokerPath],
      DOC.scaling,
    ),
  ];
});

const natsWithHistory = defineRule('nats-broker-history', 'History, recovery and presence need more than the NATS broker', DOC.nats, (at) => {
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
      finding(
        'error',
        `${engine.brokerPath} is "nats" but ${scope.label} uses ${uses}`,
        history.length > 0
          ? 'The NATS broker keeps no publication history, so history, recovery and positioning cannot work for these channels.'
          : `Presence and join/leave are kept in each pod's memory (${engine.presencePath} "memory"), so every pod sees only its own subscribers.`,
        history.length > 0
          ? 'Remove the history/recovery options from these channels, or use the Redis engine instead of the NATS broker.'
          : 'Remove the presence options, or keep presence in Redis (config.presence_manager.enabled: true, type: redis).',
        [engine.brokerPath, ...used.map((k) => `${scope.path}.${seg(k)}`)],
      ),
    );
  }
  return out;
});

const brokerNotEnabled = defineRule('broker-type-without-enabled', 'A broker or presence manager type is set but not enabled', DOC.nats, (at) => {
  const out: Finding[] = [];
  for (const part of ['broker', 'presence_manager']) {
    const type = option(at, `${part}.type`);
    const enabled = option(at, `${part}.enabled`);
    const kind = text(type.value);
    if (!kind || kind === 'memory' || on(enabled.value)) continue;
    out.push(
      finding(
        'warning',
        `${type.path} is "${kind}" but ${enabled.path} is not true, so Centrifugo ignores it`,
        `Centrifugo only uses config.${part} when its enabled flag is on; otherwise the engine (${text(at('config.engine.type')) ?? 'memory'}) does the work.`,
        `Set ${enabled.path}: true.`,
        [enabled.path, type.path],
      ),
    );
  }
  return out;
});

const engineAddressMissing = defineRule('engine-address-missing', 'Redis and NATS need an address', DOC.redis, (at) => {
  const out: Finding[] = [];
  const check = (section: string, keys: string[], defaultAddress: string, doc: string) => {
    const given = keys.some((k) => {
      const v = option(at, `${section}.${k}`).value;
      return (typeof v === 'string' && v.trim() !== '') || list(v).length > 0;
    });
    if (given || keys.some((k) => fromSecret(at, `${section}.${k}`) !== 'no')) return;
    const path = `config.${section}.${keys[0]}`;
    out.push(
      finding(
        'warning',
        `No ${path} is set, so Centrifugo connects to its default ${defaultAddress}`,
        'Inside the pod that address is the pod itself, where no server listens: Centrifugo cannot start its engine.',
        `Set ${path} to your server (e.g. the Service name of your Redis or NATS release).`,
        [path],
        doc,
      ),
    );
  };
  const engineType = text(option(at, 'engine.type').value) ?? 'memory';
  const brokerOn = on(option(at, 'broker.enabled').value);
  const presenceOn = on(option(at, 'presence_manager.enabled').value);
  const engineUsed = !(brokerOn && presenceOn);
  const redisKeys = ['address', 'cluster_address', 'sentinel_address'];
  if (engineUsed && engineType === 'redis') check('engine.redis', redisKeys, 'redis://127.0.0.1:6379', DOC.redis);
  const brokerType = text(option(at, 'broker.type').value);
  if (brokerOn && brokerType === 'redis') check('broker.redis', redisKeys, 'redis://127.0.0.1:6379', DOC.redis);
  if (brokerOn && brokerType === 'nats') check('broker.nats', ['url'], 'nats://127.0.0.1:4222', DOC.nats);
  if (presenceOn && text(option(at, 'presence_manager.type').value) === 'redis') {
    check('presence_manager.redis', redisKeys, 'redis://127.0.0.1:6379', DOC.redis);
  }
  return out;
});

// ---------------------------------------------------------------------------------------------
// Ingress.

const ingressHosts = defineRule('ingress-without-hosts', 'An enabled Ingress needs hosts with paths', DOC.ingress, (at) => {
  const out: Finding[] = [];
  for (const base of ['ingress', 'ingressInternal'] as const) {
    if (!truthy(at(`${base}.enabled`))) continue;
    const hosts = at(`${base}.hosts`);
    if (list(hosts).length === 0) {
      out.push(
        finding(
          'error',
          `${base}.enabled is true but ${base}.hosts is empty`,
          'The chart renders an Ingress with no rules and no default backend, which the API server rejects.',
          `Add at least one entry to ${base}.hosts, e.g. { host: centrifugo.example.com, paths: [/connection] }, or disable ${base}.`,
          [`${base}.hosts`, `${base}.enabled`],
        ),
      );
      continue;
    }
    list(hosts).forEach((host, i) => {
      if (list(map(host).paths).length > 0) return;
      out.push(
        finding(
          'error',
          `${base}.hosts[${i}] (${show(map(host).host ?? '')}) has no paths`,
          'The chart renders that rule with no HTTP paths, which the API server rejects.',
          `Add paths to ${base}.hosts[${i}].paths, e.g. [/connection, /emulation] for the public ingress.`,
          [`${base}.hosts[${i}].paths`],
        ),
      );
    });
  }
  return out;
});

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
      const seconds = num(v);
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
    const v = text(annotations[annotation]) ?? '';
    const m = /idle_timeout\.timeout_seconds\s*=\s*(\d+)/.exec(v);
    return [{ annotation, seconds: m ? Number(m[1]) : undefined, present: m !== null, suggestion: `idle_timeout.timeout_seconds=${LONG_TIMEOUT_SECONDS}` }];
  }
  return [];
}

const CONTROLLER_DOC: Record<Controller, string> = { nginx: DOC.nginx, haproxy: DOC.haproxy, alb: DOC.alb, gce: DOC.gke };
const CONTROLLER_DEFAULT: Record<Controller, string> = { nginx: '60 s', haproxy: 'the client/server timeout', alb: '60 s', gce: '30 s' };

const ingressTimeouts = defineRule('ingress-timeouts', 'The public Ingress needs long proxy timeouts', DOC.ingress, (at) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const controller = controllerOf(at, 'ingress');
  if (!controller || controller.kind === 'gce') return [];
  const annotations = map(at('ingress.annotations'));
  const short = timeoutNeeds(controller.kind, annotations).filter((n) => n.seconds === undefined || n.seconds < LONG_TIMEOUT_SECONDS);
  if (short.length === 0) return [];
  const describe = (n: TimeoutNeed) =>
    !n.present ? `${n.annotation} is not set` : `${n.annotation} is ${show(annotations[n.annotation])}${n.note ? ` (${n.note})` : ''}`;
  return [
    finding(
      'warning',
      `The ${controller.kind} ingress has no long proxy timeout: ${short.map(describe).join('; ')}`,
      `Client connections are long-lived WebSocket/SSE streams; the controller's default (${CONTROLLER_DEFAULT[controller.kind]}) cuts idle ones and clients keep reconnecting.`,
      `Add to ingress.annotations: ${short.map((n) => `${n.annotation}: ${n.suggestion}`).join(', ')}.`,
      ['ingress.annotations', ...short.filter((n) => n.present).map((n) => `ingress.annotations.${seg(n.annotation)}`), controller.via],
      CONTROLLER_DOC[controller.kind],
    ),
  ];
});

const albIdleTimeoutMax = defineRule('alb-idle-timeout-range', 'ALB idle timeouts stop at 4000 seconds', DOC.alb, (at) => {
  if (!truthy(at('ingress.enabled')) || controllerOf(at, 'ingress')?.kind !== 'alb') return [];
  const [need] = timeoutNeeds('alb', map(at('ingress.annotations')));
  if (need?.seconds === undefined || need.seconds <= 4000) return [];
  return [
    finding(
      'error',
      `ingress.annotations ${need.annotation} sets idle_timeout.timeout_seconds=${need.seconds}, above the ALB maximum of 4000`,
      'The AWS Load Balancer Controller cannot apply the attribute, so the load balancer is not reconciled.',
      `Use idle_timeout.timeout_seconds=${LONG_TIMEOUT_SECONDS}.`,
      [`ingress.annotations.${seg(need.annotation)}`],
    ),
  ];
});

const gkeBackendConfig = defineRule('gke-backend-config', 'GKE Ingress needs a BackendConfig with a long timeout', DOC.gke, (at) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const controller = controllerOf(at, 'ingress');
  if (controller?.kind !== 'gce') return [];
  if (truthy(map(at('service.annotations'))['cloud.google.com/backend-config'])) return [];
  return [
    finding(
      'warning',
      'The GKE ingress targets a Service without a cloud.google.com/backend-config annotation',
      "Without a BackendConfig the Google load balancer's 30 s backend timeout cuts WebSocket connections.",
      'Create a BackendConfig with spec.timeoutSec (e.g. 86400) and add service.annotations."cloud.google.com/backend-config": \'{"default": "<its name>"}\'.',
      ['service.annotations', controller.via],
    ),
  ];
});

const allowedOrigins = defineRule('ingress-allowed-origins', 'Browsers need client.allowed_origins', DOC.ingress, (at) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const origins = option(at, 'client.allowed_origins');
  const given = list(origins.value).length > 0 || (typeof origins.value === 'string' && origins.value.trim() !== '');
  if (given) {
    const any = list(origins.value).includes('*') || origins.value === '*';
    if (!any) return [];
    return [
      finding(
        'info',
        `${origins.path} allows any origin ("*") while the ingress is public`,
        'Any website can open connections to Centrifugo on behalf of its visitors.',
        'List your own site origins instead, e.g. https://app.example.com.',
        [origins.path, 'ingress.enabled'],
      ),
    ];
  }
  if (fromSecret(at, 'client.allowed_origins') === 'named') return [];
  return [
    finding(
      'warning',
      'ingress.enabled is true but config.client.allowed_origins is empty',
      'Centrifugo rejects browser connections whose Origin is not listed, so web clients behind the ingress cannot connect.',
      'Set config.client.allowed_origins to the origins of your web app, e.g. [https://app.example.com].',
      ['config.client.allowed_origins', 'ingress.enabled'],
    ),
  ];
});

const ingressInternalBackend = defineRule('ingress-internal-backend', 'The internal Ingress must point at an existing Service port', DOC.serviceDesign, (at) => {
  if (!truthy(at('ingressInternal.enabled'))) return [];
  // The template picks the backend Service by serviceInternal.enabled, while the Service itself is
  // split off by serviceInternal.useSeparate: the two must agree.
  const enabledKey = truthy(at('serviceInternal.enabled'));
  const separate = truthy(at('serviceInternal.useSeparate'));
  if (enabledKey === separate) return [];
  const port = show(at('serviceInternal.port'));
  return [
    separate
      ? finding(
          'error',
          `serviceInternal.useSeparate is true, so port ${port} moves to the -internal Service, but ingressInternal still targets the main Service`,
          'The chart names the -internal Service as backend only when serviceInternal.enabled is set; the main Service has no internal port, so the internal ingress has nothing (or the wrong server) behind it.',
          'Also set serviceInternal.enabled: true (the key the ingress template reads), or set serviceInternal.useSeparate: false.',
          ['serviceInternal.useSeparate', 'serviceInternal.enabled', 'ingressInternal.enabled'],
        )
      : finding(
          'error',
          'serviceInternal.enabled is true, so ingressInternal targets the -internal Service, but serviceInternal.useSeparate is false and that Service is not created',
          'The internal ingress points at a Service that does not exist.',
          'Set serviceInternal.useSeparate: true as well, or remove serviceInternal.enabled.',
          ['serviceInternal.enabled', 'serviceInternal.useSeparate', 'ingressInternal.enabled'],
        ),
  ];
});

const ingressInternalExposure = defineRule('ingress-internal-exposure', 'The internal Ingress publishes API, admin and metrics', DOC.serviceDesign, (at) => {
  if (!truthy(at('ingressInternal.enabled'))) return [];
  return [
    finding(
      'info',
      'ingressInternal.enabled exposes the internal port (server API, admin UI, metrics, health) through an Ingress',
      'Whoever reaches that ingress can call the server API and the admin endpoints.',
      'Restrict it (internal load balancer, source ranges, auth) or use admin.external / http_api.external on the public port for just what you need.',
      ['ingressInternal.enabled'],
    ),
  ];
});

const albHealthCheck = defineRule('alb-health-check', 'The ALB health check must reach /health on the internal port', DOC.alb, (at) => {
  if (!truthy(at('ingress.enabled'))) return [];
  const controller = controllerOf(at, 'ingress');
  if (controller?.kind !== 'alb') return [];
  const annotations = map(at('ingress.annotations'));
  const portKey = 'alb.ingress.kubernetes.io/healthcheck-port';
  const pathKey = 'alb.ingress.kubernetes.io/healthcheck-path';
  const hcPort = annotations[portKey];
  const hcPath = text(annotations[pathKey]);
  const internalPort = num(at('servers.internal.port'));
  const externalPort = num(at('servers.external.port'));
  const targetType = text(annotations['alb.ingress.kubernetes.io/target-type']) ?? 'instance';
  const annotationParam = (key: string) => `ingress.annotations.${seg(key)}`;

  if (truthy(at('serviceInternal.useSeparate')) && (hcPort !== undefined || hcPath === '/health')) {
    return [
      finding(
        'warning',
        'serviceInternal.useSeparate is true while the ALB health check is set for the internal port on the ingress Service',
        'The ingress targets the main Service, which no longer exposes the internal port; the README warns targets then stay unhealthy.',
        `Point ${portKey} at the port that serves /health (servers.internal.port ${internalPort ?? '?'} with target-type ip), or keep the internal port on the main Service.`,
        ['serviceInternal.useSeparate', ...(hcPort !== undefined ? [annotationParam(portKey)] : ['ingress.annotations'])],
      ),
    ];
  }
  const issues: string[] = [];
  const params: string[] = [];
  const hcPortNum = num(hcPort);
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
    finding(
      'warning',
      `ALB health check misses Centrifugo's /health endpoint: ${issues.join('; ')}`,
      'Centrifugo serves /health only on its internal port; targets failing the check are never sent traffic.',
      `Set ${pathKey}: /health and ${portKey}: "${internalPort ?? 9000}".`,
      params,
    ),
  ];
});

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

const secretsInValues = defineRule('secrets-in-values', 'Secrets belong in a Kubernetes Secret', DOC.secrets, (at) => {
  const leaves: SecretLeaf[] = [];
  const config = at('config');
  if (isMap(config)) for (const [k, v] of Object.entries(config)) secretLeaves(v, `config.${seg(k)}`, k, k, leaves);
  const out: Finding[] = leaves.map(({ path, option: opt, inUrl }) => {
    const envName = opt ? envNameOf(opt) : undefined;
    return finding(
      'warning',
      `${path} holds ${inUrl ? 'a password inside a URL' : 'a secret'} in plain values`,
      'config is written into a ConfigMap (readable by anyone who may read ConfigMaps) and stays in values files and share links.',
      envName
        ? `Store it in a Secret under the key ${envName} and reference it with existingSecret (or an envSecret entry named ${envName}); then remove ${path}.`
        : 'Store it in a Secret and pass it as a CENTRIFUGO_* environment variable with existingSecret, envSecret or envFrom; then remove it from config.',
      [path],
    );
  });
  for (const [name, value] of Object.entries(map(at('env')))) {
    const inUrl = typeof value === 'string' && URL_WITH_PASSWORD.test(value);
    if (!(SECRET_ENV.test(name.toUpperCase()) && truthy(value)) && !inUrl) continue;
    out.push(
      finding(
        'warning',
        `env.${name} holds a secret in plain values`,
        'env entries are written into the Deployment in clear text.',
        `Move it into a Secret and reference it with an envSecret entry named ${name} (or existingSecret).`,
        [`env.${seg(name)}`],
      ),
    );
  }
  return out;
});

const adminCredentials = defineRule('admin-without-credentials', 'The admin UI needs a password and secret', DOC.secrets, (at) => {
  if (!on(option(at, 'admin.enabled').value) || on(option(at, 'admin.insecure').value)) return [];
  const missing = ['admin.password', 'admin.secret'].filter((opt) => {
    const v = option(at, opt).value;
    return !(typeof v === 'string' && v !== '') && fromSecret(at, opt) === 'no';
  });
  if (missing.length === 0) return [];
  return [
    finding(
      'info',
      `config.admin.enabled is true but ${missing.map((m) => `config.${m}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not provided`,
      'Centrifugo refuses admin logins without both a password and a secret.',
      `Provide ${missing.map(envNameOf).join(' and ')} from a Secret (existingSecret or envSecret), or set config.admin.enabled: false.`,
      ['config.admin.enabled', ...missing.map((m) => `config.${m}`)],
    ),
  ];
});

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

const v5Config = defineRule('config-v5-names', 'Centrifugo v6 names its options differently from v5', DOC.v12, (at) => {
  const config = at('config');
  if (!isMap(config)) return [];
  const out: Finding[] = [];
  for (const [k, v] of Object.entries(config)) {
    if (Object.hasOwn(V5_KEYS, k)) {
      out.push(
        finding(
          'warning',
          `config.${k} is a Centrifugo v5 option; v6 reads config.${V5_KEYS[k]}`,
          'Centrifugo v6 ignores the old name, so the setting has no effect.',
          `Move the value to config.${V5_KEYS[k]}.`,
          [`config.${seg(k)}`],
        ),
      );
    } else if (Object.hasOwn(V6_SECTIONS, k) && v !== undefined && v !== null && !isMap(v)) {
      out.push(
        finding(
          'error',
          `config.${k} is ${show(v)}, but Centrifugo v6 expects a section here (e.g. config.${V6_SECTIONS[k]})`,
          'Centrifugo cannot decode a plain value into this section and fails to start.',
          `Write it as a map, e.g. config.${V6_SECTIONS[k]}.`,
          [`config.${seg(k)}`],
        ),
      );
    }
  }
  return out;
});

// ---------------------------------------------------------------------------------------------
// Disruption budget and autoscaling.

/** Pods a percentage or count stands for, rounded up as the disruption controller does. */
function podsOf(v: unknown, replicas: number): number | undefined {
  const n = num(v);
  if (n !== undefined) return n;
  const m = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(v) : null;
  return m ? Math.ceil((Number(m[1]) * replicas) / 100) : undefined;
}

const pdbBoth = defineRule('pdb-min-and-max', 'A PodDisruptionBudget takes minAvailable or maxUnavailable, not both', DOC.deployment, (at) => {
  if (!truthy(at('podDisruptionBudget.enabled'))) return [];
  const min = at('podDisruptionBudget.minAvailable');
  const max = at('podDisruptionBudget.maxUnavailable');
  // The template writes each only when truthy; minAvailable defaults to 1.
  if (!truthy(min) || !truthy(max)) return [];
  return [
    finding(
      'error',
      `podDisruptionBudget sets both minAvailable (${show(min)}) and maxUnavailable (${show(max)})`,
      'The API server rejects a PodDisruptionBudget with both fields. minAvailable defaults to 1 in this chart, so setting only maxUnavailable leads here too.',
      'Keep one: set podDisruptionBudget.minAvailable to null (or 0) when using maxUnavailable.',
      ['podDisruptionBudget.minAvailable', 'podDisruptionBudget.maxUnavailable'],
    ),
  ];
});

const pdbBlocks = defineRule('pdb-blocks-eviction', 'A PodDisruptionBudget must allow at least one eviction', DOC.ha, (at) => {
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
        finding(
          'error',
          `podDisruptionBudget.minAvailable is ${show(min)} but ${podsLabel}: no pod may ever be evicted`,
          'Node drains and cluster upgrades wait forever on these pods.',
          `Run more replicas than minAvailable (e.g. ${replicaParam}: ${pods + 1}) or lower minAvailable, or use maxUnavailable: 1 (with minAvailable: null).`,
          ['podDisruptionBudget.minAvailable', replicaParam],
        ),
      ];
    }
  } else if (truthy(max)) {
    const allowed = podsOf(max, pods);
    if (allowed !== undefined && allowed < 1) {
      return [
        finding(
          'error',
          `podDisruptionBudget.maxUnavailable is ${show(max)}: no pod may ever be evicted`,
          'Node drains and cluster upgrades wait forever on these pods.',
          'Set podDisruptionBudget.maxUnavailable to at least 1.',
          ['podDisruptionBudget.maxUnavailable'],
        ),
      ];
    }
  }
  return [];
});

// minReplicas below 1 is left to the schema (minimum: 1).
const autoscalingRange = defineRule('autoscaling-replica-range', 'Autoscaling needs minReplicas <= maxReplicas', DOC.deployment, (at) => {
  if (!truthy(at('autoscaling.enabled'))) return [];
  const min = num(at('autoscaling.minReplicas'));
  const max = num(at('autoscaling.maxReplicas'));
  const out: Finding[] = [];
  if (min !== undefined && max !== undefined && min > max) {
    out.push(
      finding(
        'error',
        `autoscaling.minReplicas (${min}) is greater than autoscaling.maxReplicas (${max})`,
        'The API server rejects the HorizontalPodAutoscaler.',
        'Make minReplicas less than or equal to maxReplicas.',
        ['autoscaling.minReplicas', 'autoscaling.maxReplicas'],
      ),
    );
  }
  return out;
});

const autoscalingRequests = defineRule('autoscaling-needs-requests', 'Utilization targets need resource requests', DOC.deployment, (at) => {
  if (!truthy(at('autoscaling.enabled'))) return [];
  const requests = map(at('resources.requests'));
  const cpuOn = truthy(at('autoscaling.cpu.enabled'));
  const memoryOn = truthy(at('autoscaling.memory.enabled'));
  const noMetrics = !cpuOn && !memoryOn && list(at('autoscaling.customMetrics')).length === 0;
  const out: Finding[] = [];
  if ((cpuOn || noMetrics) && !truthy(requests.cpu)) {
    out.push(
      finding(
        'warning',
        noMetrics
          ? 'autoscaling is on with no metric, so Kubernetes scales on 80% CPU, but resources.requests.cpu is not set'
          : 'autoscaling.cpu.enabled is true but resources.requests.cpu is not set',
        'CPU utilization is measured against the request; without one the autoscaler cannot compute it and never scales.',
        'Set resources.requests.cpu (e.g. 100m).',
        ['resources', noMetrics ? 'autoscaling.enabled' : 'autoscaling.cpu.enabled'],
      ),
    );
  }
  if (memoryOn && !truthy(requests.memory)) {
    out.push(
      finding(
        'warning',
        'autoscaling.memory.enabled is true but resources.requests.memory is not set',
        'Memory utilization is measured against the request; without one the autoscaler cannot compute it.',
        'Set resources.requests.memory (e.g. 128Mi).',
        ['resources', 'autoscaling.memory.enabled'],
      ),
    );
  }
  return out;
});

const autoscalingIgnoresReplicaCount = defineRule('autoscaling-ignores-replica-count', 'replicaCount has no effect under autoscaling', DOC.deployment, (at, ctx) => {
  if (!truthy(at('autoscaling.enabled')) || getAt(ctx.userValues, 'replicaCount') === undefined) return [];
  return [
    finding(
      'info',
      `replicaCount (${show(at('replicaCount'))}) is ignored because autoscaling.enabled is true`,
      'The Deployment is rendered without replicas; the autoscaler decides between minReplicas and maxReplicas.',
      'Set autoscaling.minReplicas / maxReplicas instead.',
      ['replicaCount', 'autoscaling.enabled'],
    ),
  ];
});

// ---------------------------------------------------------------------------------------------
// Ports.

const SERVERS = [
  { name: 'external', label: 'external (HTTP, client connections)' },
  { name: 'internal', label: 'internal (HTTP API, admin, metrics, health)' },
  { name: 'grpc', label: 'GRPC API' },
  { name: 'uniGrpc', label: 'unidirectional GRPC' },
] as const;

const serverPortClash = defineRule('server-port-clash', 'Centrifugo servers need distinct ports', DOC.serviceDesign, (at) => {
  const out: Finding[] = [];
  const ports = SERVERS.map((s) => ({ ...s, port: num(at(`servers.${s.name}.port`)) }));
  const grpcOn = { grpc: on(option(at, 'grpc_api.enabled').value), uniGrpc: on(option(at, 'uni_grpc.enabled').value) };
  for (let i = 0; i < ports.length; i++) {
    for (let j = i + 1; j < ports.length; j++) {
      const a = ports[i];
      const b = ports[j];
      if (a.port === undefined || a.port !== b.port) continue;
      const params = [`servers.${a.name}.port`, `servers.${b.name}.port`];
      if (a.name === 'external' && b.name === 'internal') {
        out.push(
          finding(
            'warning',
            `servers.external.port and servers.internal.port are both ${a.port}`,
            'Centrifugo then serves the internal endpoints (server API, admin, metrics) on the external port, so the public ingress exposes them.',
            'Give servers.internal.port its own number (default 9000).',
            params,
          ),
        );
        continue;
      }
      const grpcServers = [a, b].filter((s) => s.name === 'grpc' || s.name === 'uniGrpc') as { name: 'grpc' | 'uniGrpc' }[];
      const active = grpcServers.some((s) => grpcOn[s.name]);
      out.push(
        finding(
          active ? 'error' : 'warning',
          `servers.${a.name}.port and servers.${b.name}.port are both ${a.port}`,
          active
            ? `The ${a.label} and ${b.label} servers cannot listen on one port; Centrifugo fails to start.`
            : `Both container ports share one number; it breaks as soon as ${grpcServers.map((s) => (s.name === 'grpc' ? 'config.grpc_api' : 'config.uni_grpc')).join(' or ')} is enabled.`,
          'Give each server its own port (defaults 8000, 9000, 10000, 11000).',
          params,
        ),
      );
    }
  }
  return out;
});

const SERVICE_SECTIONS = [
  { section: 'serviceInternal', portName: 'internal' },
  { section: 'serviceGrpc', portName: 'grpc' },
  { section: 'serviceUniGrpc', portName: 'uni-grpc' },
] as const;

const servicePortClash = defineRule('service-port-clash', 'Ports on one Service, and node ports, must be distinct', DOC.serviceDesign, (at) => {
  const out: Finding[] = [];
  // The main Service carries external plus every port not split into its own Service.
  const main = [{ path: 'service.port', name: 'external', port: num(at('service.port')) }];
  for (const s of SERVICE_SECTIONS) {
    if (!truthy(at(`${s.section}.useSeparate`))) main.push({ path: `${s.section}.port`, name: s.portName, port: num(at(`${s.section}.port`)) });
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
      finding(
        'error',
        `${first.path} and ${p.path} are both ${p.port} on the main Service`,
        `One Service cannot list port ${p.port} twice (${first.name} and ${p.name}); the API server rejects it.`,
        `Change one of the ports, or move ${p.path.split('.')[0]} to its own Service with ${p.path.split('.')[0]}.useSeparate: true (then the same number is fine).`,
        [first.path, p.path],
      ),
    );
  }
  // Node ports are cluster-wide; the templates write them only on NodePort Services.
  const nodePorts: { path: string; port: number }[] = [];
  const mainNodePort = at('service.type') === 'NodePort';
  const addNodePort = (path: string) => {
    const port = num(at(path));
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
      finding(
        'error',
        `${nodePorts[first].path} and ${p.path} are both node port ${p.port}`,
        'A node port can be allocated once in the whole cluster; the second Service port is rejected.',
        'Give each a different nodePort, or leave one empty to let Kubernetes choose.',
        [nodePorts[first].path, p.path],
      ),
    );
  });
  return out;
});

const grpcPortWithoutServer = defineRule('grpc-port-without-server', 'A GRPC port is exposed while its server is off', DOC.v13, (at, ctx) => {
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
      finding(
        'info',
        `${c.section} is configured but ${enabled.path} is not true, so nothing listens on the ${c.label} port`,
        'Since chart 13 the GRPC servers are opt-in in the Centrifugo config; the Service port stays even when the server is off.',
        `Set ${enabled.path.startsWith('env.') ? enabled.path : `config.${c.option}`}: true if you use the ${c.label}.`,
        [enabled.path, `${c.section}.port`],
      ),
    );
  }
  return out;
});

const probePorts = defineRule('probe-port-mismatch', 'Custom health probes must hit the internal port', DOC.probes, (at) => {
  const internalPort = num(at('servers.internal.port'));
  if (internalPort === undefined) return [];
  const out: Finding[] = [];
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const httpGet = map(map(at(probe)).httpGet);
    const port = num(httpGet.port);
    if (port === undefined || port === internalPort || httpGet.path !== '/health') continue;
    out.push(
      finding(
        'warning',
        `${probe}.httpGet.port is ${port} but /health is served on servers.internal.port ${internalPort}`,
        'The probe fails, so the pod never becomes ready (readiness) or is restarted in a loop (liveness/startup).',
        `Set ${probe}.httpGet.port to ${internalPort} (or the port name "internal").`,
        [`${probe}.httpGet.port`, 'servers.internal.port'],
      ),
    );
  }
  return out;
});

// ---------------------------------------------------------------------------------------------
// Monitoring and extras.

const serviceMonitorOperator = defineRule('service-monitor-operator', 'A ServiceMonitor needs the Prometheus Operator', DOC.monitoring, (at) => {
  if (!truthy(at('metrics.serviceMonitor.enabled'))) return [];
  const out: Finding[] = [
    finding(
      'info',
      'metrics.serviceMonitor.enabled needs the Prometheus Operator CRDs (monitoring.coreos.com/v1) in the cluster',
      'Without them helm install fails on the unknown ServiceMonitor kind.',
      'Install the Prometheus Operator (e.g. kube-prometheus-stack) first, or turn the ServiceMonitor off.',
      ['metrics.serviceMonitor.enabled'],
      DOC.metrics,
    ),
  ];
  if (Object.keys(map(at('metrics.serviceMonitor.additionalLabels'))).length === 0) {
    out.push(
      finding(
        'info',
        'metrics.serviceMonitor.additionalLabels is empty',
        "Prometheus only picks up ServiceMonitors matching its serviceMonitorSelector (kube-prometheus-stack selects release: <its release name>).",
        'Add the label your Prometheus selects, e.g. additionalLabels: { release: prometheus }.',
        ['metrics.serviceMonitor.additionalLabels'],
      ),
    );
  }
  return out;
});

const hostCheckIncomplete = defineRule('host-check-incomplete', 'The host check job needs an image and a host', DOC.parameters, (at) => {
  if (!truthy(at('hostCheck.enabled'))) return [];
  const missing = ['image', 'remoteHost'].filter((k) => !truthy(at(`hostCheck.${k}`)));
  if (missing.length === 0) return [];
  return [
    finding(
      'error',
      `hostCheck.enabled is true but ${missing.map((k) => `hostCheck.${k}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} empty`,
      missing.includes('image')
        ? 'The Job is rendered with an empty image, which the API server rejects.'
        : 'The job has no host to resolve, so the check fails (and, as a hook, the install with it).',
      'Set hostCheck.image to an image with dig (e.g. registry.k8s.io/e2e-test-images/agnhost:2.39) and hostCheck.remoteHost to the host to resolve.',
      missing.map((k) => `hostCheck.${k}`),
    ),
  ];
});

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
];
