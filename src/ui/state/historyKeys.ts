// Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes the page's last change, unless the
// focus is in a text box or the values.yaml editor, where the browser's (or Monaco's) own undo of
// the text applies, or in a dialog, which has its own state.
import { useEffect } from 'react';
import type { UndoRedo } from './historyStore';

/** Input types whose text the browser undoes itself. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

export function ownsTextUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor, [contenteditable=""], [contenteditable="true"], [role="dialog"]')) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

export type HistoryKey = 'undo' | 'redo' | undefined;

/** Which history step a key press asks for. */
export function historyKeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

export function useUndoKeys(history: UndoRedo | undefined): void {
  useEffect(() => {
    if (!history) return;
    const onKey = (event: KeyboardEvent) => {
      const step = historyKeyOf(event);
      if (!step || event.defaultPrevented || ownsTextUndo(event.target)) return;
      event.preventDefault();
      if (step === 'undo') history.undo();
      else history.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history]);
}
