import { describe, expect, it } from 'vitest';
import { fakeChart } from '../../core/testing/fakeChart';
import type { ChartModule, Values } from '../../core/types';
import { byteLength, checkImport, formatBytes, MAX_IMPORT_BYTES } from './importLogic';

const chart = fakeChart as unknown as ChartModule<Values>;

describe('checkImport', () => {
  it('says nothing for empty text', () => {
    expect(checkImport(chart, '  \n')).toEqual({ kind: 'empty' });
  });

  it('refuses text over 1 MB, counting bytes, not characters', () => {
    expect(checkImport(chart, `a: "${'x'.repeat(MAX_IMPORT_BYTES)}"`).kind).toBe('too-large');
    const multiByte = `a: "${'é'.repeat(MAX_IMPORT_BYTES / 2)}"`; // fewer characters than bytes
    expect(multiByte.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(checkImport(chart, multiByte)).toMatchObject({ kind: 'too-large', bytes: byteLength(multiByte) });
  });

  it('reports syntax errors with their line and applies nothing', () => {
    const result = checkImport(chart, 'replicaCount: 2\nimage: [\n');
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problems[0].line).toBeGreaterThanOrEqual(2);
  });

  it('returns the values with type errors and unknown keys at their lines', () => {
    const result = checkImport(chart, 'replicaCount: two\nimage:\n  tagg: x\n');
    expect(result.kind).toBe('ready');
    if (result.kind !== 'ready') return;
    expect(result.values).toEqual({ replicaCount: 'two', image: { tagg: 'x' } });
    expect(result.problems.map((p) => [p.severity, p.line])).toEqual([['error', 1], ['warning', 3]]);
  });

  it('formats sizes for messages', () => {
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(2_100)).toBe('3 KB');
  });
});
