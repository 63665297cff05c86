import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../types';
import { diffObjects, objectKey } from './objects';

function obj(kind: string, name: string, extra: Record<string, unknown> = {}, template = `${kind.toLowerCase()}.yaml`): RenderedObject {
  return { template, object: { apiVersion: 'v1', kind, metadata: { name, namespace: 'ns' }, ...extra } };
}

describe('diffObjects', () => {
  it('keys objects by kind, namespace and name', () => {
    expect(objectKey(obj('Service', 'web'))).toBe('Service/ns/web');
    expect(objectKey({ template: 't.yaml', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } } })).toBe('Namespace//x');
  });

  it('tells added, removed, changed and unchanged objects apart, in helm install order', () => {
    const before = [obj('Deployment', 'web', { spec: { replicas: 1 } }), obj('Service', 'web'), obj('ConfigMap', 'old')];
    const after = [obj('Deployment', 'web', { spec: { replicas: 2 } }), obj('Service', 'web'), obj('Secret', 'new')];
    const changes = diffObjects(before, after);
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['added', 'Secret/ns/new'],
      ['removed', 'ConfigMap/ns/old'],
      ['unchanged', 'Service/ns/web'],
      ['changed', 'Deployment/ns/web'],
    ]);
    const deployment = changes[3];
    expect(deployment.apiKind).toBe('Deployment');
    expect(deployment.name).toBe('web');
    expect(deployment.before?.object.spec).toEqual({ replicas: 1 });
    expect(deployment.after?.object.spec).toEqual({ replicas: 2 });
    expect(changes[1].after).toBeUndefined();
    expect(changes[0].before).toBeUndefined();
  });

  it('keeps two objects of one identity apart instead of losing one', () => {
    const twice = [obj('ConfigMap', 'c', { data: { a: '1' } }), obj('ConfigMap', 'c', { data: { a: '2' } })];
    const changes = diffObjects(twice, [twice[0]]);
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['unchanged', 'ConfigMap/ns/c'],
      ['removed', 'ConfigMap/ns/c #2'],
    ]);
  });

  it('lists every change even when one rendered object stands on both sides', () => {
    const shared = obj('ConfigMap', 'c');
    expect(diffObjects([shared, shared], [shared]).map((c) => [c.kind, c.key])).toEqual([
      ['unchanged', 'ConfigMap/ns/c'],
      ['removed', 'ConfigMap/ns/c #2'],
    ]);
  });

  it('reads names that are not strings (hostile manifests) without throwing', () => {
    const odd: RenderedObject = { template: 'x.yaml', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: { a: 1 } as unknown as string } } };
    expect(diffObjects([], [odd])[0]).toMatchObject({ kind: 'added', key: 'ConfigMap//', name: '' });
  });
});
