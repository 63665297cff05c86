// The objects that differ from the baseline: removed, changed, added. One tab stop; arrow keys,
// Home and End move between entries, Enter or a click shows the object in the diff editor.
import { useState } from 'react';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ObjectChange, ObjectChangeKind } from '../../core/diff';
import { useRovingFocus } from '../rovingFocus';

const MARK: Record<ObjectChangeKind, { sign: string; color: string; word: string }> = {
  added: { sign: '+', color: 'success.main', word: 'added' },
  changed: { sign: '~', color: 'warning.dark', word: 'changed' },
  removed: { sign: '−', color: 'error.main', word: 'removed' },
  unchanged: { sign: '=', color: 'text.secondary', word: 'unchanged' },
};

export interface ChangeOutlineProps {
  changes: readonly ObjectChange[];
  onReveal(change: ObjectChange): void;
}

export function ChangeOutline({ changes, onReveal }: ChangeOutlineProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const focus = Math.min(focusIndex, Math.max(changes.length - 1, 0));
  const { onKeyDown, itemRef } = useRovingFocus(changes.length, focus, setFocusIndex);

  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, py: 1 }} role="status">
        Every object is as in the baseline.
      </Typography>
    );
  }
  return (
    <List dense disablePadding sx={{ overflowY: 'auto', flexGrow: 1 }} onKeyDown={onKeyDown} data-testid="change-outline">
      {changes.map((change, i) => {
        const mark = MARK[change.kind];
        const title = `${change.apiKind}/${change.name}`;
        return (
          <li key={change.key} data-change-kind={change.kind} data-change-key={change.key}>
            <ListItemButton
              ref={itemRef(i)}
              tabIndex={i === focus ? 0 : -1}
              onFocus={() => setFocusIndex(i)}
              onClick={() => onReveal(change)}
              aria-label={`${title} ${mark.word}; show in the diff`}
              sx={{ py: 0.25, gap: 1 }}
            >
              <Box component="span" aria-hidden sx={{ fontFamily: 'monospace', fontWeight: 700, color: mark.color, width: 12, flexShrink: 0 }}>
                {mark.sign}
              </Box>
              {/* The name first: in a narrow list the kind is the part that can be cut. */}
              <ListItemText
                primary={change.name || '(no name)'}
                secondary={`${change.apiKind} · ${mark.word}`}
                slotProps={{
                  primary: { noWrap: true, title, sx: { fontSize: 13 } },
                  secondary: { noWrap: true, title, sx: { fontSize: 11, color: mark.color } },
                }}
              />
            </ListItemButton>
          </li>
        );
      })}
    </List>
  );
}
