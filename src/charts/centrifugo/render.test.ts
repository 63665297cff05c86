import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { manifestsToYaml, sortForInstall } from '../../core/render';
import type { Release, Values } from '../../core/types';
import { defaultsFromSchema, getAt, mergeValues } from '../../core/values';
import {
  compareManifests,
  differences,
  listFixtures,
  normaliseRendered,
  parseManifests,
} from '../../core/testing/fixtureKit';
import { render } from './render';
import { schema, type CentrifugoValues } from './schema';

const defaults = defaultsFromSchema(schema);
const release: Release = { name: 'release-name', namespace: 'default' };

function renderWith(user: Values, rel: Release = release) {
  return sortForInstall(render(mergeValues(defaults, user) as unknown as CentrifugoValues, rel));
}

const fixtures = listFixtures(new URL('./fixtures/', import.meta.url).pathname);

describe('centrifugo render matches helm template of chart 13.0.0', () => {
  it('has the scenario fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
  });

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const expected = parseManifests(readFileSync(fixture.expectedFile, 'utf8'));
      const ours = renderWith(fixture.values, fixture.release);
      expect(compareManifests(expected, normaliseRendered(ours))).toEqual([]);
      // And after our own YAML printer, as the preview and the CLI show it.
      const printed = parseManifests(manifestsToYaml('centrifugo', ours));
      expect(compareManifests(expected, normaliseRendered(printed))).toEqual([]);
    });
  }
});

describe('centrifugo render details', () => {
  const deploymentOf = (user: Values) => renderWith(user).find((o) => o.object.kind === 'Deployment')!.object;
  const checksumOf = (user: Values) => getAt(deploymentOf(user), ['spec', 'template', 'metadata', 'annotations', 'checksum/config']);

  it('derives the config checksum from the ConfigMap, so pods roll when config changes', () => {
    const base = checksumOf({});
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(checksumOf({ config: { log: { level: 'debug' } } })).not.toBe(base);
    expect(checksumOf({ replicaCount: 5 })).toBe(base);
  });

  it('marks the host-check Job as a hook only when its annotations name helm.sh/hook', () => {
    const job = (annotations: Values) =>
      renderWith({ hostCheck: { enabled: true, remoteHost: 'x', annotations } }).find((o) => o.object.kind === 'Job')!;
    expect(job({ 'helm.sh/hook': 'pre-install' }).hook).toBe(true);
    expect(job({ team: 'a' }).hook).toBeFalsy();
    expect(job({}).hook).toBeFalsy();
  });

  it('ships our own host-check script', () => {
    const job = renderWith({ hostCheck: { enabled: true } }).find((o) => o.object.kind === 'Job')!.object;
    const command = getAt(job, 'spec.template.spec.containers[0].command') as string[];
    expect(command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(command[2]).toContain('REMOTE_HOST');
    expect(command[2]).toContain('CUSTOM_DNS');
  });

  it('omits replicas under autoscaling and revisionHistoryLimit when 0', () => {
    const spec = (user: Values) => getAt(deploymentOf(user), 'spec') as Values;
    expect(spec({}).replicas).toBe(1);
    expect(spec({ autoscaling: { enabled: true } })).not.toHaveProperty('replicas');
    expect(spec({ revisionHistoryLimit: 0 })).not.toHaveProperty('revisionHistoryLimit');
  });

  it('renders only the objects the values switch on', () => {
    const kinds = (user: Values) => renderWith(user).map((o) => o.object.kind);
    expect(kinds({})).toEqual(['ServiceAccount', 'ConfigMap', 'Service', 'Deployment']);
    expect(kinds({ serviceAccount: { create: false }, metrics: { serviceMonitor: { enabled: true } } })).toEqual([
      'ConfigMap',
      'Service',
      'Deployment',
      'ServiceMonitor',
    ]);
  });
});

describe('fixture comparison', () => {
  it('reports changed values, missing keys and key order', () => {
    expect(differences({ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'x' } })).toEqual([]);
    expect(differences({ a: 1 }, { a: '1' })).toEqual(['.a: expected 1, got "1"']);
    expect(differences({ a: 1, b: 2 }, { a: 1 })).toEqual(['.b: missing (expected 2)']);
    expect(differences({ a: 1, b: 2 }, { b: 2, a: 1 })).toHaveLength(1);
    expect(differences({ l: [1, 2] }, { l: [1] })).toEqual(['.l: expected 2 items, got 1']);
  });
});
