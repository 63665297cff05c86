import { describe, it, expect } from 'vitest';
import { chartRenderer, describeHelmChecksums, describeRenderFixtures } from '../../core/testing/chartSuites';
import type { Values } from '../../core/types';
import { getAt } from '../../core/values';
import { centrifugo } from './index';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const renderWith = chartRenderer(centrifugo);

describeRenderFixtures(centrifugo, fixtureDir, { minFixtures: 14 });
describeHelmChecksums(centrifugo, fixtureDir);

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
