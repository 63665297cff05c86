import { describe, it, expect } from 'vitest';
import { evaluate } from './evaluate';
import { fakeChart } from './testing/fakeChart';
import type { ChartModule, Values } from './types';

describe('evaluate', () => {
  const release = { name: 'shop', namespace: 'prod' };

  it('renders the merged values into helm-ordered manifests', () => {
    const result = evaluate(fakeChart, { replicaCount: 3 }, release);
    expect(result.renderError).toBeUndefined();
    expect(result.objects.map((o) => o.object.kind)).toEqual(['Deployment', 'Service']);
    expect(result.yaml.indexOf('kind: Service')).toBeLessThan(result.yaml.indexOf('kind: Deployment'));
    expect(result.yaml).toContain('# Source: fake-web/templates/deployment.yaml');
    expect(result.yaml).toContain('replicas: 3');
    expect(result.yaml).toContain('name: shop-web');
  });

  it('carries the problems along with the rendering', () => {
    const result = evaluate(fakeChart, { auth: { enabled: true } }, release);
    expect(result.problems.map((p) => p.id)).toEqual(['auth-without-password']);
    expect(result.yaml).toContain('# NOTE: password left empty');
  });

  it('turns a render exception into renderError', () => {
    const result = evaluate(fakeChart, { image: { repository: '' } }, release);
    expect(result.renderError).toContain('image.repository');
    expect(result.objects).toEqual([]);
    expect(result.yaml).toBe('');
    expect(result.values.image).toEqual({ repository: '', tag: '1.0.0' });
  });
});

describe('evaluate never throws', () => {
  const deep = (levels: number) => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`) as Values;

  it.each([2_000, 5_000, 100_000])('answers values nested %i levels with a problem', (levels) => {
    const evaluation = evaluate(fakeChart as unknown as ChartModule<Values>, { podAnnotations: deep(levels) }, { name: 'r', namespace: 'd' });
    expect(evaluation.objects).toEqual([]);
    expect(evaluation.problems).toEqual([expect.objectContaining({ id: 'values-unreadable', severity: 'error', message: 'These values cannot be checked or rendered: they nest deeper than 100 levels.' })]);
    expect(evaluation.renderError).toBe(evaluation.problems[0].message);
  });

  it('answers values that refer to themselves', () => {
    const cyclic: Values = {};
    cyclic.podAnnotations = { again: cyclic };
    expect(evaluate(fakeChart as unknown as ChartModule<Values>, cyclic, { name: 'r', namespace: 'd' }).problems[0].id).toBe('values-unreadable');
  });
});
