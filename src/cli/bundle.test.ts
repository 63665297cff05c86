import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findChart } from '../charts';
import { buildBundle, chartJsonSchema, buildStackBundle, zipBundle } from '../core/bundle';
import { stackPresets } from '../charts/stackPresets';
import { runCli as cli } from './inMemoryCli';

const unzip = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([p, b]) => [p, strFromU8(b)]));

describe('cli bundle', () => {
  it('writes the same files as buildBundle for the same values, with a share link in the README', () => {
    const r = cli(['bundle', 'rt', 'centrifugo', '-f', 'a.yaml', '--set', 'replicaCount=2', '--namespace', 'prod', '-o', 'out.zip', '--link-base', 'https://conf.example/app/'],
      { 'a.yaml': 'config:\n  engine:\n    type: redis\n    redis:\n      address: redis://r:6379\n' });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote out\.zip: \d+ files/);
    const files = unzip(r.written['out.zip']);
    const values = { replicaCount: 2, config: { engine: { type: 'redis', redis: { address: 'redis://r:6379' } } } };
    const direct = buildBundle({ chart: findChart('centrifugo')!, release: { name: 'rt', namespace: 'prod' }, values });
    const { 'README.md': readme, ...rest } = files;
    const { 'README.md': directReadme, ...directRest } = direct;
    expect(rest).toEqual(directRest);
    expect(readme.replace(/\n\nLink that opens[^\n]*/, '')).toEqual(directReadme);
    expect(readme).toContain('`https://conf.example/app/#/centrifugo?s=2.');
    expect(load(files['rt/values.yaml'])).toEqual(values);
  });

  it('prints the same schema file the bundle holds', () => {
    const r = cli(['schema', 'percona-valkey']);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(chartJsonSchema(findChart('percona-valkey')!))));
    const bundled = unzip(cli(['bundle', 'percona-valkey', '-o', 'v.zip']).written['v.zip']);
    expect(bundled['release-name/values.schema.json']).toBe(r.out);
  });

  it('names the secrets the link leaves out, unless --include-secrets', () => {
    const without = unzip(cli(['bundle', 'percona-valkey', '--set', 'auth.password=pw', '-o', 'v.zip']).written['v.zip'])['README.md'];
    expect(without).toMatch(/The link leaves out 1 secret value\(s\) \(`auth.password`\)/);
    const withSecrets = unzip(cli(['bundle', 'percona-valkey', '--set', 'auth.password=pw', '--include-secrets', '-o', 'v.zip']).written['v.zip'])['README.md'];
    expect(withSecrets).not.toMatch(/leaves out/);
  });

  it('needs -o, a known chart and readable values', () => {
    expect(cli(['bundle', 'centrifugo']).err[0]).toMatch(/bundle needs -o FILE\.zip/);
    expect(cli(['bundle', 'nope', '-o', 'x.zip']).err[0]).toMatch(/unknown chart "nope"/);
    const r = cli(['bundle', 'centrifugo', '-f', 'missing.yaml', '-o', 'x.zip']);
    expect(r.code).toBe(1);
    expect(r.written).toEqual({});
  });
});

function presetFiles(id: string): Record<string, string> {
  const preset = stackPresets.find((p) => p.id === id)!;
  const files = unzip(zipBundle(buildStackBundle(preset.stack, findChart)));
  return Object.fromEntries(Object.entries(files).map(([p, t]) => [`b/${p}`, t]));
}

describe('cli validate --stack', () => {
  it('exits 0 for a consistent stack and prefixes each problem with its release', () => {
    const r = cli(['validate', '--stack', 'b/helmfile.yaml'], presetFiles('centrifugo-valkey-ha'));
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').every((l) => /^(centrifugo|valkey|stack): (error|warning|info)/.test(l))).toBe(true);
    expect(r.out).toMatch(/^centrifugo: info .*uses valkey as a Redis Cluster/m);
    expect(r.err.at(-1)).toMatch(/^2 release\(s\): 0 error\(s\)/);
  });

  it('exits 1 for an error between releases', () => {
    const helmfile = [
      'releases:',
      '  - {name: cache, namespace: data, chart: ./helm/percona-valkey}',
      '  - name: rt',
      '    namespace: apps',
      '    chart: centrifugal/centrifugo',
      '    values:',
      '      - config: {engine: {type: redis, redis: {address: "redis://cache-percona-valkey:6379"}}}',
    ].join('\n');
    const r = cli(['validate', '--stack', 'helmfile.yaml'], { 'helmfile.yaml': helmfile });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^rt: error \[config\.engine\.redis\.address\]: .*short Service name/m);
  });

  it('exits 1 with a clear message for what it cannot import', () => {
    const r = cli(['validate', '--stack', 'h.yaml'], { 'h.yaml': 'releases:\n  - {name: pg, chart: bitnami/postgresql}\n' });
    expect(r.code).toBe(1);
    // A release of a chart the configurator does not know is skipped with a warning; nothing is left.
    expect(r.err[0]).toMatch(/^warning \(line 2\): release "pg": skipped: chart "bitnami\/postgresql"/);
    expect(r.err[1]).toMatch(/h\.yaml holds no release/);
    expect(cli(['validate', '--stack', 'gone.yaml']).err[0]).toMatch(/cannot read gone\.yaml/);
  });
});

describe('cli bundle --stack', () => {
  it('bundles the stack of a helmfile with values files beside it', () => {
    const files = presetFiles('chatpulse-valkey');
    const r = cli(['bundle', '--stack', 'b/helmfile.yaml', '-o', 'stack.zip'], files);
    expect(r.code).toBe(0);
    const out = unzip(r.written['stack.zip']);
    expect(Object.keys(out).filter((p) => p.endsWith('/values.yaml')).sort()).toEqual(['chatpulse/values.yaml', 'valkey/values.yaml']);
    expect(out['chatpulse/manifests/kustomization.yaml']).toBeDefined();
    expect(out['README.md']).toContain('`https://<configurator>/#/stack?s=2.');
    expect(out['chatpulse/values.yaml']).toBe(files['b/chatpulse/values.yaml']);
  });
});
