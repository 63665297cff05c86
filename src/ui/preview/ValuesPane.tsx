// The values.yaml tab: the user's values as YAML, editable; valid text replaces the values,
// invalid text stays in the editor with its error marked and the values untouched.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { analyzeValuesText, type LocatedProblem } from '../../core/importValues';
import { deepEqual } from '../../core/values';
import { parseYamlText } from '../../core/yamlText';
import type { Values } from '../../core/types';
import { keepCommentsText } from '../monaco/yamlDocumentEdit';
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
  syntax?: LocatedProblem[];
}

/** What the editor shows: the person's own text, with changes from elsewhere written into it. */
interface Shown {
  /** The store's text this follows. */
  store: string;
  text: string;
  /** The person typed this text (else it is the store's own printout, in the chart's key order). */
  own?: boolean;
  /** Set when a change from elsewhere could not be written in, because the text does not parse. */
  leftAlone?: string;
}

/** The values changed elsewhere (form, undo, import): edit them into the text, comments kept. */
function follow(held: Shown, storeText: string, values: Values): Shown {
  if (!held.own || held.text === storeText) return { store: storeText, text: storeText };
  const kept = keepCommentsText(held.text, values);
  if (kept.kind === 'edited') return { store: storeText, text: kept.text, own: true };
  if (kept.kind === 'syntax-error') return { store: storeText, text: held.text, own: true, leftAlone: kept.message };
  return { store: storeText, text: storeText };
}

export function ValuesPane() {
  const store = useStore();
  const { chart } = store;
  const { userValues } = useValuesState();
  const { problems } = useEvaluation();
  const text = useMemo(() => valuesEditorText(chart.schema, userValues), [chart.schema, userValues]);
  const [typed, setTyped] = useState<Typed | undefined>();
  const [shown, setShown] = useState<Shown>(() => ({ store: text, text }));
  if (shown.store !== text) setShown(follow(shown, text, userValues));

  const onChange = useCallback(
    (next: string) => {
      // The editor holds this text now; changes from elsewhere are written into it.
      setShown((s) => ({ store: s.store, text: next, own: true }));
      if (next.length > MAX_EDITOR_TEXT) {
        setTyped({ text: next, syntax: [{ id: 'too-large', severity: 'error', message: 'This text is larger than 1 MB; it was not applied.', params: [], line: 1 }] });
        return;
      }
      const result = analyzeValuesText(chart, next);
      if (!result.values) {
        setTyped({ text: next, syntax: result.problems });
        return;
      }
      setTyped(undefined);
      store.dispatch(replaceValues(result.values, 'yaml-editor'));
    },
    [chart, store],
  );

  const syntax = typed?.syntax && typed.text === shown.text ? typed.syntax : undefined;
  const markers: EditorMarker[] = useMemo(() => {
    if (syntax) return syntax.map((p) => ({ line: p.line ?? 1, message: p.message, severity: p.severity }));
    return markersForText(sameMeaning(shown.text, text) ? shown.text : text, problems);
  }, [syntax, shown.text, text, problems]);

  const plain = <PlainValuesEditor text={shown.text} onChange={onChange} markers={markers} />;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, gap: 0.5 }}>
      <Typography variant="caption" color="text.secondary">
        Only what differs from the chart defaults. Edits here update the form and the manifests; text that does not parse is
        kept here and changes nothing until it does.
      </Typography>
      {syntax && (
        <Typography variant="body2" color="error" role="alert" data-testid="values-syntax-error">
          {syntax[0]?.message} The values stay as they were.
        </Typography>
      )}
      {shown.leftAlone !== undefined && (
        <Typography variant="body2" color="warning.dark" role="status" data-testid="values-left-alone">
          The values changed elsewhere (form, undo, import) while this text does not parse, so the text was left as you typed it;
          once it parses it replaces those changes.{' '}
          <Button size="small" onClick={() => { setTyped(undefined); setShown({ store: text, text }); }}>
            Show the current values instead
          </Button>
        </Typography>
      )}
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <EditorBoundary fallback={plain}>
          <Suspense fallback={plain}>
            <ValuesEditor text={shown.text} schema={chart.schema as object} schemaId={chart.id} onChange={onChange} markers={markers} />
          </Suspense>
        </EditorBoundary>
      </Box>
    </Box>
  );
}
