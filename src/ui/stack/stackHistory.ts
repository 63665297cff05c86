// Undo and redo for the stack page: a step is the whole stack (releases, their values, bindings) as
// the core sees it, which the stack store already builds once per change, so recording costs a
// reference. Everything one user action changes at once (unbinding writes several values) is one
// step; typing in one field of one release is one step per burst, as on a chart page.
import type { ChartResolver, Stack } from '../../core/bundle';
import { deepEqual } from '../../core/values';
import { restoreHistory } from '../state/actions';
import { record, startHistory, type History } from '../state/history';
import { decodeHistory, encodeHistory, readStored, storeHistoryText } from '../state/historyPersistence';
import { coalesceKey, undoRedoControls, type UndoRedo } from '../state/historyStore';
import type { KeyValueStorage } from '../state/persistence';
import { loadSavedStack, saveStack } from './model';
import type { BindingRef, StackStore } from './stackStore';

export interface StackSnapshot {
  stack: Stack;
  /** Name of the release that was open (used when undo brings back a removed release). */
  selected?: string;
}

export interface StackHistory extends UndoRedo {
  getHistory(): History<StackSnapshot>;
  stop(): void;
}

function selectedName(stack: StackStore): string | undefined {
  const id = stack.getState().selected;
  return id === undefined ? undefined : stack.nameOf(id);
}

const sameBinding = (a: BindingRef, b: BindingRef) => a.consumer === b.consumer && a.point === b.point && a.provider === b.provider;

/**
 * Brings `target` back. With the same releases (same charts in the same places) each release keeps
 * its store, so the page does not remount; otherwise the stack is replaced.
 */
function apply(stack: StackStore, target: StackSnapshot, direction: 'undo' | 'redo'): void {
  const { entries, bindings } = stack.getState();
  const releases = target.stack.releases;
  const sameShape = entries.length === releases.length && entries.every((e, i) => e.chart.id === releases[i].chart);
  if (!sameShape) {
    stack.replace(target.stack, target.selected ?? selectedName(stack));
    return;
  }
  const idOf = (name: string) => entries[releases.findIndex((r) => r.name === name)]?.id;
  const wanted = target.stack.bindings
    .map((b) => ({ consumer: idOf(b.consumer), point: b.point, provider: idOf(b.provider) }))
    .filter((b): b is BindingRef => b.consumer !== undefined && b.provider !== undefined);
  // Unbinding writes the bound values as the release's own; the values set below replace them.
  for (const b of bindings) if (!wanted.some((w) => sameBinding(w, b))) stack.unbind(b.consumer, b.point);
  for (const w of wanted) if (!bindings.some((b) => sameBinding(w, b))) stack.bind(w.consumer, w.point, w.provider);
  releases.forEach((r, i) => {
    const store = entries[i].store;
    const now = store.getState();
    const release = { name: r.name, namespace: r.namespace };
    if (deepEqual(now.userValues, r.values) && deepEqual(now.release, release)) return;
    store.dispatch(restoreHistory({ userValues: structuredClone(r.values), release }, direction));
  });
}

export function attachStackHistory(stack: StackStore, restored?: History<StackSnapshot>, now: () => number = Date.now): StackHistory {
  const snapshot = (): StackSnapshot => {
    const selected = selectedName(stack);
    return { stack: stack.toStack(), ...(selected !== undefined ? { selected } : {}) };
  };
  let history: History<StackSnapshot> = restored ? { ...restored, present: snapshot() } : startHistory(snapshot());
  const { controls, notify, recorded } = undoRedoControls(() => history, (next, direction) => travel(next, direction));
  let restoring = false;
  let scheduled = false;
  /** The coalescing keys of the actions since the last step (a one-off action gets a unique one). */
  const keys = new Set<string>();
  let oneOff = 0;
  const watched = new Map<string, () => void>();

  const flush = () => {
    scheduled = false;
    const current = stack.toStack();
    const only = keys.size === 1 ? [...keys][0] : undefined;
    keys.clear();
    if (current === history.present.stack) return;
    const before = history;
    history = record(history, snapshot(), only, now());
    recorded(before, history);
  };

  // Each release's actions say which field changed, for coalescing a typing burst.
  const watchEntries = () => {
    const ids = new Set(stack.getState().entries.map((e) => e.id));
    for (const [id, stop] of watched) {
      if (!ids.has(id)) {
        stop();
        watched.delete(id);
      }
    }
    for (const entry of stack.getState().entries) {
      if (watched.has(entry.id)) continue;
      watched.set(entry.id, entry.store.onAction((action) => {
        if (restoring) return;
        keys.add(`${entry.id}\u0001${coalesceKey(action) ?? `once-${oneOff++}`}`);
      }));
    }
  };
  watchEntries();

  const unsubscribe = stack.subscribe(() => {
    watchEntries();
    if (restoring || scheduled) return;
    scheduled = true;
    queueMicrotask(flush);
  });

  const travel = (next: History<StackSnapshot>, direction: 'undo' | 'redo') => {
    if (next === history) return;
    restoring = true;
    try {
      apply(stack, next.present, direction);
    } finally {
      restoring = false;
    }
    history = { ...next, present: snapshot() };
    keys.clear();
    notify();
  };

  return {
    ...controls,
    stop() {
      unsubscribe();
      for (const stop of watched.values()) stop();
      watched.clear();
    },
  };
}

export const STACK_HISTORY_KEY = 'chart-configurator:v1:stack-history';

/** One step in the saved stack's own format, written and read by model.ts (same checks, same secrets rule). */
const jsonCache = new WeakMap<Stack, string>();

function snapshotJson(snapshot: StackSnapshot, secretsOf: ChartResolver | undefined): string {
  const cached = secretsOf ? undefined : jsonCache.get(snapshot.stack);
  if (cached !== undefined) return `{"selected":${JSON.stringify(snapshot.selected ?? null)},"saved":${cached}}`;
  let text = '';
  const capture: KeyValueStorage = { getItem: () => null, setItem: (_key, value) => void (text = value), removeItem: () => {} };
  saveStack(capture, { stack: snapshot.stack }, secretsOf);
  if (!secretsOf) jsonCache.set(snapshot.stack, text);
  return `{"selected":${JSON.stringify(snapshot.selected ?? null)},"saved":${text}}`;
}

function readSnapshot(raw: unknown): StackSnapshot | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { saved, selected } = raw as { saved?: unknown; selected?: unknown };
  let text: string;
  try {
    text = JSON.stringify(saved ?? null);
  } catch {
    return undefined;
  }
  const loaded = loadSavedStack({ getItem: () => text, setItem: () => {}, removeItem: () => {} });
  if (loaded.kind !== 'loaded') return undefined;
  return { stack: loaded.saved.stack, ...(typeof selected === 'string' ? { selected } : {}) };
}

export function saveStackHistory(storage: KeyValueStorage | undefined, history: History<StackSnapshot>, secretsOf?: ChartResolver): void {
  storeHistoryText(storage, STACK_HISTORY_KEY, history, () => encodeHistory(history, (s) => snapshotJson(s, secretsOf)));
}

/** The saved stack history when intact and leading to `current` (the stack saved with it). */
export function loadStackHistory(storage: KeyValueStorage | undefined, current: Stack): History<StackSnapshot> | undefined {
  const raw = readStored(storage, STACK_HISTORY_KEY);
  const saved = raw === null ? undefined : decodeHistory(raw, readSnapshot);
  if (!saved) return undefined;
  const same = deepEqual(saved.present.stack.releases, current.releases) && deepEqual(saved.present.stack.bindings, current.bindings);
  return same ? saved : undefined;
}
