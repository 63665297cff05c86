import { describe, expect, it } from 'vitest';
import { centrifugo } from '../../charts/centrifugo';
import { evaluate } from '../evaluate';
import type { Evaluation } from '../pipeline';
import { DEFAULT_RELEASE, GENERATED_PLACEHOLDER, type KubeObject, type Problem, type RenderedObject, type Values } from '../types';
import { upgradeImpact, upgradeRefused } from './impact';
import type { UpgradeCheck } from './upgradeInput';

// Hand-built renders: each case changes one thing between `before` and `after`.

function o(kind: string, name: string, body: Record<string, unknown> = {}, extra: Partial<RenderedObject> = {}): RenderedObject {
  const apiVersion = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].includes(kind) ? 'apps/v1' : 'v1';
  return { template: `templates/${kind.toLowerCase()}.yaml`, object: { apiVersion, kind, metadata: { name, namespace: 'default' }, ...body } as KubeObject, ...extra };
}

function ev(objects: RenderedObject[], values: Values = {}): Evaluation {
  return { values, problems: [], objects, yaml: '' };
}

function impact(before: RenderedObject[], after: RenderedObject[], values: [Values, Values] = [{}, {}], chartChecks?: UpgradeCheck[]): Problem[] {
  return upgradeImpact({ before: ev(before, values[0]), after: ev(after, values[1]), beforeValues: values[0], afterValues: values[1], release: DEFAULT_RELEASE, chartChecks });
}

const ids = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.id}`);

function podTemplate(extra: Record<string, unknown> = {}, annotations: Record<string, string> = {}) {
  return { metadata: { labels: { app: 'web' }, annotations }, spec: { containers: [{ name: 'web', image: 'web:1' }], ...extra } };
}

function deployment(name: string, spec: Record<string, unknown>): RenderedObject {
  return o('Deployment', name, { spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: podTemplate(), ...spec } });
}

function statefulSet(spec: Record<string, unknown> = {}, size = '8Gi'): RenderedObject {
  return o('StatefulSet', 'db', {
    spec: {
      replicas: 3,
      serviceName: 'db-headless',
      podManagementPolicy: 'OrderedReady',
      selector: { matchLabels: { app: 'db' } },
      template: podTemplate(),
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } } }],
      ...spec,
    },
  });
}

describe('upgradeImpact: immutable fields (error, upgrade refused)', () => {
  it('refuses a Deployment selector change and names the value feeding it', () => {
    const problems = impact(
      [deployment('web', { selector: { matchLabels: { app: 'web' } } })],
      [deployment('web', { selector: { matchLabels: { app: 'web2' } } })],
      [{ appLabel: 'web' }, { appLabel: 'web2' }],
    );
    expect(ids(problems)).toContain('error upgrade-immutable-field');
    const refusal = problems.find((p) => p.id === 'upgrade-immutable-field')!;
    expect(refusal.message).toContain('spec.selector');
    expect(refusal.params).toEqual(['appLabel']);
    expect(refusal.fix).toContain('--cascade=orphan');
    expect(upgradeRefused(problems)).toBe(true);
  });

  it('refuses StatefulSet serviceName and podManagementPolicy changes but not replicas or template', () => {
    const problems = impact([statefulSet()], [statefulSet({ serviceName: 'db-peers', podManagementPolicy: 'Parallel' })]);
    const refusal = problems.find((p) => p.id === 'upgrade-immutable-field')!;
    expect(refusal.message).toContain('spec.serviceName, spec.podManagementPolicy');
    const allowed = impact([statefulSet()], [statefulSet({ replicas: 5, template: podTemplate({ hostNetwork: true }), updateStrategy: { type: 'OnDelete' } })]);
    expect(upgradeRefused(allowed)).toBe(false);
  });

  it('refuses volumeClaimTemplates changes other than size (access modes)', () => {
    const vct = [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOncePod'], resources: { requests: { storage: '8Gi' } } } }];
    expect(impact([statefulSet()], [statefulSet({ volumeClaimTemplates: vct })]).find((p) => p.id === 'upgrade-immutable-field')?.message).toContain('spec.volumeClaimTemplates');
  });

  it('refuses a changed or headless clusterIP and a headless Service turned NodePort; allows other type changes', () => {
    const svc = (spec: Record<string, unknown>) => o('Service', 'web', { spec: { ports: [{ port: 80 }], ...spec } });
    expect(upgradeRefused(impact([svc({ clusterIP: '10.0.0.1' })], [svc({ clusterIP: '10.0.0.2' })]))).toBe(true);
    expect(upgradeRefused(impact([svc({})], [svc({ clusterIP: 'None' })]))).toBe(true);
    expect(upgradeRefused(impact([svc({ clusterIP: 'None' })], [svc({ type: 'NodePort' })]))).toBe(true);
    expect(upgradeRefused(impact([svc({ type: 'ClusterIP' })], [svc({ type: 'LoadBalancer' })]))).toBe(false);
    expect(upgradeRefused(impact([svc({ clusterIP: '10.0.0.1' })], [svc({ type: 'ExternalName', externalName: 'x.example' })]))).toBe(false);
  });

  it('refuses a Job template change, but not for a hook Job (helm recreates hooks)', () => {
    const job = (image: string, hook: boolean) => o('Job', 'migrate', { spec: { template: podTemplate({ restartPolicy: 'Never', containers: [{ name: 'm', image }] }) } }, { hook });
    expect(ids(impact([job('m:1', false)], [job('m:2', false)]))).toEqual(['error upgrade-immutable-field']);
    expect(impact([job('m:1', true)], [job('m:2', true)])).toEqual([]);
  });

  it('refuses a RoleBinding roleRef change and data changes of an immutable ConfigMap', () => {
    const binding = (role: string) => o('RoleBinding', 'rb', { roleRef: { kind: 'Role', name: role, apiGroup: 'rbac.authorization.k8s.io' } });
    expect(upgradeRefused(impact([binding('a')], [binding('b')]))).toBe(true);
    const cm = (v: string, immutable: boolean) => o('ConfigMap', 'cfg', { immutable, data: { v } });
    expect(upgradeRefused(impact([cm('1', true)], [cm('2', true)]))).toBe(true);
    expect(upgradeRefused(impact([cm('1', false)], [cm('2', false)]))).toBe(false);
  });
});

describe('upgradeImpact: volume sizes', () => {
  it('refuses any size change of a StatefulSet volume template, with the way to grow', () => {
    const grow = impact([statefulSet()], [statefulSet({}, '20Gi')], [{ size: '8Gi' }, { size: '20Gi' }]);
    expect(ids(grow)).toContain('error upgrade-volume-size');
    const problem = grow.find((p) => p.id === 'upgrade-volume-size')!;
    expect(problem.params).toEqual(['size']);
    expect(problem.fix).toContain('allowVolumeExpansion');
    expect(grow.some((p) => p.id === 'upgrade-immutable-field')).toBe(false); // the size is this check's
    const shrink = impact([statefulSet()], [statefulSet({}, '4Gi')]).find((p) => p.id === 'upgrade-volume-size')!;
    expect(shrink.message).toContain('shrinks from 8Gi to 4Gi');
    expect(impact([statefulSet()], [statefulSet({}, '8192Mi')]).some((p) => p.id === 'upgrade-volume-size')).toBe(false);
  });

  it('refuses a PersistentVolumeClaim shrink and warns about a grow', () => {
    const pvc = (size: string) => o('PersistentVolumeClaim', 'cache', { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } } });
    expect(ids(impact([pvc('10Gi')], [pvc('5Gi')]))).toEqual(['error upgrade-volume-size']);
    expect(ids(impact([pvc('10Gi')], [pvc('20Gi')]))).toEqual(['warning upgrade-volume-size']);
  });
});

describe('upgradeImpact: replaced objects', () => {
  it('reports an object with the same kind and template under another name as renamed', () => {
    const problems = impact([statefulSet()], [{ ...statefulSet(), object: { ...statefulSet().object, metadata: { name: 'db2', namespace: 'default' } } }], [{ fullnameOverride: '' }, { fullnameOverride: 'db2' }]);
    expect(ids(problems)).toEqual(['warning upgrade-renamed']);
    expect(problems[0].message).toBe('StatefulSet db is renamed to db2: helm replaces it instead of updating it');
    expect(problems[0].why).toContain('new, empty volumes');
    expect(problems[0].params).toEqual(['fullnameOverride']);
  });

  it('warns when a claim is removed, not when a plain object is', () => {
    const pvc = o('PersistentVolumeClaim', 'cache', { spec: {} });
    expect(ids(impact([pvc], []))).toEqual(['warning upgrade-removed']);
    expect(impact([o('ConfigMap', 'x')], [])).toEqual([]);
  });
});

describe('upgradeImpact: scaling', () => {
  it('warns on scale to zero and informs on scale down and out', () => {
    expect(ids(impact([deployment('web', { replicas: 2 })], [deployment('web', { replicas: 0 })]))).toEqual(['warning upgrade-scale-to-zero']);
    const down = impact([statefulSet()], [statefulSet({ replicas: 1 })]);
    expect(down[0].message).toBe('StatefulSet db scales down from 3 to 1 pod');
    expect(down[0].why).toContain('claims of removed pods stay');
  });

  it('warns when replicas leaves the manifest (an autoscaler takes over): the upgrade resets it to 1', () => {
    const spec = (replicas?: number) => ({ replicas, selector: { matchLabels: { app: 'web' } }, template: podTemplate() });
    const problems = impact([o('Deployment', 'web', { spec: spec(4) })], [o('Deployment', 'web', { spec: { selector: { matchLabels: { app: 'web' } }, template: podTemplate() } })]);
    expect(ids(problems)).toEqual(['warning upgrade-scale']);
    expect(problems[0].message).toContain('resets it to 1 pod');
  });
});

describe('upgradeImpact: generated values', () => {
  it('warns about a placeholder value the chart generates at render, naming empty password values', () => {
    const secret = o('Secret', 'app', { data: { password: GENERATED_PLACEHOLDER } });
    const values = { auth: { password: '', user: 'me' } };
    const problems = impact([secret], [secret], [values, values]);
    expect(ids(problems)).toEqual(['warning upgrade-generated-value']);
    expect(problems[0].params).toEqual(['auth.password']);
  });

  it('takes Secret data that differs between renders with no value behind it for a random draw', () => {
    const secret = (v: string) => o('Secret', 'app', { data: { token: btoa(v) } });
    expect(ids(impact([secret('aB3dE5gH7jK9mN1p')], [secret('Zq8wX2cV4bN6mL0k')]))).toEqual(['warning upgrade-generated-value']);
    // A value that changed explains it: not generated.
    expect(impact([secret('first-token')], [secret('second-token')], [{ token: 'first-token' }, { token: 'second-token' }]).some((p) => p.id === 'upgrade-generated-value')).toBe(false);
  });
});

describe('upgradeImpact: rollouts', () => {
  const cm = (v: string) => o('ConfigMap', 'web-config', { data: { 'app.conf': `level ${v}\n` } });
  const withVolume = (sum: string) =>
    deployment('web', { template: podTemplate({ volumes: [{ name: 'c', configMap: { name: 'web-config' } }] }, { 'checksum/config': sum }) });

  it('names the workloads a changed checksum annotation rolls, and the values behind the config', () => {
    const problems = impact([cm('info'), withVolume('aaa')], [cm('debug'), withVolume('bbb')], [{ logLevel: 'info' }, { logLevel: 'debug' }]);
    expect(ids(problems)).toEqual(['info upgrade-rollout']);
    expect(problems[0].message).toBe('Deployment web rolls its pods: checksum/config changed');
    expect(problems[0].params).toEqual(['logLevel']);
  });

  it('warns when a Secret read as environment changes but nothing restarts the pods', () => {
    const secret = (v: string) => o('Secret', 'web-env', { data: { API_KEY: btoa(v) } });
    const web = deployment('web', { template: podTemplate({ containers: [{ name: 'web', image: 'web:1', envFrom: [{ secretRef: { name: 'web-env' } }] }] }) });
    const problems = impact([secret('key-one'), web], [secret('key-two-longer'), web], [{ apiKey: 'key-one' }, { apiKey: 'key-two-longer' }]);
    expect(ids(problems)).toEqual(['warning upgrade-config-not-rolled']);
    expect(problems[0].params).toEqual(['apiKey']);
  });
});

describe('upgradeImpact: chart checks', () => {
  it('lets a chart check replace the generic findings of its id, and reports a check that throws', () => {
    const own: UpgradeCheck = () => [{ id: 'upgrade-volume-size', severity: 'error', message: 'chart words', params: ['persistence.size'] }];
    const broken: UpgradeCheck = () => {
      throw new Error('boom');
    };
    const problems = impact([statefulSet()], [statefulSet({}, '20Gi')], [{}, {}], [own, broken]);
    expect(problems.filter((p) => p.id === 'upgrade-volume-size').map((p) => p.message)).toEqual(['chart words']);
    expect(problems.find((p) => p.id === 'upgrade-check-failed')?.message).toContain('boom');
  });

  it('says nothing when a side failed to render', () => {
    const failed: Evaluation = { ...ev([]), renderError: 'bad' };
    expect(upgradeImpact({ before: ev([statefulSet()]), after: failed, beforeValues: {}, afterValues: {}, release: DEFAULT_RELEASE })).toEqual([]);
  });
});

describe('upgradeImpact on Centrifugo', () => {
  const run = (from: Values, to: Values) =>
    upgradeImpact({ before: evaluate(centrifugo, from, DEFAULT_RELEASE), after: evaluate(centrifugo, to, DEFAULT_RELEASE), beforeValues: from, afterValues: to, release: DEFAULT_RELEASE });

  it('finds nothing when nothing changes', () => {
    expect(run({ replicaCount: 2 }, { replicaCount: 2 })).toEqual([]);
  });

  it('reports every object fullnameOverride renames, by the parameter', () => {
    const problems = run({}, { fullnameOverride: 'chat' });
    const renamed = problems.filter((p) => p.id === 'upgrade-renamed');
    expect(renamed.map((p) => p.message.split(' is renamed')[0]).sort()).toEqual([
      'ConfigMap release-name-centrifugo-config',
      'Deployment release-name-centrifugo',
      'Service release-name-centrifugo',
      'ServiceAccount release-name-centrifugo',
    ]);
    expect(renamed.every((p) => p.params.includes('fullnameOverride') && p.severity === 'warning')).toBe(true);
    expect(upgradeRefused(problems)).toBe(false);
  });

  it('refuses nameOverride (the Deployment selector follows it) unless the objects are renamed too', () => {
    const problems = run({}, { nameOverride: 'rt', fullnameOverride: 'release-name-centrifugo' });
    const refusal = problems.find((p) => p.id === 'upgrade-immutable-field');
    expect(refusal?.message).toContain('Deployment release-name-centrifugo: spec.selector');
    expect(refusal?.params).toContain('nameOverride');
  });

  it('reports a scale-out with the config rollout it comes with', () => {
    const problems = run({}, { replicaCount: 3, config: { engine: { type: 'redis', redis: { address: 'redis:6379' } } } });
    expect(ids(problems)).toEqual(['info upgrade-scale', 'info upgrade-rollout']);
    expect(problems[0]).toMatchObject({ message: 'Deployment release-name-centrifugo scales out from 1 to 3 pods', params: ['replicaCount'] });
    expect(problems[1].params).toContain('config.engine.type');
  });
});
