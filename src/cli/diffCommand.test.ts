import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllKubeSchemas } from '../core/kube';
import { parseArgs } from './args';
import { runCli } from './inMemoryCli';

const IMPACT_LINE = /^(error|warning|info)( \[[^\]]*\])?: /;

/** The diff part of the output and the impact lines after it. */
function split(out: string): { diff: string; impact: string[] } {
  const lines = out.split('\n').filter((l) => l !== '');
  const first = lines.findIndex((l) => IMPACT_LINE.test(l));
  return first < 0 ? { diff: out, impact: [] } : { diff: lines.slice(0, first).join('\n'), impact: lines.slice(first) };
}

describe('cli diff', () => {
  it('parses --from/--to (repeatable, comma lists) and the per-side --set flags', () => {
    const a = parseArgs(['diff', 'rel', 'c', '--from', 'a.yaml,b.yaml', '--to=c.yaml', '--to', 'd.yaml', '--from-set', 'x=1', '--to-set=y=2', '-f', 'base.yaml']);
    expect([a.from, a.to, a.fromSets, a.toSets, a.valueFiles]).toEqual([['a.yaml', 'b.yaml'], ['c.yaml', 'd.yaml'], ['x=1'], ['y=2'], ['base.yaml']]);
  });

  it('prints the unified manifest diff, then one impact line each; exit 0 when the upgrade goes through', () => {
    const files = { 'old.yaml': 'replicaCount: 1\n', 'new.yaml': 'replicaCount: 3\nconfig:\n  engine:\n    type: redis\n    redis:\n      address: redis:6379\n' };
    const { code, out, err } = runCli(['diff', 'centrifugo', '--from', 'old.yaml', '--to', 'new.yaml'], files);
    expect(code).toBe(0);
    const { diff, impact } = split(out);
    expect(diff.split('\n').slice(0, 2)).toEqual(['--- old.yaml', '+++ new.yaml']);
    expect(diff).toContain('\n-  replicas: 1\n+  replicas: 3\n');
    expect(impact[0]).toMatch(/^info \[replicaCount\]: Deployment release-name-centrifugo scales out from 1 to 3 pods\./);
    expect(impact.some((l) => l.startsWith('info [config.engine.type'))).toBe(true);
    expect(err.at(-1)).toBe('0 error(s), 0 warning(s), 2 info');
  });

  it('exits 2 when Kubernetes would refuse the upgrade (a smaller Valkey volume)', () => {
    const { code, out } = runCli(['diff', 'my-kv', 'percona-valkey', '--set', 'auth.password=pw', '--from-set', 'persistence.size=8Gi', '--to-set', 'persistence.size=4Gi']);
    expect(code).toBe(2);
    const { diff, impact } = split(out);
    expect(diff).toContain('-            storage: 8Gi\n+            storage: 4Gi');
    expect(impact).toEqual([expect.stringMatching(/^error \[persistence\.size\]: persistence\.size goes from 8Gi to 4Gi/)]);
  });

  it('layers shared -f files under each side and compares with the chart defaults when a side names none', () => {
    const files = { 'base.yaml': 'auth:\n  password: pw\n', 'new.yaml': 'nameOverride: kv\n' };
    const { code, out } = runCli(['diff', 'percona-valkey', '-f', 'base.yaml', '--to', 'new.yaml'], files);
    expect(code).toBe(0);
    expect(out.startsWith('--- base.yaml\n+++ base.yaml new.yaml\n')).toBe(true);
    expect(split(out).impact.filter((l) => l.startsWith('warning [nameOverride]: StatefulSet'))).toHaveLength(1);
  });

  it('prints no diff and no impact for the same values', () => {
    const { code, out, err } = runCli(['diff', 'centrifugo', '--from-set', 'replicaCount=2', '--to-set', 'replicaCount=2']);
    expect([code, out, err]).toEqual([0, '', ['0 error(s), 0 warning(s), 0 info']]);
  });

  it('parses --from-release and --from-namespace', () => {
    const a = parseArgs(['diff', 'new', 'c', '--from-release', 'old', '--from-namespace=apps']);
    expect([a.fromRelease, a.fromNamespace, a.positionals]).toEqual(['old', 'apps', ['new', 'c']]);
  });

  it('lists the objects a release rename replaces (--from-release), the headers naming each release', () => {
    const { code, out } = runCli(['diff', 'chat-new', 'centrifugo', '--from-release', 'chat-old']);
    expect(code).toBe(0);
    const { diff, impact } = split(out);
    expect(diff.split('\n').slice(0, 2)).toEqual(['--- chart defaults (release chat-old in default)', '+++ chart defaults (release chat-new in default)']);
    const renamed = impact.filter((l) => l.startsWith('warning: ') && l.includes('is renamed to'));
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed.some((l) => l.includes('Deployment chat-old-centrifugo is renamed to chat-new-centrifugo'))).toBe(true);
    expect(renamed.some((l) => l.includes('Service chat-old-centrifugo is renamed to chat-new-centrifugo'))).toBe(true);
    // Without the flag both sides are one release: nothing renamed, nothing to show.
    expect(runCli(['diff', 'chat-new', 'centrifugo']).out).toBe('');
  });

  it('checks the old release name and namespace with the same rules as the new one', () => {
    const badName = runCli(['diff', 'centrifugo', '--from-release', 'Not_A_Name']);
    expect(badName.code).toBe(1);
    expect(badName.err[0]).toContain('Not_A_Name');
    const badNamespace = runCli(['diff', 'centrifugo', '--from-namespace', 'a'.repeat(64)]);
    expect(badNamespace.code).toBe(1);
    expect(badNamespace.err[0]).toMatch(/^Error: /);
  });

  it('exits 1 on bad input: unknown chart, unreadable file, values that break the schema', () => {
    expect(runCli(['diff', 'nope', '--to', 'x.yaml']).code).toBe(1);
    const missing = runCli(['diff', 'centrifugo', '--to', 'missing.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toContain('missing.yaml');
    const invalid = runCli(['diff', 'centrifugo', '--to-set', 'replicaCount=many']);
    expect(invalid.code).toBe(1);
    expect(invalid.err[0]).toMatch(/^Error: --to: error \[replicaCount\]/);
  });
});

describe('cli diff on a chart opened from a path', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'diff-chart-'));
    const files: Record<string, string> = {
      'Chart.yaml': 'apiVersion: v2\nname: tiny\nversion: 0.1.0\n',
      'values.yaml': 'app: web\nreplicas: 2\n',
      'templates/deployment.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: {{ .Release.Name }}-tiny',
        'spec:',
        '  replicas: {{ .Values.replicas }}',
        '  selector:',
        '    matchLabels:',
        '      app: {{ .Values.app }}',
        '  template:',
        '    metadata:',
        '      labels:',
        '        app: {{ .Values.app }}',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx',
        '',
      ].join('\n'),
      'templates/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-tiny\ndata:\n  token: {{ randAlphaNum 20 | b64enc | quote }}\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a selector change (exit 2) and sees the random token drawn again', () => {
    const { code, out } = runCli(['diff', dir, '--to-set', 'app=api']);
    expect(code).toBe(2);
    const { impact } = split(out);
    expect(impact.find((l) => l.startsWith('error'))).toMatch(/^error \[app\]: Deployment release-name-tiny: spec\.selector cannot change/);
    expect(impact.some((l) => l.startsWith('warning') && l.includes('Secret release-name-tiny: token is made up at render'))).toBe(true);
  });

  it('reports scale to zero on the path chart (exit 0)', () => {
    const { code, out } = runCli(['diff', 'rel', dir, '--to-set', 'replicas=0']);
    expect(code).toBe(0);
    expect(split(out).impact.some((l) => /^warning \[replicas\]: Deployment rel-tiny scales to zero/.test(l))).toBe(true);
  });
});

describe('cli diff --kube-version', () => {
  // A toleration operator Kubernetes 1.35 added (Gt): unknown to 1.33 (an error), gated in 1.36 (a warning).
  const files = { 'gt.yaml': 'tolerations:\n  - {key: a, operator: Gt, value: "5", effect: NoSchedule}\n' };
  beforeAll(async () => {
    await loadAllKubeSchemas('1.36');
    await loadAllKubeSchemas('1.33');
  }, 60_000);

  it('lists the Kubernetes problems the new side brings for that version; an error refuses the upgrade (exit 2)', () => {
    const old = runCli(['diff', 'centrifugo', '--to', 'gt.yaml', '--kube-version', '1.33'], files);
    expect(old.code).toBe(2);
    const oldImpact = split(old.out).impact;
    expect(oldImpact).toEqual(expect.arrayContaining([expect.stringMatching(/^error \[tolerations\[0\]\.operator\]: .*before Kubernetes 1\.35/)]));
    expect(old.err.at(-1)).toMatch(/^1 error\(s\)/);
    const now = runCli(['diff', 'centrifugo', '--to', 'gt.yaml'], files);
    expect(now.code).toBe(0);
    const nowImpact = split(now.out).impact;
    expect(nowImpact).toEqual(expect.arrayContaining([expect.stringMatching(/^warning \[tolerations\[0\]\.operator\]: .*feature gate/)]));
    expect(nowImpact.some((l) => l.startsWith('error'))).toBe(false);
    // The manifest diff itself does not depend on the version for a curated chart.
    expect(split(runCli(['diff', 'centrifugo', '--to', 'gt.yaml', '--kube-version=1.36'], files).out).diff).toBe(split(old.out).diff);
  });

  it('leaves out what the old side already had: same values, nothing to say', () => {
    const r = runCli(['diff', 'centrifugo', '-f', 'gt.yaml', '--from-set', 'replicaCount=1', '--to-set', 'replicaCount=1', '--kube-version', '1.33'], files);
    expect(runCli(['validate', 'centrifugo', '-f', 'gt.yaml', '--kube-version', '1.33'], files).code).toBe(1);
    expect([r.code, r.out]).toEqual([0, '']);
  });

  it('refuses a --kube-version that is no version', () => {
    const r = runCli(['diff', 'centrifugo', '--to-set', 'replicaCount=2', '--kube-version', 'v1']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('invalid --kube-version "v1" (expected e.g. 1.33 or v1.36.0)');
    expect(r.out).toBe('');
  });
});
