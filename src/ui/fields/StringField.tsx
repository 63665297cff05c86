import TextField from '@mui/material/TextField';
import { node } from '../../core/schemaNode';
import { acceptsNull, stringFromInput, textRows } from './logic';
import type { FieldInputProps } from './types';
import { PLAIN_TEXTAREA } from './YamlField';

export function StringField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const multiline = node(field.schema)['x-widget'] === 'textarea';
  const nullable = acceptsNull(field.schema);
  const text = value === null || value === undefined ? '' : String(value);
  return (
    <TextField
      id={inputId}
      fullWidth
      value={text}
      placeholder={value === null ? 'null' : undefined}
      error={invalid}
      onChange={(e) => onChange(stringFromInput(e.target.value, nullable, field.defaultValue))}
      slotProps={
        multiline
          ? { input: PLAIN_TEXTAREA, htmlInput: { 'aria-describedby': describedBy, spellCheck: false, rows: textRows(text, 2, 12), style: { height: 'auto', resize: 'vertical' } } }
          : { htmlInput: { 'aria-describedby': describedBy, spellCheck: false } }
      }
    />
  );
}
