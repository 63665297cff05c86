import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Close from '@mui/icons-material/Close';
import { formatPath } from '../../core/paths';
import { deepEqual } from '../../core/values';
import { mapFromRows, rowsDescribe, rowsFromMap, type KeyValueRow } from './logic';
import type { FieldInputProps } from './types';

/** A string map (labels, annotations, env) as rows of key and value. */
export function KeyValueField({ field, value, inputId, describedBy, onChange }: FieldInputProps) {
  const [rows, setRows] = useState<KeyValueRow[]>(() => rowsFromMap(value));
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState(value);
  if (!deepEqual(seen, value)) {
    setSeen(value);
    if (!rowsDescribe(rows, value)) {
      setRows(rowsFromMap(value));
      setError(undefined);
    }
  }
  const update = (next: KeyValueRow[]) => {
    setRows(next);
    const parsed = mapFromRows(next);
    setError(parsed.ok ? undefined : parsed.error);
    if (parsed.ok) onChange(parsed.value);
  };
  const change = (i: number, patch: Partial<KeyValueRow>) => update(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Box role="group" aria-describedby={describedBy}>
      {rows.map((row, i) => (
        <Box key={i} sx={{ display: 'flex', gap: 1, mb: 0.75 }} data-param={row.key ? formatPath([...field.segs, row.key]) : undefined}>
          <TextField
            id={i === 0 ? inputId : undefined}
            value={row.key}
            placeholder="key"
            sx={{ flex: '1 1 45%' }}
            onChange={(e) => change(i, { key: e.target.value })}
            slotProps={{ htmlInput: { 'aria-label': `Key ${i + 1} of ${field.path}`, spellCheck: false } }}
          />
          <TextField
            value={row.value}
            placeholder="value"
            sx={{ flex: '1 1 55%' }}
            onChange={(e) => change(i, { value: e.target.value })}
            slotProps={{ htmlInput: { 'aria-label': `Value of ${row.key || `key ${i + 1}`} in ${field.path}`, spellCheck: false } }}
          />
          <IconButton aria-label={`Remove ${row.key || `row ${i + 1}`} from ${field.path}`} onClick={() => update(rows.filter((_, j) => j !== i))}>
            <Close fontSize="small" />
          </IconButton>
        </Box>
      ))}
      {error && <FormHelperText error>{error}</FormHelperText>}
      <Button
        variant="outlined"
        id={rows.length === 0 ? inputId : undefined}
        onClick={() => setRows([...rows, { key: '', value: '' }])}
        aria-label={`Add entry to ${field.path}`}
      >
        Add entry
      </Button>
    </Box>
  );
}
