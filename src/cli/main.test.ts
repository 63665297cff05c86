import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findChart } from '../charts';
import { decodeShareFragment } from '../core/share';
import { openChartPath } from './anyChart';
import { runCli as cli } from './inMemoryCli';

const docs = (text: string) => (loadAll(text) as Record<string, unknown>[]).filter(Boolean);

describe('cli charts', () => {
  it('lists centrifugo with its chart version', () => {
    const r = cli(['charts']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^centrifugo\tcentrifugo 13\.0\.0/m);
  });
});

describe('cli template', () => {
  it('renders with helm defaults for release name and namespace', () => {
    const r = cli(['template', 'centrifugo']);
    expect(r.code).toBe(0);
    const objects = docs(r.out) as { kind: string; metadata: { name: string; namespace: string } }[];
    const deploy = objects.find((o) => o.kind === 'Deployment')!;
    expect(deploy.metadata).toMatchObject({ name: 'release-name-centrifugo', namespace: 'default' });
    expect(r.out).toContain('# Source: centrifugo/templates/deployment.yaml');
  });

  it('layers -f files in order, then --set, and honours RELEASE and --namespace', () => {
    const r = cli(['template', 'rt', 'centrifugo', '-f', 'a.yaml', '-f', 'b.yaml', '--set', 'replicaCount=4', '--namespace', 'rt-ns'],
      { 'a.yaml': 'replicaCount: 2\nconfig:\n  engine:\n    type: redis\n    redis:\n      address: redis://r:6379\n', 'b.yaml': 'replicaCount: 3\n' });
    expect(r.code).toBe(0);
    const deploy = docs(r.out).find((o) => o.kind === 'Deployment') as { spec: { replicas: number }; metadata: { name: string; namespace: string } };
    expect(deploy.spec.replicas).toBe(4);
    expect(deploy.metadata).toMatchObject({ name: 'rt-centrifugo', namespace: 'rt-ns' });
  });

  it('writes problems to stderr and exits 0 when only rules fail', () => {
    const r = cli(['template', 'centrifugo', '--set', 'replicaCount=3']);
    expect(r.code).toBe(0);
    expect(r.err.join('\n')).toMatch(/^error.*replicaCount/m);
  });

  it('exits 1 for values that break the schema, and for an unknown chart', () => {
    expect(cli(['template', 'centrifugo', '--set-string', 'replicaCount=three']).code).toBe(1);
    const unknown = cli(['template', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.err[0]).toMatch(/unknown chart "nope"/);
  });

  it('reports a missing values file on one line', () => {
    const r = cli(['template', 'centrifugo', '-f', 'missing.yaml']);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/cannot read values file missing\.yaml/);
  });
});

describe('cli validate', () => {
  it('exits 1 and names the parameter for the memory engine with 3 replicas', () => {
    const r = cli(['validate', 'centrifugo', '--set', 'replicaCount=3']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/replicaCount/);
  });

  it('exits 0 once the engine is redis', () => {
    const r = cli(['validate', 'centrifugo', '--set', 'replicaCount=3,config.engine.type=redis,config.engine.redis.address=redis://redis:6379']);
    expect(r.out).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
  });

  it('exits 1 on the ChatPulse guide defaults and names secrets.TOKEN_ENCRYPTION_KEY', () => {
    const r = cli(['validate', 'chatpulse']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^error \[secrets\.TOKEN_ENCRYPTION_KEY\]/m);
    const fixed = cli(['validate', 'chatpulse', '--set', `secrets.TOKEN_ENCRYPTION_KEY=${'ab'.repeat(32)}`]);
    expect(fixed.out).not.toMatch(/secrets\.TOKEN_ENCRYPTION_KEY\]/);
  });
});

describe('cli values', () => {
  it('prints only what differs from the defaults, with a header', () => {
    const r = cli(['values', 'centrifugo', '--set', 'replicaCount=1,service.port=8080']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# .*centrifugo 13\.0\.0/m);
    expect(load(r.out)).toEqual({ service: { port: 8080 } });
  });

  it('prints the full merged values with --full', () => {
    const full = load(cli(['values', 'centrifugo', '--full']).out) as Record<string, unknown>;
    expect(full.replicaCount).toBe(1);
    expect(full.image).toMatchObject({ repository: 'centrifugo/centrifugo' });
  });

  it('keeps a null that deletes a chart default', () => {
    const r = cli(['values', 'centrifugo', '-f', 'v.yaml'], { 'v.yaml': 'lifecycle: null\n' });
    expect(load(r.out)).toEqual({ lifecycle: null });
  });
});

describe('cli schema', () => {
  it('prints a JSON schema with defaults', () => {
    const schema = JSON.parse(cli(['schema', 'centrifugo']).out);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(schema.properties.replicaCount.default).toBe(1);
  });
});

describe('cli link', () => {
  it('prints the link Copy link would give, secrets left out and named on stderr', () => {
    const r = cli(['link', 'centrifugo', '--set', 'replicaCount=3', '--set', 'config.admin.password=pw', '--base', 'https://cfg.example.com/']);
    expect(r.code).toBe(0);
    const link = r.out.trim();
    expect(link).toMatch(/^https:\/\/cfg\.example\.com\/#\/centrifugo\?s=2\./);
    expect(decodeShareFragment(link.slice(link.indexOf('#')), findChart('centrifugo'))).toMatchObject({ ok: true, state: { chart: 'centrifugo', values: { replicaCount: 3 } } });
    expect(r.err.join('\n')).toContain('config.admin.password');
  });

  it('packs the Centrifugo HA configuration into a link under 300 characters (issue 12)', () => {
    const ha = [
      'replicaCount: 3', 'config:', '  engine:', '    type: redis', '    redis:', '      address: redis://redis-master:6379',
      'topologySpreadConstraints:', '  - maxSkew: 1', '    topologyKey: kubernetes.io/hostname', '    whenUnsatisfiable: ScheduleAnyway',
      '    labelSelector:', '      matchLabels:', '        app.kubernetes.io/name: centrifugo',
      'podDisruptionBudget:', '  enabled: true', '  minAvailable: 2',
      'resources:', '  requests:', '    cpu: 100m', '    memory: 128Mi', '  limits:', '    memory: 512Mi', '',
    ].join('\n');
    const r = cli(['link', 'centrifugo', '-f', 'ha.yaml', '--include-secrets', '--base', 'https://example.org/app/'], { 'ha.yaml': ha });
    const link = r.out.trim();
    expect(link.length, link).toBeLessThan(300);
    const decoded = decodeShareFragment(link.slice(link.indexOf('#')), findChart('centrifugo'));
    expect(decoded.ok && decoded.state.values).toEqual(load(ha));
  });

  it('names a chart opened from a path by its origin, so the opener knows which chart to open', () => {
    const r = cli(['link', 'demo', 'e2e/charts/greeter', '--set', 'replicaCount=2']);
    expect(r.code).toBe(0);
    const link = r.out.trim();
    // The opener reads the values with its own copy of the chart (the same dictionary).
    expect(decodeShareFragment(link.slice(link.indexOf('#')), openChartPath('e2e/charts/greeter'))).toMatchObject({
      ok: true,
      state: { chart: 'open.greeter', origin: { name: 'greeter', version: '0.3.0' }, release: { name: 'demo' }, values: { replicaCount: 2 } },
    });
  });
});
