import { node } from '../../core/schemaNode';
import { acceptsNull, stringFromInput, textRows } from './logic';
import { TextArea, TextInput } from './NativeInputs';
import type { FieldInputProps } from './types';

export function StringField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const multiline = node(field.schema)['x-widget'] === 'textarea';
  const nullable = acceptsNull(field.schema);
  const text = value === null || value === undefined ? '' : String(value);
  const common = {
    id: inputId,
    value: text,
    placeholder: value === null ? 'null' : undefined,
    invalid,
    describedBy,
    spellCheck: false,
  };
  return multiline ? (
    <TextArea {...common} rows={textRows(text, 2, 12)} onChange={(e) => onChange(stringFromInput(e.target.value, nullable, field.defaultValue))} />
  ) : (
    <TextInput {...common} onChange={(e) => onChange(stringFromInput(e.target.value, nullable, field.defaultValue))} />
  );
}
