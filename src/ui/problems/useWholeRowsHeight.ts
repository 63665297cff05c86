// The problems list gets at most a share of the window's height, but never ends inside a problem:
// its height is that of the first rows that fit whole (at least one), so a reader never meets a
// sentence cut in half; the scrollbar says there is more. Rows snap to the top while scrolling.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Height in px the list may take: the sum of the first row heights within `budget` (at least the first row). */
export function wholeRowsHeight(rowHeights: readonly number[], budget: number): number | undefined {
  if (rowHeights.length === 0) return undefined;
  let total = 0;
  for (const [i, h] of rowHeights.entries()) {
    if (i > 0 && total + h > budget) return total;
    total += h;
  }
  return undefined; // Everything fits: no cap.
}

/** Watches the list's rows and the window; returns the max-height for the scroll box, or undefined. */
export function useWholeRowsHeight(listRef: RefObject<HTMLElement | null>, budgetShare: number, minBudget: number): number | undefined {
  const [height, setHeight] = useState<number | undefined>();
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const rows = Array.from(list.children).map((row) => (row as HTMLElement).getBoundingClientRect().height);
      const budget = Math.max(minBudget, window.innerHeight * budgetShare);
      setHeight(wholeRowsHeight(rows, budget));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  });
  return height;
}
