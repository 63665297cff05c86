// A crash while showing a chart never leaves a blank page: it says what happened and offers to
// start the chart over from its defaults.
import { Component, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

interface Props {
  chartName: string;
  onReset(): void;
  children: ReactNode;
  /** Wording for a page that is not one chart (the stack page). */
  text?: { title: string; body: string; reset: string };
}

export class ChartErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error) {
    console.error('chart page crashed', error);
  }

  override render() {
    const { error } = this.state;
    const { text } = this.props;
    if (!error) return this.props.children;
    return (
      <Box sx={{ p: 4, maxWidth: 900, mx: 'auto' }}>
        <Alert severity="error" role="alert">
          <AlertTitle>{text?.title ?? `The ${this.props.chartName} page stopped working`}</AlertTitle>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {text?.body ??
              `Something in the current values made the page fail. Your values are still saved in this browser; you can go back to the chart list, or reset this chart’s values to its defaults.`}
          </Typography>
          <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 12, mb: 1.5 }}>
            {error.message}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button variant="contained" color="error" onClick={() => { this.setState({ error: undefined }); this.props.onReset(); }}>
              {text?.reset ?? "Reset this chart's values"}
            </Button>
            <Button href="#/">All charts</Button>
          </Box>
        </Alert>
      </Box>
    );
  }
}
