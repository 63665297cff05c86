// Cross-field checks for kube-stager 1.0.0. Values are read loosely (any type may arrive from an
// import or a link), so no rule throws on a wrong type; params are the chart's own value paths and
// doc names the README section a finding comes from.
import { sprigInt } from '../../core/goTemplate';
import { defineRule } from '../../core/rules';
import type { Problem, Rule, RuleContext } from '../../core/types';
import { asPrinted } from '../../core/valueReaders';
import { DOC } from './docs';
import { WEBHOOK_TARGET_PORT } from './render';
import type { KubeStagerValues } from './schema';
import { switchedOffRule } from '../../core/switchedOff';

type Ctx = RuleContext<KubeStagerValues>;

const REPLICAS = 'deployment.replicas';
const LEADER_ELECTION = 'config.leaderElection';
const PDB_ENABLED = 'deployment.podDisruptionBudget.enabled';
const PDB_MIN = 'deployment.podDisruptionBudget.minAvailable';
const METRICS_ADDRESS = 'config.metrics.bindAddress';
const HEALTH_ADDRESS = 'config.health.healthProbeBindAddress';
const WEBHOOK_PORT = 'config.webhook.port';
const MONITORING = 'monitoring.enabled';


/** `host:port` as Go's net.SplitHostPort reads a listen address; undefined when it has no port. */
export function splitAddress(address: string): { host: string; port: string } | undefined {
  const cut = address.lastIndexOf(':');
  if (cut < 0) return undefined;
  const host = address.slice(0, cut).replace(/^\[(.*)\]$/, '$1');
  return { host, port: address.slice(cut + 1) };
}

const WILDCARD_HOSTS = new Set(['', '0.0.0.0', '::']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

const leaderElectionOff = defineRule<KubeStagerValues>('leader-election-off-with-replicas', 'Several replicas need leader election', (_, read) => {
  const replicas = sprigInt(read.at(REPLICAS));
  if (replicas <= 1 || read.bool(LEADER_ELECTION)) return [];
  return [
    {
      severity: 'error',
      message: `${replicas} replicas run with leader election off; the chart refuses to render this.`,
      why: 'Without a leader every replica reconciles the same staging sites at once (split brain): jobs and databases get created twice and updates fight each other.',
      fix: 'Turn config.leaderElection back on, or run a single replica.',
      params: [REPLICAS, LEADER_ELECTION],
      doc: DOC.v030,
    },
  ];
});

/** Pods a budget keeps, as Kubernetes counts it: percentages of the replicas round up. */
function requiredPods(minAvailable: unknown, replicas: number): number | undefined {
  if (typeof minAvailable === 'number') return minAvailable;
  const pct = /^([0-9]+)%$/.exec(asPrinted(minAvailable).trim());
  return pct ? Math.ceil((Number(pct[1]) * replicas) / 100) : undefined;
}

const pdbBlocksDrains = defineRule<KubeStagerValues>('pdb-blocks-drains', 'The disruption budget must leave room for one eviction', (_, read) => {
  if (!read.bool(PDB_ENABLED)) return [];
  const replicas = sprigInt(read.at(REPLICAS));
  const minAvailable = read.at(PDB_MIN);
  const params = [PDB_MIN, REPLICAS, PDB_ENABLED];
  const why =
    'A budget that needs every operator pod up never allows a voluntary eviction, so node drains and cluster upgrades hang on the operator pod.';
  // The chart compares `int minAvailable` with `int replicas` and fails unless it is lower.
  if (!(sprigInt(minAvailable) < replicas)) {
    return [
      {
        severity: 'error',
        message: `minAvailable ${asPrinted(minAvailable)} is not below ${replicas} replica(s); the chart refuses to render this.`,
        why,
        fix: 'Lower deployment.podDisruptionBudget.minAvailable below deployment.replicas, raise the replicas, or turn the budget off.',
        params,
        doc: DOC.ha,
      },
    ];
  }
  const needed = requiredPods(minAvailable, replicas);
  if (typeof minAvailable === 'string' && needed !== undefined && replicas > 0 && needed >= replicas) {
    return [
      {
        severity: 'error',
        message: `minAvailable ${minAvailable} of ${replicas} replica(s) rounds up to ${needed}: every pod must stay up.`,
        why: `${why} The chart renders a percentage without checking it.`,
        fix: 'Use a smaller percentage or a number below deployment.replicas.',
        params,
        doc: DOC.ha,
      },
    ];
  }
  return [];
});

const pdbSingleReplica = defineRule<KubeStagerValues>('pdb-single-replica', 'A disruption budget protects little with one replica', (_, read) => {
  if (!read.bool(PDB_ENABLED)) return [];
  const replicas = sprigInt(read.at(REPLICAS));
  // minAvailable at or above the replicas is the error above; what remains lets the one pod go.
  if (replicas !== 1 || !(sprigInt(read.at(PDB_MIN)) < replicas)) return [];
  if ((requiredPods(read.at(PDB_MIN), replicas) ?? 0) >= replicas) return [];
  return [
    {
      severity: 'warning',
      message: 'The disruption budget covers a single operator pod and still lets it be evicted.',
      why: 'With one replica the budget can only allow the eviction (or block drains); the operator and its admission webhooks are down while the pod moves.',
      fix: 'Run 2 replicas with minAvailable 1 (leader election keeps one active), or turn the budget off.',
      params: [REPLICAS, PDB_ENABLED],
      doc: DOC.ha,
    },
  ];
});

const metricsAddress = defineRule<KubeStagerValues>('metrics-bind-address', 'Metrics must stay where kube-rbac-proxy forwards', (_, read) => {
  const address = asPrinted(read.at(METRICS_ADDRESS));
  const parts = splitAddress(address);
  if (parts && parts.port === '8080' && LOOPBACK_HOSTS.has(parts.host)) return [];
  if (parts && parts.port === '8080' && WILDCARD_HOSTS.has(parts.host)) {
    return [
      {
        severity: 'warning',
        message: `Metrics listen on ${address}, reachable from the pod network.`,
        why: 'kube-rbac-proxy guards /metrics with token checks; an open listener lets anything in the cluster read them directly.',
        fix: 'Keep config.metrics.bindAddress at 127.0.0.1:8080.',
        params: [METRICS_ADDRESS],
        doc: DOC.operatorConfig,
      },
    ];
  }
  return [
    {
      severity: 'error',
      message: `Metrics listen on "${address}", but kube-rbac-proxy always forwards to 127.0.0.1:8080.`,
      why: 'The chart does not pass the address to the proxy sidecar, so every scrape through the metrics Service fails.',
      fix: 'Set config.metrics.bindAddress back to 127.0.0.1:8080.',
      params: [METRICS_ADDRESS],
      doc: DOC.operatorConfig,
    },
  ];
});

const healthAddress = defineRule<KubeStagerValues>('health-probe-address', 'Health probes must reach the probe address', (_, read) => {
  const address = asPrinted(read.at(HEALTH_ADDRESS));
  const parts = splitAddress(address);
  if (parts && parts.port === '8081' && WILDCARD_HOSTS.has(parts.host)) return [];
  const reason =
    parts && parts.port === '8081'
      ? 'the kubelet probes the pod IP, so a listener bound to one other address is never reached'
      : 'the liveness and readiness probes always call port 8081';
  return [
    {
      severity: 'error',
      message: `Health probes are served on "${address}", but ${reason}.`,
      why: 'Failing probes keep the operator out of the webhook Service and get it restarted over and over.',
      fix: 'Set config.health.healthProbeBindAddress back to :8081.',
      params: [HEALTH_ADDRESS],
      doc: DOC.operatorConfig,
    },
  ];
});

const webhookPort = defineRule<KubeStagerValues>('webhook-port', 'The webhook Service always targets 9443', (_, read) => {
  const port = read.at(WEBHOOK_PORT);
  if (port === WEBHOOK_TARGET_PORT) return [];
  return [
    {
      severity: 'error',
      message: `The webhook server listens on ${asPrinted(port)}, but the webhook Service sends to ${WEBHOOK_TARGET_PORT}.`,
      why: 'The admission webhooks fail closed: with nothing on 9443 the API server rejects every create and update of StagingSites, Backups and ServiceConfigs.',
      fix: `Set config.webhook.port back to ${WEBHOOK_TARGET_PORT}.`,
      params: [WEBHOOK_PORT],
      doc: DOC.operatorConfig,
    },
  ];
});

const monitoringNeedsOperator = defineRule<KubeStagerValues>('monitoring-needs-prometheus-operator', 'A ServiceMonitor needs the Prometheus Operator', (_, read) => {
  if (!read.bool(MONITORING)) return [];
  return [
    {
      severity: 'info',
      message: 'Monitoring creates a ServiceMonitor (monitoring.coreos.com/v1).',
      why: 'Without the Prometheus Operator CRDs in the cluster, the install fails on the unknown kind.',
      fix: 'Install the Prometheus Operator (for example kube-prometheus-stack) first, or leave monitoring off.',
      params: [MONITORING],
      doc: DOC.monitoring,
    },
  ];
});

const serviceMonitorTls = defineRule<KubeStagerValues>('servicemonitor-tls-verify', 'Scrapes check a certificate no CA vouches for', (_, read) => {
  if (!read.bool(MONITORING) || read.bool('monitoring.serviceMonitor.insecureSkipVerify')) return [];
  return [
    {
      severity: 'warning',
      message: 'Prometheus verifies the metrics certificate, but the ServiceMonitor names no CA for it.',
      why: 'kube-rbac-proxy serves metrics with a certificate it signs itself, so verified scrapes fail with an unknown-authority error.',
      fix: 'Set monitoring.serviceMonitor.insecureSkipVerify to true (the bearer token still authenticates the scrape).',
      params: ['monitoring.serviceMonitor.insecureSkipVerify', MONITORING],
      doc: DOC.monitoring,
    },
  ];
});

/** Prometheus durations in milliseconds (`1h30m`, `10s`, `500ms`); undefined when not one. */
export function durationMs(v: unknown): number | undefined {
  const s = asPrinted(v);
  const m = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(s);
  if (!m || s === '') return undefined;
  const unit = [31536000000, 604800000, 86400000, 3600000, 60000, 1000, 1];
  return m.slice(1).reduce((sum, part, i) => sum + (part ? Number(part) * unit[i] : 0), 0);
}

const scrapeTimeout = defineRule<KubeStagerValues>('scrape-timeout-over-interval', 'A scrape must end before the next one starts', (_, read) => {
  if (!read.bool(MONITORING)) return [];
  const interval = durationMs(read.at('monitoring.serviceMonitor.interval'));
  const timeout = durationMs(read.at('monitoring.serviceMonitor.scrapeTimeout'));
  if (interval === undefined || timeout === undefined || timeout <= interval) return [];
  return [
    {
      severity: 'warning',
      message: 'The scrape timeout is longer than the scrape interval.',
      why: 'Prometheus refuses a scrape job whose timeout exceeds its interval, so the operator is not scraped.',
      fix: 'Make monitoring.serviceMonitor.scrapeTimeout at most the interval.',
      params: ['monitoring.serviceMonitor.scrapeTimeout', 'monitoring.serviceMonitor.interval'],
      doc: DOC.monitoring,
    },
  ];
});

const certManagerRequired = defineRule<KubeStagerValues>('cert-manager-required', 'cert-manager must be installed', () => [
  {
    severity: 'info',
    message: 'The chart always creates a cert-manager Issuer and Certificate for the admission webhooks.',
    why: 'Without cert-manager the install fails on the unknown kinds, and without its CA injector the API server cannot trust the webhook certificate.',
    fix: 'Install cert-manager (with its CRDs) before this chart.',
    params: [],
    doc: DOC.prerequisites,
  },
]);

const JOB_KINDS = ['initJobConfig', 'migrationJobConfig', 'backupJobConfig'] as const;
const JOB_FIELDS = ['deadlineSeconds', 'ttlSeconds', 'backoffLimit'] as const;

const negativeJobSettings = defineRule<KubeStagerValues>('job-config-negative', 'Job deadlines, TTLs and retries cannot be negative', (_, read) => {
  const paths = JOB_KINDS.flatMap((kind) => JOB_FIELDS.map((field) => `config.${kind}.${field}`)).filter((path) => {
    const v = read.at(path);
    return typeof v === 'number' && v < 0;
  });
  if (paths.length === 0) return [];
  return [
    {
      severity: 'error',
      message: `Negative job settings: ${paths.join(', ')}.`,
      why: 'The operator checks its config at start-up and stops on invalid values; Kubernetes rejects such Jobs as well.',
      fix: 'Use 0 or a positive number of seconds or retries.',
      params: paths,
      doc: DOC.operatorConfig,
    },
  ];
});

const initJobRetries = defineRule<KubeStagerValues>('init-job-retries', 'Database init jobs should not retry', (_, read) => {
  const retries = read.at('config.initJobConfig.backoffLimit');
  if (typeof retries !== 'number' || retries <= 0) return [];
  return [
    {
      severity: 'warning',
      message: `Database init jobs are retried up to ${retries} time(s).`,
      why: 'An init job that failed half way has already written part of the database; running it again on top of that can give surprising results. The chart recommends 0.',
      fix: 'Set config.initJobConfig.backoffLimit to 0 and fix the cause of a failed init instead.',
      params: ['config.initJobConfig.backoffLimit'],
      doc: DOC.operatorConfig,
    },
  ];
});

const rbacOff = defineRule<KubeStagerValues>('rbac-disabled', 'Without rbac.create the ServiceAccount must exist', (_, read) => {
  if (read.bool('rbac.create')) return [];
  const name = asPrinted(read.at('rbac.serviceAccount.name'));
  return [
    {
      severity: 'warning',
      message: `No ServiceAccount, roles or bindings are created; the pods run as "${name}".`,
      why: 'The Deployment still names that ServiceAccount: pods are not created until it exists, and the operator fails without its cluster-wide rights and the leader-election Role.',
      fix: 'Create the ServiceAccount and bind the equivalent roles yourself, or turn rbac.create back on.',
      params: ['rbac.create', 'rbac.serviceAccount.name'],
      doc: DOC.values,
    },
  ];
});

const sentryInConfigMap = defineRule<KubeStagerValues>('sentry-dsn-in-configmap', 'The Sentry DSN is stored in a ConfigMap', (_, read) => {
  if (!read.bool('config.sentryDsn')) return [];
  return [
    {
      severity: 'info',
      message: 'The Sentry DSN is written in plain text into the operator ConfigMap.',
      why: 'Anyone who can read ConfigMaps in the namespace can send events to your Sentry project with it.',
      fix: 'Restrict who reads ConfigMaps in this namespace, or accept that the DSN is not secret.',
      params: ['config.sentryDsn'],
      doc: DOC.operatorConfig,
    },
  ];
});

export const rules: Rule<KubeStagerValues>[] = [
  leaderElectionOff,
  pdbBlocksDrains,
  pdbSingleReplica,
  metricsAddress,
  healthAddress,
  webhookPort,
  negativeJobSettings,
  initJobRetries,
  rbacOff,
  monitoringNeedsOperator,
  serviceMonitorTls,
  scrapeTimeout,
  sentryInConfigMap,
  certManagerRequired,
  switchedOffRule<KubeStagerValues>({ doc: DOC.values }),
];

/** Every problem the rules find for the given context (used by tests and tools). */
export function checkAll(ctx: Ctx): Problem[] {
  return rules.flatMap((r) => r.check(ctx));
}
