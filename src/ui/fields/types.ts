// What every field input receives from the field shell.
import type { FieldInfo } from '../../core/schemaWalk';

export interface FieldInputProps {
  field: FieldInfo;
  /** The effective value (chart default merged with the user's values). */
  value: unknown;
  /** id of the input element; the shell's <label> points at it. */
  inputId: string;
  labelId: string;
  /** id of the description, for aria-describedby. */
  describedBy: string;
  /** The field has an error-level problem. */
  invalid: boolean;
  onChange(value: unknown): void;
}

/** A DOM id for a value path (paths hold dots, brackets and slashes). */
export function domIdFor(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}
