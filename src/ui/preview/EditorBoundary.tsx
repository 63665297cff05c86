// Shows a plain fallback when a lazily loaded editor fails to load or crashes.
import { Component, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

export class EditorBoundary extends Component<Props, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 1 }}>
        <Alert severity="warning">The code editor could not be loaded ({this.state.error}); showing plain text instead.</Alert>
        <Box sx={{ flexGrow: 1, minHeight: 0 }}>{this.props.fallback}</Box>
      </Box>
    );
  }
}
