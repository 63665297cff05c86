import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unifiedDiff';

/** Applies a unified diff to `before` the way `patch` does, checking each hunk's header and context. */
function applyUnified(before: string, diff: string): string {
  const old = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const lines = diff.replace(/\n$/, '').split('\n');
  expect(lines[0]).toMatch(/^--- /);
  expect(lines[1]).toMatch(/^\+\+\+ /);
  const out: string[] = [];
  let at = 0;
  let shift = 0;
  for (let i = 2; i < lines.length; ) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[i]);
    expect(header, lines[i]).not.toBeNull();
    const [oldStart, oldCount, newStart, newCount] = [Number(header![1]), Number(header![2] ?? 1), Number(header![3]), Number(header![4] ?? 1)];
    const from = oldCount === 0 ? oldStart : oldStart - 1;
    expect(from).toBeGreaterThanOrEqual(at);
    out.push(...old.slice(at, from));
    at = from;
    let [seenOld, seenNew] = [0, 0];
    for (i++; i < lines.length && !lines[i].startsWith('@@'); i++) {
      const [sign, text] = [lines[i][0], lines[i].slice(1)];
      if (sign === ' ' || sign === '-') {
        expect(old[at]).toBe(text); // context and removed lines are the old text
        at++;
        seenOld++;
      }
      if (sign === ' ' || sign === '+') {
        out.push(text);
        seenNew++;
      }
    }
    expect([seenOld, seenNew]).toEqual([oldCount, newCount]);
    expect(newCount === 0 ? newStart : newStart - 1).toBe(from + shift);
    shift += newCount - oldCount;
  }
  out.push(...old.slice(at));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const lines = (n: number, word = 'line') => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join('\n') + '\n';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('prints labels, a GNU hunk header and three lines of context', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'LINE 5\n');
    expect(unifiedDiff(before, after, { from: 'old.yaml', to: 'new.yaml' })).toBe(
      ['--- old.yaml', '+++ new.yaml', '@@ -2,7 +2,7 @@', ' line 2', ' line 3', ' line 4', '-line 5', '+LINE 5', ' line 6', ' line 7', ' line 8', ''].join('\n'),
    );
  });

  it('joins changes closer than two contexts into one hunk and keeps distant ones apart', () => {
    const before = lines(40);
    const near = before.replace('line 10\n', 'x\n').replace('line 15\n', 'y\n');
    expect(unifiedDiff(before, near).match(/^@@/gm)).toHaveLength(1);
    const far = before.replace('line 5\n', 'x\n').replace('line 30\n', 'y\n');
    expect(unifiedDiff(before, far).match(/^@@/gm)).toHaveLength(2);
    expect(unifiedDiff(before, far, undefined, 0)).toContain('@@ -5 +5 @@\n-line 5\n+x\n');
  });

  it('numbers empty ranges as diff does (the line before)', () => {
    expect(unifiedDiff('', 'a\n')).toBe('--- a\n+++ b\n@@ -0,0 +1 @@\n+a\n');
    expect(unifiedDiff('a\nb\n', 'a\n', undefined, 0)).toBe('--- a\n+++ b\n@@ -2 +1,0 @@\n-b\n');
  });

  it('marks a missing final newline', () => {
    expect(unifiedDiff('a\n', 'a')).toBe('--- a\n+++ b\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n');
  });

  it('turns the old text into the new one for random edits', () => {
    const rnd = random(7);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(rnd() * 60) }, () => 'abcdef'[Math.floor(rnd() * 6)]);
      const b = [...a];
      for (let e = Math.floor(rnd() * 8); e > 0; e--) {
        const at = Math.floor(rnd() * (b.length + 1));
        if (rnd() < 0.5 && b.length > 0) b.splice(Math.min(at, b.length - 1), 1);
        else b.splice(at, 0, 'xyz'[Math.floor(rnd() * 3)]);
      }
      const [before, after] = [a.map((l) => `${l}\n`).join(''), b.map((l) => `${l}\n`).join('')];
      const diff = unifiedDiff(before, after, undefined, Math.floor(rnd() * 4));
      if (before === after) expect(diff).toBe('');
      else expect(applyUnified(before, diff)).toBe(after);
    }
  });

  it('still gives a correct diff past the change limit (the middle replaced whole)', () => {
    const before = lines(3000, 'old');
    const after = `head\n${lines(3000, 'new')}`;
    expect(applyUnified(before, unifiedDiff(before, after))).toBe(after);
  });
});
