import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { deepEqual } from '../../core/values';
import { acceptsNull, numberText, parseNumberInput } from './logic';
import type { FieldInputProps } from './types';

/** Keeps the raw text while the user types; stores only numbers, says why when it cannot. */
export function NumberField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const kind = field.kind === 'integer' ? 'integer' : 'number';
  const nullable = acceptsNull(field.schema);
  const [raw, setRaw] = useState(() => numberText(value));
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState(value);
  if (!deepEqual(seen, value)) {
    // The value changed elsewhere (reset, preset, YAML editor): show it unless the text already means it.
    setSeen(value);
    const current = parseNumberInput(raw, kind, nullable);
    if (!current.ok || current.value !== value) {
      setRaw(numberText(value));
      setError(undefined);
    }
  }
  return (
    <TextField
      id={inputId}
      fullWidth
      value={raw}
      error={invalid || error !== undefined}
      helperText={error}
      onChange={(e) => {
        setRaw(e.target.value);
        const parsed = parseNumberInput(e.target.value, kind, nullable);
        setError(parsed.ok ? undefined : parsed.error);
        if (parsed.ok) onChange(parsed.value);
      }}
      slotProps={{
        htmlInput: { inputMode: kind === 'integer' ? 'numeric' : 'decimal', 'aria-describedby': describedBy, 'aria-invalid': invalid || error !== undefined },
      }}
    />
  );
}
