import { describe, it, expect } from 'vitest';
import { manifestsToYaml, resourceOutline, sortForInstall } from './render';
import type { RenderedObject } from './types';

function obj(kind: string, name: string, template: string, extra: Partial<RenderedObject> = {}): RenderedObject {
  return { template, object: { apiVersion: 'v1', kind, metadata: { name } }, ...extra };
}

const names = (objects: RenderedObject[]) => objects.map((o) => o.object.metadata.name);

describe('sortForInstall', () => {
  it('orders kinds like helm install (the centrifugo order helm printed)', () => {
    const input = [
      obj('ServiceMonitor', 'sm', 'templates/servicemonitor.yaml'),
      obj('Ingress', 'ing', 'templates/ingress.yaml'),
      obj('HorizontalPodAutoscaler', 'hpa', 'templates/hpa.yaml'),
      obj('Deployment', 'dep', 'templates/deployment.yaml'),
      obj('Service', 'svc', 'templates/service.yaml'),
      obj('Service', 'svc-int', 'templates/service-internal.yaml'),
      obj('ConfigMap', 'cm', 'templates/configmap.yaml'),
      obj('ServiceAccount', 'sa', 'templates/serviceaccount.yaml'),
      obj('PodDisruptionBudget', 'pdb', 'templates/poddisruptionbudget.yaml'),
    ];
    expect(names(sortForInstall(input))).toEqual(['pdb', 'sa', 'cm', 'svc-int', 'svc', 'dep', 'hpa', 'ing', 'sm']);
  });

  it('puts unknown kinds after known ones, alphabetically by kind', () => {
    const input = [obj('Zeta', 'z', 't/a.yaml'), obj('Alpha', 'a', 't/a.yaml'), obj('Secret', 's', 't/z.yaml')];
    expect(names(sortForInstall(input))).toEqual(['s', 'a', 'z']);
  });

  it('orders one kind by template path, keeping order within a template', () => {
    const input = [
      obj('ConfigMap', 'z-b', 't/b.yaml'),
      obj('ConfigMap', 'a-b', 't/b.yaml'),
      obj('ConfigMap', 'z-a', 't/a.yaml'),
      obj('ConfigMap', 'a-a', 't/a.yaml'),
    ];
    expect(names(sortForInstall(input))).toEqual(['z-a', 'a-a', 'z-b', 'a-b']);
  });

  it('prints hooks last', () => {
    const input = [obj('Job', 'hook', 't/job.yaml', { hook: true }), obj('Deployment', 'dep', 't/dep.yaml')];
    expect(names(sortForInstall(input))).toEqual(['dep', 'hook']);
  });

  it('does not reorder its input array', () => {
    const input = [obj('Deployment', 'd', 't/d.yaml'), obj('Secret', 's', 't/s.yaml')];
    sortForInstall(input);
    expect(names(input)).toEqual(['d', 's']);
  });
});

describe('manifestsToYaml', () => {
  it('writes one document per object with a Source header, in install order', () => {
    const text = manifestsToYaml('demo', [obj('Deployment', 'd', 'templates/deployment.yaml'), obj('Service', 's', 'templates/service.yaml')]);
    expect(text).toBe(
      '---\n# Source: demo/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n' +
        '---\n# Source: demo/templates/deployment.yaml\napiVersion: v1\nkind: Deployment\nmetadata:\n  name: d\n',
    );
  });
  it('prints notes as comment lines under the Source line', () => {
    const text = manifestsToYaml('demo', [obj('Secret', 's', 'templates/secret.yaml', { note: 'generated at install\nkept on upgrade' })]);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '---',
      '# Source: demo/templates/secret.yaml',
      '# NOTE: generated at install',
      '# NOTE: kept on upgrade',
    ]);
  });
  it('is empty for no objects', () => {
    expect(manifestsToYaml('demo', [])).toBe('');
  });
});

describe('resourceOutline', () => {
  it('lists kind, name, line and template of each document', () => {
    const text = manifestsToYaml('demo', [
      obj('Service', 'web', 'templates/service.yaml'),
      { template: 'templates/deployment.yaml', object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'true', labels: { name: 'x' } }, spec: { template: { metadata: { name: 'inner' } } } } },
    ]);
    expect(resourceOutline(text)).toEqual([
      { kind: 'Service', name: 'web', line: 1, source: 'templates/service.yaml' },
      { kind: 'Deployment', name: 'true', line: 7, source: 'templates/deployment.yaml' },
    ]);
  });
  it('reads a first document without a leading separator', () => {
    expect(resourceOutline('kind: ConfigMap\nmetadata:\n  name: c\n')).toEqual([{ kind: 'ConfigMap', name: 'c', line: 1, source: '' }]);
  });
  it('skips documents without a kind', () => {
    expect(resourceOutline('---\n# Source: x/t.yaml\n---\nkind: Pod\nmetadata:\n  name: p\n')).toHaveLength(1);
  });
});
