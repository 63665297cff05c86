// Undo and redo as a pure value: past states, the present one and the undone future. Entries are
// references to immutable states (the reducer makes a new state per change), so recording a change
// copies nothing but a short array of references.

/** How many steps back undo can go. */
export const MAX_HISTORY = 100;
/** Changes with the same key closer together than this are one step (a typing burst in one field). */
export const COALESCE_MS = 1000;

export interface History<S> {
  /** Oldest first; the last one is what undo brings back. */
  readonly past: readonly S[];
  readonly present: S;
  /** Nearest first: what redo brings back. */
  readonly future: readonly S[];
  /** The key and time of the last recorded change, for coalescing; cleared by undo and redo. */
  readonly lastKey?: string;
  readonly lastAt?: number;
}

export function startHistory<S>(present: S): History<S> {
  return { past: [], present, future: [] };
}

/**
 * `next` became the present. With the same `key` as the previous change within COALESCE_MS of it,
 * the previous step is extended instead of a new one added. Any new change drops the redo future.
 */
export function record<S>(history: History<S>, next: S, key: string | undefined, now: number): History<S> {
  if (next === history.present) return history;
  const coalesce = key !== undefined && key === history.lastKey && history.lastAt !== undefined && now - history.lastAt < COALESCE_MS;
  if (coalesce && history.past.length > 0) {
    return { past: history.past, present: next, future: [], lastKey: key, lastAt: now };
  }
  const past = history.past.length >= MAX_HISTORY ? [...history.past.slice(history.past.length - MAX_HISTORY + 1), history.present] : [...history.past, history.present];
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}

export function undo<S>(history: History<S>): History<S> {
  if (history.past.length === 0) return history;
  const previous = history.past[history.past.length - 1];
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future].slice(0, MAX_HISTORY) };
}

export function redo<S>(history: History<S>): History<S> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present].slice(-MAX_HISTORY), present: next, future: rest };
}
