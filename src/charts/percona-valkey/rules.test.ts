import { describe, it, expect } from 'vitest';
import { listFields } from '../../core/schemaWalk';
import { DEFAULT_RELEASE, type Problem, type Values } from '../../core/types';
import { describeRuleCatalogue } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import { defaultsFromSchema, setAt } from '../../core/values';
import { perconaValkey } from './index';
import { quantityBytes, rules, unwritablePaths, valkeyBytes } from './rules';
import { schema, type PerconaValkeyValues } from './schema';

const problems = (user: Values): Problem[] => validate(perconaValkey, user, DEFAULT_RELEASE).problems;
const ruleProblems = (user: Values, id: string) => problems(user).filter((p) => p.id === id);
const fires = (user: Values, id: string) => ruleProblems(user, id).length > 0;

const cluster = (extra: Values = {}): Values => ({ mode: 'cluster', ...extra });

describeRuleCatalogue(perconaValkey);

describe('percona-valkey rules', () => {
  it('the chart defaults raise no problem', () => {
    expect(problems({})).toEqual([]);
  });

  it('cluster-too-few-primaries: errors under 3 primaries in cluster mode only', () => {
    const id = 'cluster-too-few-primaries';
    expect(fires(cluster({ cluster: { replicas: 4 } }), id)).toBe(true);
    expect(fires(cluster({ cluster: { replicas: 8, replicasPerPrimary: 2 } }), id)).toBe(true);
    expect(fires(cluster({ cluster: { replicas: 9, replicasPerPrimary: 2 } }), id)).toBe(false);
    expect(fires(cluster({ cluster: { replicas: 3, replicasPerPrimary: 0 } }), id)).toBe(false);
    expect(fires({ cluster: { replicas: 2 } }, id)).toBe(false);
    const [p] = ruleProblems(cluster({ cluster: { replicas: 4 } }), id);
    expect(p.severity).toBe('error');
    expect(p.params).toEqual(['cluster.replicas', 'cluster.replicasPerPrimary']);
    expect(p.fix).toContain('6');
  });

  it('cluster-uneven-shards: warns when replicas is not a multiple of 1 + replicasPerPrimary', () => {
    const id = 'cluster-uneven-shards';
    expect(fires(cluster({ cluster: { replicas: 7 } }), id)).toBe(true);
    expect(ruleProblems(cluster({ cluster: { replicas: 7 } }), id)[0].severity).toBe('warning');
    expect(fires(cluster({ cluster: { replicas: 8 } }), id)).toBe(false);
    expect(fires(cluster({ cluster: { replicas: 10, replicasPerPrimary: 2 } }), id)).toBe(true);
    expect(fires({ cluster: { replicas: 7 } }, id)).toBe(false);
  });

  it('auth-disabled: warns when authentication is off', () => {
    expect(ruleProblems({ auth: { enabled: false } }, 'auth-disabled')).toMatchObject([{ severity: 'warning', params: ['auth.enabled'] }]);
    expect(fires({ auth: { enabled: true } }, 'auth-disabled')).toBe(false);
  });

  it('password-with-existing-secret: warns that the password is ignored', () => {
    const id = 'password-with-existing-secret';
    expect(ruleProblems({ auth: { password: 'p', existingSecret: 's' } }, id)).toMatchObject([
      { severity: 'warning', params: ['auth.password', 'auth.existingSecret'] },
    ]);
    expect(fires({ auth: { existingSecret: 's' } }, id)).toBe(false);
    expect(fires({ auth: { password: 'p' } }, id)).toBe(false);
  });

  it('maxmemory-invalid: errors on sizes Valkey cannot read and on sizes above the memory limit', () => {
    const id = 'maxmemory-invalid';
    expect(ruleProblems({ config: { maxmemory: '1Gi' } }, id)).toMatchObject([{ severity: 'error', params: ['config.maxmemory'] }]);
    expect(fires({ config: { maxmemory: '1.5gb' } }, id)).toBe(true);
    expect(fires({ config: { maxmemory: '512mb' } }, id)).toBe(false);
    const tooBig = { config: { maxmemory: '2gb' }, resources: { limits: { memory: '1Gi' } } };
    expect(ruleProblems(tooBig, id)).toMatchObject([{ severity: 'error', params: ['config.maxmemory', 'resources.limits'] }]);
    expect(fires({ config: { maxmemory: '512mb' }, resources: { limits: { memory: '1Gi' } } }, id)).toBe(false);
    // 1gb is 1024^3 bytes, exactly 1Gi: at the limit, not above it.
    expect(fires({ config: { maxmemory: '1gb' }, resources: { limits: { memory: '1Gi' } } }, id)).toBe(false);
    expect(fires({ config: { maxmemory: '1gb' }, resources: { limits: { memory: '1G' } } }, id)).toBe(true);
  });

  it('maxmemory-policy-invalid: errors on an unknown eviction policy', () => {
    const id = 'maxmemory-policy-invalid';
    expect(ruleProblems({ config: { maxmemoryPolicy: 'lru' } }, id)).toMatchObject([{ severity: 'error', params: ['config.maxmemoryPolicy'] }]);
    expect(fires({ config: { maxmemoryPolicy: 'volatile-ttl' } }, id)).toBe(false);
    expect(fires({ config: { maxmemoryPolicy: '' } }, id)).toBe(false);
  });

  it('node-timeout-exponent: errors when helm would print the timeout as 1e+06', () => {
    const id = 'node-timeout-exponent';
    const [p] = ruleProblems(cluster({ cluster: { nodeTimeout: 1000000 } }), id);
    expect(p.severity).toBe('error');
    expect(p.message).toContain('1e+06');
    expect(fires(cluster({ cluster: { nodeTimeout: 999999 } }), id)).toBe(false);
  });

  it('cluster-without-persistence: warns that nodes.conf is lost on restart', () => {
    const id = 'cluster-without-persistence';
    expect(ruleProblems(cluster({ persistence: { enabled: false } }), id)).toMatchObject([{ severity: 'warning' }]);
    expect(fires({ persistence: { enabled: false } }, id)).toBe(false);
    expect(fires(cluster(), id)).toBe(false);
  });

  it('standalone-replicas: warns that standalone copies do not replicate', () => {
    const id = 'standalone-replicas';
    expect(ruleProblems({ standalone: { replicas: 3 } }, id)).toMatchObject([{ severity: 'warning', params: ['standalone.replicas'] }]);
    expect(fires({ standalone: { replicas: 1 } }, id)).toBe(false);
    expect(fires(cluster({ standalone: { replicas: 3 } }), id)).toBe(false);
  });

  it('pdb-standalone: notes that PDB settings are ignored in standalone mode', () => {
    const id = 'pdb-standalone';
    expect(ruleProblems({ pdb: { maxUnavailable: 2 } }, id)).toMatchObject([{ severity: 'info', params: ['pdb.maxUnavailable'] }]);
    expect(fires({}, id)).toBe(false);
    expect(fires(cluster({ pdb: { maxUnavailable: 2 } }), id)).toBe(false);
  });

  it('pdb-min-and-max: errors when both are chosen, not when maxUnavailable keeps its default', () => {
    const id = 'pdb-min-and-max';
    expect(ruleProblems(cluster({ pdb: { minAvailable: 2, maxUnavailable: 2 } }), id)).toMatchObject([
      { severity: 'error', params: ['pdb.minAvailable', 'pdb.maxUnavailable'] },
    ]);
    expect(fires(cluster({ pdb: { minAvailable: 2 } }), id)).toBe(false);
    expect(fires(cluster({ pdb: { minAvailable: 2, maxUnavailable: '' } }), id)).toBe(false);
  });

  it('pdb-max-unavailable-unused: says the default maxUnavailable is dropped when minAvailable is set (issue 14)', () => {
    const id = 'pdb-max-unavailable-unused';
    expect(ruleProblems(cluster({ pdb: { minAvailable: 2 } }), id)).toMatchObject([
      { severity: 'info', params: ['pdb.maxUnavailable', 'pdb.minAvailable'], message: expect.stringMatching(/^pdb\.maxUnavailable \(1, the default\) has no effect/) },
    ]);
    // The user's own maxUnavailable is the error above, not this hint; without minAvailable nothing is dropped.
    expect(fires(cluster({ pdb: { minAvailable: 2, maxUnavailable: 2 } }), id)).toBe(false);
    expect(fires(cluster(), id)).toBe(false);
    expect(fires(cluster({ pdb: { minAvailable: 2, maxUnavailable: '' } }), id)).toBe(false);
    expect(fires({ pdb: { minAvailable: 2 } }, id)).toBe(false);
  });

  it('hardened-unwritable-paths: warns about custom directives writing outside the mounts', () => {
    const id = 'hardened-unwritable-paths';
    const hardened = (customConfig: string) => ({ image: { variant: 'hardened' }, config: { customConfig } });
    expect(ruleProblems(hardened('logfile /var/log/valkey.log\n'), id)).toMatchObject([
      { severity: 'warning', params: ['config.customConfig', 'image.variant'] },
    ]);
    expect(fires(hardened('logfile /tmp/valkey.log\npidfile /run/valkey/v.pid\n'), id)).toBe(false);
    expect(fires({ config: { customConfig: 'logfile /var/log/valkey.log' } }, id)).toBe(false);
  });

  it('names only parameters that exist in the schema', () => {
    const paths = new Set(listFields(schema).map((f) => f.path));
    const all = [
      cluster({ cluster: { replicas: 5, nodeTimeout: 2000000 }, persistence: { enabled: false }, pdb: { minAvailable: 1, maxUnavailable: 2 } }),
      { auth: { enabled: false, password: 'p', existingSecret: 's' }, standalone: { replicas: 2 }, pdb: { enabled: false } },
      { config: { maxmemory: '9gb', maxmemoryPolicy: 'x', customConfig: 'dir /srv' }, image: { variant: 'hardened' }, resources: { limits: { memory: '1Gi' } } },
      cluster({ pdb: { minAvailable: 2 } }),
    ].flatMap(problems);
    expect(new Set(all.map((p) => p.id)).size).toBeGreaterThanOrEqual(rules.length);
    for (const p of all) for (const param of p.params) expect(paths.has(param), `${p.id}: ${param}`).toBe(true);
    for (const p of all.filter((x) => x.id !== 'schema' && x.id !== 'unknown-key')) expect(p.doc, p.id).toBeTruthy();
  });

  it('never throws on values of the wrong type', () => {
    const junk: unknown[] = [null, undefined, 'text', -3, 1e9, true, [], ['x'], {}, { a: 1 }];
    const defaults = defaultsFromSchema(schema);
    const paths = listFields(schema).map((f) => f.path);
    for (const value of junk) {
      for (const path of ['', ...paths]) {
        const values = (path === '' ? (value ?? {}) : setAt(defaults, path, value)) as PerconaValkeyValues;
        const userValues = (path === '' ? value : setAt({}, path, value)) as Values;
        for (const rule of rules) expect(() => rule.check({ values, userValues, release: DEFAULT_RELEASE }), `${rule.id} at ${path}`).not.toThrow();
      }
    }
  });
});

describe('size parsing', () => {
  it('reads Valkey memory sizes', () => {
    expect(valkeyBytes('100')).toBe(100);
    expect(valkeyBytes('1k')).toBe(1000);
    expect(valkeyBytes('1KB')).toBe(1024);
    expect(valkeyBytes('512mb')).toBe(512 * 2 ** 20);
    expect(valkeyBytes('2G')).toBe(2e9);
    expect(valkeyBytes('1Gi')).toBeUndefined();
    expect(valkeyBytes('')).toBeUndefined();
  });

  it('reads Kubernetes quantities', () => {
    expect(quantityBytes('1Gi')).toBe(2 ** 30);
    expect(quantityBytes('512M')).toBe(512e6);
    expect(quantityBytes('1e3')).toBe(1000);
    expect(quantityBytes(2048)).toBe(2048);
    expect(quantityBytes('lots')).toBeUndefined();
  });

  it('finds absolute paths outside /data, /tmp and /run/valkey', () => {
    expect(unwritablePaths('dir /data/sub\nlogfile ""\nunixsocket /run/valkey/v.sock\n# logfile /etc/x')).toEqual([]);
    expect(unwritablePaths('DIR /srv/valkey\npidfile "/var/run/v.pid"')).toEqual([
      { directive: 'dir', path: '/srv/valkey' },
      { directive: 'pidfile', path: '/var/run/v.pid' },
    ]);
    expect(unwritablePaths('dir /tmpfoo')).toEqual([{ directive: 'dir', path: '/tmpfoo' }]);
  });
});
