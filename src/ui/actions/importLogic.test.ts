import { describe, expect, it } from 'vitest';
import { fakeChart } from '../../core/testing/fakeChart';
import type { ChartModule, Values } from '../../core/types';
import { byteLength, checkImport, formatBytes, MAX_IMPORT_BYTES, readImportFile } from './importLogic';

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

describe('readImportFile', () => {
  const file = (name: string, bytes: Uint8Array, size = bytes.length) => {
    let reads = 0;
    return { name, size, arrayBuffer: async () => (reads++, bytes.slice().buffer), reads: () => reads };
  };

  it('reads strict UTF-8 text', async () => {
    expect(await readImportFile(file('values.yaml', new TextEncoder().encode('a: é\n')))).toEqual({ ok: true, text: 'a: é\n', note: 'Loaded values.yaml.' });
  });

  it('refuses a file over the cap without reading it', async () => {
    const big = file('big.yaml', new Uint8Array(0), MAX_IMPORT_BYTES + 1);
    expect(await readImportFile(big)).toEqual({ ok: false, note: `big.yaml is 1.0 MB; files over ${formatBytes(MAX_IMPORT_BYTES)} are refused.` });
    expect(big.reads()).toBe(0);
    expect((await readImportFile(file('small.yaml', new Uint8Array(10)), 5)).ok).toBe(false);
  });

  it('says where the bytes stop being UTF-8, and when the file cannot be read at all', async () => {
    expect(await readImportFile(file('latin1.yaml', new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a])))).toEqual({
      ok: false, note: 'latin1.yaml cannot be read: it is not valid UTF-8 text (invalid byte at offset 3).',
    });
    const gone = { name: 'gone.yaml', size: 3, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readImportFile(gone)).toEqual({ ok: false, note: 'gone.yaml could not be read.' });
  });
});
