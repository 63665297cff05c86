// Small helpers shared by the preview and the values editor.
import type { editor as MonacoEditorNs } from 'monaco-editor/editor';

type Editor = MonacoEditorNs.IStandaloneCodeEditor;

export const UPDATE_MEASURE = 'configurator:update';
export const UPDATE_START_MARK = 'configurator:update:start';

/**
 * Replaces the whole text and puts cursor, selection and scroll back where they were. A full
 * `setValue` is cheaper than a line diff applied as edits for the preview's size (see TRAPS.md).
 */
export function setValueKeepingView(editor: Editor, text: string): void {
  const model = editor.getModel();
  if (!model) return;
  const view = editor.saveViewState();
  model.setValue(text);
  if (view) editor.restoreViewState(view);
}

/**
 * Closes the app's `configurator:update` measure when its start mark exists. The mark is cleared
 * afterwards, so a later text change that did not start with a values change is not timed.
 */
export function markUpdateMeasured(): void {
  try {
    if (performance.getEntriesByName(UPDATE_START_MARK, 'mark').length === 0) return;
    performance.measure(UPDATE_MEASURE, UPDATE_START_MARK);
    performance.clearMarks(UPDATE_START_MARK);
  } catch {
    // Timing is best effort; it must never break the preview.
  }
}

declare global {
  interface Window {
    /** The preview's Monaco editor, for e2e tests and benchmarks (read it, do not rely on it in app code). */
    __previewEditor?: Editor;
    /** The values.yaml Monaco editor, for e2e tests. */
    __valuesEditor?: Editor;
  }
}

/** Puts the editor on `window` for tests; the returned function removes it if it is still ours. */
export function exposeForTests(key: '__previewEditor' | '__valuesEditor', editor: Editor): () => void {
  if (typeof window === 'undefined') return () => {};
  window[key] = editor;
  return () => {
    if (window[key] === editor) delete window[key];
  };
}
