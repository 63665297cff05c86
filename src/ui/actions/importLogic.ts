// Checking text to import before it touches the values.
import { analyzeValuesText, type LocatedProblem } from '../../core/importValues';
import type { ChartModule, Values } from '../../core/types';
import { decodeUtf8 } from '../../core/utf8';

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

/** What a dialog says of a chosen file it will not read for its size. */
export function tooLargeNote(file: Pick<File, 'name' | 'size'>, maxBytes: number): string {
  return `${file.name} is ${formatBytes(file.size)}; files over ${formatBytes(maxBytes)} are refused.`;
}

/** The text read, or not; either way a note for the dialog to show (`Loaded values.yaml.`). */
export type FileText = { ok: true; text: string; note: string } | { ok: false; note: string };

/**
 * The text of a file chosen or dropped for import, or a note saying why not: over `maxBytes`
 * (checked before reading it), unreadable, or not strict UTF-8 (as helm reads values files;
 * `file.text()` would slip in replacement characters).
 */
export async function readImportFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>, maxBytes = MAX_IMPORT_BYTES): Promise<FileText> {
  if (file.size > maxBytes) return { ok: false, note: tooLargeNote(file, maxBytes) };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, note: `${file.name} could not be read.` };
  }
  const decoded = decodeUtf8(new Uint8Array(buffer));
  return decoded.ok ? { ok: true, text: decoded.text, note: `Loaded ${file.name}.` } : { ok: false, note: `${file.name} cannot be read: ${decoded.error}.` };
}
