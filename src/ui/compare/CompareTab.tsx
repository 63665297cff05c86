// The Compare tab's content as the chart page mounts it: the pane (and Monaco's diff editor) load
// on first use; a failure inside it shows a message in the tab, never a blank page.
import { Component, lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { DEFAULTS_BASELINE } from '../baseline/baselines';
import type { BaselineStore } from '../baseline/baselineStore';
import type { FieldNavigator } from '../form/navigator';

const ComparePane = lazy(() => import('./ComparePane'));

class CompareBoundary extends Component<{ children: ReactNode; onBack(): void }, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={this.props.onBack}>
            Compare with the defaults
          </Button>
        }
      >
        The comparison could not be shown ({this.state.error}). Your values are kept.
      </Alert>
    );
  }
}

export function CompareTab({ baselines, navigator }: { baselines: BaselineStore; navigator: FieldNavigator }) {
  // A new baseline gets a fresh boundary, so choosing another one recovers from a failed comparison.
  const selectedId = useSyncExternalStore(baselines.subscribe, () => baselines.selected().id);
  return (
    <CompareBoundary key={selectedId} onBack={() => baselines.select(DEFAULTS_BASELINE.id)}>
      <Suspense fallback={<LinearProgress aria-label="Loading the comparison" />}>
        <ComparePane baselines={baselines} navigator={navigator} />
      </Suspense>
    </CompareBoundary>
  );
}
