import TextField from '@mui/material/TextField';
import { acceptsNull, parseIntOrString } from './logic';
import type { FieldInputProps } from './types';

/** Ports and budgets that are a number or a name/percentage: whole numbers are stored as numbers. */
export function IntOrStringField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const nullable = acceptsNull(field.schema);
  return (
    <TextField
      id={inputId}
      fullWidth
      value={value === null || value === undefined ? '' : String(value)}
      error={invalid}
      onChange={(e) => onChange(parseIntOrString(e.target.value, nullable))}
      slotProps={{ htmlInput: { 'aria-describedby': describedBy, spellCheck: false } }}
    />
  );
}
