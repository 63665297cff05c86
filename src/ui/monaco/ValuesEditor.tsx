// The values.yaml editor: Monaco with monaco-yaml (schema completion, hover, validation) and the
// app's own problems as extra markers. Typing reports the text, debounced; outside changes to the
// values come back as `text` and replace the editor's text unless they only echo what was typed.
import { useEffect, useLayoutEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { parseYamlText } from '../../core/yamlText';
import { deepEqual } from '../../core/values';
import { BASE_OPTIONS, monaco, registerValuesSchema, valuesModelUri } from './setup';
import { exposeForTests, setValueKeepingView } from './editorUtils';

export interface ValuesEditorMarker {
  /** 1-based line in `text`. */
  line: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export interface ValuesEditorProps {
  text: string;
  /** The chart's values JSON Schema. */
  schema: object;
  /** Identifies the chart; one model URI and schema association per id. */
  schemaId: string;
  onChange(text: string): void;
  markers: ValuesEditorMarker[];
}

export const CHANGE_DEBOUNCE_MS = 150;
const MARKER_OWNER = 'configurator';

const SEVERITY: Record<ValuesEditorMarker['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

function sameMeaning(a: string, b: string): boolean {
  const pa = parseYamlText(a);
  const pb = parseYamlText(b);
  return pa.ok && pb.ok && deepEqual(pa.value, pb.value);
}

/** A model for the chart's URI, reusing one left over (e.g. by a remount) so the URI stays unique. */
function modelFor(schemaId: string, text: string): monaco.editor.ITextModel {
  const uri = valuesModelUri(schemaId);
  const existing = monaco.editor.getModel(uri);
  if (existing) {
    if (existing.getValue() !== text) existing.setValue(text);
    return existing;
  }
  return monaco.editor.createModel(text, 'yaml', uri);
}

function applyMarkers(model: monaco.editor.ITextModel, markers: ValuesEditorMarker[]): void {
  const lineCount = model.getLineCount();
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    markers.map((m) => {
      const line = Math.min(Math.max(1, Math.floor(m.line) || 1), lineCount);
      return {
        severity: SEVERITY[m.severity],
        message: m.message,
        startLineNumber: line,
        startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
        endLineNumber: line,
        endColumn: model.getLineMaxColumn(line),
      };
    }),
  );
}

export default function ValuesEditor({ text, schema, schemaId, onChange, markers }: ValuesEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  const latest = useRef({ text, schemaId, markers });
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Set while we replace the text ourselves, so that change is not reported back as typing.
  const applying = useRef(false);

  useLayoutEffect(() => {
    onChangeRef.current = onChange;
    latest.current = { text, schemaId, markers };
  });

  // Create the editor once; its model follows schemaId (effect below).
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const { text: initialText, schemaId: initialId } = latest.current;
    const editor = monaco.editor.create(host, {
      ...BASE_OPTIONS,
      model: modelFor(initialId, initialText),
      ariaLabel: 'values.yaml editor',
      quickSuggestions: { other: true, comments: false, strings: true },
      wordBasedSuggestions: 'off',
      renderLineHighlight: 'line',
    });
    editorRef.current = editor;

    const flush = () => {
      if (pending.current === undefined) return;
      clearTimeout(pending.current);
      pending.current = undefined;
      const model = editor.getModel();
      if (model) onChangeRef.current(model.getValue());
    };
    const onEdit = editor.onDidChangeModelContent(() => {
      if (applying.current) return;
      clearTimeout(pending.current);
      pending.current = setTimeout(flush, CHANGE_DEBOUNCE_MS);
    });
    const onBlur = editor.onDidBlurEditorText(flush);
    const unexpose = exposeForTests('__valuesEditor', editor);
    return () => {
      flush(); // what was typed last is not lost when the editor goes away
      unexpose();
      onEdit.dispose();
      onBlur.dispose();
      const model = editor.getModel();
      editor.dispose();
      model?.dispose();
      editorRef.current = null;
    };
  }, []);

  // Another chart: its own model (URI) so monaco-yaml applies that chart's schema.
  useEffect(() => {
    void registerValuesSchema(schemaId, schema);
  }, [schemaId, schema]);

  useLayoutEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const old = editor.getModel();
    if (old?.uri.toString() === valuesModelUri(schemaId).toString()) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    applying.current = true;
    const model = modelFor(schemaId, latest.current.text);
    try {
      editor.setModel(model);
    } finally {
      applying.current = false;
    }
    old?.dispose();
    applyMarkers(model, latest.current.markers);
  }, [schemaId]);

  // Outside changes to the values (form, import, link, reset) replace the text.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const current = model.getValue();
    if (current === text) return;
    if (editor.hasTextFocus()) {
      // The user is typing here: a change still waiting for its debounce, or the store's echo of
      // what was typed (maybe formatted differently), must not reset the text under the cursor.
      if (pending.current !== undefined || sameMeaning(current, text)) return;
    }
    applying.current = true;
    try {
      setValueKeepingView(editor, text);
    } finally {
      applying.current = false;
    }
  }, [text]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) applyMarkers(model, markers);
  }, [markers, text]);

  return (
    <Box
      ref={hostRef}
      data-testid="values-editor"
      sx={{ height: '100%', minHeight: 320, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}
    />
  );
}
