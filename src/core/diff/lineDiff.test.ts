import { describe, expect, it } from 'vitest';
import { diffLines } from './lineDiff';
import type { LineHunk } from './lineDiff';

function apply(a: string[], hunks: LineHunk[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const h of hunks) {
    expect(h.oldStart).toBeGreaterThanOrEqual(at); // in order, not overlapping
    out.push(...a.slice(at, h.oldStart), ...h.newLines);
    at = h.oldStart + h.oldCount;
  }
  return [...out, ...a.slice(at)];
}

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('diffLines', () => {
  it('finds nothing to do for equal texts', () => {
    expect(diffLines(['a', 'b'], ['a', 'b'])).toEqual([]);
  });

  it('reports a changed line as one hunk at its place', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([{ oldStart: 1, oldCount: 1, newLines: ['B'] }]);
  });

  it('keeps scattered changes apart, touching only the changed lines', () => {
    const doc = (ns: string) => Array.from({ length: 30 }, (_, i) => [`---`, `kind: K${i}`, `metadata:`, `  name: n${i}`, `  namespace: ${ns}`, `spec: {}`]).flat();
    const hunks = diffLines(doc('default'), doc('prod'))!;
    expect(hunks).toHaveLength(30);
    expect(hunks.every((h) => h.oldCount === 1 && h.newLines.length === 1 && h.newLines[0] === '  namespace: prod')).toBe(true);
  });

  it('handles insertions and deletions at both ends', () => {
    expect(apply(['x', 'a'], diffLines(['x', 'a'], ['a', 'y'])!)).toEqual(['a', 'y']);
    expect(diffLines([], ['a'])).toEqual([{ oldStart: 0, oldCount: 0, newLines: ['a'] }]);
    expect(diffLines(['a'], [])).toEqual([{ oldStart: 0, oldCount: 1, newLines: [] }]);
  });

  it('turns a into b for random edits, with no more changed lines than the edit made', () => {
    const rnd = random(42);
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: Math.floor(rnd() * 40) }, () => 'abcde'[Math.floor(rnd() * 5)]);
      const b = [...a];
      const edits = Math.floor(rnd() * 6);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rnd() * (b.length + 1));
        if (rnd() < 0.5 && b.length > 0) b.splice(Math.min(at, b.length - 1), 1);
        else b.splice(at, 0, 'xyz'[Math.floor(rnd() * 3)]);
      }
      const hunks = diffLines(a, b)!;
      expect(apply(a, hunks)).toEqual(b);
      const changed = hunks.reduce((sum, h) => sum + h.oldCount + h.newLines.length, 0);
      expect(changed).toBeLessThanOrEqual(edits); // Myers finds a shortest edit script
    }
  });

  it('gives up beyond the change limit', () => {
    const a = Array.from({ length: 50 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 50 }, (_, i) => `b${i}`);
    expect(diffLines(a, b, 20)).toBeUndefined();
    expect(apply(a, diffLines(a, b)!)).toEqual(b);
  });
});
