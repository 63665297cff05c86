import { useState } from 'react';
import { deepEqual } from '../../core/values';
import { acceptsNull, numberText, parseNumberInput } from './logic';
import { TextInput } from './NativeInputs';
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
    <TextInput
      id={inputId}
      value={raw}
      invalid={invalid || error !== undefined}
      helperText={error}
      describedBy={describedBy}
      inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
      onChange={(e) => {
        setRaw(e.target.value);
        const parsed = parseNumberInput(e.target.value, kind, nullable);
        setError(parsed.ok ? undefined : parsed.error);
        if (parsed.ok) onChange(parsed.value);
      }}
    />
  );
}
