// A list with one tab stop (a "roving" tabindex): arrow keys, Home and End move the focus between
// its entries. The outlines of the preview and of the Compare tab work this way.
import { useCallback, useRef, type KeyboardEvent } from 'react';

/** The entry a key moves the focus to from `focus` in a list of `count`; undefined: not ours. */
export function rovingTarget(key: string, focus: number, count: number): number | undefined {
  const last = count - 1;
  if (last < 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(focus + 1, last);
    case 'ArrowUp':
      return Math.max(focus - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/**
 * The list's key handler and each entry's ref. `focus` is the entry holding the tab stop (the
 * caller keeps it: `tabIndex={i === focus ? 0 : -1}`), `onFocusIndex` moves it.
 */
export function useRovingFocus(count: number, focus: number, onFocusIndex: (index: number) => void) {
  const itemRefs = useRef<(HTMLElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const next = rovingTarget(e.key, focus, count);
    if (next === undefined) return;
    e.preventDefault();
    onFocusIndex(next);
    itemRefs.current[next]?.focus();
  };
  // Stable, so a memoised entry that gets it re-renders only when its own props change.
  const itemRef = useCallback(
    (index: number) => (el: HTMLElement | null) => {
      itemRefs.current[index] = el;
    },
    [],
  );
  return { onKeyDown, itemRef };
}
