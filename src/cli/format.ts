// One-line renderings of problems for terminals and CI logs.
import type { Problem } from '../core/types';

export function problemLine(p: Problem & { line?: number }, prefix = ''): string {
  const where = p.params.length ? ` [${p.params.join(', ')}]` : '';
  const line = p.line ? ` (line ${p.line})` : '';
  const why = p.why ? ` ${sentence(p.why)}` : '';
  const fix = p.fix ? ` Fix: ${sentence(p.fix)}` : '';
  const doc = p.doc ? ` (see "${p.doc}")` : '';
  return `${prefix}${p.severity}${where}${line}: ${sentence(p.message)}${why}${fix}${doc}`.replace(/\s*\n\s*/g, ' ');
}

/** Problem texts are written as sentences, some without the final stop; one line reads better with it. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function summaryLine(problems: Problem[]): string {
  const count = (s: Problem['severity']) => problems.filter((p) => p.severity === s).length;
  return `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`;
}
