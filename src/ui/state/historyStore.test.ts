import { describe, expect, it } from 'vitest';
import { record, startHistory, type History } from './history';
import { undoRedoControls } from './historyStore';

function harness() {
  let history: History<number> = startHistory(0);
  const travelled: [number, 'undo' | 'redo'][] = [];
  const { controls, notify, recorded } = undoRedoControls(() => history, (next, direction) => {
    travelled.push([next.present, direction]);
    history = next;
    notify();
  });
  const change = (value: number, key?: string, at = value * 10_000) => {
    const before = history;
    history = record(history, value, key, at);
    recorded(before, history);
  };
  return { controls, change, travelled };
}

describe('undoRedoControls', () => {
  it('reads the history the caller keeps', () => {
    const { controls, change } = harness();
    expect([controls.canUndo(), controls.canRedo()]).toEqual([false, false]);
    change(1);
    expect([controls.canUndo(), controls.canRedo()]).toEqual([true, false]);
    expect(controls.getHistory().present).toBe(1);
  });

  it('hands undo and redo to the caller with their direction', () => {
    const { controls, change, travelled } = harness();
    change(1);
    change(2);
    controls.undo();
    controls.redo();
    expect(travelled).toEqual([[1, 'undo'], [2, 'redo']]);
  });

  it('notifies when undo or redo becomes possible or impossible, not on every step', () => {
    const { controls, change } = harness();
    let calls = 0;
    controls.subscribe(() => calls++);
    change(1);
    change(2);
    change(3);
    expect(calls).toBe(1);
    controls.undo();
    expect(calls).toBe(2);
  });

  it('stops notifying a listener that unsubscribed', () => {
    const { controls, change } = harness();
    let calls = 0;
    const stop = controls.subscribe(() => calls++);
    stop();
    change(1);
    expect(calls).toBe(0);
  });
});
