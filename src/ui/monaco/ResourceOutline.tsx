// The list of documents in the preview (kind/name and source template); one tab stop, arrow keys
// move between entries, Enter or a click jumps to the entry.
import { memo } from 'react';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import type { OutlineEntry } from '../../core/render';
import { useRovingFocus } from '../rovingFocus';

export interface ResourceOutlineProps {
  outline: OutlineEntry[];
  /** Index of the entry shown at the top of the preview. */
  current: number;
  /** Index of the entry that holds the list's tab stop. */
  focusIndex: number;
  onFocusIndex(index: number): void;
  onReveal(entry: OutlineEntry): void;
}

function sameOutline(a: OutlineEntry[], b: OutlineEntry[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((e, i) => e.line === b[i].line && e.kind === b[i].kind && e.name === b[i].name && e.source === b[i].source))
  );
}

function ResourceOutlineList({ outline, current, focusIndex, onFocusIndex, onReveal }: ResourceOutlineProps) {
  const { onKeyDown, itemRef } = useRovingFocus(outline.length, focusIndex, onFocusIndex);

  return (
    <List dense disablePadding sx={{ overflowY: 'auto', flexGrow: 1 }} onKeyDown={onKeyDown} data-testid="resource-outline">
      {outline.map((entry, i) => (
        <li key={`${entry.line}:${entry.kind}/${entry.name}`}>
          <ListItemButton
            ref={itemRef(i)}
            tabIndex={i === focusIndex ? 0 : -1}
            selected={i === current}
            aria-current={i === current ? 'location' : undefined}
            data-line={entry.line}
            onFocus={() => onFocusIndex(i)}
            onClick={() => onReveal(entry)}
            sx={{ py: 0.25 }}
          >
            <ListItemText
              primary={`${entry.kind}/${entry.name}`}
              secondary={entry.source || undefined}
              slotProps={{
                primary: { noWrap: true, title: `${entry.kind}/${entry.name}`, sx: { fontSize: 13 } },
                secondary: { noWrap: true, title: entry.source, sx: { fontSize: 11 } },
              }}
            />
          </ListItemButton>
        </li>
      ))}
    </List>
  );
}

/**
 * Re-renders only when an entry really changed: most keystrokes change a value inside a document,
 * not the documents, and re-rendering ~40 list items would cost more than the editor update.
 */
export default memo(
  ResourceOutlineList,
  (a, b) =>
    sameOutline(a.outline, b.outline) &&
    a.current === b.current &&
    a.focusIndex === b.focusIndex &&
    a.onFocusIndex === b.onFocusIndex &&
    a.onReveal === b.onReveal,
);
