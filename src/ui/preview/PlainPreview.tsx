// The manifests as plain text: shown while Monaco loads, or instead of it if it cannot load.
import { useEffect } from 'react';
import Box from '@mui/material/Box';
import { measureUpdate } from '../state/store';
import { MONO_FONTS } from '../theme';

export default function PlainPreview({ text }: { text: string }) {
  useEffect(() => {
    measureUpdate();
  }, [text]);
  return (
    <Box
      component="pre"
      tabIndex={0}
      aria-label="Rendered manifests (read-only)"
      data-testid="plain-preview"
      sx={{ m: 0, p: 1.5, height: '100%', minHeight: 320, overflow: 'auto', fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
    >
      {text}
    </Box>
  );
}
