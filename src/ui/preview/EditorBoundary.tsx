// Shows a plain fallback when a lazily loaded editor fails to load or crashes.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { ErrorBoundary } from '../ErrorBoundary';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

export function EditorBoundary({ fallback, children }: Props) {
  return (
    <ErrorBoundary
      fallback={(message) => (
        <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 1 }}>
          <Alert severity="warning">The code editor could not be loaded ({message}); showing plain text instead.</Alert>
          <Box sx={{ flexGrow: 1, minHeight: 0 }}>{fallback}</Box>
        </Box>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
