import { describe, expect, it } from 'vitest';
import { upgradeImpact, upgradeRefused } from '../../core/diff';
import { evaluate } from '../../core/evaluate';
import { DEFAULT_RELEASE, type Problem, type Values } from '../../core/types';
import { perconaValkey } from '.';

const PASSWORD = { auth: { password: 'fixed-password' } };

function impact(from: Values, to: Values): Problem[] {
  return upgradeImpact({
    before: evaluate(perconaValkey, from, DEFAULT_RELEASE),
    after: evaluate(perconaValkey, to, DEFAULT_RELEASE),
    beforeValues: from,
    afterValues: to,
    release: DEFAULT_RELEASE,
    chartChecks: perconaValkey.upgradeChecks,
  });
}

const byId = (problems: Problem[], id: string) => problems.filter((p) => p.id === id);

describe('percona-valkey upgrade checks', () => {
  it('finds nothing for an unchanged configuration with a fixed password', () => {
    expect(impact(PASSWORD, PASSWORD)).toEqual([]);
  });

  it('refuses a smaller persistence.size: claims never shrink', () => {
    const problems = impact({ ...PASSWORD, persistence: { size: '8Gi' } }, { ...PASSWORD, persistence: { size: '4Gi' } });
    const [size] = byId(problems, 'upgrade-volume-size');
    expect(size).toMatchObject({ severity: 'error', params: ['persistence.size'], doc: 'Persistence' });
    expect(size.why).toContain('never shrinks');
    expect(byId(problems, 'upgrade-volume-size')).toHaveLength(1); // replaces the generic finding
    expect(upgradeRefused(problems)).toBe(true);
  });

  it('refuses a larger persistence.size and says how to grow the claims of every pod', () => {
    const cluster = { ...PASSWORD, mode: 'cluster', cluster: { replicas: 6 } };
    const problems = impact({ ...cluster, persistence: { size: '8Gi' } }, { ...cluster, persistence: { size: '16Gi' } });
    const [size] = byId(problems, 'upgrade-volume-size');
    expect(size.severity).toBe('error');
    expect(size.fix).toContain('data-release-name-percona-valkey-0 to data-release-name-percona-valkey-5');
    expect(size.fix).toContain('allowVolumeExpansion: true');
    expect(size.fix).toContain('kubectl delete statefulset release-name-percona-valkey -n default --cascade=orphan');
  });

  it('says standalone to cluster migrates no data (and the StatefulSet refuses the new pod policy)', () => {
    const problems = impact(PASSWORD, { ...PASSWORD, mode: 'cluster' });
    const [mode] = byId(problems, 'upgrade-mode-change');
    expect(mode).toMatchObject({ severity: 'warning', params: ['mode'] });
    expect(mode.message).toBe('mode changes from standalone to cluster: the data is not migrated');
    expect(mode.fix).toContain('--cluster import');
    expect(byId(problems, 'upgrade-immutable-field')[0].message).toContain('spec.podManagementPolicy');
  });

  it('warns that a cluster scale-down removes pods before their slots move', () => {
    const problems = impact({ ...PASSWORD, mode: 'cluster', cluster: { replicas: 8 } }, { ...PASSWORD, mode: 'cluster', cluster: { replicas: 6 } });
    const [down] = byId(problems, 'upgrade-cluster-scale-down');
    expect(down).toMatchObject({ severity: 'warning', params: ['cluster.replicas'], doc: 'Scale cluster down' });
    expect(down.message).toContain('pods release-name-percona-valkey-6 to release-name-percona-valkey-7 stop');
    expect(upgradeRefused(problems)).toBe(false);
    // Scaling up is not a scale-down.
    expect(byId(impact({ ...PASSWORD, mode: 'cluster', cluster: { replicas: 6 } }, { ...PASSWORD, mode: 'cluster', cluster: { replicas: 8 } }), 'upgrade-cluster-scale-down')).toEqual([]);
  });

  it('warns that an empty auth.password is drawn anew on every upgrade', () => {
    const problems = impact({}, { config: { maxmemory: '256mb' } });
    const generated = byId(problems, 'upgrade-generated-value');
    expect(generated).toHaveLength(1);
    expect(generated[0]).toMatchObject({ severity: 'warning', params: ['auth.password', 'auth.existingSecret'], doc: 'Known Limitations' });
    expect(generated[0].fix).toContain("jsonpath='{.data.valkey-password}'");
    // The config change rolls the pods.
    expect(byId(problems, 'upgrade-rollout')[0].params).toContain('config.maxmemory');
  });

  it('warns that a new auth.password reaches running pods only after a restart', () => {
    const problems = impact(PASSWORD, { auth: { password: 'another-password' } });
    const [stale] = byId(problems, 'upgrade-config-not-rolled');
    expect(stale).toMatchObject({ severity: 'warning', params: ['auth.password'] });
    expect(stale.fix).toContain('kubectl rollout restart statefulset release-name-percona-valkey');
  });
});
