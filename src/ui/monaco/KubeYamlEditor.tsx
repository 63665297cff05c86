// A small Monaco YAML editor for one form field (volumes, volumeMounts) with monaco-yaml checking
// and completing against a schema. It behaves as the plain YAML box it replaces: every edit that
// parses becomes the value, a syntax error is shown under it and the last valid value kept.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import type { JSONSchema } from 'monaco-yaml';
import { deepEqual } from '../../core/values';
import type { Parsed } from '../fields/logic';
import { textToShow } from '../fields/logic';
import { setValueKeepingView } from './editorUtils';
import { BASE_OPTIONS, monaco, registerModelSchema, schemaModelUri } from './setup';
import { cssVar } from '../theme';

export interface KubeYamlEditorProps {
  value: unknown;
  parse(text: string): Parsed<unknown>;
  format(value: unknown): string;
  onChange(value: unknown): void;
  /** Text to start with (what the plain box held), else the value's text. */
  initialText?: string;
  /** Focus the editor at this offset of the text once created (the plain box had focus there). */
  focusOffset?: number;
  /** Id of the editor's text input, so the field's <label> points at it. */
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  ariaLabel: string;
  placeholder?: string;
  /** Letters, digits, `.` and `-`: names the schema; editors with the same id share it. */
  schemaId: string;
  schema?: JSONSchema;
  /** What hover tooltips call the schema. */
  schemaFileName: string;
}

const LINE_HEIGHT = 19;
const MIN_LINES = 3;
const MAX_LINES = 18;
const PADDING = 8;

/** Framed as the text box it replaces: outlined, red when invalid, the accent while focused. */
const EDITOR_SX = {
  '& .kf-yaml-host': { border: '1px solid rgba(0, 0, 0, 0.23)', borderRadius: '4px', overflow: 'hidden', paddingTop: '4px' },
  '& .kf-yaml-host:focus-within': { borderColor: cssVar('primary-main'), outline: `1px solid ${cssVar('primary-main')}` },
  '&[data-invalid="true"] .kf-yaml-host': { borderColor: cssVar('error-main') },
} as const;

function heightFor(contentHeight: number): number {
  return Math.min(Math.max(contentHeight, MIN_LINES * LINE_HEIGHT), MAX_LINES * LINE_HEIGHT) + PADDING;
}

function modelFor(uri: monaco.Uri, text: string): monaco.editor.ITextModel {
  const existing = monaco.editor.getModel(uri);
  if (existing) {
    if (existing.getValue() !== text) existing.setValue(text);
    return existing;
  }
  return monaco.editor.createModel(text, 'yaml', uri);
}

/** Monaco's text input (a textarea: `editContext` is off so the field's <label for> reaches it). */
function inputOf(editor: monaco.editor.IStandaloneCodeEditor): HTMLTextAreaElement | null {
  return editor.getDomNode()?.querySelector('textarea') ?? null;
}

export function KubeYamlEditor(props: KubeYamlEditorProps) {
  const { value, parse, format, inputId, describedBy, invalid, ariaLabel, placeholder, schemaId, schema, schemaFileName } = props;
  const instance = useId().replace(/[^A-Za-z0-9-]/g, '');
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef(props);
  // Set while we replace the text ourselves, so that change is not taken for typing.
  const applying = useRef(false);
  const errorId = `${inputId}-yaml-error`;
  const [error, setError] = useState<string | undefined>(() => {
    const parsed = props.initialText === undefined ? undefined : props.parse(props.initialText);
    return parsed && !parsed.ok ? parsed.error : undefined;
  });

  useLayoutEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const start = latest.current;
    const text = start.initialText ?? start.format(start.value);
    const editor = monaco.editor.create(host, {
      ...BASE_OPTIONS,
      model: modelFor(schemaModelUri(start.schemaId, instance), text),
      ariaLabel: start.ariaLabel,
      placeholder: start.placeholder,
      editContext: false,
      // Tab leaves the editor, as in any form field (Ctrl+M switches it back to indenting).
      tabFocusMode: true,
      lineNumbers: 'off',
      folding: false,
      glyphMargin: false,
      lineDecorationsWidth: 6,
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 8 },
      quickSuggestions: { other: true, comments: false, strings: false },
      wordBasedSuggestions: 'off',
      lineHeight: LINE_HEIGHT,
    });
    editorRef.current = editor;
    const resize = () => {
      host.style.height = `${heightFor(editor.getContentHeight())}px`;
      editor.layout();
    };
    resize();
    const onSize = editor.onDidContentSizeChange((e) => {
      if (e.contentHeightChanged) resize();
    });
    const onEdit = editor.onDidChangeModelContent(() => {
      if (applying.current) return;
      const now = latest.current;
      const parsed = now.parse(editor.getValue());
      setError(parsed.ok ? undefined : parsed.error);
      if (parsed.ok && !deepEqual(parsed.value, now.value)) now.onChange(parsed.value);
    });
    if (start.focusOffset !== undefined) {
      const model = editor.getModel();
      if (model) editor.setPosition(model.getPositionAt(start.focusOffset));
      editor.focus();
    }
    return () => {
      onSize.dispose();
      onEdit.dispose();
      const model = editor.getModel();
      editor.dispose();
      model?.dispose();
      editorRef.current = null;
    };
  }, [instance]);

  // Another Kubernetes version: a model under its schema's URI, same text.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const old = editor?.getModel();
    const uri = schemaModelUri(schemaId, instance);
    if (!editor || !old || old.uri.toString() === uri.toString()) return;
    applying.current = true;
    try {
      editor.setModel(modelFor(uri, old.getValue()));
    } finally {
      applying.current = false;
    }
    old.dispose();
  }, [schemaId, instance]);

  useEffect(() => {
    if (schema) void registerModelSchema(schemaId, schema, schemaFileName);
  }, [schemaId, schema, schemaFileName]);

  // Outside changes to the value (reset, import, the structured editor) replace the text, unless
  // the text already means that value (it is what was typed). Only a change: a text that does not
  // parse yet (handed over from the plain box) stays until the value moves.
  const seenValue = useRef(value);
  useLayoutEffect(() => {
    const editor = editorRef.current;
    if (!editor || deepEqual(seenValue.current, value)) return;
    seenValue.current = value;
    const current = editor.getValue();
    const next = textToShow(current, value, parse, format);
    if (next === current) return;
    applying.current = true;
    try {
      setValueKeepingView(editor, next);
    } finally {
      applying.current = false;
    }
    setError(undefined);
  }, [value, parse, format]);

  // The label, description and state reach the text input Monaco reads keys from; a bound
  // parameter (inside a disabled fieldset) is read-only here as its other inputs are.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const input = editor && inputOf(editor);
    if (!editor || !input) return;
    input.id = inputId;
    const described = [describedBy, error ? errorId : undefined].filter(Boolean).join(' ');
    if (described) input.setAttribute('aria-describedby', described);
    else input.removeAttribute('aria-describedby');
    input.setAttribute('aria-invalid', String(invalid || error !== undefined));
    const readOnly = hostRef.current?.closest('fieldset:disabled') != null;
    editor.updateOptions({ ariaLabel, placeholder, readOnly });
  });

  return (
    <Box sx={EDITOR_SX} className="kf-yaml-editor" data-invalid={invalid || error !== undefined ? 'true' : undefined}>
      <div ref={hostRef} data-testid="kube-yaml-editor" className="kf-yaml-host" />
      {error && (
        <p className="kf-error" id={errorId}>
          {error} (the last valid value is kept)
        </p>
      )}
    </Box>
  );
}

export default KubeYamlEditor;
