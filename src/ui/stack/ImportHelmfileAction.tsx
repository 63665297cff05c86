// "Import helmfile": paste a helmfile.yaml or choose it with the values files it names (one by one,
// as a folder, or as a bundle zip); the core reads it into a stack and says what it cannot read.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import FolderOpen from '@mui/icons-material/FolderOpen';
import UploadFile from '@mui/icons-material/UploadFile';
import { importHelmfile, type HelmfileImportResult, type Stack } from '../../core/bundle';
import type { ChartModule, Values } from '../../core/types';
import { ImportApplyError, ImportDialogActions, ImportProblemList, ImportTextField, selectTextLine } from '../actions/ImportDialogParts';
import { ChooseFileButton } from '../actions/ChooseFileButton';
import { formatBytes, MAX_IMPORT_BYTES, tooLargeNote } from '../actions/importLogic';
import { baseName, collectFiles, valuesFileReader, type ChosenFile, type FileSet } from './helmfileFiles';

const NO_FILES: FileSet = { texts: {}, notes: [] };

function readImport(text: string, files: FileSet, fileName: string, charts: readonly ChartModule<Values>[]): HelmfileImportResult | undefined {
  if (text.trim() === '') return undefined;
  if (text.length > MAX_IMPORT_BYTES) {
    return { stack: { releases: [], bindings: [] }, ok: false, skipped: [], issues: [{ severity: 'error', message: `This text is over ${formatBytes(MAX_IMPORT_BYTES)}; it is not read.` }] };
  }
  try {
    return importHelmfile(text, { charts: [...charts], fileName, readFile: valuesFileReader(files.texts, files.helmfile) });
  } catch (e) {
    // The import promises not to throw; should it, the dialog says so instead of breaking.
    return { stack: { releases: [], bindings: [] }, ok: false, skipped: [], issues: [{ severity: 'error', message: `The helmfile could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

async function readChosen(list: FileList): Promise<{ chosen: ChosenFile[]; refused: string[] }> {
  const chosen: ChosenFile[] = [];
  const refused: string[] = [];
  for (const file of Array.from(list)) {
    if (file.size > MAX_IMPORT_BYTES * 5) {
      refused.push(tooLargeNote(file, MAX_IMPORT_BYTES * 5));
      continue;
    }
    chosen.push({ path: file.webkitRelativePath || file.name, data: new Uint8Array(await file.arrayBuffer()) });
  }
  return { chosen, refused };
}

/** What the page says after an import: releases taken, releases skipped, warnings. */
export function importSummary(result: HelmfileImportResult, fileName: string): string {
  const count = result.stack.releases.length;
  const skipped = result.skipped.length > 0 ? ` Skipped ${result.skipped.map((s) => `${s.name} (${s.chart})`).join(', ')}: not charts the configurator knows.` : '';
  const warnings = result.issues.filter((i) => i.severity === 'warning' && !result.skipped.some((s) => s.name === i.release));
  return `Imported ${count} release${count > 1 ? 's' : ''} from ${fileName}.${skipped}${warnings.length > 0 ? ` ${warnings.length} warning(s): ${warnings.map((i) => i.message).join(' ')}` : ''}`;
}

export function ImportHelmfileAction({
  charts, buttonSx, onImport,
}: {
  charts: readonly ChartModule<Values>[];
  buttonSx?: object;
  /** Replaces the stack (asks first when there is one). */
  onImport(stack: Stack, summary: string): void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<FileSet>(NO_FILES);
  const [fileName, setFileName] = useState('helmfile.yaml');
  const [notes, setNotes] = useState<string[]>([]);
  const [applyError, setApplyError] = useState<string | undefined>();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const deferredText = useDeferredValue(text);
  const result = useMemo(() => readImport(deferredText, files, fileName, charts), [deferredText, files, fileName, charts]);

  const close = () => {
    setOpen(false);
    setApplyError(undefined);
  };

  const edit = (next: string) => {
    setText(next);
    setApplyError(undefined);
  };

  const onFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    void readChosen(list).then(({ chosen, refused }) => {
      const set = collectFiles(chosen);
      setFiles(set);
      const found = set.helmfile;
      if (found) {
        setText(set.texts[found]);
        setFileName(baseName(found));
      }
      const count = Object.keys(set.texts).length;
      setNotes([
        ...refused,
        ...set.notes,
        found
          ? `Using ${found}${count > 1 ? ` and ${count - 1} other file${count > 2 ? 's' : ''} for the values it names` : ''}.`
          : `No helmfile.yaml among the ${count} chosen file${count === 1 ? '' : 's'}: paste it below; the chosen files are read for the values it names.`,
      ]);
      setApplyError(undefined);
    }, (e: unknown) => setNotes([`The files could not be read (${e instanceof Error ? e.message : String(e)}).`]));
  };

  const apply = () => {
    const current = readImport(text, files, fileName, charts);
    if (!current) {
      setApplyError('Paste a helmfile.yaml or choose one first.');
      return;
    }
    if (!current.ok || current.stack.releases.length === 0) {
      setApplyError(current.stack.releases.length === 0 && current.ok ? 'The helmfile has no release to import.' : 'Fix the errors above first; nothing was changed.');
      return;
    }
    onImport(current.stack, importSummary(current, fileName));
    setText('');
    setFiles(NO_FILES);
    setNotes([]);
    close();
  };

  return (
    <>
      <Button color="inherit" startIcon={<UploadFile />} sx={buttonSx} onClick={() => setOpen(true)}>
        Import helmfile
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="import-helmfile-title" maxWidth="md" fullWidth>
        <DialogTitle id="import-helmfile-title">Import helmfile</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            Paste a helmfile.yaml, or choose it together with the values files it names (or the folder that holds them, or a
            bundle zip). Releases of the charts this configurator knows become the stack; applying it replaces the current stack.
            Templating (<code>{'{{ }}'}</code>), environments and remote values are not evaluated.
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
            <ChooseFileButton
              label="Choose files"
              multiple
              accept=".yaml,.yml,.gotmpl,.json,.zip,text/yaml,application/yaml,application/zip,text/plain"
              testId="helmfile-files"
              onChoose={onFiles}
            />
            {/* A folder with the helmfile and its values files in their sub-folders. */}
            <ChooseFileButton label="Choose folder" folder icon={<FolderOpen />} onChoose={onFiles} />
          </Box>
          {notes.length > 0 && (
            <Box role="status" sx={{ mb: 1 }}>
              {notes.map((n, i) => (
                <Typography key={i} variant="body2">
                  {n}
                </Typography>
              ))}
            </Box>
          )}
          <ImportTextField id="helmfile-text" label="helmfile.yaml to import" value={text} onChange={edit} textareaRef={textareaRef} />
          <Box sx={{ mt: 1.5 }} aria-live="polite">
            {result && result.ok && result.stack.releases.length > 0 && (
              <Alert severity="success">
                {result.stack.releases.length} release{result.stack.releases.length > 1 ? 's' : ''} read:{' '}
                {result.stack.releases.map((r) => `${r.name} (${r.chart}, ${r.namespace})`).join(', ')}. Ready to apply.
              </Alert>
            )}
            {result && result.skipped.length > 0 && (
              <Alert severity="info" sx={{ mt: 1 }} data-testid="helmfile-skipped">
                Skipped (charts the configurator does not know):{' '}
                {result.skipped.map((s) => `${s.name} (${s.chart})`).join(', ')}.
              </Alert>
            )}
            <ImportProblemList problems={result?.issues ?? []} onLine={(line) => selectTextLine(textareaRef.current, line)} />
            <ImportApplyError error={applyError} />
          </Box>
        </DialogContent>
        <ImportDialogActions onCancel={close} onApply={apply} />
      </Dialog>
    </>
  );
}
