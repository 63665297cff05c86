// Pieces both import dialogs (values.yaml, helmfile.yaml) show the same way: the text box, the
// list of problems found in the text, and the Cancel / Apply buttons.
import { useId, useMemo, useRef, type ChangeEvent, type RefObject, type UIEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { Severity } from '../../core/types';
import { SeverityIcon } from '../problems/SeverityIcon';
import { MONO_FONTS } from '../theme';

const LINE_HEIGHT_PX = 19;
const EDITOR_ROWS = { min: 10, max: 20 };

/**
 * The text to import, with line numbers beside it so the problems' "Line N" can be found; a plain
 * textarea (not Monaco) keeps the dialogs light. The gutter scrolls with the text.
 */
export function ImportTextField({ id, label, value, onChange, textareaRef }: {
  id?: string;
  label: string;
  value: string;
  onChange(text: string): void;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
}) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const gutterRef = useRef<HTMLDivElement>(null);
  const lineCount = Math.max(1, countLines(value));
  const rows = Math.min(EDITOR_ROWS.max, Math.max(EDITOR_ROWS.min, lineCount));
  const numbers = useMemo(() => Array.from({ length: lineCount }, (_, i) => i + 1).join('\n'), [lineCount]);
  const text = { fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: `${LINE_HEIGHT_PX}px` };
  return (
    <Box>
      <Typography component="label" htmlFor={inputId} variant="body2" color="text.secondary" sx={{ display: 'block', mb: 0.5 }}>
        {label}
      </Typography>
      <Box
        sx={{
          display: 'flex', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden',
          '&:focus-within': { borderColor: 'primary.main', outline: '1px solid', outlineColor: 'primary.main' },
        }}
      >
        <Box
          ref={gutterRef}
          aria-hidden
          data-testid="import-line-numbers"
          sx={{
            ...text, whiteSpace: 'pre', textAlign: 'right', color: 'text.secondary', bgcolor: 'action.hover',
            px: 1, py: 1, overflow: 'hidden', userSelect: 'none', minWidth: '3.5ch', height: rows * LINE_HEIGHT_PX + 16,
          }}
        >
          {numbers}
        </Box>
        <Box
          component="textarea"
          id={inputId}
          ref={textareaRef}
          value={value}
          spellCheck={false}
          wrap="off"
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
          onScroll={(e: UIEvent<HTMLTextAreaElement>) => {
            if (gutterRef.current) gutterRef.current.scrollTop = e.currentTarget.scrollTop;
          }}
          sx={{
            ...text, flex: 1, minWidth: 0, border: 0, outline: 0, resize: 'none', p: 1, m: 0,
            height: rows * LINE_HEIGHT_PX + 16, overflow: 'auto', bgcolor: 'background.paper', color: 'text.primary',
          }}
        />
      </Box>
    </Box>
  );
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Selects a 1-based line of the textarea and scrolls it into view (a problem's "Line N" button). */
export function selectTextLine(area: HTMLTextAreaElement | null, line: number): void {
  if (!area) return;
  const lines = area.value.split('\n');
  const index = Math.min(Math.max(line, 1), lines.length) - 1;
  const start = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + lines[index].length);
  area.scrollTop = Math.max(0, (index - 3) * LINE_HEIGHT_PX);
  area.dispatchEvent(new Event('scroll'));
}

export interface ImportProblem {
  severity: Severity;
  message: string;
  /** 1-based line in the imported text. */
  line?: number;
}

/** Problems of the whole text first, then by line (a stable sort keeps each line's own order). */
export function inLineOrder<P extends ImportProblem>(problems: readonly P[]): P[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export function ImportProblemList({ problems, onLine }: { problems: readonly ImportProblem[]; onLine?(line: number): void }) {
  if (problems.length === 0) return null;
  return (
    <Box component="ul" aria-label="Import problems" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {inLineOrder(problems).map((p, i) => (
        <Box component="li" key={i} data-import-severity={p.severity} data-line={p.line} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 0.5 }}>
          <SeverityIcon severity={p.severity} sx={{ fontSize: 18, mt: '2px' }} />
          <Typography variant="body2">
            {p.line !== undefined && (onLine ? (
              <Link component="button" type="button" variant="body2" sx={{ fontWeight: 700, verticalAlign: 'baseline' }} onClick={() => onLine(p.line ?? 1)}>
                Line {p.line}:
              </Link>
            ) : <b>Line {p.line}:</b>)}{' '}
            {p.message}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** Why the last Apply changed nothing. */
export function ImportApplyError({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <Alert severity="error" sx={{ mt: 1 }}>
      {error}
    </Alert>
  );
}

export function ImportDialogActions({ onCancel, onApply }: { onCancel(): void; onApply(): void }) {
  return (
    <DialogActions>
      <Button onClick={onCancel}>Cancel</Button>
      <Button variant="contained" onClick={onApply}>
        Apply import
      </Button>
    </DialogActions>
  );
}
