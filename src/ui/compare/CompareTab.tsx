// The Compare tab's content as the chart page mounts it: the pane (and Monaco's diff editor) load
// on first use; a failure inside it shows a message in the tab, never a blank page.
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { DEFAULTS_BASELINE } from '../baseline/baselines';
import type { BaselineStore } from '../baseline/baselineStore';
import type { FieldNavigator } from '../form/navigator';
import { ErrorBoundary } from '../ErrorBoundary';

const ComparePane = lazy(() => import('./ComparePane'));

function CompareBoundary({ children, onBack }: { children: ReactNode; onBack(): void }) {
  return (
    <ErrorBoundary
      fallback={(message) => (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={onBack}>
              Compare with the defaults
            </Button>
          }
        >
          The comparison could not be shown ({message}). Your values are kept.
        </Alert>
      )}
    >
      {children}
    </ErrorBoundary>
  );
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
