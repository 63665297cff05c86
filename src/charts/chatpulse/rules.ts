// Checks of a ChatPulse configuration. The first group repeats what ChatPulse itself checks when
// it starts (internal/config at 1d7604f; the sslmode check from afe4326 on, which the guide's
// `latest` image has) and exits on, so the failure shows here instead of as a crash loop. The
// second group is about the Kubernetes objects. Values are read loosely: rules never throw.
import { formatPath } from '../../core/paths';
import type { Problem, Rule, RuleContext, Severity } from '../../core/types';
import { hpaMetrics } from './render';
import { asList, asMap, asNumber, asText, at, containerEnv, isMap, usesExistingSecret, type EnvEntry } from './read';
import type { ChatPulseValues } from './schema';

type Ctx = RuleContext<ChatPulseValues>;

const DOC = {
  config: 'ConfigMap for Configuration',
  secret: 'Secret for Sensitive Data',
  deployment: 'Deployment',
  service: 'Service',
  nginx: 'Ingress (nginx-ingress)',
  alb: 'Ingress (AWS ALB Ingress Controller)',
  traefik: 'Traefik',
  websocket: 'WebSocket Support',
  hpa: 'HorizontalPodAutoscaler',
  pdb: 'PodDisruptionBudget',
} as const;

function problem(id: string, severity: Severity, message: string, why: string, fix: string, params: string[], doc: string): Problem {
  return { id, severity, message, why, fix, params, doc };
}

function rule(id: string, title: string, check: (ctx: Ctx) => Problem[]): Rule<ChatPulseValues> {
  return { id, title, check };
}

// ---- the environment ChatPulse starts with

/** Where a setting lives when it is not set anywhere yet. */
const HOME: Record<string, 'config' | 'secrets'> = {
  APP_ENV: 'config',
  TWITCH_REDIRECT_URI: 'config',
  WEBHOOK_CALLBACK_URL: 'config',
  PORT: 'config',
};
const homePath = (name: string) => formatPath([HOME[name] ?? 'secrets', name]);

interface Setting {
  name: string;
  value: string;
  path: string;
}

function setting(env: Record<string, EnvEntry>, name: string): Setting {
  const entry = env[name];
  return { name, value: entry?.value ?? '', path: entry?.path ?? homePath(name) };
}

/** ChatPulse exits at start when one of these is empty. */
const REQUIRED = ['DATABASE_URL', 'TWITCH_CLIENT_ID', 'TWITCH_CLIENT_SECRET', 'TWITCH_REDIRECT_URI', 'SESSION_SECRET', 'REDIS_URL'];

const requiredSettings = rule('required-settings', 'Settings ChatPulse cannot start without', ({ values }) => {
  // Entries of a Secret managed elsewhere are not visible here.
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  return REQUIRED.map((name) => setting(env, name))
    .filter((s) => s.value === '')
    .map((s) =>
      problem(
        'required-settings',
        'error',
        `${s.name} is empty; ChatPulse refuses to start without it.`,
        'ChatPulse checks its required settings when it starts and exits at the first empty one, so the pods restart in a loop.',
        `Set ${s.path}.`,
        [s.path],
        HOME[s.name] === 'config' ? DOC.config : DOC.secret,
      ),
    );
});

const GUIDE_KEY_PLACEHOLDER = 'your-encryption-key-64-hex-chars';

const tokenEncryptionKey = rule('token-encryption-key', 'TOKEN_ENCRYPTION_KEY must be 64 hex characters', ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const key = setting(containerEnv(values), 'TOKEN_ENCRYPTION_KEY');
  if (key.value === '' || /^[0-9a-fA-F]{64}$/.test(key.value)) return [];
  const what =
    key.value === GUIDE_KEY_PLACEHOLDER
      ? `TOKEN_ENCRYPTION_KEY still holds the guide's placeholder "${GUIDE_KEY_PLACEHOLDER}", which is not a hex key.`
      : /^[0-9a-fA-F]*$/.test(key.value)
        ? `TOKEN_ENCRYPTION_KEY has ${key.value.length} hex characters; it needs exactly 64.`
        : 'TOKEN_ENCRYPTION_KEY contains characters other than 0-9 and a-f.';
  return [
    problem(
      'token-encryption-key',
      'error',
      what,
      'When the key is set, ChatPulse decodes it as hex at start and exits unless it is exactly 32 bytes (an AES-256 key for the stored Twitch tokens).',
      `Generate a key with \`openssl rand -hex 32\` and put it in ${key.path}; or leave it empty to store tokens unencrypted (not for production).`,
      [key.path],
      DOC.secret,
    ),
  ];
});

const tokenEncryptionOff = rule('token-encryption-off', 'Production without token encryption', ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const appEnv = setting(env, 'APP_ENV');
  const key = setting(env, 'TOKEN_ENCRYPTION_KEY');
  if (appEnv.value !== 'production' || key.value !== '') return [];
  return [
    problem(
      'token-encryption-off',
      'warning',
      'Production without TOKEN_ENCRYPTION_KEY: Twitch tokens are stored unencrypted.',
      'Without a key ChatPulse keeps the OAuth tokens of its users in plain text in PostgreSQL; later ChatPulse versions refuse to start without one.',
      `Generate a key with \`openssl rand -hex 32\` and put it in ${key.path}.`,
      [key.path, appEnv.path],
      DOC.secret,
    ),
  ];
});

/** Go's len() of a string counts UTF-8 bytes. */
const byteLength = (s: string) => new TextEncoder().encode(s).length;

const webhookSettings = rule('webhook-settings', 'Webhook URL, secret and bot account go together', ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const url = setting(env, 'WEBHOOK_CALLBACK_URL');
  const secret = setting(env, 'WEBHOOK_SECRET');
  const bot = setting(env, 'BOT_USER_ID');
  if (url.value === '' && secret.value === '') return [];
  const why = 'ChatPulse checks the EventSub webhook settings at start and exits when they do not fit together.';
  const out: Problem[] = [];
  if (url.value === '') {
    out.push(problem('webhook-settings', 'error', 'WEBHOOK_SECRET is set but WEBHOOK_CALLBACK_URL is empty.', why,
      `Set ${url.path} to the public URL of /webhooks/eventsub, or empty ${secret.path} to run without chat input.`, [url.path, secret.path], DOC.config));
    return out;
  }
  if (secret.value === '') {
    out.push(problem('webhook-settings', 'error', 'WEBHOOK_CALLBACK_URL is set but WEBHOOK_SECRET is empty.', why,
      `Set ${secret.path} to a random string of 10 to 100 characters, or empty ${url.path}.`, [secret.path, url.path], DOC.secret));
  } else if (byteLength(secret.value) < 10 || byteLength(secret.value) > 100) {
    out.push(problem('webhook-settings', 'error', `WEBHOOK_SECRET has ${byteLength(secret.value)} characters; ChatPulse accepts 10 to 100.`, why,
      `Use a random string of 10 to 100 characters in ${secret.path}, e.g. \`openssl rand -hex 32\`.`, [secret.path], DOC.secret));
  }
  if (bot.value === '') {
    out.push(problem('webhook-settings', 'error', 'WEBHOOK_CALLBACK_URL is set but BOT_USER_ID is empty.', why,
      `Set ${bot.path} to the Twitch user ID of the bot account that reads chat.`, [bot.path, url.path], DOC.secret));
  }
  return out;
});

/** The sslmode query parameter of a connection URL, lower-cased (as ChatPulse compares it). */
function sslMode(url: string): string {
  const raw = /[?&]sslmode=([^&#]*)/.exec(url)?.[1] ?? '';
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

const databaseSslMode = rule('database-sslmode', 'No plaintext database connection in production', ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const appEnv = setting(env, 'APP_ENV');
  const url = setting(env, 'DATABASE_URL');
  if (appEnv.value !== 'production') return [];
  const mode = sslMode(url.value);
  if (mode !== 'disable' && mode !== 'allow') return [];
  return [
    problem(
      'database-sslmode',
      'error',
      `DATABASE_URL uses sslmode=${mode} with APP_ENV=production.`,
      'The database connection may run unencrypted. ChatPulse refuses this at start from commit afe4326 on, which the `latest` image includes.',
      `Use sslmode=require, verify-ca or verify-full in ${url.path}.`,
      [url.path, appEnv.path],
      DOC.secret,
    ),
  ];
});

const portMismatch = rule('port-mismatch', 'PORT must match the container port', ({ values }) => {
  const port = setting(containerEnv(values), 'PORT');
  const containerPort = asNumber(at(values, 'containerPort'));
  if (port.value === '' || containerPort === undefined || Number(port.value) === containerPort) return [];
  return [
    problem(
      'port-mismatch',
      'error',
      `ChatPulse listens on ${port.value} but the container port is ${containerPort}.`,
      'The probes and the Service go to the container port, where nothing listens: the pods never become ready.',
      `Set ${port.path} and containerPort to the same port (and the prometheus.io/port pod annotation).`,
      [port.path, 'containerPort'],
      DOC.deployment,
    ),
  ];
});

/** The guide's example credentials: ChatPulse starts with them, but Twitch login and webhooks fail. */
const PLACEHOLDERS: Record<string, (v: string) => boolean> = {
  TWITCH_CLIENT_ID: (v) => v === 'your-client-id',
  TWITCH_CLIENT_SECRET: (v) => v === 'your-client-secret',
  SESSION_SECRET: (v) => v === 'your-session-secret-64-hex-chars',
  WEBHOOK_SECRET: (v) => v === 'your-webhook-secret-32-chars',
  DATABASE_URL: (v) => v.includes('://user:pass@'),
};

const placeholderSecrets = rule('placeholder-secrets', "Secrets still hold the guide's examples", ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const left = Object.entries(PLACEHOLDERS)
    .map(([name, isPlaceholder]) => ({ s: setting(env, name), isPlaceholder }))
    .filter(({ s, isPlaceholder }) => s.value !== '' && isPlaceholder(s.value))
    .map(({ s }) => s);
  if (left.length === 0) return [];
  return [
    problem(
      'placeholder-secrets',
      'warning',
      `${left.map((s) => s.name).join(', ')} still hold the guide's example values.`,
      'ChatPulse starts with them, but Twitch login, webhook signatures or the database connection fail, and a known session secret lets anyone forge sessions.',
      'Put the real credentials in these entries, or keep them out of the manifests with existingSecret.',
      left.map((s) => s.path),
      DOC.secret,
    ),
  ];
});

// ---- Kubernetes objects

interface Replicas {
  min: number | undefined;
  max: number | undefined;
  minPath: string;
  maxPath: string;
}

/** The pod counts the Deployment runs at: the HPA's range when it is on, replicaCount otherwise. */
function replicas(values: unknown): Replicas {
  if (at(values, 'autoscaling.enabled') === true) {
    return {
      min: asNumber(at(values, 'autoscaling.minReplicas')),
      max: asNumber(at(values, 'autoscaling.maxReplicas')),
      minPath: 'autoscaling.minReplicas',
      maxPath: 'autoscaling.maxReplicas',
    };
  }
  const count = asNumber(at(values, 'replicaCount'));
  return { min: count, max: count, minPath: 'replicaCount', maxPath: 'replicaCount' };
}

/** An int-or-percent resolved against a pod count; `up` rounds percentages up (as for minAvailable). */
function resolveCount(v: unknown, total: number, up: boolean): number | undefined {
  if (typeof v === 'number') return v;
  const percent = typeof v === 'string' ? /^(\d+)%$/.exec(v.trim()) : null;
  if (!percent) return asNumber(v);
  const exact = (Number(percent[1]) * total) / 100;
  return up ? Math.ceil(exact) : Math.floor(exact);
}

const pdbBlocksDrain = rule('pdb-blocks-drain', 'The disruption budget must leave room to evict a pod', ({ values }) => {
  if (at(values, 'podDisruptionBudget.enabled') !== true) return [];
  const r = replicas(values);
  const minAvailable = at(values, 'podDisruptionBudget.minAvailable');
  if (r.min === undefined || r.min < 1) return [];
  const needed = resolveCount(minAvailable, r.min, true);
  if (needed === undefined || needed < r.min) return [];
  return [
    problem(
      'pdb-blocks-drain',
      'error',
      `The PodDisruptionBudget keeps ${asText(minAvailable)} pods available with only ${r.min} running: no pod may ever be evicted.`,
      'Node drains (upgrades, autoscaler scale-down) wait forever on ChatPulse pods, so no node running one can be drained.',
      `Lower podDisruptionBudget.minAvailable below ${r.min} (e.g. ${Math.max(r.min - 1, 0)}) or raise ${r.minPath}.`,
      ['podDisruptionBudget.minAvailable', r.minPath],
      DOC.pdb,
    ),
  ];
});

const hpaMinAboveMax = rule('hpa-min-above-max', 'Autoscaler minimum above maximum', ({ values }) => {
  if (at(values, 'autoscaling.enabled') !== true) return [];
  const min = asNumber(at(values, 'autoscaling.minReplicas'));
  const max = asNumber(at(values, 'autoscaling.maxReplicas'));
  if (min === undefined || max === undefined || min <= max) return [];
  return [
    problem(
      'hpa-min-above-max',
      'error',
      `autoscaling.minReplicas (${min}) is above autoscaling.maxReplicas (${max}).`,
      'Kubernetes rejects a HorizontalPodAutoscaler whose maximum is below its minimum.',
      'Raise autoscaling.maxReplicas or lower autoscaling.minReplicas.',
      ['autoscaling.minReplicas', 'autoscaling.maxReplicas'],
      DOC.hpa,
    ),
  ];
});

const isZero = (v: unknown) => v === 0 || (typeof v === 'string' && /^\s*0+%?\s*$/.test(v));

const rolloutStuck = rule('rollout-stuck', 'A rolling update must be able to add or remove a pod', ({ values }) => {
  if (at(values, 'strategy.type') !== 'RollingUpdate') return [];
  if (!isZero(at(values, 'strategy.rollingUpdate.maxSurge')) || !isZero(at(values, 'strategy.rollingUpdate.maxUnavailable'))) return [];
  return [
    problem(
      'rollout-stuck',
      'error',
      'maxSurge and maxUnavailable are both 0: a rollout can neither start a new pod nor stop an old one.',
      'The rollout cannot progress, and Kubernetes rejects such a Deployment outright.',
      'Set strategy.rollingUpdate.maxSurge to 1 (zero-downtime, as the guide does) or maxUnavailable to 1.',
      ['strategy.rollingUpdate.maxSurge', 'strategy.rollingUpdate.maxUnavailable'],
      DOC.deployment,
    ),
  ];
});

const METRIC_PATHS: Record<string, string> = {
  cpu: 'autoscaling.targetCPUUtilizationPercentage',
  memory: 'autoscaling.targetMemoryUtilizationPercentage',
};

const hpaNeedsRequests = rule('hpa-needs-requests', 'Utilization targets need resource requests', ({ values }) => {
  if (at(values, 'autoscaling.enabled') !== true) return [];
  const resources = asMap(at(values, 'resources'));
  // Kubernetes fills a missing request from the limit, so either one gives the HPA a base.
  const holds = (block: unknown, name: string) => isMap(block) && block[name] !== undefined && block[name] !== null;
  const hasBase = (name: string) => holds(resources.requests, name) || holds(resources.limits, name);
  const extraStart = hpaMetrics(values).length - asList(at(values, 'autoscaling.extraMetrics')).length;
  const out: Problem[] = [];
  hpaMetrics(values).forEach((metric, i) => {
    const m = asMap(metric);
    const resource = asMap(m.resource);
    const name = asText(resource.name);
    if (m.type !== 'Resource' || !name || asMap(resource.target).type !== 'Utilization' || hasBase(name)) return;
    const metricPath = i >= extraStart ? `autoscaling.extraMetrics[${i - extraStart}]` : (METRIC_PATHS[name] ?? 'autoscaling');
    out.push(
      problem(
        'hpa-needs-requests',
        'error',
        `The autoscaler scales on ${name} utilization, but the container requests no ${name}.`,
        'Utilization is measured in percent of the request; without one the HPA cannot compute it and never scales.',
        `Add resources.requests.${name}, or drop the ${name} metric.`,
        ['resources', metricPath],
        'HPA Not Scaling',
      ),
    );
  });
  return out;
});

const fewReplicas = rule('few-replicas', 'At least two pods for availability', ({ values }) => {
  const r = replicas(values);
  if (r.min === undefined || r.min >= 2) return [];
  return [
    problem(
      'few-replicas',
      'warning',
      `Only ${r.min} ChatPulse pod${r.min === 1 ? '' : 's'}: every restart, rollout or node drain is an outage.`,
      'With a single pod all WebSocket overlays drop whenever that pod goes away; the guide runs 3.',
      `Set ${r.minPath} to 2 or more.`,
      [r.minPath],
      DOC.deployment,
    ),
  ];
});

const ANN_NGINX = 'nginx.ingress.kubernetes.io/';
const annotationsPath = (controller: string) => `ingress.${controller}.annotations`;
const annotationPath = (controller: string, key: string) => formatPath(['ingress', controller, 'annotations', key]);
const annotation = (values: unknown, controller: string, key: string) => asText(asMap(at(values, annotationsPath(controller)))[key]);

/** The ingress in use, if any: 'nginx' | 'alb' | 'traefik'. */
function ingressController(values: unknown): string | undefined {
  if (at(values, 'ingress.enabled') !== true) return undefined;
  const c = at(values, 'ingress.controller');
  return c === 'alb' || c === 'traefik' ? c : 'nginx';
}

const stickySessions = rule('sticky-sessions', 'Several pods need sticky sessions', ({ values }) => {
  const r = replicas(values);
  if (r.max === undefined || r.max < 2) return [];
  const controller = ingressController(values);
  let sticky: boolean;
  let params: string[];
  let fix: string;
  let doc: string;
  if (controller === 'nginx') {
    sticky = annotation(values, 'nginx', `${ANN_NGINX}affinity`) === 'cookie';
    params = [annotationPath('nginx', `${ANN_NGINX}affinity`)];
    fix = `Set the ${ANN_NGINX}affinity annotation to "cookie" (with a session-cookie-name), as the guide does.`;
    doc = DOC.nginx;
  } else if (controller === 'alb') {
    sticky = /(^|,)\s*stickiness\.enabled=true/.test(annotation(values, 'alb', 'alb.ingress.kubernetes.io/target-group-attributes') ?? '');
    params = [annotationPath('alb', 'alb.ingress.kubernetes.io/target-group-attributes')];
    fix = 'Add stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=3600 to the target-group-attributes annotation.';
    doc = DOC.alb;
  } else if (controller === 'traefik') {
    sticky = Object.keys(asMap(at(values, 'ingress.traefik.sticky'))).length > 0;
    params = ['ingress.traefik.sticky'];
    fix = 'Set ingress.traefik.sticky, e.g. {cookie: {name: chatpulse-route, secure: true, httpOnly: true}}.';
    doc = DOC.traefik;
  } else {
    sticky = at(values, 'service.sessionAffinity') === 'ClientIP';
    params = ['service.sessionAffinity'];
    fix = 'Set service.sessionAffinity to ClientIP.';
    doc = DOC.service;
  }
  if (sticky) return [];
  return [
    problem(
      'sticky-sessions',
      'warning',
      `Up to ${r.max} pods without sticky sessions${controller ? ` at the ${controller} ingress` : ''}.`,
      'Ingress controllers send requests straight to pods, so the Service\'s ClientIP affinity does not apply to them; without stickiness WebSocket clients reconnect to a different pod after every drop.',
      fix,
      [...params, r.maxPath],
      doc,
    ),
  ];
});

const HOUR = 3600;

const websocketTimeouts = rule('websocket-timeouts', 'Proxy and idle timeouts long enough for WebSockets', ({ values }) => {
  const controller = ingressController(values);
  const out: Problem[] = [];
  const why = 'A quiet overlay WebSocket is cut when the load balancer times it out, and the browser source reconnects over and over.';
  if (controller === 'nginx') {
    for (const key of [`${ANN_NGINX}proxy-read-timeout`, `${ANN_NGINX}proxy-send-timeout`]) {
      const raw = annotation(values, 'nginx', key);
      const seconds = raw === undefined ? 60 : asNumber(raw.replace(/s$/, ''));
      if (seconds === undefined || seconds >= HOUR) continue;
      out.push(
        problem('websocket-timeouts', 'warning', `${key} is ${raw === undefined ? 'not set (ingress-nginx uses 60 s)' : `${seconds} s`}, under an hour.`, why,
          `Set the ${key} annotation to "3600".`, [annotationPath('nginx', key)], DOC.websocket),
      );
    }
  } else if (controller === 'alb') {
    const key = 'alb.ingress.kubernetes.io/load-balancer-attributes';
    const raw = /(?:^|,)\s*idle_timeout\.timeout_seconds=(\d+)/.exec(annotation(values, 'alb', key) ?? '')?.[1];
    const seconds = raw === undefined ? 60 : Number(raw);
    if (seconds < HOUR) {
      out.push(
        problem('websocket-timeouts', 'warning', `The ALB idle timeout is ${raw === undefined ? 'not set (60 s by default)' : `${seconds} s`}, under an hour.`, why,
          `Put idle_timeout.timeout_seconds=3600 in the ${key} annotation.`, [annotationPath('alb', key)], DOC.websocket),
      );
    }
  }
  return out;
});

const nginxSnippet = rule('nginx-configuration-snippet', 'No configuration-snippet annotation', ({ values }) => {
  const key = `${ANN_NGINX}configuration-snippet`;
  if (ingressController(values) !== 'nginx' || annotation(values, 'nginx', key) === undefined) return [];
  return [
    problem(
      'nginx-configuration-snippet',
      'warning',
      'The Ingress uses the configuration-snippet annotation.',
      'Current ingress-nginx turns snippet annotations off by default (allow-snippet-annotations is false since v1.9) and its admission webhook then refuses the Ingress. It is not needed either: ingress-nginx already forwards the Upgrade and Connection headers over HTTP/1.1 for WebSocket.',
      'Remove the annotation (set it to null in your values).',
      [annotationPath('nginx', key)],
      DOC.websocket,
    ),
  ];
});

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

const ingressClassAnnotation = rule('ingress-class-annotation', 'Pick the ingress class with ingressClassName', ({ values }) => {
  const controller = ingressController(values);
  if (controller !== 'nginx' && controller !== 'alb') return [];
  const value = annotation(values, controller, CLASS_ANNOTATION);
  if (value === undefined) return [];
  const className = asText(at(values, 'ingress.className')) ?? '';
  const params = [annotationPath(controller, CLASS_ANNOTATION), 'ingress.className'];
  const doc = controller === 'nginx' ? DOC.nginx : DOC.alb;
  if (className !== '' && className !== value) {
    return [
      problem('ingress-class-annotation', 'error', `The ${CLASS_ANNOTATION} annotation ("${value}") and ingress.className ("${className}") disagree.`,
        'Kubernetes rejects an Ingress whose class annotation does not match its ingressClassName.',
        'Remove the annotation and keep ingress.className.', params, doc),
    ];
  }
  return [
    problem('ingress-class-annotation', 'info', `The Ingress picks its controller with the deprecated ${CLASS_ANNOTATION} annotation.`,
      'The annotation has been deprecated since Kubernetes 1.18 in favour of spec.ingressClassName, which also works with IngressClass defaults and permissions.',
      `Set ingress.className to "${value}" and remove the annotation (set it to null).`, params, doc),
  ];
});

const traefikLegacyApi = rule('traefik-legacy-api', 'Traefik v3 serves only traefik.io', ({ values }) => {
  if (ingressController(values) !== 'traefik') return [];
  const apiVersion = asText(at(values, 'ingress.traefik.apiVersion')) ?? '';
  if (!apiVersion.startsWith('traefik.containo.us/')) return [];
  return [
    problem(
      'traefik-legacy-api',
      'warning',
      `The IngressRoute uses the ${apiVersion} API group.`,
      'Traefik v3 removed the traefik.containo.us group; there the IngressRoute is not served and ChatPulse gets no route. traefik.io works from Traefik v2.10 on.',
      'Set ingress.traefik.apiVersion to traefik.io/v1alpha1.',
      ['ingress.traefik.apiVersion'],
      DOC.traefik,
    ),
  ];
});

const albCertificatePlaceholder = rule('alb-certificate-placeholder', 'The ALB needs a real ACM certificate', ({ values }) => {
  if (ingressController(values) !== 'alb') return [];
  const key = 'alb.ingress.kubernetes.io/certificate-arn';
  const arn = annotation(values, 'alb', key);
  if (arn === undefined || !(arn.includes('...') || arn.includes(':123456789012:'))) return [];
  return [
    problem(
      'alb-certificate-placeholder',
      'error',
      'The ALB certificate ARN is still the guide\'s placeholder.',
      'The AWS Load Balancer Controller cannot find that certificate, so it fails to build the HTTPS listener and the Ingress gets no load balancer.',
      `Put the ARN of your ACM certificate for the ingress hosts in the ${key} annotation.`,
      [annotationPath('alb', key)],
      DOC.alb,
    ),
  ];
});

export const rules: Rule<ChatPulseValues>[] = [
  requiredSettings,
  tokenEncryptionKey,
  tokenEncryptionOff,
  webhookSettings,
  databaseSslMode,
  portMismatch,
  placeholderSecrets,
  pdbBlocksDrain,
  hpaMinAboveMax,
  rolloutStuck,
  hpaNeedsRequests,
  fewReplicas,
  stickySessions,
  websocketTimeouts,
  nginxSnippet,
  ingressClassAnnotation,
  traefikLegacyApi,
  albCertificatePlaceholder,
];
