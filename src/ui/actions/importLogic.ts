// Checking text to import before it touches the values.
import { analyzeValuesText, type LocatedProblem } from '../../core/importValues';
import type { ChartModule, Values } from '../../core/types';

export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportCheck =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'invalid'; problems: LocatedProblem[] }
  | { kind: 'ready'; values: Values; problems: LocatedProblem[] };

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function checkImport(chart: ChartModule<Values>, text: string): ImportCheck {
  if (text.trim() === '') return { kind: 'empty' };
  // Length in UTF-16 units is a cheap lower bound; only count bytes near the limit.
  if (text.length > MAX_IMPORT_BYTES || (text.length > MAX_IMPORT_BYTES / 4 && byteLength(text) > MAX_IMPORT_BYTES)) {
    return { kind: 'too-large', bytes: byteLength(text) };
  }
  const result = analyzeValuesText(chart, text);
  if (!result.values) return { kind: 'invalid', problems: result.problems };
  return { kind: 'ready', values: result.values, problems: result.problems };
}

export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}
