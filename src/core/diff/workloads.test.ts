import { describe, expect, it } from 'vitest';
import { podReferences } from './workloads';

describe('ConfigMaps and Secrets a pod template reads', () => {
  it('finds them in volumes, projected volumes, env and envFrom, saying which come through the environment', () => {
    const template = {
      spec: {
        volumes: [
          { name: 'a', configMap: { name: 'cm-volume' } },
          { name: 'b', secret: { secretName: 'secret-volume' } },
          { name: 'c', projected: { sources: [{ configMap: { name: 'cm-projected' } }, { secret: { name: 'secret-projected' } }] } },
          { name: 'd', emptyDir: {} },
        ],
        initContainers: [{ name: 'init', envFrom: [{ configMapRef: { name: 'cm-envfrom' } }, { secretRef: { name: 'secret-envfrom' } }] }],
        containers: [
          {
            name: 'app',
            env: [
              { name: 'A', valueFrom: { configMapKeyRef: { name: 'cm-env', key: 'a' } } },
              { name: 'B', valueFrom: { secretKeyRef: { name: 'secret-env', key: 'b' } } },
              { name: 'C', value: 'plain' },
            ],
          },
        ],
      },
    };
    expect(podReferences(template)).toEqual([
      { key: 'ConfigMap/cm-volume', viaEnv: false },
      { key: 'Secret/secret-volume', viaEnv: false },
      { key: 'ConfigMap/cm-projected', viaEnv: false },
      { key: 'Secret/secret-projected', viaEnv: false },
      { key: 'ConfigMap/cm-env', viaEnv: true },
      { key: 'Secret/secret-env', viaEnv: true },
      { key: 'ConfigMap/cm-envfrom', viaEnv: true },
      { key: 'Secret/secret-envfrom', viaEnv: true },
    ]);
  });

  it('passes over empty names and whatever is not a list', () => {
    expect(podReferences({ spec: { volumes: { a: 1 }, containers: [{ env: [{ valueFrom: { secretKeyRef: { name: '' } } }] }] } })).toEqual([]);
    expect(podReferences(undefined)).toEqual([]);
  });
});
