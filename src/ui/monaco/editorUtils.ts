// Small helpers shared by the preview and the values editor.
import type { editor as MonacoEditorNs } from 'monaco-editor/editor';
import { diffLines } from '../../core/diff/lineDiff';
import type { LineHunk } from '../../core/diff/lineDiff';

type Editor = MonacoEditorNs.IStandaloneCodeEditor;

export const UPDATE_MEASURE = 'configurator:update';
export const UPDATE_START_MARK = 'configurator:update:start';

/** Monaco's ScrollType.Immediate: jump without smooth scrolling. */
const SCROLL_IMMEDIATE = 1;

/**
 * Replaces the whole text and puts selection and scroll back where they were. A full `setValue` is
 * cheaper than a line diff applied as edits for the preview's size (see TRAPS.md). Selection and
 * scroll are set directly: `restoreViewState` also reveals the cursor, which forces a layout read on
 * every update (about 2 ms a keystroke in the benchmark).
 */
export function setValueKeepingView(editor: Editor, text: string): void {
  const model = editor.getModel();
  if (!model) return;
  const scrollTop = editor.getScrollTop();
  const scrollLeft = editor.getScrollLeft();
  const selection = editor.getSelection();
  model.setValue(text);
  if (selection) editor.setSelection(model.validateRange(selection));
  editor.setScrollPosition({ scrollTop, scrollLeft }, SCROLL_IMMEDIATE);
}

/** One hunk as a Monaco edit against the model's current lines (1-based, end-exclusive line ranges). */
function hunkToEdit(model: MonacoEditorNs.ITextModel, hunk: LineHunk): MonacoEditorNs.IIdentifiedSingleEditOperation {
  const lineCount = model.getLineCount();
  const first = hunk.oldStart + 1;
  const afterLast = hunk.oldStart + hunk.oldCount + 1;
  if (afterLast <= lineCount) {
    const range = { startLineNumber: first, startColumn: 1, endLineNumber: afterLast, endColumn: 1 };
    return { range, text: hunk.newLines.map((line) => `${line}\n`).join('') };
  }
  // The hunk runs to the last line, which has no line break after it: take the break before it.
  const end = { endLineNumber: lineCount, endColumn: model.getLineMaxColumn(lineCount) };
  if (hunk.oldStart === 0) return { range: { startLineNumber: 1, startColumn: 1, ...end }, text: hunk.newLines.join('\n') };
  const range = { startLineNumber: hunk.oldStart, startColumn: model.getLineMaxColumn(hunk.oldStart), ...end };
  return { range, text: hunk.newLines.map((line) => `\n${line}`).join('') };
}

/**
 * Updates the text through line edits, which keep folded regions, cursor and scroll where their
 * lines are. False when the texts differ too much (then `setValueKeepingView` is the better call).
 */
export function applyLineEdits(editor: Editor, text: string): boolean {
  const model = editor.getModel();
  if (!model) return false;
  const hunks = diffLines(model.getLinesContent(), text.split('\n'));
  if (!hunks) return false;
  if (hunks.length > 0) model.applyEdits(hunks.map((hunk) => hunkToEdit(model, hunk)));
  return true;
}

/** Whether the user has folded any region (read from the folding contribution's view state). */
export function hasFoldedRegions(editor: Editor): boolean {
  const folding = editor.saveViewState()?.contributionsState['editor.contrib.folding'] as { collapsedRegions?: unknown[] } | undefined;
  return (folding?.collapsedRegions?.length ?? 0) > 0;
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
