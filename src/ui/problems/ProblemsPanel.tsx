// Every problem of the current values, errors first; choosing one jumps to its parameter.
import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Problem } from '../../core/types';
import { deepEqual } from '../../core/values';
import { chartFieldPaths } from '../form/model';
import type { FieldNavigator } from '../form/navigator';
import { countBySeverity, problemTarget } from '../state/derived';
import { useStore, useStoreSelector } from '../state/hooks';
import type { ValuesStore } from '../state/store';
import { MONO_FONTS } from '../theme';
import { ProblemRow, ProblemsTitleBar } from './ProblemListParts';
import { SeverityIcon } from './SeverityIcon';

export function ProblemText({ problem, docTitle }: { problem: Problem; docTitle: string }) {
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
          <b>Fix:</b> {problem.fix}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.25, alignItems: 'center' }}>
        {problem.params.map((p) => (
          <Typography key={p} component="code" sx={{ fontFamily: MONO_FONTS, fontSize: 11.5, bgcolor: 'action.hover', px: 0.5, borderRadius: 0.5 }}>
            {p}
          </Typography>
        ))}
        {problem.doc && (
          <Typography variant="caption" color="text.secondary">
            {docTitle}: {problem.doc}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

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
  const fieldPaths = chartFieldPaths(store.chart.schema);
  const { problems, renderError } = evaluation;
  const counts = countBySeverity(problems);

  return (
    <Paper variant="outlined" component="section" aria-label="Problems" aria-busy={checking || undefined} sx={{ display: 'flex', flexDirection: 'column', flexShrink: 0 }}>
      <ProblemsTitleBar title="Problems" counts={counts} open={open} onToggle={() => setOpen((o) => !o)} />
      {open && (
        <Box sx={{ overflowY: 'auto', maxHeight: 'min(24vh, 260px)' }}>
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
            <List dense disablePadding>
              {problems.map((problem, i) => {
                const target = problemTarget(fieldPaths, problem.params);
                return (
                  <ProblemRow
                    key={`${problem.id}:${problem.params.join(' ')}:${i}`}
                    problem={problem}
                    label={`${problem.severity}: ${problem.message} (go to ${target})`}
                    onChoose={target ? () => navigator.reveal(target) : undefined}
                  >
                    <SeverityIcon severity={problem.severity} sx={{ fontSize: 20, mr: 1, mt: '1px', flexShrink: 0 }} />
                    <ProblemText problem={problem} docTitle={store.chart.docs.title} />
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
