import TextField from '@mui/material/TextField';
import { node } from '../../core/schemaNode';
import { acceptsNull, stringFromInput } from './logic';
import type { FieldInputProps } from './types';

export function StringField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const multiline = node(field.schema)['x-widget'] === 'textarea';
  const nullable = acceptsNull(field.schema);
  return (
    <TextField
      id={inputId}
      fullWidth
      value={value === null || value === undefined ? '' : String(value)}
      placeholder={value === null ? 'null' : undefined}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      maxRows={multiline ? 12 : undefined}
      error={invalid}
      onChange={(e) => onChange(stringFromInput(e.target.value, nullable, field.defaultValue))}
      slotProps={{ htmlInput: { 'aria-describedby': describedBy, spellCheck: false } }}
    />
  );
}
