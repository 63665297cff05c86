// The "Import values" dialog: paste or upload a values.yaml, see its problems at their lines, then
// apply it (it replaces the current values) or cancel. Loaded on first use with the checks it needs
// (the schema validator and the `yaml` package).
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { replaceValues } from '../state/actions';
import { useStore } from '../state/hooks';
import { ImportApplyError, ImportDialogActions, ImportProblemList, ImportTextField, selectTextLine } from './ImportDialogParts';
import { checkImport, formatBytes, MAX_IMPORT_BYTES, readImportFile } from './importLogic';
import { ChooseFileButton } from './ChooseFileButton';

export interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  onImported(summary: string): void;
}

export default function ImportDialog({ open, onClose, onImported }: ImportDialogProps) {
  const store = useStore();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<string | undefined>();
  const [applyError, setApplyError] = useState<string | undefined>();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const deferredText = useDeferredValue(text);
  const check = useMemo(() => checkImport(store.chart, deferredText), [store.chart, deferredText]);

  const close = () => {
    onClose();
    setApplyError(undefined);
  };

  const edit = (next: string) => {
    setText(next);
    setApplyError(undefined);
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    void readImportFile(file).then((read) => {
      setFileNote(read.note);
      if (!read.ok) return;
      setText(read.text);
      setApplyError(undefined);
    });
  };

  const apply = () => {
    const current = checkImport(store.chart, text);
    if (current.kind !== 'ready') {
      setApplyError(current.kind === 'empty' ? 'Paste or choose a values.yaml first.' : 'Fix the problems marked above first; nothing was changed.');
      return;
    }
    store.dispatch(replaceValues(current.values, 'import'));
    const errors = current.problems.filter((p) => p.severity === 'error').length;
    const warnings = current.problems.filter((p) => p.severity === 'warning').length;
    onImported(
      `Imported values.${errors + warnings > 0 ? ` ${errors} error(s) and ${warnings} warning(s) are listed under Problems.` : ''}`,
    );
    setText('');
    setFileNote(undefined);
    close();
  };

  const problems = check.kind === 'ready' || check.kind === 'invalid' ? check.problems : [];
  return (
    <Dialog open={open} onClose={close} aria-labelledby="import-title" maxWidth="md" fullWidth>
      <DialogTitle id="import-title">Import values</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          Paste a values.yaml or choose a file. It is checked against {store.chart.name} {store.chart.version} before anything
          changes; applying it replaces your current values for this chart.
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1.5 }}>
          <ChooseFileButton accept=".yaml,.yml,.json,text/yaml,application/yaml,text/plain" onChoose={(files) => onFile(files?.[0])} />
          {fileNote && (
            <Typography variant="body2" role="status">
              {fileNote}
            </Typography>
          )}
        </Box>
        <ImportTextField label="values.yaml to import" value={text} onChange={edit} textareaRef={textareaRef} />
        <Box sx={{ mt: 1.5 }} aria-live="polite">
          {check.kind === 'too-large' && (
            <Alert severity="error">
              This text is {formatBytes(check.bytes)}; imports over {formatBytes(MAX_IMPORT_BYTES)} are refused.
            </Alert>
          )}
          {check.kind === 'ready' && problems.length === 0 && <Alert severity="success">No problems found. Ready to apply.</Alert>}
          <ImportProblemList problems={problems} onLine={(line) => selectTextLine(textareaRef.current, line)} />
          <ImportApplyError error={applyError} />
        </Box>
      </DialogContent>
      <ImportDialogActions onCancel={close} onApply={apply} />
    </Dialog>
  );
}
