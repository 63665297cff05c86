// NOTES.txt as the chart renders it for the current values (charts opened at run time): helm prints
// it after an install, apart from the manifests, so it is shown apart here too, folded by default.
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import { useStoreSelector } from '../state/hooks';
import type { ValuesStore } from '../state/store';
import { MONO_FONTS } from '../theme';
import { FoldedNote } from './FoldedNote';

export function ChartNotesPanel() {
  const notes = useStoreSelector(useCallback((s: ValuesStore) => s.getEvaluation().notes?.trim() ?? '', []));
  if (notes === '') return null;
  return (
    <FoldedNote label="NOTES.txt" testId="chart-notes" summary="NOTES.txt: what helm prints after installing these values">
      <Box component="pre" sx={{ m: 0, mt: 0.75, p: 1, maxHeight: '30vh', overflow: 'auto', bgcolor: 'action.hover', borderRadius: 1, fontFamily: MONO_FONTS, fontSize: 12.5, whiteSpace: 'pre-wrap' }}>
        {notes}
      </Box>
    </FoldedNote>
  );
}
