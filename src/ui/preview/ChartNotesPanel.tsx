// NOTES.txt as the chart renders it for the current values (charts opened at run time): helm prints
// it after an install, apart from the manifests, so it is shown apart here too, folded by default.
import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useStoreSelector } from '../state/hooks';
import type { ValuesStore } from '../state/store';
import { MONO_FONTS } from '../theme';

export function ChartNotesPanel() {
  const notes = useStoreSelector(useCallback((s: ValuesStore) => s.getEvaluation().notes?.trim() ?? '', []));
  const [open, setOpen] = useState(false);
  if (notes === '') return null;
  return (
    <Box component="section" aria-label="NOTES.txt" data-testid="chart-notes" sx={{ flexShrink: 0 }}>
      <Alert
        severity="info"
        sx={{ py: 0, '& .MuiAlert-message': { width: '100%' } }}
        action={
          <Button color="inherit" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Hide' : 'Show'}
          </Button>
        }
      >
        NOTES.txt: what helm prints after installing these values
      </Alert>
      {open && (
        <Box component="pre" sx={{ m: 0, mt: 0.75, p: 1, maxHeight: '30vh', overflow: 'auto', bgcolor: 'action.hover', borderRadius: 1, fontFamily: MONO_FONTS, fontSize: 12.5, whiteSpace: 'pre-wrap' }}>
          {notes}
        </Box>
      )}
    </Box>
  );
}
