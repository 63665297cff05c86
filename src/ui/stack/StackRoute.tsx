// The stack page inside an error boundary whose reset clears the saved stack: a crash, or a link
// that breaks the page, never leaves a blank page.
import { useState } from 'react';
import type { ChartModule, Values } from '../../core/types';
import { ChartErrorBoundary } from '../chart/ChartErrorBoundary';
import { replaceHash, STACK_HREF } from '../routing';
import { browserStorage } from '../state/persistence';
import { STACK_STORAGE_KEY } from './model';
import { StackWorkspace } from './StackWorkspace';

const BOUNDARY_TEXT = {
  title: 'The stack page stopped working',
  body: 'Something in the stack made the page fail. The stack is still saved in this browser; you can go back to the chart list, or clear the saved stack and start again.',
  reset: 'Clear the saved stack',
};

export function StackRoute({ charts, share }: { charts: readonly ChartModule<Values>[]; share?: string }) {
  const [generation, setGeneration] = useState(0);
  return (
    <ChartErrorBoundary
      chartName="stack"
      text={BOUNDARY_TEXT}
      onReset={() => {
        try {
          browserStorage()?.removeItem(STACK_STORAGE_KEY);
        } catch {
          // Nothing to clear when storage is blocked.
        }
        // A link that crashed the page must not be applied again.
        replaceHash(STACK_HREF);
        setGeneration((g) => g + 1);
      }}
    >
      <StackWorkspace key={generation} charts={charts} share={generation > 0 ? undefined : share} afterReset={generation > 0} />
    </ChartErrorBoundary>
  );
}
