// A line diff (Myers' O(ND) algorithm). The preview uses it to update in place while the user has
// folded parts of it (edits keep the folds of unchanged lines, a full `setValue` drops them all); the
// upgrade diff prints unified hunks from it.

/** Old lines `[oldStart, oldStart + oldCount)` (0-based) become `newLines`. */
export interface LineHunk {
  oldStart: number;
  oldCount: number;
  newLines: string[];
}

/**
 * The hunks that turn `a` into `b`, in order and not overlapping; undefined when more than
 * `maxChanges` lines differ (then replacing the whole text is as good and cheaper).
 */
export function diffLines(a: readonly string[], b: readonly string[], maxChanges = 2000): LineHunk[] | undefined {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0) return [{ oldStart: prefix, oldCount: n, newLines: b.slice(prefix, prefix + m) }];

  const A = (i: number) => a[prefix + i];
  const B = (j: number) => b[prefix + j];
  const max = Math.min(n + m, maxChanges);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    // Keep only the diagonals this round can reach, so the trace grows as d², not d·(n+m).
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A(x) === B(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;

  // Walk back from (n, m), collecting the steps that are not on a diagonal.
  const steps: { x: number; y: number; kind: 'del' | 'ins' }[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d]; // V as it was before round d, for diagonals -d..d
    const at = (k: number) => prev[k + d];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    steps.push({ x: prevX, y: prevY, kind: down ? 'ins' : 'del' });
    x = prevX;
    y = prevY;
  }
  steps.reverse();

  // Merge adjacent steps into hunks: a deletion removes a[x]; an insertion adds b[y] before a[x].
  const hunks: LineHunk[] = [];
  for (const s of steps) {
    const last = hunks[hunks.length - 1];
    const oldStart = prefix + s.x;
    if (last && last.oldStart + last.oldCount === oldStart) {
      if (s.kind === 'del') last.oldCount++;
      else last.newLines.push(B(s.y));
    } else {
      hunks.push(s.kind === 'del' ? { oldStart, oldCount: 1, newLines: [] } : { oldStart, oldCount: 0, newLines: [B(s.y)] });
    }
  }
  return hunks;
}
