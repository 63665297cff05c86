import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Close from '@mui/icons-material/Close';
import { formatPath } from '../../core/paths';
import { useKeyValueRows } from './useKeyValueRows';
import type { FieldInputProps } from './types';

/** A string map (labels, annotations, env) as rows of key and value. */
export function KeyValueField({ field, value, inputId, describedBy, onChange }: FieldInputProps) {
  const { rows, error, change, remove, add } = useKeyValueRows(value, onChange);
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
          <IconButton aria-label={`Remove ${row.key || `row ${i + 1}`} from ${field.path}`} onClick={() => remove(i)}>
            <Close fontSize="small" />
          </IconButton>
        </Box>
      ))}
      {error && <FormHelperText error>{error}</FormHelperText>}
      <Button
        variant="outlined"
        id={rows.length === 0 ? inputId : undefined}
        onClick={add}
        aria-label={`Add entry to ${field.path}`}
      >
        Add entry
      </Button>
    </Box>
  );
}
