import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { acceptsNull, stringFromInput } from './logic';
import { TextInput } from './NativeInputs';
import type { FieldInputProps } from './types';

/** A password input: hidden by default, with a toggle; never offered to password managers. */
export function SecretField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const [shown, setShown] = useState(false);
  const nullable = acceptsNull(field.schema);
  return (
    <TextInput
      id={inputId}
      type={shown ? 'text' : 'password'}
      autoComplete="new-password"
      value={value === null || value === undefined ? '' : String(value)}
      invalid={invalid}
      describedBy={describedBy}
      spellCheck={false}
      onChange={(e) => onChange(stringFromInput(e.target.value, nullable, field.defaultValue))}
      end={
        <IconButton
          aria-label={`${shown ? 'Hide' : 'Show'} ${field.path}`}
          aria-pressed={shown}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
        </IconButton>
      }
    />
  );
}
