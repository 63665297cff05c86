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

const sameEntry = (a: OutlineEntry, b: OutlineEntry) => a.line === b.line && a.kind === b.kind && a.name === b.name && a.source === b.source;

function sameOutline(a: OutlineEntry[], b: OutlineEntry[]): boolean {
  return a === b || (a.length === b.length && a.every((e, i) => sameEntry(e, b[i])));
}

interface OutlineRowProps {
  entry: OutlineEntry;
  index: number;
  selected: boolean;
  tabStop: boolean;
  itemRef(index: number): (el: HTMLElement | null) => void;
  onFocusIndex(index: number): void;
  onReveal(entry: OutlineEntry): void;
}

function OutlineRowView({ entry, index, selected, tabStop, itemRef, onFocusIndex, onReveal }: OutlineRowProps) {
  const title = `${entry.kind}/${entry.name}`;
  return (
    <li>
      <ListItemButton
        ref={itemRef(index)}
        tabIndex={tabStop ? 0 : -1}
        selected={selected}
        aria-current={selected ? 'location' : undefined}
        data-line={entry.line}
        onFocus={() => onFocusIndex(index)}
        onClick={() => onReveal(entry)}
        sx={{ py: 0.25 }}
      >
        <ListItemText
          primary={title}
          secondary={entry.source || undefined}
          slotProps={{
            primary: { noWrap: true, title, sx: { fontSize: 13 } },
            secondary: { noWrap: true, title: entry.source, sx: { fontSize: 11 } },
          }}
        />
      </ListItemButton>
    </li>
  );
}

/**
 * One row, re-rendered only when its own entry or state changed: each update brings a new outline
 * (new entry objects), and most keystrokes change a few documents, not all (~10 MUI components a row).
 */
const OutlineRow = memo(
  OutlineRowView,
  (a, b) =>
    sameEntry(a.entry, b.entry) &&
    a.index === b.index &&
    a.selected === b.selected &&
    a.tabStop === b.tabStop &&
    a.itemRef === b.itemRef &&
    a.onFocusIndex === b.onFocusIndex &&
    a.onReveal === b.onReveal,
);

function ResourceOutlineList({ outline, current, focusIndex, onFocusIndex, onReveal }: ResourceOutlineProps) {
  const { onKeyDown, itemRef } = useRovingFocus(outline.length, focusIndex, onFocusIndex);

  return (
    <List dense disablePadding sx={{ overflowY: 'auto', flexGrow: 1 }} onKeyDown={onKeyDown} data-testid="resource-outline">
      {outline.map((entry, i) => (
        // Keyed by position: typing a name (fullnameOverride) renames most documents at once, and a
        // key holding the name would remount every renamed row on each keystroke instead of
        // updating its text. Focus and selection are by index anyway.
        <OutlineRow
          key={i}
          entry={entry}
          index={i}
          selected={i === current}
          tabStop={i === focusIndex}
          itemRef={itemRef}
          onFocusIndex={onFocusIndex}
          onReveal={onReveal}
        />
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
