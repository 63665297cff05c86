import Switch from '@mui/material/Switch';
import type { FieldInputProps } from './types';

export function BooleanField({ value, inputId, describedBy, onChange }: FieldInputProps) {
  return (
    <Switch
      size="small"
      checked={value === true}
      onChange={(e) => onChange(e.target.checked)}
      slotProps={{ input: { id: inputId, 'aria-describedby': describedBy } }}
    />
  );
}
