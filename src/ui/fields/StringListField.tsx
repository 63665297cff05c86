import { useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Cancel from '@mui/icons-material/Cancel';
import { formatPath } from '../../core/paths';
import { stringListFrom } from './logic';
import { TextButton, TextInput } from './NativeInputs';
import type { FieldInputProps } from './types';

/** A list of strings as chips; type and press Enter (or Add) to append. */
export function StringListField({ field, value, inputId, describedBy, onChange }: FieldInputProps) {
  const items = stringListFrom(value);
  const [draft, setDraft] = useState('');
  const add = () => {
    if (draft === '') return;
    onChange([...items, draft]);
    setDraft('');
  };
  return (
    <Box>
      {items.length > 0 && (
        <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', p: 0, m: 0, mb: 0.75 }}>
          {items.map((item, i) => (
            <li key={`${i}:${item}`} data-param={formatPath([...field.segs, i])}>
              <Chip
                size="small"
                label={item === '' ? '(empty)' : item}
                onDelete={() => onChange(items.filter((_, j) => j !== i))}
                deleteIcon={<Cancel role="button" aria-label={`Remove ${item} from ${field.path}`} aria-hidden={false} />}
                sx={{ fontFamily: 'monospace', maxWidth: '100%' }}
              />
            </li>
          ))}
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <TextInput
          id={inputId}
          value={draft}
          placeholder="Add an item and press Enter"
          describedBy={describedBy}
          spellCheck={false}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <TextButton outlined onClick={add} aria-label={`Add item to ${field.path}`}>
          Add
        </TextButton>
      </Box>
    </Box>
  );
}
