import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { getAt } from '../values';
import { buildStackBundle, stackBundleFileName } from './stackBundle';
import { bindingOptions, dependencyOrder, evaluateStack, type Stack, type StackRelease } from './stack';
import { stackPresets } from '../../charts/stackPresets';

const valkey = (namespace: string, values: Record<string, unknown> = {}, name = 'valkey'): StackRelease => ({ name, namespace, chart: 'percona-valkey', values });
const ids = (stack: Stack) => evaluateStack(stack, findChart).problems.map((p) => `${p.release ?? '-'}:${p.severity}:${p.id}`);
const planOf = (stack: Stack, name: string) => evaluateStack(stack, findChart).plans.find((p) => p.release.name === name)!;

describe('stack presets', () => {
  it.each(stackPresets.map((p) => [p.id, p] as const))('%s binds without errors between releases', (_id, preset) => {
    const evaluation = evaluateStack(preset.stack, findChart);
    const between = evaluation.problems.filter((p) => p.id.startsWith('stack-') || p.id.startsWith('binding-'));
    expect(between.filter((p) => p.severity === 'error')).toEqual([]);
    expect(evaluation.bindings.every((b) => b.endpoint)).toBe(true);
    // The provider installs first and the consumer needs it.
    expect(evaluation.plans[0].release.name).toBe('valkey');
    expect(evaluation.plans[1].needs).toEqual([`${evaluation.plans[0].release.namespace}/valkey`]);
  });
});

describe('bindings', () => {
  it('points Centrifugo at the Valkey Service and reads the password from its Secret in one namespace', () => {
    const stack: Stack = {
      releases: [valkey('rt'), { name: 'cf', namespace: 'rt', chart: 'centrifugo', values: {} }],
      bindings: [{ consumer: 'cf', point: 'redis', provider: 'valkey' }],
    };
    const cf = planOf(stack, 'cf');
    const deployment = cf.evaluation.objects.find((o) => o.object.kind === 'Deployment')!.object;
    const env = getAt(deployment, 'spec.template.spec.containers[0].env') as { name: string; valueFrom?: unknown }[];
    expect(env).toContainEqual({ name: 'CENTRIFUGO_ENGINE_REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'valkey-percona-valkey', key: 'valkey-password' } } });
    expect(getAt(cf.userValues, 'config.engine.redis.address')).toBe('redis://valkey-percona-valkey:6379');
    expect(getAt(cf.userValues, 'config.engine.type')).toBe('redis');
  });

  it('follows the provider: a new release name, port and namespace change the bound address', () => {
    const stack: Stack = {
      releases: [valkey('data', { service: { port: 7000 } }, 'cache'), { name: 'cf', namespace: 'rt', chart: 'centrifugo', values: {} }],
      bindings: [{ consumer: 'cf', point: 'redis', provider: 'cache' }],
    };
    expect(getAt(planOf(stack, 'cf').userValues, 'config.engine.redis.address')).toBe('redis://cache-percona-valkey.data.svc.cluster.local:7000');
    // Across namespaces the Secret cannot be read: a generated password cannot be passed.
    expect(ids(stack)).toContain('cf:error:binding-password-unreachable');
  });

  it('copies a known password when the Secret is in another namespace, and says so', () => {
    const stack: Stack = {
      releases: [valkey('data', { auth: { password: 's3cret' } }), { name: 'cf', namespace: 'rt', chart: 'centrifugo', values: {} }],
      bindings: [{ consumer: 'cf', point: 'redis', provider: 'valkey' }],
    };
    expect(getAt(planOf(stack, 'cf').userValues, 'config.engine.redis.password')).toBe('s3cret');
    expect(ids(stack)).toContain('cf:warning:binding-password-copied');
    expect(ids(stack)).not.toContain('cf:error:stack-auth-missing');
  });

  it('turns Kraken\'s bundled Redis off and writes host, port and password', () => {
    const stack: Stack = {
      releases: [valkey('k', { auth: { password: 'pw' } }), { name: 'kraken', namespace: 'k', chart: 'kraken', values: {} }],
      bindings: [{ consumer: 'kraken', point: 'redis', provider: 'valkey' }],
    };
    const kraken = planOf(stack, 'kraken');
    expect(getAt(kraken.userValues, 'redis')).toMatchObject({ bundled: false, external: { host: 'valkey-percona-valkey', password: 'pw' } });
    const config = kraken.evaluation.objects.find((o) => o.object.kind === 'ConfigMap')!.object as unknown as { data: Record<string, string> };
    expect(config.data.REDIS_HOST).toBe('valkey-percona-valkey');
  });

  it('puts the Valkey address and password into ChatPulse\'s REDIS_URL', () => {
    const stack: Stack = {
      releases: [valkey('chatpulse', { auth: { password: 'p@ss' } }), { name: 'chatpulse', namespace: 'ignored', chart: 'chatpulse', values: {} }],
      bindings: [{ consumer: 'chatpulse', point: 'redis', provider: 'valkey' }],
    };
    expect(getAt(planOf(stack, 'chatpulse').userValues, 'secrets.REDIS_URL')).toBe('redis://:p%40ss@valkey-percona-valkey:6379');
  });

  it('offers each binding point with the releases that can serve it', () => {
    const stack: Stack = {
      releases: [valkey('a'), valkey('b', {}, 'v2'), { name: 'cf', namespace: 'a', chart: 'centrifugo', values: {} }, { name: 'ks', namespace: 'a', chart: 'kube-stager', values: {} }],
      bindings: [],
    };
    expect(bindingOptions(stack, findChart)).toEqual([
      { consumer: 'cf', point: 'redis', title: 'Redis engine', params: ['config.engine.type', 'config.engine.redis.address', 'config.engine.redis.password', 'envSecret'], providers: ['valkey', 'v2'] },
    ]);
  });

  it('reports bindings that cannot work', () => {
    const stack: Stack = {
      releases: [valkey('a'), { name: 'cf', namespace: 'a', chart: 'centrifugo', values: {} }],
      bindings: [
        { consumer: 'cf', point: 'nats', provider: 'valkey' },
        { consumer: 'valkey', point: 'redis', provider: 'cf' },
        { consumer: 'cf', point: 'redis', provider: 'ghost' },
      ],
    };
    expect(ids(stack).filter((i) => i.endsWith('stack-binding-invalid'))).toHaveLength(3);
  });
});

describe('cross-release rules', () => {
  const cf = (namespace: string, address: string, extra: Record<string, unknown> = {}): StackRelease => ({
    name: 'cf', namespace, chart: 'centrifugo', values: { config: { engine: { type: 'redis', redis: { address } } }, ...extra },
  });

  it('errors on a short Service name across namespaces', () => {
    const stack: Stack = { releases: [valkey('data', { auth: { enabled: false } }), cf('apps', 'redis://valkey-percona-valkey:6379')], bindings: [] };
    expect(ids(stack)).toContain('cf:error:stack-short-name-other-namespace');
    const fixed: Stack = { releases: [valkey('data', { auth: { enabled: false } }), cf('apps', 'redis://valkey-percona-valkey.data.svc.cluster.local:6379')], bindings: [] };
    expect(ids(fixed).filter((i) => i.includes('stack-'))).toEqual([]);
  });

  it('warns about a host that is no Service of the stack', () => {
    expect(ids({ releases: [cf('apps', 'redis://redis.example.com:6379')], bindings: [] })).toContain('cf:warning:stack-host-outside');
  });

  it('errors when the server wants a password and the client sends none (NOAUTH)', () => {
    const stack: Stack = { releases: [valkey('a'), cf('a', 'redis://valkey-percona-valkey:6379')], bindings: [] };
    const evaluation = evaluateStack(stack, findChart);
    const noauth = evaluation.problems.find((p) => p.id === 'stack-auth-missing')!;
    expect(noauth).toMatchObject({ severity: 'error', release: 'cf', params: ['config.engine.redis.address'] });
    expect(noauth.why).toMatch(/NOAUTH/);
    // The typed address still makes cf need valkey.
    expect(evaluation.plans.map((p) => p.release.name)).toEqual(['valkey', 'cf']);
  });

  it('errors on a wrong port', () => {
    const stack: Stack = { releases: [valkey('a', { auth: { enabled: false } }), cf('a', 'redis://valkey-percona-valkey:6380')], bindings: [] };
    expect(ids(stack)).toContain('cf:error:stack-port-mismatch');
  });

  it('errors on a password Secret of another namespace', () => {
    const envSecret = [{ name: 'CENTRIFUGO_ENGINE_REDIS_PASSWORD', secretKeyRef: { name: 'valkey-percona-valkey', key: 'valkey-password' } }];
    const stack: Stack = { releases: [valkey('data'), cf('apps', 'redis://valkey-percona-valkey.data.svc:6379', { envSecret })], bindings: [] };
    expect(ids(stack)).toContain('cf:error:stack-secret-other-namespace');
    const wrongKey = [{ name: 'CENTRIFUGO_ENGINE_REDIS_PASSWORD', secretKeyRef: { name: 'valkey-percona-valkey', key: 'password' } }];
    const same: Stack = { releases: [valkey('data'), cf('data', 'redis://valkey-percona-valkey:6379', { envSecret: wrongKey })], bindings: [] };
    expect(ids(same)).toContain('cf:error:stack-secret-key-missing');
  });

  it('errors for a client without cluster support and informs for one with it', () => {
    const cluster = valkey('k', { mode: 'cluster', auth: { password: 'pw' } });
    const kraken: Stack = { releases: [cluster, { name: 'kraken', namespace: 'k', chart: 'kraken', values: {} }], bindings: [{ consumer: 'kraken', point: 'redis', provider: 'valkey' }] };
    expect(ids(kraken)).toContain('kraken:error:stack-cluster-unsupported');
    const centrifugo: Stack = { releases: [cluster, { name: 'cf', namespace: 'k', chart: 'centrifugo', values: {} }], bindings: [{ consumer: 'cf', point: 'redis', provider: 'valkey' }] };
    expect(ids(centrifugo)).toContain('cf:info:stack-cluster-discovery');
    expect(ids(centrifugo).filter((i) => i.includes(':error:'))).toEqual([]);
  });

  it('reports duplicate names, unknown charts and cycles', () => {
    const stack: Stack = {
      releases: [valkey('a'), valkey('a'), { name: 'x', namespace: 'a', chart: 'nope', values: {} }],
      bindings: [],
    };
    expect(ids(stack)).toEqual(expect.arrayContaining(['valkey:error:stack-duplicate-release', 'x:error:stack-unknown-chart']));
    expect(dependencyOrder(['a', 'b', 'c'], new Map([['a', new Set(['b'])], ['b', new Set(['a'])]]))).toEqual({ order: ['c', 'a', 'b'], cyclic: ['a', 'b'] });
  });
});

describe('stack bundle', () => {
  it('holds one folder per release and a helmfile with needs in dependency order', () => {
    const preset = stackPresets.find((p) => p.id === 'centrifugo-valkey-ha')!;
    const reversed: Stack = { ...preset.stack, releases: [...preset.stack.releases].reverse() };
    const files = buildStackBundle(reversed, findChart);
    expect(Object.keys(files).filter((f) => f.endsWith('values.yaml')).sort()).toEqual(['centrifugo/values.yaml', 'valkey/values.yaml']);
    const helmfile = load(files['helmfile.yaml'] as string) as { releases: { name: string; needs?: string[]; values: string[] }[] };
    expect(helmfile.releases.map((r) => r.name)).toEqual(['valkey', 'centrifugo']);
    expect(helmfile.releases[1].needs).toEqual(['realtime/valkey']);
    expect(helmfile.releases[1].values).toEqual(['./centrifugo/values.yaml']);
    const readme = files['README.md'] as string;
    expect(readme).toMatch(/## Wiring between releases\n\n- centrifugo Redis engine -> valkey: config\.engine\.redis\.address = redis:\/\/valkey-percona-valkey:6379/);
    // Install commands in dependency order.
    expect(readme.indexOf('helm upgrade --install valkey')).toBeLessThan(readme.indexOf('helm upgrade --install centrifugo'));
    // The Valkey Secret Centrifugo reads is created by the stack: no missing-Secret prerequisite.
    expect(readme).not.toMatch(/Secret "valkey-percona-valkey"/);
    // The bound values are what the bundle installs.
    expect(load(files['centrifugo/values.yaml'] as string)).toMatchObject({ config: { engine: { type: 'redis' } } });
  });
});

describe('stackBundleFileName', () => {
  const named = (...names: string[]): Stack => ({ releases: names.map((n) => valkey('ns', {}, n)), bindings: [] });

  it('names the releases in stack order, so two stacks do not save over each other', () => {
    expect(stackBundleFileName(stackPresets.find((p) => p.id === 'centrifugo-valkey-ha')!.stack)).toBe('valkey-centrifugo-stack-bundle.zip');
    expect(stackBundleFileName(named('a', 'b', 'c', 'd', 'e'))).toBe('a-b-c-and-2-more-stack-bundle.zip');
    expect(stackBundleFileName(named())).toBe('stack-bundle.zip');
  });

  it('keeps only characters that are safe in a file name', () => {
    expect(stackBundleFileName(named('../etc', 'my cache', 'x/y'))).toBe('etc-my-cache-x-y-stack-bundle.zip');
  });
});
