// The main area of a workspace page (chart or stack): its panes side by side from the md
// breakpoint up, one under the other below it.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export function WorkspaceMain({ columns, narrowRows, children }: { columns: string; narrowRows: string; children: ReactNode }) {
  return (
    <Box
      component="main"
      sx={{
        flexGrow: 1,
        minHeight: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: columns },
        gridTemplateRows: { xs: narrowRows, md: 'minmax(0, 1fr)' },
      }}
    >
      {children}
    </Box>
  );
}
