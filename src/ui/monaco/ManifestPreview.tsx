// Read-only preview of the rendered manifests, with a resource outline to jump between documents.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { resourceOutline } from '../../core/render';
import type { OutlineEntry } from '../../core/render';
import { BASE_OPTIONS, monaco, PREVIEW_LANGUAGE } from './setup';
import { applyLineEdits, exposeForTests, hasFoldedRegions, markUpdateMeasured, setValueKeepingView } from './editorUtils';
import ResourceOutline from './ResourceOutline';
import { OutlineHeader, PREVIEW_LINE_HEIGHT, PreviewFrame, takePlainTopLine } from '../preview/previewFrame';

export interface ManifestPreviewProps {
  text: string;
}

/** Index of the last outline entry starting at or above `line` (entries are in line order). */
function entryAt(outline: OutlineEntry[], line: number): number {
  let lo = 0;
  let hi = outline.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (outline[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export default function ManifestPreview({ text }: ManifestPreviewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const appliedRef = useRef<string | null>(null);
  const foldedRef = useRef(false);
  const outline = useMemo(() => resourceOutline(text), [text]);
  const outlineRef = useRef(outline);
  const [current, setCurrent] = useState(0);
  const [focusIndex, setFocusIndex] = useState(0);

  // Create the editor once; layout effects so it exists before the text effect below runs.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const model = monaco.editor.createModel('', PREVIEW_LANGUAGE);
    const editor = monaco.editor.create(host, {
      ...BASE_OPTIONS,
      lineHeight: PREVIEW_LINE_HEIGHT,
      model,
      readOnly: true,
      ariaLabel: 'Rendered manifests (read-only)',
      tabFocusMode: true, // Tab leaves the read-only preview instead of being swallowed
      renderValidationDecorations: 'off',
      occurrencesHighlight: 'off',
      folding: true,
      foldingStrategy: 'indentation',
      showFoldingControls: 'mouseover',
    });
    editorRef.current = editor;
    appliedRef.current = null;
    foldedRef.current = false;
    const onScroll = editor.onDidScrollChange((e) => {
      if (!e.scrollTopChanged) return;
      const top = editor.getVisibleRanges()[0]?.startLineNumber ?? 1;
      setCurrent(entryAt(outlineRef.current, top));
    });
    // Folds survive updates only through line edits; look once per fold change, not per update.
    const onFolds = editor.onDidChangeHiddenAreas(() => {
      foldedRef.current = hasFoldedRegions(editor);
    });
    const unexpose = exposeForTests('__previewEditor', editor);
    return () => {
      unexpose();
      onFolds.dispose();
      onScroll.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  // Apply each new text in place, keeping the scroll position; time it for the app's benchmark.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    if (!editor || appliedRef.current === text) return;
    const first = appliedRef.current === null;
    if (!(foldedRef.current && applyLineEdits(editor, text))) setValueKeepingView(editor, text);
    appliedRef.current = text;
    // Taking over from the plain text: open where the reader was.
    if (first) editor.setScrollTop(editor.getTopForLineNumber(takePlainTopLine()));
    if (!first) markUpdateMeasured();
  }, [text]);

  useEffect(() => {
    outlineRef.current = outline;
    const editor = editorRef.current;
    const top = editor?.getVisibleRanges()[0]?.startLineNumber ?? 1;
    setCurrent(entryAt(outline, top));
    setFocusIndex((i) => Math.min(i, Math.max(outline.length - 1, 0)));
  }, [outline]);

  const reveal = useCallback((entry: OutlineEntry) => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.setScrollTop(editor.getTopForLineNumber(entry.line));
    editor.setPosition({ lineNumber: entry.line, column: 1 });
    editor.focus();
  }, []);

  const foldAll = useCallback(() => void editorRef.current?.getAction('editor.foldAll')?.run(), []);
  const unfoldAll = useCallback(() => void editorRef.current?.getAction('editor.unfoldAll')?.run(), []);

  return (
    <PreviewFrame
      nav={
        <>
          <OutlineHeader count={outline.length} onFoldAll={foldAll} onUnfoldAll={unfoldAll} />
          <ResourceOutline outline={outline} current={current} focusIndex={focusIndex} onFocusIndex={setFocusIndex} onReveal={reveal} />
        </>
      }
    >
      <Box ref={hostRef} sx={{ flexGrow: 1, minWidth: 0, minHeight: 0 }} data-testid="manifest-editor" />
      {/* Monaco renders only visible lines: tests and tools read the whole text here. */}
      <pre hidden data-testid="manifest-text">{text}</pre>
    </PreviewFrame>
  );
}
