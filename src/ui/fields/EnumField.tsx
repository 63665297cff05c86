import { enumValues } from '../../core/schemaNode';
import { deepEqual } from '../../core/values';
import { enumOptions } from './logic';
import { SelectInput } from './NativeInputs';
import type { FieldInputProps } from './types';

const INVALID_KEY = '\u0000invalid';

export function EnumField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const options = enumOptions(enumValues(field.schema) ?? []);
  const index = options.findIndex((o) => deepEqual(o.value, value));
  return (
    <SelectInput
      id={inputId}
      value={index < 0 ? INVALID_KEY : options[index].key}
      // An optional choice left unset is not an error (the chart's own default applies); only a
      // value outside the choices, or a problem the checks report, marks the field invalid.
      invalid={invalid || (index < 0 && value !== undefined && value !== null)}
      describedBy={describedBy}
      onChange={(e) => {
        const chosen = options.find((o) => o.key === e.target.value);
        if (chosen) onChange(chosen.value);
      }}
    >
      {index < 0 && <option value={INVALID_KEY}>{value === undefined || value === null ? '(not set)' : `${JSON.stringify(value)} (not allowed)`}</option>}
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </SelectInput>
  );
}
