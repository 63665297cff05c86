// A chart page: its workspace inside an error boundary whose reset clears the saved values.
import { useState } from 'react';
import type { ChartModule, Values } from '../../core/types';
import { chartHref, replaceHash } from '../routing';
import { browserStorage, clearSaved } from '../state/persistence';
import { clearHistory } from '../state/historyPersistence';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { ChartWorkspace } from './ChartWorkspace';

export function ChartRoute({ chart, share }: { chart: ChartModule<Values>; share?: string }) {
  const [generation, setGeneration] = useState(0);
  return (
    <ChartErrorBoundary
      key={chart.id}
      chartName={chart.name}
      onReset={() => {
        clearSaved(browserStorage(), chart.id);
        clearHistory(browserStorage(), chart.id);
        // A share link that crashed the page must not be applied again.
        replaceHash(chartHref(chart.id));
        setGeneration((g) => g + 1);
      }}
    >
      <ChartWorkspace key={`${chart.id}:${generation}`} chart={chart} share={share} afterReset={generation > 0} />
    </ChartErrorBoundary>
  );
}
