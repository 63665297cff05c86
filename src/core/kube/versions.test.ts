import { describe, expect, it } from 'vitest';
import { atLeast, DEFAULT_KUBE_VERSION, normalizeKubeVersion, removedApi, schemaSetFor } from './versions';

describe('Kubernetes versions', () => {
  it('reads the forms helm --kube-version takes', () => {
    expect(normalizeKubeVersion('v1.33.2')).toBe('1.33');
    expect(normalizeKubeVersion('1.36')).toBe('1.36');
    expect(normalizeKubeVersion('1.30.0-eks-1')).toBe('1.30');
    expect(normalizeKubeVersion('latest')).toBeUndefined();
    expect(normalizeKubeVersion('1')).toBeUndefined();
  });
  it('checks a version against the newest schema set not newer than it', () => {
    expect(DEFAULT_KUBE_VERSION).toBe('1.36');
    expect(schemaSetFor('1.40')).toBe('1.36');
    expect(schemaSetFor('1.35')).toBe('1.33');
    expect(schemaSetFor('1.20')).toBe('1.33');
    expect(atLeast('1.9', '1.10')).toBe(false);
  });
  it('knows which API versions a cluster version no longer serves', () => {
    expect(removedApi('policy/v1beta1', 'PodDisruptionBudget', '1.24')).toBeUndefined();
    expect(removedApi('policy/v1beta1', 'PodDisruptionBudget', '1.25')?.use).toMatch(/policy\/v1/);
    expect(removedApi('autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.33')?.removedIn).toBe('1.26');
    expect(removedApi('apps/v1', 'Deployment', '1.36')).toBeUndefined();
  });
});
