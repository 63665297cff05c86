// Facts about installing the chart that no value changes (CRDs, generated passwords...).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Notice } from '../../core/types';

export function NoticesPanel({ notices }: { notices: readonly Notice[] }) {
  const [open, setOpen] = useState(false);
  if (notices.length === 0) return null;
  return (
    <Box component="section" aria-label="Install notes" data-testid="notices" sx={{ flexShrink: 0 }}>
      <Alert
        severity="info"
        sx={{ py: 0, '& .MuiAlert-message': { width: '100%' } }}
        action={
          <Button color="inherit" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Hide' : 'Show'}
          </Button>
        }
      >
        {notices.length} install note{notices.length > 1 ? 's' : ''}: {notices.map((n) => n.title).join(' · ')}
      </Alert>
      {open && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, mt: 0.75, maxHeight: '30vh', overflowY: 'auto' }}>
          {notices.map((notice) => (
            <Alert key={notice.title} severity="info" variant="outlined">
              <AlertTitle sx={{ fontSize: 13.5 }}>{notice.title}</AlertTitle>
              <Box sx={{ whiteSpace: 'pre-line', fontSize: 13 }}>{notice.text}</Box>
              {notice.doc && <Box sx={{ fontSize: 12, color: 'text.secondary', mt: 0.5 }}>From the chart docs: {notice.doc}</Box>}
            </Alert>
          ))}
        </Box>
      )}
    </Box>
  );
}
