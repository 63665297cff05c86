// An info line beside the preview with a Show/Hide button, and what it folds below it: the chart's
// install notes and NOTES.txt are shown this way.
import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';

export function FoldedNote({ label, testId, summary, children }: { label: string; testId: string; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Box component="section" aria-label={label} data-testid={testId} sx={{ flexShrink: 0 }}>
      <Alert
        severity="info"
        sx={{ py: 0, '& .MuiAlert-message': { width: '100%' } }}
        action={
          <Button color="inherit" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Hide' : 'Show'}
          </Button>
        }
      >
        {summary}
      </Alert>
      {open && children}
    </Box>
  );
}
