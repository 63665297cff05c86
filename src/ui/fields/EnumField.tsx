import TextField from '@mui/material/TextField';
import { enumValues } from '../../core/schemaNode';
import { deepEqual } from '../../core/values';
import { enumOptions } from './logic';
import type { FieldInputProps } from './types';

const INVALID_KEY = '\u0000invalid';

/** A native select: quick with the keyboard and for automation (selectOption). */
export function EnumField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const options = enumOptions(enumValues(field.schema) ?? []);
  const index = options.findIndex((o) => deepEqual(o.value, value));
  return (
    <TextField
      id={inputId}
      select
      fullWidth
      value={index < 0 ? INVALID_KEY : options[index].key}
      // An optional choice left unset is not an error (the chart's own default applies); only a
      // value outside the choices, or a problem the checks report, marks the field invalid.
      error={invalid || (index < 0 && value !== undefined && value !== null)}
      onChange={(e) => {
        const chosen = options.find((o) => o.key === e.target.value);
        if (chosen) onChange(chosen.value);
      }}
      slotProps={{ select: { native: true }, htmlInput: { 'aria-describedby': describedBy } }}
    >
      {index < 0 && <option value={INVALID_KEY}>{value === undefined || value === null ? '(not set)' : `${JSON.stringify(value)} (not allowed)`}</option>}
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}
