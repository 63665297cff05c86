import { describe, expect, it } from 'vitest';
import { toJson, toPrettyJson, toToml, toYaml } from '../go';
import { mapSet, newMap } from '../value';
import { DEFAULT_API_VERSIONS, KubeVersionError, makeCapabilities, parseKubeVersion } from './capabilities';

// Expected values printed by helm v4.1.4 `helm template --kube-version X` with
// `{{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Version }} {{ .Major }} {{ .Minor }}`.
describe('parseKubeVersion', () => {
  it.each([
    ['1.30', 'v1.30', 'v1.30', '1', '30'],
    ['v1.30.2', 'v1.30.2', 'v1.30.2', '1', '30'],
    ['1.29.3-gke.100', 'v1.29.3', 'v1.29.3-gke.100', '1', '29'],
    ['v2.0.0+abc', 'v2.0.0', 'v2.0.0+abc', '2', '0'],
  ])('%s', (input, printed, version, major, minor) => {
    const kv = parseKubeVersion(input);
    expect(kv.format()).toBe(printed);
    expect(kv.field('Version')).toBe(version);
    expect(kv.field('GitVersion')).toBe(version);
    expect(kv.field('Major')).toBe(major);
    expect(kv.field('Minor')).toBe(minor);
  });

  it('refuses what helm refuses, with its words', () => {
    expect(() => parseKubeVersion('1')).toThrow(new KubeVersionError('illegal version string "1"'));
    expect(() => parseKubeVersion('1.x')).toThrow('illegal version string "1.x"');
    expect(() => parseKubeVersion('x')).toThrow('could not parse "x" as version');
  });
});

describe('makeCapabilities', () => {
  it('defaults to what helm 4.1.4 template reports', () => {
    const caps = makeCapabilities();
    expect(caps.kubeVersion.format()).toBe('v1.35.0');
    expect(caps.kubeVersion.field('Minor')).toBe('35');
    expect(DEFAULT_API_VERSIONS).toHaveLength(57);
    const has = caps.apiVersions.method('Has')!;
    expect(has('apps/v1')).toBe(true);
    expect(has('foo/v1')).toBe(false);
    expect(caps.field('HelmVersion')!.toString()).not.toBe('');
  });

  it('adds --api-versions to the default set', () => {
    const caps = makeCapabilities('1.30', ['foo/v1', 'bar/v2/Baz']);
    const has = caps.apiVersions.method('Has')!;
    expect(has('foo/v1')).toBe(true);
    expect(has('bar/v2/Baz')).toBe(true);
    expect((caps.apiVersions.jsonValue() as string[]).length).toBe(59);
  });

  it('prints and marshals as helm does', () => {
    const caps = makeCapabilities();
    expect(caps.helmVersion.format()).toBe('{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}');
    // structs keep their field order in JSON and TOML; YAML sorts (it goes through a map)
    expect(toJson(caps.kubeVersion)).toBe('{"Version":"v1.35.0","Major":"1","Minor":"35"}');
    expect(toJson(caps.helmVersion)).toBe(
      '{"version":"v4.1.4","git_commit":"05fa37973dc9e42b76e1d2883494c87174b6074f","git_tree_state":"clean","go_version":"go1.25.9","kube_client_version":"v1.35"}',
    );
    expect(toPrettyJson(caps.kubeVersion)).toBe('{\n  "Version": "v1.35.0",\n  "Major": "1",\n  "Minor": "35"\n}');
    expect(toJson([caps.kubeVersion])).toBe('[{"Version":"v1.35.0","Major":"1","Minor":"35"}]');
    expect(toYaml(caps.kubeVersion)).toBe('Major: "1"\nMinor: "35"\nVersion: v1.35.0');
    expect(toToml(caps.kubeVersion)).toBe('Version = "v1.35.0"\nMajor = "1"\nMinor = "35"\n');
    expect(toToml(caps.helmVersion)).toBe(
      'Version = "v4.1.4"\nGitCommit = "05fa37973dc9e42b76e1d2883494c87174b6074f"\nGitTreeState = "clean"\nGoVersion = "go1.25.9"\nKubeClientVersion = "v1.35"\n',
    );
    const m = newMap();
    mapSet(m, 'k', caps.kubeVersion);
    mapSet(m, 'a', 1n);
    expect(toToml(m)).toBe('a = 1\n\n[k]\n  Version = "v1.35.0"\n  Major = "1"\n  Minor = "35"\n');
    expect(toToml(caps)).toMatch(/^APIVersions = \["v1", [^\n]*\]\n\n\[KubeVersion\]\n {2}Version = "v1.35.0"\n {2}Major = "1"\n {2}Minor = "35"\n\n\[HelmVersion\]\n {2}Version = "v4.1.4"\n/);
    expect(caps.format().startsWith('{{v1.35.0 v1.35.0 1 35} [v1 admissionregistration.k8s.io/v1 ')).toBe(true);
  });
});
