// One-line renderings of problems for terminals and CI logs.
import type { Problem } from '../core/types';

export function problemLine(p: Problem & { line?: number }, prefix = ''): string {
  const where = p.params.length ? ` [${p.params.join(', ')}]` : '';
  const line = p.line ? ` (line ${p.line})` : '';
  const fix = p.fix ? ` Fix: ${p.fix}` : '';
  const doc = p.doc ? ` (see "${p.doc}")` : '';
  return `${prefix}${p.severity}${where}${line}: ${p.message}${fix}${doc}`.replace(/\s*\n\s*/g, ' ');
}

export function summaryLine(problems: Problem[]): string {
  const count = (s: Problem['severity']) => problems.filter((p) => p.severity === s).length;
  return `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`;
}
