import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { acceptsNull, stringFromInput } from './logic';
import type { FieldInputProps } from './types';

/** A password input: hidden by default, with a toggle; never offered to password managers. */
export function SecretField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  const [shown, setShown] = useState(false);
  const nullable = acceptsNull(field.schema);
  return (
    <TextField
      id={inputId}
      fullWidth
      type={shown ? 'text' : 'password'}
      autoComplete="new-password"
      value={value === null || value === undefined ? '' : String(value)}
      error={invalid}
      onChange={(e) => onChange(stringFromInput(e.target.value, nullable, field.defaultValue))}
      slotProps={{
        htmlInput: { 'aria-describedby': describedBy, spellCheck: false },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                aria-label={`${shown ? 'Hide' : 'Show'} ${field.path}`}
                aria-pressed={shown}
                onClick={() => setShown((s) => !s)}
                edge="end"
              >
                {shown ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
