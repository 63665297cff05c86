// Every problem of the current values, errors first; choosing one jumps to its parameter.
import { useCallback, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { NAMESPACE_PARAM, RELEASE_NAME_PARAM } from '../../core/releaseName';
import type { Problem } from '../../core/types';
import { deepEqual } from '../../core/values';
import { chartFieldPaths } from '../form/model';
import type { FieldNavigator } from '../form/navigator';
import { countBySeverity, ownerField, problemTarget } from '../state/derived';
import { useStore, useStoreSelector } from '../state/hooks';
import type { ValuesStore } from '../state/store';
import { MONO_FONTS } from '../theme';
import { ProblemRow, ProblemsTitleBar } from './ProblemListParts';
import { SeverityIcon } from './SeverityIcon';
import { docSectionUrl } from './docLink';
import { PROBLEMS_SHARE_OF_WINDOW, PROBLEMS_MIN_HEIGHT, problemsScrollSx } from './ProblemListParts';
import { useWholeRowsHeight } from './useWholeRowsHeight';

/** What is wrong, why and how to fix it: the part of a row its button covers (also the upgrade impact's rows). */
export function ProblemText({ problem, fixLabel = 'Fix' }: { problem: Problem; fixLabel?: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography sx={{ fontSize: 13.5, fontWeight: 500, lineHeight: 1.4 }}>{problem.message}</Typography>
      {problem.why && (
        <Typography variant="body2" color="text.secondary" sx={{ fontSize: 12.5 }}>
          {problem.why}
        </Typography>
      )}
      {problem.fix && (
        <Typography variant="body2" sx={{ fontSize: 12.5 }}>
          <b>{fixLabel}:</b> {problem.fix}
        </Typography>
      )}
    </Box>
  );
}

/**
 * The parameters a problem names, each a button to its own field (plain text when no field shows
 * it), and the README section it cites as a link.
 */
export function ProblemRefs({ problem, fieldPaths, docs, onParam }: {
  problem: Problem;
  fieldPaths: ReadonlySet<string> | undefined;
  docs: { title: string; url: string };
  onParam?(field: string): void;
}) {
  const docUrl = problem.doc ? docSectionUrl(docs.url, problem.doc) : undefined;
  if (problem.params.length === 0 && !problem.doc) return null;
  const code = { fontFamily: MONO_FONTS, fontSize: 11.5, bgcolor: 'action.hover', px: 0.5, borderRadius: 0.5 };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
      {problem.params.map((p) => {
        const field = fieldPaths && onParam ? ownerField(fieldPaths, p) ?? releaseField(p) : undefined;
        return field && onParam ? (
          <ButtonBase
            key={p}
            data-problem-param={p}
            aria-label={`Go to ${p}`}
            onClick={() => onParam(field)}
            sx={{ ...code, color: 'primary.main', textDecoration: 'underline', textDecorationStyle: 'dotted', '&:hover, &.Mui-focusVisible': { bgcolor: 'action.selected', textDecorationStyle: 'solid' } }}
          >
            {p}
          </ButtonBase>
        ) : (
          <Typography key={p} component="code" data-problem-param={p} sx={code}>
            {p}
          </Typography>
        );
      })}
      {problem.doc && (
        <Typography variant="caption" color="text.secondary">
          {docs.title}:{' '}
          {docUrl ? (
            <Link href={docUrl} target="_blank" rel="noopener noreferrer" data-problem-doc="">
              {problem.doc}
            </Link>
          ) : problem.doc}
        </Typography>
      )}
    </Box>
  );
}

const releaseField = (param: string) => (param === RELEASE_NAME_PARAM || param === NAMESPACE_PARAM ? param : undefined);

export function ProblemsPanel({ navigator }: { navigator: FieldNavigator }) {
  const store = useStore();
  // Re-render only when the findings change, not on every keystroke.
  const evaluation = useStoreSelector(
    useCallback((s: ValuesStore) => {
      const { problems, renderError } = s.getEvaluation();
      return { problems, renderError };
    }, []),
    deepEqual,
  );
  const checking = useStoreSelector(useCallback((s: ValuesStore) => s.isSchemaCheckPending(), []));
  const [open, setOpen] = useState(true);
  const listRef = useRef<HTMLUListElement>(null);
  const fittedHeight = useWholeRowsHeight(listRef, PROBLEMS_SHARE_OF_WINDOW, PROBLEMS_MIN_HEIGHT);
  const fieldPaths = chartFieldPaths(store.chart.schema);
  const { problems, renderError } = evaluation;
  const counts = countBySeverity(problems);

  return (
    <Paper variant="outlined" component="section" aria-label="Problems" aria-busy={checking || undefined} sx={{ display: 'flex', flexDirection: 'column', flexShrink: 0 }}>
      <ProblemsTitleBar title="Problems" counts={counts} open={open} onToggle={() => setOpen((o) => !o)} />
      {open && (
        <Box sx={problemsScrollSx(fittedHeight)} data-testid="problems-scroll">
          {renderError && (
            <Alert severity="error" sx={{ m: 1 }} data-render-error="">
              The chart could not be rendered with these values: {renderError}
            </Alert>
          )}
          {problems.length === 0 && !renderError ? (
            <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, py: 1 }} role="status">
              No problems found.
            </Typography>
          ) : (
            <List dense disablePadding ref={listRef}>
              {problems.map((problem, i) => {
                const target = problemTarget(fieldPaths, problem.params);
                return (
                  <ProblemRow
                    key={`${problem.id}:${problem.params.join(' ')}:${i}`}
                    problem={problem}
                    label={`${problem.severity}: ${problem.message} (go to ${target})`}
                    onChoose={target ? () => navigator.reveal(target) : undefined}
                    details={<ProblemRefs problem={problem} fieldPaths={fieldPaths} docs={store.chart.docs} onParam={(field) => navigator.reveal(field)} />}
                  >
                    <SeverityIcon severity={problem.severity} sx={{ fontSize: 20, mr: 1, mt: '1px', flexShrink: 0 }} />
                    <ProblemText problem={problem} />
                  </ProblemRow>
                );
              })}
            </List>
          )}
        </Box>
      )}
    </Paper>
  );
}
