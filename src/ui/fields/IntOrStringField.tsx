import { acceptsNull, parseIntOrString } from './logic';
import { TextInput } from './NativeInputs';
import type { FieldInputProps } from './types';

/** Ports and budgets that are a number or a name/percentage: whole numbers are stored as numbers. */
export function IntOrStringField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const nullable = acceptsNull(field.schema);
  return (
    <TextInput
      id={inputId}
      value={value === null || value === undefined ? '' : String(value)}
      invalid={invalid}
      describedBy={describedBy}
      spellCheck={false}
      onChange={(e) => onChange(parseIntOrString(e.target.value, nullable))}
    />
  );
}
