import { describe, expect, it } from 'vitest';
import { charts, findChart } from '../../charts';
import { importHelmfile, chartNameOf } from './helmfileImport';
import { buildStackBundle } from './stackBundle';
import { stackPresets } from '../../charts/stackPresets';
import { evaluateStack, type Stack } from './stack';

function read(files: Record<string, string>) {
  return (path: string) => {
    const key = path.replace(/^\.\//, '');
    if (!(key in files)) throw new Error(`no such file ${path}`);
    return files[key];
  };
}

const errors = (r: ReturnType<typeof importHelmfile>) => r.issues.filter((i) => i.severity === 'error').map((i) => i.message);

describe('importHelmfile', () => {
  it('reads releases with inline values, values files, set and setString, in helm order', () => {
    const text = [
      'repositories:',
      '  - name: centrifugal',
      '    url: https://centrifugal.github.io/helm-charts',
      'releases:',
      '  - name: cache',
      '    namespace: data',
      '    chart: ./helm/percona-valkey',
      '    values:',
      '      - auth:',
      '          enabled: false',
      '  - name: rt',
      '    namespace: apps',
      '    chart: centrifugal/centrifugo',
      '    version: 13.0.0',
      '    needs: [data/cache]',
      '    values:',
      '      - rt/values.yaml',
      '      - replicaCount: 2',
      '    set:',
      '      - name: config.engine.redis.address',
      '        value: redis://cache-percona-valkey.data.svc.cluster.local:6379',
      '      - name: config.client.allowed_origins',
      '        values: [https://a.example, https://b.example]',
      '    setString:',
      '      - name: image.tag',
      '        value: 6.6',
    ].join('\n');
    const result = importHelmfile(text, { charts, readFile: read({ 'rt/values.yaml': 'replicaCount: 5\nconfig:\n  engine:\n    type: redis\n' }) });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.stack.releases).toEqual([
      { name: 'cache', namespace: 'data', chart: 'percona-valkey', values: { auth: { enabled: false } } },
      {
        name: 'rt', namespace: 'apps', chart: 'centrifugo', needs: ['cache'],
        values: {
          replicaCount: 2,
          config: {
            engine: { type: 'redis', redis: { address: 'redis://cache-percona-valkey.data.svc.cluster.local:6379' } },
            client: { allowed_origins: ['https://a.example', 'https://b.example'] },
          },
          image: { tag: '6.6' },
        },
      },
    ]);
    // Imported as written, the stack is consistent: no problem between the releases.
    const problems = evaluateStack(result.stack, findChart).problems.filter((p) => p.id.startsWith('stack-'));
    expect(problems).toEqual([]);
  });

  it('matches the five systems by the last segment of chart', () => {
    expect(['centrifugal/centrifugo', './helm/percona-valkey', 'kube-stager', 'oci://ghcr.io/krakenchat/charts/kraken', 'chatpulse', './charts/x/'].map(chartNameOf))
      .toEqual(['centrifugo', 'percona-valkey', 'kube-stager', 'kraken', 'chatpulse', 'x']);
    const text = ['kube-stager', 'kraken', 'chatpulse'].map((c, i) => `  - {name: r${i}, chart: ${c}}`).join('\n');
    const result = importHelmfile(`releases:\n${text}\n`, { charts });
    expect(result.stack.releases.map((r) => [r.chart, r.namespace])).toEqual([['kube-stager', 'default'], ['kraken', 'default'], ['chatpulse', 'default']]);
  });

  it('skips a release of an unknown chart, naming it, and imports the known ones', () => {
    const result = importHelmfile('releases:\n  - name: db\n    chart: bitnami/postgresql\n  - name: v\n    chart: percona-valkey\n', { charts });
    expect(result.ok).toBe(true);
    expect(errors(result)).toEqual([]);
    expect(result.skipped).toEqual([{ name: 'db', chart: 'bitnami/postgresql', line: 2 }]);
    expect(result.issues.map((i) => i.message)).toEqual([expect.stringMatching(/release "db": skipped: chart "bitnami\/postgresql" \(postgresql\) is not one the configurator knows; it knows centrifugo, /)]);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', line: 2 });
    expect(result.stack.releases.map((r) => r.name)).toEqual(['v']);
  });

  it('drops a recorded binding to a skipped release with a warning', () => {
    const text = 'releases:\n  - name: db\n    chart: bitnami/redis\n  - name: c\n    chart: centrifugo\n# configurator-binding: {"consumer":"c","point":"redis","provider":"db"}\n';
    const result = importHelmfile(text, { charts });
    expect(result.ok).toBe(true);
    expect(result.stack.bindings).toEqual([]);
    expect(result.skipped.map((s) => s.name)).toEqual(['db']);
    expect(result.issues.some((i) => /binding/.test(i.message) && i.line === 6)).toBe(true);
  });

  it('refuses Go templating with the line and what to do', () => {
    const result = importHelmfile('releases:\n  - name: x\n    namespace: {{ requiredEnv "NS" }}\n    chart: centrifugo\n', { charts });
    expect(result.ok).toBe(false);
    expect(errors(result)[0]).toMatch(/Go templating \(\{\{ \}\}\) at line 3; .*does not evaluate templates/);
    expect(result.stack.releases).toEqual([]);
  });

  it('refuses environments, bases and nested helmfiles, naming them', () => {
    for (const key of ['environments', 'bases', 'helmfiles']) {
      const body = key === 'environments' ? 'environments:\n  prod:\n    values: [prod.yaml]\n' : `${key}:\n  - other.yaml\n`;
      const result = importHelmfile(`${body}---\nreleases:\n  - name: a\n    chart: centrifugo\n`, { charts });
      expect(result.ok).toBe(false);
      expect(errors(result).join('\n')).toContain(`uses ${key}`);
    }
  });

  it('refuses remote, templated and missing values files, and helm-secrets', () => {
    const text = [
      'releases:',
      '  - name: a',
      '    chart: centrifugo',
      '    values:',
      '      - git::https://github.com/org/repo.git@values.yaml?ref=main',
      '      - values.yaml.gotmpl',
      '      - missing.yaml',
      '    secrets: [secrets.yaml]',
    ].join('\n');
    const msgs = errors(importHelmfile(text, { charts, readFile: read({}) })).join('\n');
    expect(msgs).toMatch(/is remote/);
    expect(msgs).toMatch(/is a Go template/);
    expect(msgs).toMatch(/"missing\.yaml" cannot be read/);
    expect(msgs).toMatch(/uses "secrets"/);
  });

  it('reports YAML errors with their line, never throws', () => {
    const result = importHelmfile('releases:\n  - name: a\n    chart: [centrifugo\n', { charts });
    expect(result.ok).toBe(false);
    expect(result.issues[0].message).toMatch(/YAML error at line \d/);
    for (const junk of ['', '42', '- a\n- b', 'releases: nope', 'releases:\n  - 7']) expect(() => importHelmfile(junk, { charts })).not.toThrow();
  });

  it('warns about a chart version other than the modelled one, and skips installed: false', () => {
    const result = importHelmfile('releases:\n  - {name: a, chart: centrifugo, version: 12.0.0}\n  - {name: b, chart: centrifugo, installed: false}\n', { charts });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.message).join('\n')).toMatch(/asks for chart version 12\.0\.0; the configurator models centrifugo 13\.0\.0[\s\S]*installed: false/);
    expect(result.stack.releases.map((r) => r.name)).toEqual(['a']);
  });

  it.each(stackPresets.map((p) => [p.id, p] as const))('reads back the %s stack from its bundle: releases, values and bindings', (_id, preset) => {
    const files = buildStackBundle(preset.stack, findChart) as Record<string, string>;
    const result = importHelmfile(files['helmfile.yaml'], { charts, readFile: read(files) });
    expect(result.issues).toEqual([]);
    // The same stack: what the bindings write is theirs again, not typed values.
    expect(result.stack).toEqual(preset.stack);
    const original = evaluateStack(preset.stack, findChart);
    const imported = evaluateStack(result.stack, findChart);
    expect(imported.plans.map((p) => [p.release, p.chart.id, p.userValues])).toEqual(original.plans.map((p) => [p.release, p.chart.id, p.userValues]));
    expect(imported.bindings).toEqual(original.bindings);
    // And a bundle of the imported stack is the same bundle.
    expect(buildStackBundle(result.stack, findChart)).toEqual(files);
  });

  it('keeps values a binding does not write, and needs a binding does not imply', () => {
    const stack: Stack = {
      releases: [
        { name: 'cache', namespace: 'data', chart: 'percona-valkey', values: { auth: { password: 'pw' } } },
        { name: 'side', namespace: 'data', chart: 'percona-valkey', values: {} },
        {
          name: 'rt', namespace: 'apps', chart: 'centrifugo', needs: ['side'],
          values: { replicaCount: 2, config: { engine: { redis: { password: 'typed-before-binding' } } }, envSecret: [{ name: 'OTHER', secretKeyRef: { name: 's', key: 'k' } }] },
        },
      ],
      bindings: [{ consumer: 'rt', point: 'redis', provider: 'cache' }],
    };
    const files = buildStackBundle(stack, findChart) as Record<string, string>;
    const result = importHelmfile(files['helmfile.yaml'], { charts, readFile: read(files) });
    expect(result.issues).toEqual([]);
    expect(result.stack.bindings).toEqual(stack.bindings);
    const rt = result.stack.releases.find((r) => r.name === 'rt')!;
    expect(rt.needs).toEqual(['side']);
    // The copied password replaced the typed one: the binding writes it, so it is not kept as typed.
    expect(rt.values).toEqual({ replicaCount: 2, envSecret: [{ name: 'OTHER', secretKeyRef: { name: 's', key: 'k' } }] });
    const bound = (s: Stack) => evaluateStack(s, findChart).plans.find((p) => p.release.name === 'rt')!.userValues;
    expect(bound(result.stack)).toEqual(bound(stack));
  });

  it('drops a recorded binding whose releases are not in the file, with a warning', () => {
    const text = [
      '# configurator-binding: {"consumer":"rt","point":"redis","provider":"gone"}',
      '# configurator-binding: not json',
      'releases:',
      '  - {name: rt, chart: centrifugo}',
    ].join('\n');
    const result = importHelmfile(text, { charts });
    expect(result.ok).toBe(true);
    expect(result.stack.bindings).toEqual([]);
    expect(result.issues.map((i) => [i.severity, i.line])).toEqual([['warning', 1], ['warning', 2]]);
    expect(result.issues[0].message).toMatch(/binds rt\.redis to "gone", but this file does not hold a release "gone"/);
  });
});
