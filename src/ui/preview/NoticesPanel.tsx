// Facts about installing the chart that no value changes (CRDs, generated passwords...).
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { Notice } from '../../core/types';
import { FoldedNote } from './FoldedNote';

export function NoticesPanel({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) return null;
  const summary = `${notices.length} install note${notices.length > 1 ? 's' : ''}: ${notices.map((n) => n.title).join(' · ')}`;
  return (
    <FoldedNote label="Install notes" testId="notices" summary={summary}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, mt: 0.75, maxHeight: '30vh', overflowY: 'auto' }}>
        {notices.map((notice) => (
          <Alert key={notice.title} severity="info" variant="outlined">
            <AlertTitle sx={{ fontSize: 13.5 }}>{notice.title}</AlertTitle>
            <Box sx={{ whiteSpace: 'pre-line', fontSize: 13 }}>{notice.text}</Box>
            {notice.doc && <Box sx={{ fontSize: 12, color: 'text.secondary', mt: 0.5 }}>From the chart docs: {notice.doc}</Box>}
          </Alert>
        ))}
      </Box>
    </FoldedNote>
  );
}
