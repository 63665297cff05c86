// The values.yaml tab: the user's values as YAML, editable; valid text replaces the values,
// invalid text stays in the editor with its error marked and the values untouched.
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { analyzeValuesText, type LocatedProblem } from '../../core/importValues';
import { deepEqual } from '../../core/values';
import { parseYamlText } from '../../core/yamlText';
import { replaceValues } from '../state/actions';
import { valuesEditorText } from '../state/derived';
import { useEvaluation, useStore, useValuesState } from '../state/hooks';
import { EditorBoundary } from './EditorBoundary';
import { markersForText, type EditorMarker } from './editorMarkers';
import PlainValuesEditor from './PlainValuesEditor';

const ValuesEditor = lazy(() => import('../monaco/ValuesEditor'));

export const MAX_EDITOR_TEXT = 1_000_000;

function sameMeaning(a: string, b: string): boolean {
  const pa = parseYamlText(a);
  const pb = parseYamlText(b);
  return pa.ok && pb.ok && deepEqual(pa.value, pb.value);
}

interface Typed {
  text: string;
  /** The store's text when this was typed; a later outside change makes it stale. */
  against: string;
  syntax?: LocatedProblem[];
}

export function ValuesPane() {
  const store = useStore();
  const { chart } = store;
  const { userValues } = useValuesState();
  const { problems } = useEvaluation();
  const text = useMemo(() => valuesEditorText(chart.schema, userValues), [chart.schema, userValues]);
  const [typed, setTyped] = useState<Typed | undefined>();
  const hostRef = useRef<HTMLDivElement>(null);

  const onChange = useCallback(
    (next: string) => {
      if (next.length > MAX_EDITOR_TEXT) {
        setTyped({ text: next, against: text, syntax: [{ id: 'too-large', severity: 'error', message: 'This text is larger than 1 MB; it was not applied.', params: [], line: 1 }] });
        return;
      }
      const result = analyzeValuesText(chart, next);
      if (!result.values) {
        setTyped({ text: next, against: text, syntax: result.problems });
        return;
      }
      // An editor that lost focus shows the store's text next, so locate problems in that.
      const focused = hostRef.current?.contains(document.activeElement) ?? false;
      setTyped(focused ? { text: next, against: text } : undefined);
      store.dispatch(replaceValues(result.values, 'yaml-editor'));
    },
    [chart, store, text],
  );

  const syntax = typed?.syntax && typed.against === text ? typed.syntax : undefined;
  const markers: EditorMarker[] = useMemo(() => {
    if (syntax) return syntax.map((p) => ({ line: p.line ?? 1, message: p.message, severity: p.severity }));
    const shown = typed && sameMeaning(typed.text, text) ? typed.text : text;
    return markersForText(shown, problems);
  }, [syntax, typed, text, problems]);

  const plain = <PlainValuesEditor text={text} onChange={onChange} markers={markers} />;
  return (
    <Box ref={hostRef} sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, gap: 0.5 }}>
      <Typography variant="caption" color="text.secondary">
        Only what differs from the chart defaults. Edits here update the form and the manifests; text that does not parse is
        kept here and changes nothing until it does.
      </Typography>
      {syntax && (
        <Typography variant="body2" color="error" role="alert" data-testid="values-syntax-error">
          {syntax[0]?.message} The values stay as they were.
        </Typography>
      )}
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <EditorBoundary fallback={plain}>
          <Suspense fallback={plain}>
            <ValuesEditor text={text} schema={chart.schema as object} schemaId={chart.id} onChange={onChange} markers={markers} />
          </Suspense>
        </EditorBoundary>
      </Box>
    </Box>
  );
}
