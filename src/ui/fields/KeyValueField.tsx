import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Close from '@mui/icons-material/Close';
import { formatPath } from '../../core/paths';
import { TextButton, TextInput } from './NativeInputs';
import { useKeyValueRows } from './useKeyValueRows';
import type { FieldInputProps } from './types';

/** A string map (labels, annotations, env) as rows of key and value. */
export function KeyValueField({ field, value, inputId, describedBy, onChange }: FieldInputProps) {
  const { rows, error, change, remove, add } = useKeyValueRows(value, onChange);
  return (
    <Box role="group" aria-describedby={describedBy}>
      {rows.map((row, i) => (
        <Box key={i} sx={{ display: 'flex', gap: 1, mb: 0.75 }} data-param={row.key ? formatPath([...field.segs, row.key]) : undefined}>
          <div style={{ flex: '1 1 45%', minWidth: 0 }}>
            <TextInput
              id={i === 0 ? inputId : `${inputId}-key-${i}`}
              value={row.key}
              placeholder="key"
              spellCheck={false}
              aria-label={`Key ${i + 1} of ${field.path}`}
              onChange={(e) => change(i, { key: e.target.value })}
            />
          </div>
          <div style={{ flex: '1 1 55%', minWidth: 0 }}>
            <TextInput
              id={`${inputId}-value-${i}`}
              value={row.value}
              placeholder="value"
              spellCheck={false}
              aria-label={`Value of ${row.key || `key ${i + 1}`} in ${field.path}`}
              onChange={(e) => change(i, { value: e.target.value })}
            />
          </div>
          <IconButton aria-label={`Remove ${row.key || `row ${i + 1}`} from ${field.path}`} onClick={() => remove(i)}>
            <Close fontSize="small" />
          </IconButton>
        </Box>
      ))}
      {error && <FormHelperText error>{error}</FormHelperText>}
      <TextButton
        outlined
        id={rows.length === 0 ? inputId : undefined}
        onClick={add}
        aria-label={`Add entry to ${field.path}`}
      >
        Add entry
      </TextButton>
    </Box>
  );
}
