import { describe, it, expect } from 'vitest';
import { fakeChart } from './testing/fakeChart';
import type { SchemaValidator } from './schemaValidator';
import { DEFAULT_RELEASE } from './types';
import { validate } from './validate';

describe('validate', () => {
  it('merges user values onto the defaults', () => {
    const { values, problems } = validate(fakeChart, { image: { tag: '2.0.0' } }, DEFAULT_RELEASE);
    expect(values.image).toEqual({ repository: 'example/web', tag: '2.0.0' });
    expect(problems).toEqual([]);
  });

  it('turns type errors into schema errors naming the parameter', () => {
    const { problems } = validate(fakeChart, { replicaCount: 'three' }, DEFAULT_RELEASE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'schema', severity: 'error', params: ['replicaCount'] });
    expect(problems[0].message).toContain('expected integer, got string');
  });

  it('turns unknown keys into warnings', () => {
    const { problems } = validate(fakeChart, { image: { tga: 'x' } }, DEFAULT_RELEASE);
    expect(problems).toEqual([expect.objectContaining({ id: 'unknown-key', severity: 'warning', params: ['image.tga'] })]);
  });

  it('runs chart rules and sorts errors before warnings before info', () => {
    const { problems } = validate(fakeChart, { auth: { enabled: true }, service: { type: 'NodePort' }, replicaCount: -1 }, DEFAULT_RELEASE);
    expect(problems.map((p) => p.severity)).toEqual(['error', 'warning', 'info']);
    expect(problems.map((p) => p.id)).toEqual(['schema', 'auth-without-password', 'nodeport-info']);
  });

  it('gives rules only what the user changed as userValues', () => {
    expect(validate(fakeChart, { service: { type: 'ClusterIP' } }, DEFAULT_RELEASE).problems).toEqual([]);
  });

  it('uses an injected validator', () => {
    const stub: SchemaValidator = { validate: () => [{ path: 'x', kind: 'other', message: 'stubbed' }] };
    const { problems } = validate(fakeChart, {}, DEFAULT_RELEASE, stub);
    expect(problems).toEqual([expect.objectContaining({ id: 'schema', params: ['x'], message: 'x: stubbed' })]);
  });

  it('reports a rule that throws instead of crashing', () => {
    const broken = { ...fakeChart, rules: [{ id: 'boom', title: 'Explodes', check: () => { throw new Error('bad'); } }] };
    const { problems } = validate(broken, {}, DEFAULT_RELEASE);
    expect(problems).toEqual([expect.objectContaining({ id: 'boom', severity: 'error' })]);
    expect(problems[0].message).toContain('bad');
  });
});
