import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllKubeSchemas } from '../core/kube';
import { runCli } from './inMemoryCli';
import { DEFAULT_LINK_BASE, linkFrom } from './stackCommands';

describe('linkFrom: <base>/#/<chart>?...', () => {
  it.each([
    ['https://example.org/app', 'https://example.org/app/#/c?s=2.x'],
    ['https://example.org/app/', 'https://example.org/app/#/c?s=2.x'],
    ['https://example.org', 'https://example.org/#/c?s=2.x'],
    ['https://example.org/app/index.html', 'https://example.org/app/index.html#/c?s=2.x'],
    ['https://example.org/app?lang=en', 'https://example.org/app/?lang=en#/c?s=2.x'],
    ['https://example.org/app/#/old?s=1.y', 'https://example.org/app/#/c?s=2.x'],
    ['https://example.org/app#/old', 'https://example.org/app/#/c?s=2.x'],
  ])('%s', (base, url) => {
    expect(linkFrom(base, '#/c?s=2.x')).toBe(url);
  });

  it('keeps the placeholder base as it is', () => {
    expect(linkFrom(undefined, '#/c?s=2.x')).toBe(`${DEFAULT_LINK_BASE}#/c?s=2.x`);
  });

  it('is what `cli link --base` prints and what a bundle README links to', () => {
    const link = runCli(['link', 'centrifugo', '--set', 'replicaCount=3', '--base', 'https://example.org/app']);
    expect(link.code).toBe(0);
    expect(link.out).toMatch(/^https:\/\/example\.org\/app\/#\/centrifugo\?s=2\.\S+\n$/);
    const bundle = runCli(['bundle', 'centrifugo', '--set', 'replicaCount=3', '-o', 'out.zip', '--link-base', 'https://example.org/app']);
    expect(bundle.code).toBe(0);
    const readme = strFromU8(unzipSync(bundle.written['out.zip'])['README.md']);
    expect(readme).toMatch(/`https:\/\/example\.org\/app\/#\/centrifugo\?s=2\.[\w-]+`/);
  });
});

describe('validate --stack and bundle --stack --kube-version', () => {
  // A toleration operator Kubernetes 1.35 added (Gt): unknown to 1.33 (an error), gated in 1.36 (a warning).
  const files = {
    'helmfile.yaml': 'releases:\n  - name: rt\n    namespace: apps\n    chart: centrifugal/centrifugo\n    values:\n      - rt.yaml\n',
    'rt.yaml': 'tolerations:\n  - {key: a, operator: Gt, value: "5", effect: NoSchedule}\n',
  };
  const readme = (r: ReturnType<typeof runCli>) => strFromU8(unzipSync(r.written['s.zip'])['README.md']);
  const openProblems = (text: string) => text.slice(text.indexOf('## Open problems'));

  beforeAll(async () => {
    await loadAllKubeSchemas('1.36');
    await loadAllKubeSchemas('1.33');
  }, 60_000);

  it('validate --stack checks every release against the version named', () => {
    const old = runCli(['validate', '--stack', 'helmfile.yaml', '--kube-version', '1.33'], files);
    expect(old.code).toBe(1);
    expect(old.out).toMatch(/^rt: error \[tolerations\[0\]\.operator\]: .*before Kubernetes 1\.35/m);
    const now = runCli(['validate', '--stack', 'helmfile.yaml'], files);
    expect(now.code).toBe(0);
    expect(now.out).toMatch(/^rt: warning \[tolerations\[0\]\.operator\]: .*feature gate/m);
    expect(now.out).not.toMatch(/^rt: error/m);
    // helm's other spelling, and a patch version, check the same.
    expect(runCli(['validate', '--stack', 'helmfile.yaml', '--kube-version=v1.33.2'], files).out).toBe(old.out);
  });

  it('bundle --stack lists the problems of that version and names it in the README', () => {
    const old = runCli(['bundle', '--stack', 'helmfile.yaml', '-o', 's.zip', '--kube-version', '1.33'], files);
    expect(old.code).toBe(0);
    expect(old.err.at(-1)).toMatch(/^1 error\(s\)/);
    const oldProblems = openProblems(readme(old));
    expect(oldProblems).toContain('Checked against Kubernetes 1.33:');
    expect(oldProblems).toMatch(/\*\*error\*\* \(`rt`\): .*before Kubernetes 1\.35/);
    const now = runCli(['bundle', '--stack', 'helmfile.yaml', '-o', 's.zip'], files);
    const nowProblems = openProblems(readme(now));
    expect(nowProblems).toContain('Checked against Kubernetes 1.36:');
    expect(nowProblems).toMatch(/\*\*warning\*\* \(`rt`\): .*feature gate/);
    expect(nowProblems).not.toMatch(/\*\*error\*\*/);
    // The install commands stay what helm needs: the cluster reports its own version.
    expect(readme(old)).not.toMatch(/--kube-version/);
  });

  it('refuses a --kube-version that is no version, writing nothing', () => {
    for (const argv of [['validate', '--stack', 'helmfile.yaml'], ['bundle', '--stack', 'helmfile.yaml', '-o', 's.zip']]) {
      const r = runCli([...argv, '--kube-version', '1.x'], files);
      expect(r.code).toBe(1);
      expect(r.err.join('\n')).toContain('invalid --kube-version "1.x" (expected e.g. 1.33 or v1.36.0)');
      expect(r.written).toEqual({});
    }
  });
});
