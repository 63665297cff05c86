// Checks of a ChatPulse configuration. The first group repeats what ChatPulse itself checks when
// it starts (internal/config at 1d7604f; the sslmode check from afe4326 on, which the guide's
// `latest` image has) and exits on, so the failure shows here instead of as a crash loop. The
// second group is about the Kubernetes objects. Values are read loosely: rules never throw.
import { formatPath } from '../../core/paths';
import { defineRule, type Finding } from '../../core/rules';
import type { Rule } from '../../core/types';
import { asMap, asNumeric, asText, type ValueReader } from '../../core/valueReaders';
import { isMap } from '../../core/values';
import { hpaMetrics } from './render';
import { containerEnv, usesExistingSecret, type EnvEntry } from './read';
import type { ChatPulseValues } from './schema';
import { switchedOffRule } from '../../core/switchedOff';

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

const requiredSettings = defineRule<ChatPulseValues>('required-settings', 'Settings ChatPulse cannot start without', ({ values }) => {
  // Entries of a Secret managed elsewhere are not visible here.
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  return REQUIRED.map((name) => setting(env, name))
    .filter((s) => s.value === '')
    .map((s) => ({
      severity: 'error' as const,
      message: `${s.name} is empty; ChatPulse refuses to start without it.`,
      why: 'ChatPulse checks its required settings when it starts and exits at the first empty one, so the pods restart in a loop.',
      fix: `Set ${s.path}.`,
      params: [s.path],
      doc: HOME[s.name] === 'config' ? DOC.config : DOC.secret,
    }));
});

const GUIDE_KEY_PLACEHOLDER = 'your-encryption-key-64-hex-chars';

const tokenEncryptionKey = defineRule<ChatPulseValues>('token-encryption-key', 'TOKEN_ENCRYPTION_KEY must be 64 hex characters', ({ values }) => {
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
    {
      severity: 'error',
      message: what,
      why: 'When the key is set, ChatPulse decodes it as hex at start and exits unless it is exactly 32 bytes (an AES-256 key for the stored Twitch tokens).',
      fix: `Generate a key with \`openssl rand -hex 32\` and put it in ${key.path}; or leave it empty to store tokens unencrypted (not for production).`,
      params: [key.path],
      doc: DOC.secret,
    },
  ];
});

const tokenEncryptionOff = defineRule<ChatPulseValues>('token-encryption-off', 'Production without token encryption', ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const appEnv = setting(env, 'APP_ENV');
  const key = setting(env, 'TOKEN_ENCRYPTION_KEY');
  if (appEnv.value !== 'production' || key.value !== '') return [];
  return [
    {
      severity: 'warning',
      message: 'Production without TOKEN_ENCRYPTION_KEY: Twitch tokens are stored unencrypted.',
      why: 'Without a key ChatPulse keeps the OAuth tokens of its users in plain text in PostgreSQL; later ChatPulse versions refuse to start without one.',
      fix: `Generate a key with \`openssl rand -hex 32\` and put it in ${key.path}.`,
      params: [key.path, appEnv.path],
      doc: DOC.secret,
    },
  ];
});

/** Go's len() of a string counts UTF-8 bytes. */
const byteLength = (s: string) => new TextEncoder().encode(s).length;

const webhookSettings = defineRule<ChatPulseValues>('webhook-settings', 'Webhook URL, secret and bot account go together', ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const url = setting(env, 'WEBHOOK_CALLBACK_URL');
  const secret = setting(env, 'WEBHOOK_SECRET');
  const bot = setting(env, 'BOT_USER_ID');
  if (url.value === '' && secret.value === '') return [];
  const why = 'ChatPulse checks the EventSub webhook settings at start and exits when they do not fit together.';
  const out: Finding[] = [];
  if (url.value === '') {
    out.push({
      severity: 'error',
      message: 'WEBHOOK_SECRET is set but WEBHOOK_CALLBACK_URL is empty.',
      why,
      fix: `Set ${url.path} to the public URL of /webhooks/eventsub, or empty ${secret.path} to run without chat input.`,
      params: [url.path, secret.path],
      doc: DOC.config,
    });
    return out;
  }
  if (secret.value === '') {
    out.push({
      severity: 'error',
      message: 'WEBHOOK_CALLBACK_URL is set but WEBHOOK_SECRET is empty.',
      why,
      fix: `Set ${secret.path} to a random string of 10 to 100 characters, or empty ${url.path}.`,
      params: [secret.path, url.path],
      doc: DOC.secret,
    });
  } else if (byteLength(secret.value) < 10 || byteLength(secret.value) > 100) {
    out.push({
      severity: 'error',
      message: `WEBHOOK_SECRET has ${byteLength(secret.value)} characters; ChatPulse accepts 10 to 100.`,
      why,
      fix: `Use a random string of 10 to 100 characters in ${secret.path}, e.g. \`openssl rand -hex 32\`.`,
      params: [secret.path],
      doc: DOC.secret,
    });
  }
  if (bot.value === '') {
    out.push({
      severity: 'error',
      message: 'WEBHOOK_CALLBACK_URL is set but BOT_USER_ID is empty.',
      why,
      fix: `Set ${bot.path} to the Twitch user ID of the bot account that reads chat.`,
      params: [bot.path, url.path],
      doc: DOC.secret,
    });
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

const databaseSslMode = defineRule<ChatPulseValues>('database-sslmode', 'No plaintext database connection in production', ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const appEnv = setting(env, 'APP_ENV');
  const url = setting(env, 'DATABASE_URL');
  if (appEnv.value !== 'production') return [];
  const mode = sslMode(url.value);
  if (mode !== 'disable' && mode !== 'allow') return [];
  return [
    {
      severity: 'error',
      message: `DATABASE_URL uses sslmode=${mode} with APP_ENV=production.`,
      why: 'The database connection may run unencrypted. ChatPulse refuses this at start from commit afe4326 on, which the `latest` image includes.',
      fix: `Use sslmode=require, verify-ca or verify-full in ${url.path}.`,
      params: [url.path, appEnv.path],
      doc: DOC.secret,
    },
  ];
});

const portMismatch = defineRule<ChatPulseValues>('port-mismatch', 'PORT must match the container port', ({ values }, read) => {
  const port = setting(containerEnv(values), 'PORT');
  const containerPort = read.numeric('containerPort');
  if (port.value === '' || containerPort === undefined || Number(port.value) === containerPort) return [];
  return [
    {
      severity: 'error',
      message: `ChatPulse listens on ${port.value} but the container port is ${containerPort}.`,
      why: 'The probes and the Service go to the container port, where nothing listens: the pods never become ready.',
      fix: `Set ${port.path} and containerPort to the same port (and the prometheus.io/port pod annotation).`,
      params: [port.path, 'containerPort'],
      doc: DOC.deployment,
    },
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

const placeholderSecrets = defineRule<ChatPulseValues>('placeholder-secrets', "Secrets still hold the guide's examples", ({ values }) => {
  if (usesExistingSecret(values)) return [];
  const env = containerEnv(values);
  const left = Object.entries(PLACEHOLDERS)
    .map(([name, isPlaceholder]) => ({ s: setting(env, name), isPlaceholder }))
    .filter(({ s, isPlaceholder }) => s.value !== '' && isPlaceholder(s.value))
    .map(({ s }) => s);
  if (left.length === 0) return [];
  return [
    {
      severity: 'warning',
      message: `${left.map((s) => s.name).join(', ')} still hold the guide's example values.`,
      why: 'ChatPulse starts with them, but Twitch login, webhook signatures or the database connection fail, and a known session secret lets anyone forge sessions.',
      fix: 'Put the real credentials in these entries, or keep them out of the manifests with existingSecret.',
      params: left.map((s) => s.path),
      doc: DOC.secret,
    },
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
function replicas(read: ValueReader): Replicas {
  if (read.at('autoscaling.enabled') === true) {
    return {
      min: read.numeric('autoscaling.minReplicas'),
      max: read.numeric('autoscaling.maxReplicas'),
      minPath: 'autoscaling.minReplicas',
      maxPath: 'autoscaling.maxReplicas',
    };
  }
  const count = read.numeric('replicaCount');
  return { min: count, max: count, minPath: 'replicaCount', maxPath: 'replicaCount' };
}

/** An int-or-percent resolved against a pod count; `up` rounds percentages up (as for minAvailable). */
function resolveCount(v: unknown, total: number, up: boolean): number | undefined {
  if (typeof v === 'number') return v;
  const percent = typeof v === 'string' ? /^(\d+)%$/.exec(v.trim()) : null;
  if (!percent) return asNumeric(v);
  const exact = (Number(percent[1]) * total) / 100;
  return up ? Math.ceil(exact) : Math.floor(exact);
}

const pdbBlocksDrain = defineRule<ChatPulseValues>('pdb-blocks-drain', 'The disruption budget must leave room to evict a pod', (_, read) => {
  if (read.at('podDisruptionBudget.enabled') !== true) return [];
  const r = replicas(read);
  const minAvailable = read.at('podDisruptionBudget.minAvailable');
  if (r.min === undefined || r.min < 1) return [];
  const needed = resolveCount(minAvailable, r.min, true);
  if (needed === undefined || needed < r.min) return [];
  return [
    {
      severity: 'error',
      message: `The PodDisruptionBudget keeps ${asText(minAvailable)} pods available with only ${r.min} running: no pod may ever be evicted.`,
      why: 'Node drains (upgrades, autoscaler scale-down) wait forever on ChatPulse pods, so no node running one can be drained.',
      fix: `Lower podDisruptionBudget.minAvailable below ${r.min} (e.g. ${Math.max(r.min - 1, 0)}) or raise ${r.minPath}.`,
      params: ['podDisruptionBudget.minAvailable', r.minPath],
      doc: DOC.pdb,
    },
  ];
});

const hpaMinAboveMax = defineRule<ChatPulseValues>('hpa-min-above-max', 'Autoscaler minimum above maximum', (_, read) => {
  if (read.at('autoscaling.enabled') !== true) return [];
  const min = read.numeric('autoscaling.minReplicas');
  const max = read.numeric('autoscaling.maxReplicas');
  if (min === undefined || max === undefined || min <= max) return [];
  return [
    {
      severity: 'error',
      message: `autoscaling.minReplicas (${min}) is above autoscaling.maxReplicas (${max}).`,
      why: 'Kubernetes rejects a HorizontalPodAutoscaler whose maximum is below its minimum.',
      fix: 'Raise autoscaling.maxReplicas or lower autoscaling.minReplicas.',
      params: ['autoscaling.minReplicas', 'autoscaling.maxReplicas'],
      doc: DOC.hpa,
    },
  ];
});

const isZero = (v: unknown) => v === 0 || (typeof v === 'string' && /^\s*0+%?\s*$/.test(v));

const rolloutStuck = defineRule<ChatPulseValues>('rollout-stuck', 'A rolling update must be able to add or remove a pod', (_, read) => {
  if (read.at('strategy.type') !== 'RollingUpdate') return [];
  if (!isZero(read.at('strategy.rollingUpdate.maxSurge')) || !isZero(read.at('strategy.rollingUpdate.maxUnavailable'))) return [];
  return [
    {
      severity: 'error',
      message: 'maxSurge and maxUnavailable are both 0: a rollout can neither start a new pod nor stop an old one.',
      why: 'The rollout cannot progress, and Kubernetes rejects such a Deployment outright.',
      fix: 'Set strategy.rollingUpdate.maxSurge to 1 (zero-downtime, as the guide does) or maxUnavailable to 1.',
      params: ['strategy.rollingUpdate.maxSurge', 'strategy.rollingUpdate.maxUnavailable'],
      doc: DOC.deployment,
    },
  ];
});

const METRIC_PATHS: Record<string, string> = {
  cpu: 'autoscaling.targetCPUUtilizationPercentage',
  memory: 'autoscaling.targetMemoryUtilizationPercentage',
};

const hpaNeedsRequests = defineRule<ChatPulseValues>('hpa-needs-requests', 'Utilization targets need resource requests', ({ values }, read) => {
  if (read.at('autoscaling.enabled') !== true) return [];
  const resources = read.map('resources');
  // Kubernetes fills a missing request from the limit, so either one gives the HPA a base.
  const holds = (block: unknown, name: string) => isMap(block) && block[name] !== undefined && block[name] !== null;
  const hasBase = (name: string) => holds(resources.requests, name) || holds(resources.limits, name);
  const extraStart = hpaMetrics(values).length - read.list('autoscaling.extraMetrics').length;
  const out: Finding[] = [];
  hpaMetrics(values).forEach((metric, i) => {
    const m = asMap(metric);
    const resource = asMap(m.resource);
    const name = asText(resource.name);
    if (m.type !== 'Resource' || !name || asMap(resource.target).type !== 'Utilization' || hasBase(name)) return;
    const metricPath = i >= extraStart ? `autoscaling.extraMetrics[${i - extraStart}]` : (METRIC_PATHS[name] ?? 'autoscaling');
    out.push(
      {
        severity: 'error',
        message: `The autoscaler scales on ${name} utilization, but the container requests no ${name}.`,
        why: 'Utilization is measured in percent of the request; without one the HPA cannot compute it and never scales.',
        fix: `Add resources.requests.${name}, or drop the ${name} metric.`,
        params: ['resources', metricPath],
        doc: 'HPA Not Scaling',
      },
    );
  });
  return out;
});

const fewReplicas = defineRule<ChatPulseValues>('few-replicas', 'At least two pods for availability', (_, read) => {
  const r = replicas(read);
  if (r.min === undefined || r.min >= 2) return [];
  return [
    {
      severity: 'warning',
      message: `Only ${r.min} ChatPulse pod${r.min === 1 ? '' : 's'}: every restart, rollout or node drain is an outage.`,
      why: 'With a single pod all WebSocket overlays drop whenever that pod goes away; the guide runs 3.',
      fix: `Set ${r.minPath} to 2 or more.`,
      params: [r.minPath],
      doc: DOC.deployment,
    },
  ];
});

const ANN_NGINX = 'nginx.ingress.kubernetes.io/';
const annotationsPath = (controller: string) => `ingress.${controller}.annotations`;
const annotationPath = (controller: string, key: string) => formatPath(['ingress', controller, 'annotations', key]);
const annotation = (read: ValueReader, controller: string, key: string) => asText(read.map(annotationsPath(controller))[key]);

/** The ingress in use, if any: 'nginx' | 'alb' | 'traefik'. */
function ingressController(read: ValueReader): string | undefined {
  if (read.at('ingress.enabled') !== true) return undefined;
  const c = read.at('ingress.controller');
  return c === 'alb' || c === 'traefik' ? c : 'nginx';
}

const stickySessions = defineRule<ChatPulseValues>('sticky-sessions', 'Several pods need sticky sessions', (_, read) => {
  const r = replicas(read);
  if (r.max === undefined || r.max < 2) return [];
  const controller = ingressController(read);
  let sticky: boolean;
  let params: string[];
  let fix: string;
  let doc: string;
  if (controller === 'nginx') {
    sticky = annotation(read, 'nginx', `${ANN_NGINX}affinity`) === 'cookie';
    params = [annotationPath('nginx', `${ANN_NGINX}affinity`)];
    fix = `Set the ${ANN_NGINX}affinity annotation to "cookie" (with a session-cookie-name), as the guide does.`;
    doc = DOC.nginx;
  } else if (controller === 'alb') {
    sticky = /(^|,)\s*stickiness\.enabled=true/.test(annotation(read, 'alb', 'alb.ingress.kubernetes.io/target-group-attributes') ?? '');
    params = [annotationPath('alb', 'alb.ingress.kubernetes.io/target-group-attributes')];
    fix = 'Add stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=3600 to the target-group-attributes annotation.';
    doc = DOC.alb;
  } else if (controller === 'traefik') {
    sticky = Object.keys(read.map('ingress.traefik.sticky')).length > 0;
    params = ['ingress.traefik.sticky'];
    fix = 'Set ingress.traefik.sticky, e.g. {cookie: {name: chatpulse-route, secure: true, httpOnly: true}}.';
    doc = DOC.traefik;
  } else {
    sticky = read.at('service.sessionAffinity') === 'ClientIP';
    params = ['service.sessionAffinity'];
    fix = 'Set service.sessionAffinity to ClientIP.';
    doc = DOC.service;
  }
  if (sticky) return [];
  return [
    {
      severity: 'warning',
      message: `Up to ${r.max} pods without sticky sessions${controller ? ` at the ${controller} ingress` : ''}.`,
      why: 'Ingress controllers send requests straight to pods, so the Service\'s ClientIP affinity does not apply to them; without stickiness WebSocket clients reconnect to a different pod after every drop.',
      fix,
      params: [...params, r.maxPath],
      doc,
    },
  ];
});

const HOUR = 3600;

const websocketTimeouts = defineRule<ChatPulseValues>('websocket-timeouts', 'Proxy and idle timeouts long enough for WebSockets', (_, read) => {
  const controller = ingressController(read);
  const out: Finding[] = [];
  const why = 'A quiet overlay WebSocket is cut when the load balancer times it out, and the browser source reconnects over and over.';
  if (controller === 'nginx') {
    for (const key of [`${ANN_NGINX}proxy-read-timeout`, `${ANN_NGINX}proxy-send-timeout`]) {
      const raw = annotation(read, 'nginx', key);
      const seconds = raw === undefined ? 60 : asNumeric(raw.replace(/s$/, ''));
      if (seconds === undefined || seconds >= HOUR) continue;
      out.push(
        {
          severity: 'warning',
          message: `${key} is ${raw === undefined ? 'not set (ingress-nginx uses 60 s)' : `${seconds} s`}, under an hour.`,
          why,
          fix: `Set the ${key} annotation to "3600".`,
          params: [annotationPath('nginx', key)],
          doc: DOC.websocket,
        },
      );
    }
  } else if (controller === 'alb') {
    const key = 'alb.ingress.kubernetes.io/load-balancer-attributes';
    const raw = /(?:^|,)\s*idle_timeout\.timeout_seconds=(\d+)/.exec(annotation(read, 'alb', key) ?? '')?.[1];
    const seconds = raw === undefined ? 60 : Number(raw);
    if (seconds < HOUR) {
      out.push(
        {
          severity: 'warning',
          message: `The ALB idle timeout is ${raw === undefined ? 'not set (60 s by default)' : `${seconds} s`}, under an hour.`,
          why,
          fix: `Put idle_timeout.timeout_seconds=3600 in the ${key} annotation.`,
          params: [annotationPath('alb', key)],
          doc: DOC.websocket,
        },
      );
    }
  }
  return out;
});

const nginxSnippet = defineRule<ChatPulseValues>('nginx-configuration-snippet', 'No configuration-snippet annotation', (_, read) => {
  const key = `${ANN_NGINX}configuration-snippet`;
  if (ingressController(read) !== 'nginx' || annotation(read, 'nginx', key) === undefined) return [];
  return [
    {
      severity: 'warning',
      message: 'The Ingress uses the configuration-snippet annotation.',
      why: 'Current ingress-nginx turns snippet annotations off by default (allow-snippet-annotations is false since v1.9) and its admission webhook then refuses the Ingress. It is not needed either: ingress-nginx already forwards the Upgrade and Connection headers over HTTP/1.1 for WebSocket.',
      fix: 'Remove the annotation (set it to null in your values).',
      params: [annotationPath('nginx', key)],
      doc: DOC.websocket,
    },
  ];
});

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

const ingressClassAnnotation = defineRule<ChatPulseValues>('ingress-class-annotation', 'Pick the ingress class with ingressClassName', (_, read) => {
  const controller = ingressController(read);
  if (controller !== 'nginx' && controller !== 'alb') return [];
  const value = annotation(read, controller, CLASS_ANNOTATION);
  if (value === undefined) return [];
  const className = read.text('ingress.className') ?? '';
  const params = [annotationPath(controller, CLASS_ANNOTATION), 'ingress.className'];
  const doc = controller === 'nginx' ? DOC.nginx : DOC.alb;
  if (className !== '' && className !== value) {
    return [
      {
        severity: 'error',
        message: `The ${CLASS_ANNOTATION} annotation ("${value}") and ingress.className ("${className}") disagree.`,
        why: 'Kubernetes rejects an Ingress whose class annotation does not match its ingressClassName.',
        fix: 'Remove the annotation and keep ingress.className.',
        params: params,
        doc,
      },
    ];
  }
  return [
    {
      severity: 'info',
      message: `The Ingress picks its controller with the deprecated ${CLASS_ANNOTATION} annotation.`,
      why: 'The annotation has been deprecated since Kubernetes 1.18 in favour of spec.ingressClassName, which also works with IngressClass defaults and permissions.',
      fix: `Set ingress.className to "${value}" and remove the annotation (set it to null).`,
      params: params,
      doc,
    },
  ];
});

const traefikLegacyApi = defineRule<ChatPulseValues>('traefik-legacy-api', 'Traefik v3 serves only traefik.io', (_, read) => {
  if (ingressController(read) !== 'traefik') return [];
  const apiVersion = read.text('ingress.traefik.apiVersion') ?? '';
  if (!apiVersion.startsWith('traefik.containo.us/')) return [];
  return [
    {
      severity: 'warning',
      message: `The IngressRoute uses the ${apiVersion} API group.`,
      why: 'Traefik v3 removed the traefik.containo.us group; there the IngressRoute is not served and ChatPulse gets no route. traefik.io works from Traefik v2.10 on.',
      fix: 'Set ingress.traefik.apiVersion to traefik.io/v1alpha1.',
      params: ['ingress.traefik.apiVersion'],
      doc: DOC.traefik,
    },
  ];
});

const albCertificatePlaceholder = defineRule<ChatPulseValues>('alb-certificate-placeholder', 'The ALB needs a real ACM certificate', (_, read) => {
  if (ingressController(read) !== 'alb') return [];
  const key = 'alb.ingress.kubernetes.io/certificate-arn';
  const arn = annotation(read, 'alb', key);
  if (arn === undefined || !(arn.includes('...') || arn.includes(':123456789012:'))) return [];
  return [
    {
      severity: 'error',
      message: 'The ALB certificate ARN is still the guide\'s placeholder.',
      why: 'The AWS Load Balancer Controller cannot find that certificate, so it fails to build the HTTPS listener and the Ingress gets no load balancer.',
      fix: `Put the ARN of your ACM certificate for the ingress hosts in the ${key} annotation.`,
      params: [annotationPath('alb', key)],
      doc: DOC.alb,
    },
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
  switchedOffRule<ChatPulseValues>({ doc: DOC.deployment }),
];
