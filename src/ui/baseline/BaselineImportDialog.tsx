// "What runs now": paste or drop the values of a running release (a values file, the output of
// `helm get values RELEASE`, or a share link) to compare with. Nothing here changes the values.
import { useRef, useState, type DragEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ChartModule, Values } from '../../core/types';
import { ChooseFileButton } from '../actions/ChooseFileButton';
import { readImportFile } from '../actions/importLogic';
import { ImportTextField } from '../actions/ImportDialogParts';
import { MONO_FONTS } from '../theme';
import { baselineInputLoading, readBaselineInput } from './baselineInput';
import type { BaselineStore } from './baselineStore';

export interface BaselineImportDialogProps {
  open: boolean;
  chart: ChartModule<Values>;
  baselines: BaselineStore;
  onClose(): void;
  /** Told what was added (and any note about it). */
  onAdded(summary: string): void;
}

export function BaselineImportDialog({ open, chart, baselines, onClose, onAdded }: BaselineImportDialogProps) {
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [fileNote, setFileNote] = useState<string | undefined>();
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const reset = () => {
    setText('');
    setName('');
    setError(undefined);
    setFileNote(undefined);
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    void readImportFile(file).then((read) => {
      setFileNote(read.note);
      if (!read.ok) return;
      setText(read.text);
      setName((n) => n || file.name.slice(0, 80));
      setError(undefined);
    });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) return readFile(file);
    const dropped = e.dataTransfer.getData('text/plain');
    if (dropped) setText(dropped);
  };

  const use = () => {
    const loading = baselineInputLoading(chart, text);
    if (loading) return void loading.then(use);
    const read = readBaselineInput(chart, text);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    const { warning } = baselines.add({
      kind: 'imported',
      values: read.values,
      ...(read.release ? { release: read.release } : {}),
      ...(name.trim() ? { label: name.trim() } : {}),
    });
    onAdded([`Comparing with ${name.trim() || 'what runs now'}.`, read.note, warning].filter(Boolean).join(' '));
    reset();
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="baseline-import-title" maxWidth="md" fullWidth>
      <DialogTitle id="baseline-import-title">Compare with what runs now</DialogTitle>
      <DialogContent onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          Paste or drop the values of the running release: a values file, the output of{' '}
          <Box component="code" sx={{ fontFamily: MONO_FONTS }}>helm get values RELEASE -o yaml</Box>, or a share link of {chart.name}. Your current values do not change.
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
          <ChooseFileButton accept=".yaml,.yml,.json,.txt,text/yaml,application/yaml,text/plain" onChoose={(files) => readFile(files?.[0])} />
          <TextField size="small" label="Name (optional)" value={name} onChange={(e) => setName(e.target.value.slice(0, 80))} sx={{ minWidth: 240 }} />
          {fileNote && (
            <Typography variant="body2" role="status">
              {fileNote}
            </Typography>
          )}
        </Box>
        <ImportTextField
          label="Values, helm get values output or share link"
          value={text}
          onChange={(next) => {
            setText(next);
            setError(undefined);
          }}
          textareaRef={textareaRef}
        />
        <Box aria-live="polite" sx={{ mt: 1 }}>
          {error && (
            <Alert severity="error" data-testid="baseline-import-error">
              {error}
            </Alert>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={use}>
          Compare with these values
        </Button>
      </DialogActions>
    </Dialog>
  );
}
