// The app shell: picks the page from the URL fragment. The picker needs only the charts' metas; a
// chart page loads its code and its chart module (in parallel) when it is opened, and the stack page
// loads every chart.
import { lazy, Suspense, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { catalog, findEntry, type CatalogEntry } from './catalog/chartCatalog';
import { loadChartPage, loadStackPage, forgetPage, prefetchChart } from './catalog/pages';
import { usePromise } from './catalog/usePromise';
import { ChartErrorBoundary } from './chart/ChartErrorBoundary';
import { PageLoading } from './chart/PageLoading';
import { ChartPicker } from './picker/ChartPicker';
import { isOpenedChartId } from '../charts/generic/source';
import { loadOpenedChartPage, forgetOpenedPage } from './open/loadOpened';
import { parseRoute, useHash, OPEN_ROUTE } from './routing';

const metas = catalog.map((entry) => entry.meta);

/** "Open any chart" loads on its route: the first page need not carry its readers and forms. */
const OpenChartPage = lazy(() => import('./open/OpenChartPage').then((m) => ({ default: m.OpenChartPage })));

const LOAD_FAILED_TEXT = {
  title: 'The page could not be loaded',
  body: 'Part of the app did not download (the connection may have dropped, or a newer version was published). Your values are still saved in this browser.',
  reset: 'Try again',
};

function ChartPage({ entry, share }: { entry: CatalogEntry; share?: string }) {
  const page = usePromise(loadChartPage(entry));
  if (!page) return <PageLoading title={entry.meta.name} />;
  const { chart, ChartRoute } = page;
  return <ChartRoute chart={chart} share={share} />;
}

/** A chart opened at run time: from this browser's store, or the open page asking for it. */
function OpenedChartPage({ chartId, share }: { chartId: string; share?: string }) {
  // Bumped when the chart a link waited for has been opened: the next render loads it afresh.
  const [, setOpened] = useState(0);
  const page = usePromise(loadOpenedChartPage(chartId, share));
  if (!page) return <PageLoading title="Opening the chart" />;
  const { chart, ChartRoute, pending } = page;
  if (!chart) return <OpenChartPage pending={pending} onOpened={() => setOpened((n) => n + 1)} />;
  return <ChartRoute chart={chart} share={share} />;
}

function StackPage({ share }: { share?: string }) {
  const page = usePromise(loadStackPage());
  if (!page) return <PageLoading title="Stack" />;
  const { charts, StackRoute } = page;
  return <StackRoute charts={charts} share={share} />;
}

/** A way to retry when a download failed; the Suspense is for the open page's lazy code. */
function Loading({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ChartErrorBoundary
      key={`${id}:${attempt}`}
      chartName={title}
      text={LOAD_FAILED_TEXT}
      onReset={() => {
        forgetPage(id);
        forgetOpenedPage(id);
        setAttempt((n) => n + 1);
      }}
    >
      <Suspense fallback={<PageLoading title={title} />}>{children}</Suspense>
    </ChartErrorBoundary>
  );
}

export function App() {
  const route = parseRoute(useHash());
  if (route.kind === 'stack') {
    return (
      <Loading id="stack" title="Stack">
        <StackPage share={route.share} />
      </Loading>
    );
  }
  if (route.kind === 'chart' && route.chartId === OPEN_ROUTE) {
    return (
      <Loading id={OPEN_ROUTE} title="Open any chart">
        <OpenChartPage />
      </Loading>
    );
  }
  if (route.kind === 'chart' && isOpenedChartId(route.chartId)) {
    return (
      <Loading id={route.chartId} title="Opening the chart">
        <OpenedChartPage key={route.chartId} chartId={route.chartId} share={route.share} />
      </Loading>
    );
  }
  if (route.kind === 'chart') {
    const entry = findEntry(route.chartId);
    if (entry) {
      return (
        <Loading id={entry.meta.id} title={entry.meta.name}>
          <ChartPage entry={entry} share={route.share} />
        </Loading>
      );
    }
    return (
      <ChartPicker charts={metas} onIntent={prefetchChart}>
        <Box sx={{ mb: 2 }}>
          <Alert severity="error" role="alert">
            There is no chart “{route.chartId}” here{route.share ? ', so the shared link cannot be opened' : ''}. Pick one of the charts below.
          </Alert>
        </Box>
      </ChartPicker>
    );
  }
  return <ChartPicker charts={metas} onIntent={prefetchChart} />;
}
