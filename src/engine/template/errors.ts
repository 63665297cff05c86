// Errors of parsing and executing templates, worded exactly as Go's text/template words them, with
// the parts kept apart so helm's layer can reword them (`parse error at (NAME:LINE): MSG`,
// `execution error at (NAME:LINE:COL): MSG`).
import { quote } from '../go/strconv';

export interface TemplateErrorParts {
  kind: 'parse' | 'exec';
  /** The file the location is in (Go's ParseName: a define'd template reports the file it is in). */
  templateName: string;
  /** 1-based line; 0 when Go prints no location (e.g. an unknown template name). */
  line: number;
  /** Exec errors: Go's column, the byte offset of the node in its line (0-based). */
  col?: number;
  /** Exec errors: the template being executed (a define'd name or the file). */
  executing?: string;
  /** Exec errors: the node Go names in `<...>`. */
  nodeText?: string;
  /** The message itself, after Go's location prefix. */
  reason: string;
  /** For `error calling NAME: ...`: the function's name. */
  funcName?: string;
  /** For `error calling NAME: ...`: what the function threw. */
  cause?: unknown;
}

export class TemplateError extends Error {
  readonly kind: 'parse' | 'exec';
  readonly templateName: string;
  readonly line: number;
  readonly col: number | undefined;
  readonly executing: string | undefined;
  readonly nodeText: string | undefined;
  readonly reason: string;
  readonly funcName: string | undefined;
  override readonly cause: unknown;

  constructor(parts: TemplateErrorParts, message?: string) {
    super(message ?? formatTemplateError(parts));
    this.name = 'TemplateError';
    this.kind = parts.kind;
    this.templateName = parts.templateName;
    this.line = parts.line;
    this.col = parts.col;
    this.executing = parts.executing;
    this.nodeText = parts.nodeText;
    this.reason = parts.reason;
    this.funcName = parts.funcName;
    this.cause = parts.cause;
  }
}

/** Go's text: `template: NAME:LINE: MSG` or `template: NAME:LINE:COL: executing "X" at <N>: MSG`. */
export function formatTemplateError(p: TemplateErrorParts): string {
  if (p.line === 0) return `template: ${p.templateName}: ${p.reason}`;
  if (p.kind === 'parse') return `template: ${p.templateName}:${p.line}: ${p.reason}`;
  return `template: ${p.templateName}:${p.line}:${p.col ?? 0}: executing ${quote(p.executing ?? '')} at <${p.nodeText ?? ''}>: ${p.reason}`;
}
