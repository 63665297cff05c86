import { describe, expect, it } from 'vitest';
import { schemaAt } from '../../core/schemaWalk';
import { DEFAULT_RELEASE, type Problem, type Values } from '../../core/types';
import { describeRuleCatalogue } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import { defaultsFromSchema, diffValues, mergeValues } from '../../core/values';
import { DOC } from './docs';
import { kubeStager } from './index';
import { durationMs, rules, splitAddress } from './rules';
import type { KubeStagerValues } from './schema';

const problemsFor = (user: Values): Problem[] => validate(kubeStager, user, DEFAULT_RELEASE).problems;
const only = (user: Values, id: string) => problemsFor(user).filter((p) => p.id === id);

/** Asserts exactly one problem of the rule, with that severity and those params; returns it. */
function expectOne(user: Values, id: string, severity: Problem['severity'], params?: string[]): Problem {
  const found = only(user, id);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  expect(found[0]).toMatchObject({ id, severity, ...(params ? { params } : {}) });
  return found[0];
}
const expectNone = (user: Values, id: string) => expect(only(user, id)).toEqual([]);

const pdb = (replicas: unknown, minAvailable: unknown, enabled = true): Values => ({
  deployment: { replicas, podDisruptionBudget: { enabled, minAvailable } },
});

/** Values that trip every rule that can be tripped (each rule's own cases are below). */
const busy: Values = {
  deployment: { replicas: 2, podDisruptionBudget: { enabled: true, minAvailable: 2 } },
  config: {
    leaderElection: false,
    metrics: { bindAddress: ':9090' },
    health: { healthProbeBindAddress: '127.0.0.1:8081' },
    webhook: { port: 9444 },
    initJobConfig: { backoffLimit: 2, ttlSeconds: -1 },
    sentryDsn: 'https://key@sentry.example.com/1',
  },
  rbac: { create: false },
  monitoring: { enabled: true, serviceMonitor: { interval: '10s', scrapeTimeout: '20s' } },
};

describeRuleCatalogue(kubeStager);

describe('kube-stager rules: shape', () => {
  it('gives the chart defaults no error or warning, only the cert-manager prerequisite', () => {
    expect(problemsFor({}).map((p) => [p.id, p.severity])).toEqual([['cert-manager-required', 'info']]);
  });

  it('fires every rule for the busy values (and a lone replica under a budget, a monitor with monitoring off), each citing a README section, a why and a fix', () => {
    const loneReplica = pdb(1, 0);
    const monitorWhileOff = { monitoring: { serviceMonitor: { interval: '45s' } } };
    const problems = [...problemsFor(busy), ...problemsFor(loneReplica), ...problemsFor(monitorWhileOff)].filter((p) => p.id !== 'schema' && p.id !== 'unknown-key');
    expect(new Set(problems.map((p) => p.id))).toEqual(new Set(rules.map((r) => r.id)));
    const sections = new Set<string>(Object.values(DOC));
    for (const p of problems) {
      expect(sections.has(p.doc ?? ''), `${p.id}: ${p.doc}`).toBe(true);
      expect(p.why, p.id).toBeTruthy();
      expect(p.fix, p.id).toBeTruthy();
    }
  });

  it('names only parameters the schema knows, as dotted paths', () => {
    for (const p of problemsFor(busy)) {
      for (const path of p.params) {
        expect(path, p.id).toMatch(/^[A-Za-z]+(\.[A-Za-z]+)*$/);
        expect(schemaAt(kubeStager.schema, path), `${p.id}: ${path}`).toBeDefined();
      }
    }
  });

  it('never throws on values of the wrong type', () => {
    const junk: unknown[] = [null, 'x', 7, -3, true, [], [1], { a: 1 }];
    const paths = [
      'deployment', 'deployment.replicas', 'deployment.podDisruptionBudget', 'deployment.podDisruptionBudget.enabled',
      'deployment.podDisruptionBudget.minAvailable', 'config', 'config.leaderElection', 'config.metrics', 'config.metrics.bindAddress',
      'config.health.healthProbeBindAddress', 'config.webhook', 'config.webhook.port', 'config.initJobConfig', 'config.initJobConfig.backoffLimit',
      'config.sentryDsn', 'rbac', 'rbac.create', 'rbac.serviceAccount.name', 'monitoring', 'monitoring.enabled',
      'monitoring.serviceMonitor.interval', 'monitoring.serviceMonitor.scrapeTimeout', 'monitoring.serviceMonitor.insecureSkipVerify',
    ];
    const defaults = defaultsFromSchema(kubeStager.schema);
    for (const path of paths) {
      for (const value of junk) {
        let values: Values = mergeValues(defaults, busy);
        const segs = path.split('.');
        let cur = values;
        for (const seg of segs.slice(0, -1)) cur = (cur[seg] = typeof cur[seg] === 'object' && cur[seg] !== null ? { ...(cur[seg] as Values) } : {}) as Values;
        cur[segs[segs.length - 1]] = value;
        values = structuredClone(values);
        const ctx = { values: values as KubeStagerValues, userValues: diffValues(defaults, values), release: DEFAULT_RELEASE };
        for (const rule of rules) expect(() => rule.check(ctx), `${rule.id} with ${path}=${JSON.stringify(value)}`).not.toThrow();
      }
    }
  });
});

describe('leader election with several replicas', () => {
  const id = 'leader-election-off-with-replicas';
  it('is an error the chart also refuses, and clears with leader election or one replica', () => {
    const p = expectOne({ deployment: { replicas: 3 }, config: { leaderElection: false } }, id, 'error', ['deployment.replicas', 'config.leaderElection']);
    expect(p.doc).toBe(DOC.v030);
    expect(p.message).toContain('3 replicas');
    expectNone({ deployment: { replicas: 3 } }, id);
    expectNone({ config: { leaderElection: false } }, id);
  });
});

describe('disruption budget', () => {
  const id = 'pdb-blocks-drains';
  it('is an error when minAvailable is not below the replicas (the chart fails)', () => {
    expectOne(pdb(1, 1), id, 'error', ['deployment.podDisruptionBudget.minAvailable', 'deployment.replicas', 'deployment.podDisruptionBudget.enabled']);
    expectOne(pdb(2, 3), id, 'error');
    expectNone(pdb(2, 1), id);
    expectNone(pdb(1, 1, false), id);
  });

  it('is an error when a percentage rounds up to every replica (the chart renders it)', () => {
    const p = expectOne(pdb(3, '70%'), id, 'error');
    expect(p.message).toContain('rounds up to 3');
    expectNone(pdb(3, '50%'), id);
  });

  it('warns about a budget over a single replica that still lets it go', () => {
    const single = 'pdb-single-replica';
    expectOne(pdb(1, 0), single, 'warning', ['deployment.replicas', 'deployment.podDisruptionBudget.enabled']);
    expectOne(pdb(1, '0%'), single, 'warning');
    // Not twice: minAvailable 1 of 1 is the error above.
    expectNone(pdb(1, 1), single);
    expectNone(pdb(2, 1), single);
    expectNone(pdb(1, 0, false), single);
  });
});

describe('listen addresses the chart wires by number', () => {
  it('is an error when metrics move away from 127.0.0.1:8080, a warning when opened to the pod network', () => {
    const id = 'metrics-bind-address';
    expectOne({ config: { metrics: { bindAddress: '127.0.0.1:9090' } } }, id, 'error', ['config.metrics.bindAddress']);
    expectOne({ config: { metrics: { bindAddress: '0' } } }, id, 'error');
    expectOne({ config: { metrics: { bindAddress: '10.0.0.5:8080' } } }, id, 'error');
    expectOne({ config: { metrics: { bindAddress: ':8080' } } }, id, 'warning');
    expectNone({ config: { metrics: { bindAddress: 'localhost:8080' } } }, id);
    expectNone({}, id);
  });

  it('is an error when health probes cannot reach the probe address', () => {
    const id = 'health-probe-address';
    expectOne({ config: { health: { healthProbeBindAddress: ':9091' } } }, id, 'error', ['config.health.healthProbeBindAddress']);
    expect(expectOne({ config: { health: { healthProbeBindAddress: '127.0.0.1:8081' } } }, id, 'error').message).toContain('pod IP');
    expectNone({ config: { health: { healthProbeBindAddress: '0.0.0.0:8081' } } }, id);
    expectNone({ config: { health: { healthProbeBindAddress: '[::]:8081' } } }, id);
  });

  it('is an error when the webhook server leaves the port the Service targets', () => {
    const id = 'webhook-port';
    expectOne({ config: { webhook: { port: 8443 } } }, id, 'error', ['config.webhook.port']);
    expectNone({ config: { webhook: { port: 9443 } } }, id);
  });

  it('reads addresses the way Go splits them', () => {
    expect(splitAddress(':8081')).toEqual({ host: '', port: '8081' });
    expect(splitAddress('[::1]:8080')).toEqual({ host: '::1', port: '8080' });
    expect(splitAddress('0')).toBeUndefined();
  });
});

describe('monitoring', () => {
  it('notes the Prometheus Operator prerequisite when on', () => {
    const p = expectOne({ monitoring: { enabled: true } }, 'monitoring-needs-prometheus-operator', 'info', ['monitoring.enabled']);
    expect(p.doc).toBe(DOC.monitoring);
    expectNone({}, 'monitoring-needs-prometheus-operator');
  });

  it('warns that verified scrapes fail on the proxy certificate', () => {
    const id = 'servicemonitor-tls-verify';
    expectOne({ monitoring: { enabled: true } }, id, 'warning');
    expectNone({ monitoring: { enabled: true, serviceMonitor: { insecureSkipVerify: true } } }, id);
    expectNone({ monitoring: { enabled: false } }, id);
  });

  it('warns when a scrape may outlast the interval', () => {
    const id = 'scrape-timeout-over-interval';
    expectOne({ monitoring: { enabled: true, serviceMonitor: { interval: '30s', scrapeTimeout: '1m' } } }, id, 'warning');
    expectNone({ monitoring: { enabled: true, serviceMonitor: { interval: '1m', scrapeTimeout: '1m' } } }, id);
    expectNone({ monitoring: { enabled: false, serviceMonitor: { interval: '30s', scrapeTimeout: '1m' } } }, id);
    expect(durationMs('1h30m')).toBe(5_400_000);
    expect(durationMs('soon')).toBeUndefined();
  });
});

describe('cert-manager', () => {
  it('is always an info: no value turns the webhooks and their certificate off', () => {
    for (const user of [{}, busy, { rbac: { create: false } }]) expectOne(user, 'cert-manager-required', 'info', []);
  });
});

describe('job settings', () => {
  it('is an error for negative numbers, naming each one', () => {
    const p = expectOne(
      { config: { initJobConfig: { deadlineSeconds: -5 }, backupJobConfig: { backoffLimit: -1 } } },
      'job-config-negative',
      'error',
      ['config.initJobConfig.deadlineSeconds', 'config.backupJobConfig.backoffLimit'],
    );
    expect(p.doc).toBe(DOC.operatorConfig);
    expectNone({ config: { migrationJobConfig: { ttlSeconds: 0 } } }, 'job-config-negative');
  });

  it('warns when init jobs retry, as the README recommends 0', () => {
    expectOne({ config: { initJobConfig: { backoffLimit: 1 } } }, 'init-job-retries', 'warning', ['config.initJobConfig.backoffLimit']);
    expectNone({ config: { initJobConfig: { backoffLimit: 0 } } }, 'init-job-retries');
    expectNone({ config: { migrationJobConfig: { backoffLimit: 5 } } }, 'init-job-retries');
  });
});

describe('access and secrets', () => {
  it('warns that without rbac.create the ServiceAccount must exist', () => {
    expect(expectOne({ rbac: { create: false, serviceAccount: { name: 'ops' } } }, 'rbac-disabled', 'warning').message).toContain('"ops"');
    expectNone({}, 'rbac-disabled');
  });

  it('notes that the Sentry DSN lands in a ConfigMap', () => {
    expectOne({ config: { sentryDsn: 'https://k@o1.ingest.sentry.io/2' } }, 'sentry-dsn-in-configmap', 'info', ['config.sentryDsn']);
    expectNone({ config: { sentryDsn: '' } }, 'sentry-dsn-in-configmap');
  });
});
