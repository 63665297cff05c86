import { describe, it, expect } from 'vitest';
import { analyzeValuesText } from './importValues';
import { fakeChart } from './testing/fakeChart';

describe('analyzeValuesText', () => {
  it('returns the parsed map when all is well', () => {
    expect(analyzeValuesText(fakeChart, 'replicaCount: 2\nimage:\n  tag: "2.0"\n')).toEqual({
      values: { replicaCount: 2, image: { tag: '2.0' } },
      problems: [],
    });
  });

  it('treats an empty file as no values', () => {
    expect(analyzeValuesText(fakeChart, '# nothing here\n')).toEqual({ values: {}, problems: [] });
  });

  it('reports a syntax error with its line and no values', () => {
    const result = analyzeValuesText(fakeChart, 'image:\n  tag: 1\n repository: x\n');
    expect(result.values).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ id: 'yaml-syntax', severity: 'error', line: 3 })]);
  });

  it('rejects a document that is not a map', () => {
    const result = analyzeValuesText(fakeChart, '- a\n- b\n');
    expect(result.values).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ id: 'yaml-not-a-map', severity: 'error' });
  });

  it('reads a repeated key as helm does, the last one winning, with a warning at its line', () => {
    const text = ['image:', '  tag: "1.0"', 'replicaCount: 1', 'image:', '  repository: web', ''].join('\n');
    const result = analyzeValuesText(fakeChart, text);
    expect(result.values).toEqual({ image: { repository: 'web' }, replicaCount: 1 });
    expect(result.problems).toEqual([
      expect.objectContaining({ id: 'duplicate-key', severity: 'warning', params: ['image'], line: 4 }),
    ]);
    expect(result.problems[0].message).toMatch(/lines 1 and 4/);
  });

  it('puts unknown keys and type errors on their lines', () => {
    const text = ['replicaCount: 2', 'service:', '  port: eighty', 'image:', '  tga: x'].join('\n');
    const result = analyzeValuesText(fakeChart, text);
    expect(result.values).toBeDefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ id: 'schema', severity: 'error', params: ['service.port'], line: 3 }),
      expect.objectContaining({ id: 'unknown-key', severity: 'warning', params: ['image.tga'], line: 5 }),
    ]);
  });
});
