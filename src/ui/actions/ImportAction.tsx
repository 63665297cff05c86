// "Import values": the button, and the dialog (loaded on first use, then kept with what was typed).
import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import UploadFile from '@mui/icons-material/UploadFile';

const ImportDialog = lazy(() => import('./ImportDialog'));

export function ImportAction({ buttonSx, onImported }: { buttonSx?: object; onImported(summary: string): void }) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<UploadFile />}
        sx={buttonSx}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        Import values
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <ImportDialog open={open} onClose={() => setOpen(false)} onImported={onImported} />
        </Suspense>
      )}
    </>
  );
}
