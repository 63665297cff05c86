// Undo and redo for one values store: every action that changed the state is recorded (a typing
// burst in one field is one step), and undo/redo dispatch the kept state back as a named action.
import { restoreHistory, type Action } from './actions';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './history';
import type { ValuesState } from './reducer';
import type { ValuesStore } from './store';

/** What the header buttons and the keyboard shortcuts drive (a chart page or the stack page). */
export interface UndoRedo {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
  subscribe(listener: () => void): () => void;
}

export interface ValuesHistory extends UndoRedo {
  getHistory(): History<ValuesState>;
  stop(): void;
}

/**
 * The buttons' side of a history the caller keeps and records into (a chart page's store, the
 * stack page): the API over `current()`, the listeners, and `recorded` to tell them when a new
 * step changed whether undo or redo can act (not on every step: typing would re-render them).
 */
export function undoRedoControls<S>(current: () => History<S>, travel: (next: History<S>, direction: 'undo' | 'redo') => void) {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const controls: UndoRedo & { getHistory(): History<S> } = {
    canUndo: () => canUndo(current()),
    canRedo: () => canRedo(current()),
    undo: () => travel(undo(current()), 'undo'),
    redo: () => travel(redo(current()), 'redo'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getHistory: current,
  };
  const recorded = (before: History<S>, after: History<S>) => {
    if (canUndo(before) !== canUndo(after) || canRedo(before) !== canRedo(after)) notify();
  };
  return { controls, notify, recorded };
}

/** Changes with the same key close together are one undo step. */
export function coalesceKey(action: Action): string | undefined {
  switch (action.type) {
    case 'setValue':
      return `set\u0000${action.path}`;
    case 'replaceValues':
      // The editor reports typing debounced; a burst of it is one step.
      return action.source === 'yaml-editor' ? 'yaml-editor' : undefined;
    case 'setRelease':
      return `release\u0000${Object.keys(action.release).sort().join(',')}`;
    default:
      return undefined;
  }
}

/**
 * Records `store`'s changes from now on. `restored` is a history kept from an earlier visit; it is
 * used only when its present is the store's state (otherwise the steps would not lead here).
 */
export function attachHistory(store: ValuesStore, restored?: History<ValuesState>, now: () => number = Date.now): ValuesHistory {
  const start = store.getState();
  let history: History<ValuesState> = restored ? { past: restored.past, present: start, future: restored.future } : startHistory(start);
  const { controls, notify, recorded } = undoRedoControls(() => history, (next, direction) => travel(next, direction));
  // Actions dispatched together (a link sets values and release) are one step: the first of a tick
  // records, the rest of that tick extend it.
  let tickOpen = false;
  const stopRecording = store.onAction((action, state) => {
    if (action.type === 'restoreHistory') return;
    const before = history;
    if (tickOpen && history.past.length > 0) {
      history = { ...history, present: state, future: [] };
      return;
    }
    tickOpen = true;
    queueMicrotask(() => {
      tickOpen = false;
    });
    history = record(history, state, coalesceKey(action), now());
    recorded(before, history);
  });
  const travel = (next: History<ValuesState>, direction: 'undo' | 'redo') => {
    if (next === history) return;
    history = next;
    store.dispatch(restoreHistory(next.present, direction));
    // The reducer may refuse a state (depth cap): the present is whatever the store holds.
    history = { ...history, present: store.getState() };
    notify();
  };
  return { ...controls, stop: stopRecording };
}
