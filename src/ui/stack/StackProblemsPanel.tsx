// Every problem of the stack: each release's own and those between releases, errors first, each
// labelled with its release. Choosing one opens that release and jumps to the parameter.
import { useCallback, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { BundleProblem } from '../../core/bundle';
import { chartFieldPaths } from '../form/model';
import { PROBLEMS_MIN_HEIGHT, PROBLEMS_SHARE_OF_WINDOW, ProblemRow, ProblemsTitleBar, problemsScrollSx } from '../problems/ProblemListParts';
import { useWholeRowsHeight } from '../problems/useWholeRowsHeight';
import { ProblemRefs, ProblemText } from '../problems/ProblemsPanel';
import { SeverityIcon } from '../problems/SeverityIcon';
import { countBySeverity, problemTarget } from '../state/derived';
import { useStackSelector } from './hooks';
import type { StackStore } from './stackStore';

export interface StackProblemRow {
  problem: BundleProblem;
  /** Entry id of the release it belongs to. */
  releaseId?: string;
  /** The form field to jump to. */
  target?: string;
  /** The release's form fields, for the parameter buttons. */
  fieldPaths?: ReadonlySet<string>;
  docs: { title: string; url: string };
}

function problemRows(stack: StackStore): StackProblemRow[] {
  const { entries } = stack.getState();
  return stack.getEvaluation().problems.map((problem) => {
    const entry = problem.release !== undefined ? entries.find((e) => e.store.getState().release.name === problem.release) : undefined;
    const fields = entry ? chartFieldPaths(entry.chart.schema) : undefined;
    const target = fields ? problemTarget(fields, problem.params) : undefined;
    return {
      problem, ...(entry ? { releaseId: entry.id } : {}), ...(target ? { target } : {}), ...(fields ? { fieldPaths: fields } : {}),
      docs: entry?.chart.docs ?? { title: 'Docs', url: '' },
    };
  });
}

const sameRows = (a: StackProblemRow[], b: StackProblemRow[]) =>
  a.length === b.length &&
  a.every((r, i) => r.problem.id === b[i].problem.id && r.problem.message === b[i].problem.message && r.problem.severity === b[i].problem.severity &&
    r.problem.release === b[i].problem.release && r.releaseId === b[i].releaseId && r.target === b[i].target && r.fieldPaths === b[i].fieldPaths && r.docs === b[i].docs && r.problem.params.join(' ') === b[i].problem.params.join(' '));

export function StackProblemsPanel({ onChoose }: { onChoose(releaseId: string, target: string | undefined): void }) {
  const rows = useStackSelector(problemRows, sameRows);
  const [open, setOpen] = useState(true);
  const listRef = useRef<HTMLUListElement>(null);
  const fittedHeight = useWholeRowsHeight(listRef, PROBLEMS_SHARE_OF_WINDOW, PROBLEMS_MIN_HEIGHT);
  const counts = countBySeverity(rows.map((r) => r.problem));
  const choose = useCallback((row: StackProblemRow) => row.releaseId && onChoose(row.releaseId, row.target), [onChoose]);

  return (
    <Paper variant="outlined" component="section" aria-label="Problems" sx={{ display: 'flex', flexDirection: 'column', flexShrink: 0 }}>
      <ProblemsTitleBar title="Problems of the stack" counts={counts} open={open} onToggle={() => setOpen((o) => !o)} />
      {open && (
        <Box sx={problemsScrollSx(fittedHeight)} data-testid="problems-scroll">
          {rows.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, py: 1 }} role="status">
              No problems found in any release or between them.
            </Typography>
          ) : (
            <List dense disablePadding ref={listRef}>
              {rows.map((row, i) => {
                const { problem } = row;
                const label = problem.release ?? 'stack';
                return (
                  <ProblemRow
                    key={`${label}:${problem.id}:${problem.params.join(' ')}:${i}`}
                    problem={problem}
                    release={problem.release ?? ''}
                    label={`${label} ${problem.severity}: ${problem.message}${row.target ? ` (go to ${row.target})` : ''}`}
                    onChoose={row.releaseId ? () => choose(row) : undefined}
                    details={
                      <ProblemRefs
                        problem={problem}
                        fieldPaths={row.fieldPaths}
                        docs={row.docs}
                        onParam={row.releaseId ? (field) => onChoose(row.releaseId ?? '', field) : undefined}
                      />
                    }
                  >
                    <SeverityIcon severity={problem.severity} sx={{ fontSize: 20, mr: 1, mt: '1px', flexShrink: 0 }} />
                    <Chip size="small" variant="outlined" label={label} sx={{ mr: 1, mt: '1px', height: 20, fontSize: 11.5, flexShrink: 0 }} />
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
