// Messages about the page as a whole (link opened, storage problems), each dismissible.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { PageMessage } from '../state/opening';

export function PageMessages({
  messages, onDismiss, onRestore,
}: {
  messages: readonly PageMessage[];
  onDismiss(id: string): void;
  onRestore(message: PageMessage): void;
}) {
  if (messages.length === 0) return null;
  return (
    <Box sx={{ px: 1.5, pt: 1, display: 'flex', flexDirection: 'column', gap: 0.75 }} data-testid="page-messages">
      {messages.map((m) => (
        <Alert
          key={m.id}
          severity={m.severity}
          role={m.severity === 'error' ? 'alert' : 'status'}
          data-message={m.id}
          onClose={() => onDismiss(m.id)}
          action={
            m.restore ? (
              <Box sx={{ display: 'flex', alignItems: 'center' }}>
                <Button color="inherit" onClick={() => onRestore(m)}>
                  Restore my previous values
                </Button>
                <Button color="inherit" onClick={() => onDismiss(m.id)}>
                  Dismiss
                </Button>
              </Box>
            ) : undefined
          }
        >
          {m.text}
        </Alert>
      ))}
    </Box>
  );
}
