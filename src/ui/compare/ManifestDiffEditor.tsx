// Monaco's diff editor, read-only: the baseline's manifests on the left, the current ones on the
// right. Loaded lazily with the rest of Monaco (monaco/setup.ts brings the workers; the diff is
// computed in the editor worker, no eval).
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import Box from '@mui/material/Box';
import { BASE_OPTIONS, monaco, PREVIEW_LANGUAGE } from '../monaco/setup';
import type { DiffSide } from './compareModel';

/** What the outline asks of the editor. */
export interface DiffRevealer {
  /** Scrolls to the first changed line inside the range (or its start) and puts the cursor there. */
  reveal(side: DiffSide, startLine: number, endLine: number): void;
}

export interface ManifestDiffEditorProps {
  before: string;
  after: string;
  revealerRef: RefObject<DiffRevealer | null>;
}

declare global {
  interface Window {
    /** The Compare tab's diff editor, for e2e tests (read it, do not rely on it in app code). */
    __compareDiffEditor?: monaco.editor.IStandaloneDiffEditor;
  }
}

/** Same scroll and selection after a text update, as the preview keeps them. */
function setKeepingView(editor: monaco.editor.ICodeEditor, model: monaco.editor.ITextModel, text: string): void {
  if (model.getValue() === text) return;
  const scrollTop = editor.getScrollTop();
  const selection = editor.getSelection();
  model.setValue(text);
  if (selection) editor.setSelection(model.validateRange(selection));
  editor.setScrollTop(scrollTop);
}

function firstChangeIn(changes: readonly monaco.editor.ILineChange[], side: DiffSide, startLine: number, endLine: number): number | undefined {
  for (const change of changes) {
    const start = side === 'original' ? change.originalStartLineNumber : change.modifiedStartLineNumber;
    const end = side === 'original' ? change.originalEndLineNumber : change.modifiedEndLineNumber;
    // An end of 0 marks a pure insertion/deletion on the other side: the start is the line before.
    const line = end === 0 ? start + 1 : start;
    if (line >= startLine && line <= endLine) return Math.min(line, endLine);
  }
  return undefined;
}

export default function ManifestDiffEditor({ before, after, revealerRef }: ManifestDiffEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const modelsRef = useRef<{ original: monaco.editor.ITextModel; modified: monaco.editor.ITextModel } | null>(null);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const original = monaco.editor.createModel('', PREVIEW_LANGUAGE);
    const modified = monaco.editor.createModel('', PREVIEW_LANGUAGE);
    const editor = monaco.editor.createDiffEditor(host, {
      ...BASE_OPTIONS,
      readOnly: true,
      originalEditable: false,
      ariaLabel: 'Manifests: baseline on the left, now on the right (read-only)',
      originalAriaLabel: 'Baseline manifests (read-only)',
      modifiedAriaLabel: 'Current manifests (read-only)',
      tabFocusMode: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 700,
      renderOverviewRuler: true,
      renderValidationDecorations: 'off',
      occurrencesHighlight: 'off',
      folding: false,
    });
    editor.setModel({ original, modified });
    editorRef.current = editor;
    modelsRef.current = { original, modified };
    window.__compareDiffEditor = editor;
    revealerRef.current = {
      reveal(side, startLine, endLine) {
        const pane = side === 'original' ? editor.getOriginalEditor() : editor.getModifiedEditor();
        const line = firstChangeIn(editor.getLineChanges() ?? [], side, startLine, endLine) ?? startLine;
        pane.revealLineNearTop(line, monaco.editor.ScrollType.Immediate);
        pane.setPosition({ lineNumber: line, column: 1 });
        pane.focus();
      },
    };
    return () => {
      revealerRef.current = null;
      if (window.__compareDiffEditor === editor) delete window.__compareDiffEditor;
      editor.dispose();
      original.dispose();
      modified.dispose();
      editorRef.current = null;
      modelsRef.current = null;
    };
  }, [revealerRef]);

  useEffect(() => {
    const editor = editorRef.current;
    const models = modelsRef.current;
    if (!editor || !models) return;
    setKeepingView(editor.getOriginalEditor(), models.original, before);
    setKeepingView(editor.getModifiedEditor(), models.modified, after);
  }, [before, after]);

  return <Box ref={hostRef} sx={{ height: '100%', minHeight: 300 }} data-testid="compare-diff-editor" />;
}
