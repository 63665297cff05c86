import { describe, it, expect } from 'vitest';
import { manifestsToYaml } from '../../core/render';
import { GENERATED_PLACEHOLDER, DEFAULT_RELEASE, type ChartModule, type KubeObject, type Values } from '../../core/types';
import { listFields } from '../../core/schemaWalk';
import { chartRenderer, describeHelmChecksums, describeRenderFixtures } from '../../core/testing/chartSuites';
import { defaultsFromSchema, getAt, setAt } from '../../core/values';
import { perconaValkey } from './index';
import { GENERATED_PASSWORD_NOTE } from './render';
import { schema } from './schema';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const defaults = defaultsFromSchema(schema);
const release = DEFAULT_RELEASE;
const renderWith = chartRenderer(perconaValkey);

describeRenderFixtures(perconaValkey, fixtureDir, {
  minFixtures: 10,
  templates: [
    'templates/cluster-init-job.yaml',
    'templates/cluster-scale-job.yaml',
    'templates/configmap.yaml',
    'templates/pdb.yaml',
    'templates/secret.yaml',
    'templates/service-headless.yaml',
    'templates/service.yaml',
    'templates/serviceaccount.yaml',
    'templates/statefulset.yaml',
    'templates/tests/test-connection.yaml',
  ],
});
describeHelmChecksums(perconaValkey, fixtureDir);

describe('percona-valkey render details', () => {
  const find = (user: Values, kind: string, name?: string): KubeObject => {
    const found = renderWith(user).find((o) => o.object.kind === kind && (name === undefined || o.object.metadata.name === name));
    if (!found) throw new Error(`no ${kind} ${name ?? ''}`);
    return found.object;
  };
  const sts = (user: Values) => find(user, 'StatefulSet');
  const checksumOf = (user: Values) => getAt(sts(user), ['spec', 'template', 'metadata', 'annotations', 'checksum/config']);
  const probeScript = (user: Values, probe: string) => getAt(sts(user), `spec.template.spec.containers[0].${probe}.exec.command[2]`);

  it('takes the config checksum over the ConfigMap, so pods roll when valkey.conf changes', () => {
    const base = checksumOf({});
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(checksumOf({ config: { maxmemory: '1gb' } })).not.toBe(base);
    expect(checksumOf({ mode: 'cluster' })).not.toBe(base);
    expect(checksumOf({ persistence: { size: '20Gi' } })).toBe(base);
  });

  it('checks readiness by cluster state in cluster mode and by PING in standalone mode', () => {
    expect(probeScript({ mode: 'cluster' }, 'readinessProbe')).toContain('cluster_state:ok');
    expect(probeScript({}, 'readinessProbe')).toContain('PONG');
    expect(probeScript({ mode: 'cluster' }, 'livenessProbe')).toContain('PONG');
    expect(probeScript({ auth: { enabled: false } }, 'startupProbe')).not.toContain('VALKEY_PASSWORD');
  });

  it('picks the pod management policy by mode unless one is set', () => {
    const policy = (user: Values) => getAt(sts(user), 'spec.podManagementPolicy');
    expect(policy({})).toBe('OrderedReady');
    expect(policy({ mode: 'cluster' })).toBe('Parallel');
    expect(policy({ mode: 'cluster', statefulset: { podManagementPolicy: 'OrderedReady' } })).toBe('OrderedReady');
  });

  it('runs the hardened image read-only with memory-backed /tmp and /run/valkey, but hooks on the rpm image', () => {
    const user = { mode: 'cluster', image: { variant: 'hardened' } };
    const pod = getAt(sts(user), 'spec.template.spec') as Values;
    expect(getAt(pod, 'containers[0].image')).toBe('perconalab/valkey:9.0.3-hardened');
    expect(getAt(pod, 'containers[0].securityContext.readOnlyRootFilesystem')).toBe(true);
    expect(getAt(pod, 'containers[0].volumeMounts')).toEqual(
      expect.arrayContaining([{ name: 'tmp', mountPath: '/tmp' }, { name: 'run', mountPath: '/run/valkey' }]),
    );
    expect(getAt(pod, 'volumes')).toEqual(expect.arrayContaining([{ name: 'tmp', emptyDir: { medium: 'Memory' } }]));
    const hookImages = renderWith(user)
      .filter((o) => o.hook)
      .map((o) => getAt(o.object, o.object.kind === 'Pod' ? 'spec.containers[0].image' : 'spec.template.spec.containers[0].image'));
    expect(hookImages).toEqual(['perconalab/valkey:9.0.3', 'perconalab/valkey:9.0.3', 'perconalab/valkey:9.0.3']);
  });

  it('renders the PDB, the bus port and the cluster jobs in cluster mode only', () => {
    const kinds = (user: Values) => renderWith(user).map((o) => `${o.object.kind}${o.hook ? ' (hook)' : ''}`);
    expect(kinds({})).toEqual(['ServiceAccount', 'Secret', 'ConfigMap', 'Service', 'Service', 'StatefulSet', 'Pod (hook)']);
    expect(kinds({ mode: 'cluster' })).toEqual([
      'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'ConfigMap', 'Service', 'Service', 'StatefulSet',
      'Pod (hook)', 'Job (hook)', 'Job (hook)',
    ]);
    const headlessPorts = (user: Values) => getAt(find(user, 'Service', 'release-name-percona-valkey-headless'), 'spec.ports') as Values[];
    expect(headlessPorts({}).map((p) => p.name)).toEqual(['valkey']);
    expect(headlessPorts({ mode: 'cluster' }).map((p) => p.name)).toEqual(['valkey', 'cluster-bus']);
    expect(getAt(find({}, 'Service', 'release-name-percona-valkey-headless'), 'spec.publishNotReadyAddresses')).toBe(true);
  });

  it('prints the generated password as a marked placeholder with a note, a given one base64-encoded', () => {
    const secretEntry = (user: Values) => renderWith(user).find((o) => o.object.kind === 'Secret')!;
    const generated = secretEntry({});
    expect(getAt(generated.object, ['data', 'valkey-password'])).toBe(GENERATED_PLACEHOLDER);
    expect(generated.note).toBe(GENERATED_PASSWORD_NOTE);
    const given = secretEntry({ auth: { password: 'pä$s' } });
    expect(getAt(given.object, ['data', 'valkey-password'])).toBe(Buffer.from('pä$s', 'utf8').toString('base64'));
    expect(given.note).toBeUndefined();
    expect(renderWith({ auth: { existingSecret: 'mine' } }).some((o) => o.object.kind === 'Secret')).toBe(false);
  });

  it('announces each pod IP to the cluster through VALKEY_EXTRA_FLAGS', () => {
    const env = getAt(sts({ mode: 'cluster', config: { extraFlags: '--io-threads 2' } }), 'spec.template.spec.containers[0].env') as Values[];
    expect(env.find((e) => e.name === 'VALKEY_EXTRA_FLAGS')?.value).toBe('--io-threads 2 --cluster-announce-ip $(POD_IP)');
    expect(env.find((e) => e.name === 'POD_IP')).toEqual({ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });
  });

  it('gives the hook pods our own scripts built from the values', () => {
    const user = { mode: 'cluster', cluster: { replicas: 9, replicasPerPrimary: 2 }, service: { port: 6380 } };
    const jobScript = (name: string) => getAt(find(user, 'Job', name), 'spec.template.spec.containers[0].command[2]') as string;
    const init = jobScript('release-name-percona-valkey-cluster-init');
    expect(init).toContain('WANT=9');
    expect(init).toContain('PER_PRIMARY=2');
    expect(init).toContain('PORT=6380');
    expect(init).toContain("DOMAIN='release-name-percona-valkey-headless.default.svc.cluster.local'");
    expect(jobScript('release-name-percona-valkey-cluster-scale')).toContain('FAILOVER_WAIT=30');
    const test = getAt(find(user, 'Pod'), 'spec.containers[0].command[2]') as string;
    expect(test).toContain("HOST='release-name-percona-valkey'");
  });

  it('renders without throwing whatever type a value has (helm prints what it gets)', () => {
    const junk: unknown[] = [null, 'text', -3, 1e9, true, [], ['x'], { a: 1 }];
    // Through the generic contract: these values are anything but PerconaValkeyValues.
    const generic: ChartModule = perconaValkey;
    for (const mode of ['standalone', 'cluster']) {
      for (const field of listFields(schema)) {
        for (const value of junk) {
          const values = setAt({ ...defaults, mode }, field.path, value);
          expect(() => manifestsToYaml('percona-valkey', generic.render(values, release)), `${mode} ${field.path}`).not.toThrow();
        }
      }
    }
    // About 1,400 renders: on a busy shared machine this takes longer than vitest's 5 s default.
  }, 60_000);
});
