import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1';
import { toKubeObject } from './kubeObject';

describe('toKubeObject', () => {
  it('gives back the same object when apiVersion, kind and metadata are there', () => {
    const service: Service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports: [{ port: 80 }] } };
    const object = toKubeObject(service);
    expect(object).toBe(service);
    expect(object.metadata.name).toBe('web');
  });

  it('refuses an object a renderer left incomplete', () => {
    expect(() => toKubeObject({ kind: 'Service', metadata: {} })).toThrow(/Service has no apiVersion/);
    expect(() => toKubeObject({ apiVersion: 'v1', kind: 'Service' })).toThrow(/no apiVersion, kind or metadata/);
  });
});
