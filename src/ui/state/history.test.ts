import { describe, expect, it } from 'vitest';
import { fakeChart } from '../../core/testing/fakeChart';
import type { ChartModule, Values } from '../../core/types';
import { applyPreset, replaceValues, resetAll, setRelease, setValue } from './actions';
import { canRedo, canUndo, COALESCE_MS, MAX_HISTORY, record, redo, startHistory, undo } from './history';
import { historyKeyOf } from './historyKeys';
import { attachHistory, coalesceKey } from './historyStore';
import { nestedJson } from '../../core/testing/hostileSamples';
import { restoreHistory } from './actions';
import { createValuesStore } from './store';

describe('history', () => {
  it('undo and redo walk back and forth; a new change drops the redo steps', () => {
    let h = startHistory('a');
    h = record(h, 'b', undefined, 0);
    h = record(h, 'c', undefined, 10);
    expect(h.past).toEqual(['a', 'b']);
    h = undo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x', undefined, 20);
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(['a', 'b']);
  });

  it('a burst with one key is one step; another key, or a pause, starts a new one', () => {
    let h = startHistory(0);
    h = record(h, 1, 'set:a', 0);
    h = record(h, 2, 'set:a', 300);
    h = record(h, 3, 'set:a', 300 + COALESCE_MS - 1);
    expect(h.past).toEqual([0]);
    h = record(h, 4, 'set:b', 700 + COALESCE_MS);
    expect(h.past).toEqual([0, 3]);
    h = record(h, 5, 'set:b', 700 + 3 * COALESCE_MS);
    expect(h.past).toEqual([0, 3, 4]);
    // Undo ends a burst: typing on after it is a new step.
    h = undo(h);
    h = record(h, 6, 'set:b', 700 + 3 * COALESCE_MS + 10);
    expect(h.past).toEqual([0, 3, 4]);
    expect(h.present).toBe(6);
  });

  it('keeps at most MAX_HISTORY steps, dropping the oldest', () => {
    let h = startHistory(-1);
    for (let i = 0; i < MAX_HISTORY + 20; i++) h = record(h, i, undefined, i);
    expect(h.past).toHaveLength(MAX_HISTORY);
    expect(h.past[0]).toBe(19);
    expect(h.past[MAX_HISTORY - 1]).toBe(MAX_HISTORY + 18);
  });
});

const chart = fakeChart as unknown as ChartModule<Values>;
const release = { name: 'web', namespace: 'default' };

function pageStore() {
  let clock = 0;
  const store = createValuesStore(chart, { userValues: {}, release });
  const history = attachHistory(store, undefined, () => clock);
  return { store, history, advance: (ms: number) => (clock += ms) };
}

describe('attachHistory', () => {
  it('undoes and redoes every kind of change through the store', async () => {
    const { store, history, advance } = pageStore();
    expect(history.canUndo()).toBe(false);
    // Each in its own tick, as clicks and keystrokes are.
    for (const action of [setValue('replicaCount', 3), replaceValues({ image: { tag: 'v2' } }, 'import'), setRelease({ name: 'shop' }), resetAll()]) {
      store.dispatch(action);
      await Promise.resolve();
      advance(5000);
    }
    expect(store.getState().userValues).toEqual({});
    history.undo();
    expect(store.getState().userValues).toEqual({ image: { tag: 'v2' } });
    history.undo();
    expect(store.getState().release.name).toBe('web');
    history.undo();
    expect(store.getState().userValues).toEqual({ replicaCount: 3 });
    history.undo();
    expect(store.getState().userValues).toEqual({});
    expect(history.canUndo()).toBe(false);
    history.redo();
    history.redo();
    expect(store.getState().userValues).toEqual({ image: { tag: 'v2' } });
    expect(history.canRedo()).toBe(true);
  });

  it('actions dispatched together (a link: values and release) are one step', async () => {
    const { store, history } = pageStore();
    store.dispatch(setValue('replicaCount', 2));
    await Promise.resolve();
    store.dispatch(replaceValues({ image: { tag: 'v9' } }, 'link'));
    store.dispatch(setRelease({ name: 'shared' }));
    await Promise.resolve();
    history.undo();
    expect(store.getState()).toMatchObject({ userValues: { replicaCount: 2 }, release: { name: 'web' } });
  });

  it('typing into one field is one step; undo is not itself recorded', async () => {
    const { store, history, advance } = pageStore();
    for (const n of [1, 12, 123]) {
      store.dispatch(setValue('replicaCount', n));
      await Promise.resolve();
      advance(200);
    }
    expect(history.getHistory().past).toHaveLength(1);
    history.undo();
    expect(store.getState().userValues).toEqual({});
    expect(history.getHistory().past).toHaveLength(0);
    history.redo();
    expect(store.getState().userValues).toEqual({ replicaCount: 123 });
  });

  it('notifies when undo or redo becomes possible or impossible, not on every keystroke', () => {
    const { store, history } = pageStore();
    let calls = 0;
    history.subscribe(() => calls++);
    store.dispatch(setValue('replicaCount', 2));
    store.dispatch(setValue('replicaCount', 3));
    store.dispatch(setValue('replicaCount', 4));
    expect(calls).toBe(1);
    history.undo();
    expect(calls).toBe(2);
  });

  it('keys: a field per path, the editor as one, one-off actions never coalesce', () => {
    expect(coalesceKey(setValue('a', 1))).toBe(coalesceKey(setValue('a', 2)));
    expect(coalesceKey(setValue('a', 1))).not.toBe(coalesceKey(setValue('b', 1)));
    expect(coalesceKey(replaceValues({}, 'yaml-editor'))).toBe('yaml-editor');
    for (const action of [replaceValues({}, 'import'), replaceValues({}, 'link'), applyPreset('x'), resetAll()]) expect(coalesceKey(action)).toBeUndefined();
  });
});

describe('restoring a state', () => {
  it('refuses a state nested past the depth cap, leaving the page as it was', () => {
    const { store } = pageStore();
    store.dispatch(setValue('replicaCount', 2));
    const before = store.getState();
    store.dispatch(restoreHistory({ userValues: JSON.parse(nestedJson(5000)) as Values, release }, 'undo'));
    expect(store.getState()).toBe(before);
  });
});

describe('history keys', () => {
  const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
    historyKeyOf({ key, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt });
  it('Ctrl/Cmd+Z undoes, with Shift or Ctrl+Y redoes; nothing else does', () => {
    expect(press('z', { ctrl: true })).toBe('undo');
    expect(press('z', { meta: true })).toBe('undo');
    expect(press('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(press('y', { ctrl: true })).toBe('redo');
    expect(press('z')).toBeUndefined();
    expect(press('z', { ctrl: true, alt: true })).toBeUndefined();
    expect(press('x', { ctrl: true })).toBeUndefined();
  });
});
