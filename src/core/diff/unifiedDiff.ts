// The text `diff -u` prints for two texts (GNU's format: `---`/`+++` labels, `@@ -l,n +l,n @@`
// hunks with `context` unchanged lines around the changes), built on the Myers line diff.
import { diffLines, type LineHunk } from './lineDiff';

/** Past this many changed lines the Myers trace would grow too large; the middle is then replaced whole. */
const MAX_CHANGED_LINES = 2000;

const NO_NEWLINE = '\\ No newline at end of file';

interface Side {
  lines: string[];
  /** The text's last line has no final newline. */
  noEol: boolean;
}

function sideOf(text: string): Side {
  if (text === '') return { lines: [], noEol: false };
  const lines = text.split('\n');
  const noEol = lines[lines.length - 1] !== '';
  if (!noEol) lines.pop();
  return { lines, noEol };
}

/** One replacement of everything between the common first and last lines (when Myers gives up). */
function wholeMiddle(a: readonly string[], b: readonly string[]): LineHunk[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return [{ oldStart: prefix, oldCount: a.length - prefix - suffix, newLines: b.slice(prefix, b.length - suffix) }];
}

/** GNU's range: `start,count`, `start` alone for one line, the line before for an empty range. */
function range(start0: number, count: number): string {
  if (count === 1) return `${start0 + 1}`;
  return `${count === 0 ? start0 : start0 + 1},${count}`;
}

/**
 * A unified diff of two texts; '' when they are equal. Lines differ by exact content (a missing final
 * newline is marked as diff marks it). Labels default to `a` and `b`.
 */
export function unifiedDiff(beforeText: string, afterText: string, labels: { from: string; to: string } = { from: 'a', to: 'b' }, context = 3): string {
  const a = sideOf(beforeText);
  const b = sideOf(afterText);
  // A lost or added final newline changes the last line: compare it with a marker so it shows.
  const aLines = a.noEol ? [...a.lines.slice(0, -1), `${a.lines[a.lines.length - 1]}\n${NO_NEWLINE}`] : a.lines;
  const bLines = b.noEol ? [...b.lines.slice(0, -1), `${b.lines[b.lines.length - 1]}\n${NO_NEWLINE}`] : b.lines;
  const hunks = diffLines(aLines, bLines, MAX_CHANGED_LINES) ?? wholeMiddle(aLines, bLines);
  if (hunks.length === 0) return '';
  const ctx = Math.max(0, Math.floor(context));

  const out = [`--- ${labels.from}`, `+++ ${labels.to}`];
  let i = 0;
  let shift = 0; // new line index = old line index + shift, before hunk i
  while (i < hunks.length) {
    // Hunks closer than two contexts share one @@ block.
    let j = i;
    let groupShift = shift;
    while (j + 1 < hunks.length && hunks[j + 1].oldStart - (hunks[j].oldStart + hunks[j].oldCount) <= 2 * ctx) {
      groupShift += hunks[j].newLines.length - hunks[j].oldCount;
      j++;
    }
    const first = hunks[i];
    const last = hunks[j];
    const oldFrom = Math.max(0, first.oldStart - ctx);
    const oldTo = Math.min(aLines.length, last.oldStart + last.oldCount + ctx);
    const body: string[] = [];
    let at = oldFrom;
    let newCount = 0;
    for (let h = i; h <= j; h++) {
      const hunk = hunks[h];
      for (; at < hunk.oldStart; at++, newCount++) body.push(` ${aLines[at]}`);
      for (let k = 0; k < hunk.oldCount; k++, at++) body.push(`-${aLines[at]}`);
      for (const line of hunk.newLines) {
        body.push(`+${line}`);
        newCount++;
      }
    }
    for (; at < oldTo; at++, newCount++) body.push(` ${aLines[at]}`);
    out.push(`@@ -${range(oldFrom, oldTo - oldFrom)} +${range(oldFrom + shift, newCount)} @@`, ...body);
    shift = groupShift + last.newLines.length - last.oldCount;
    i = j + 1;
  }
  return `${out.join('\n')}\n`;
}
