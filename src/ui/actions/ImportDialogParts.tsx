// Pieces both import dialogs (values.yaml, helmfile.yaml) show the same way: the text box, the
// list of problems found in the text, and the Cancel / Apply buttons.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Severity } from '../../core/types';
import { SeverityIcon } from '../problems/SeverityIcon';
import { MONO_FONTS } from '../theme';

export function ImportTextField({ id, label, value, onChange }: { id?: string; label: string; value: string; onChange(text: string): void }) {
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      multiline
      minRows={10}
      maxRows={20}
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: MONO_FONTS, fontSize: 12.5 } } }}
    />
  );
}

export interface ImportProblem {
  severity: Severity;
  message: string;
  /** 1-based line in the imported text. */
  line?: number;
}

export function ImportProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Box component="ul" aria-label="Import problems" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {problems.map((p, i) => (
        <Box component="li" key={i} data-import-severity={p.severity} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 0.5 }}>
          <SeverityIcon severity={p.severity} sx={{ fontSize: 18, mt: '2px' }} />
          <Typography variant="body2">
            {p.line !== undefined && <b>Line {p.line}: </b>}
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
