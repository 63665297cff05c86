import TextField from '@mui/material/TextField';
import { enumValues } from '../../core/schemaNode';
import { deepEqual } from '../../core/values';
import { enumOptions } from './logic';
import type { FieldInputProps } from './types';

/** A native select: quick with the keyboard and for automation (selectOption). */
export function EnumField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const options = enumOptions(enumValues(field.schema) ?? []);
  const index = options.findIndex((o) => deepEqual(o.value, value));
  return (
    <TextField
      id={inputId}
      select
      fullWidth
      value={index < 0 ? 'invalid' : String(index)}
      error={invalid || index < 0}
      onChange={(e) => {
        const chosen = options[Number(e.target.value)];
        if (chosen) onChange(chosen.value);
      }}
      slotProps={{ select: { native: true }, htmlInput: { 'aria-describedby': describedBy } }}
    >
      {index < 0 && <option value="invalid">{`${JSON.stringify(value)} (not allowed)`}</option>}
      {options.map((o, i) => (
        <option key={o.label} value={String(i)}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}
