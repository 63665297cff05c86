// The button that opens the browser's file chooser (import dialogs). Its input is cleared after each
// choice, so choosing the same file again reads it again.
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import UploadFile from '@mui/icons-material/UploadFile';

export interface ChooseFileButtonProps {
  /** File types offered first (the input's `accept`). */
  accept?: string;
  multiple?: boolean;
  /** Choose a whole folder (its files, with their relative paths) instead of files. */
  folder?: boolean;
  label?: string;
  icon?: ReactNode;
  testId?: string;
  /** Called at once with what was chosen: read what is needed from it before returning or awaiting. */
  onChoose(files: FileList | null): void;
}

export function ChooseFileButton({ accept, multiple, folder, label = 'Choose file', icon = <UploadFile />, testId, onChoose }: ChooseFileButtonProps) {
  return (
    <Button component="label" variant="outlined" startIcon={icon}>
      {label}
      <input
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        data-testid={testId}
        {...(folder ? { webkitdirectory: '', directory: '' } : {})}
        onChange={(e) => {
          onChoose(e.target.files);
          e.target.value = '';
        }}
      />
    </Button>
  );
}
