// "Open any chart": drop or pick a chart folder or a .tgz, or fetch one from a helm repository.
// The chart is checked by the engine (as helm loads it), kept in this browser, and opened as a chart
// page. A link to values of a chart this browser does not hold lands here and asks for that chart.
import { useEffect, useId, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Apps from '@mui/icons-material/Apps';
import CloudDownload from '@mui/icons-material/CloudDownload';
import FolderOpen from '@mui/icons-material/FolderOpen';
import UploadFile from '@mui/icons-material/UploadFile';
import type { GenericSource } from '../../charts/generic/source';
import { describeSource } from '../../charts/generic/source';
import { chartHref } from '../routing';
import { forgetPage } from '../catalog/pages';
import { forgetOpenedPage } from './loadOpened';
import { listOpenedCharts, forgetChart, rememberChart, type OpenedChart } from './openedCharts';
import { DropError, filesFromFileList, isArchiveName, readArchiveFile, readDrop, type Dropped } from './readDropped';
import { fetchChartArchive, RepoFetchError } from './repoFetch';

interface Failure {
  message: string;
  pullCommand?: string;
}

/**
 * Loads the engine chunk, checks the chart as helm would load it, keeps it, and opens its page.
 * `reopen` is called when the page to open is the one already in the address bar (a link that
 * waited for this chart): no hash change would tell the app to look again.
 */
async function openDropped(dropped: Dropped, source: GenericSource, share: string | undefined, reopen?: () => void): Promise<void> {
  const { openChartReady } = await import('../../charts/generic/open');
  const payload = dropped.kind === 'archive' ? { kind: 'archive' as const, bytes: dropped.bytes } : { kind: 'folder' as const, files: dropped.files };
  const chart = await openChartReady(payload, source);
  await rememberChart({
    id: chart.id,
    name: chart.name,
    version: chart.version,
    source,
    payload: payload.kind === 'archive' ? payload : { kind: 'folder', files: [...payload.files] },
    openedAt: Date.now(),
  });
  // A link that waited for this chart was answered "not here": the page loads it afresh now.
  forgetOpenedPage(chart.id);
  forgetPage('stack'); // the stack page lists opened charts: it reads them again
  const query = share ? share.slice(share.indexOf('?')) : '';
  const target = `${chartHref(chart.id)}${query}`;
  if (location.hash === target && reopen) reopen();
  else location.hash = target;
}

function failureOf(e: unknown): Failure {
  if (e instanceof RepoFetchError) return { message: e.message, pullCommand: e.pullCommand };
  if (e instanceof DropError) return { message: e.message };
  return { message: `This is not a chart helm could load: ${e instanceof Error ? e.message : String(e)}` };
}

export interface OpenChartPageProps {
  /** A link to an opened chart this browser does not hold: its values wait for the chart. */
  pending?: { chartName: string; share?: string; source?: GenericSource };
  /** The chart the pending link waits for is now in this browser: show its page. */
  onOpened?(): void;
}

export function OpenChartPage({ pending, onOpened }: OpenChartPageProps) {
  const [busy, setBusy] = useState<string | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [dragging, setDragging] = useState(false);
  const [recent, setRecent] = useState<OpenedChart[]>([]);
  const pendingRepo = pending?.source?.kind === 'repo' ? pending.source : undefined;
  const [repo, setRepo] = useState({ repoUrl: pendingRepo?.repoUrl ?? '', chart: pendingRepo?.chart ?? '', version: pendingRepo?.version ?? '' });
  const folderInput = useRef<HTMLInputElement>(null);
  const archiveInput = useRef<HTMLInputElement>(null);
  const formId = useId();

  useEffect(() => {
    let live = true;
    listOpenedCharts().then((list) => live && setRecent(list), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    // Folder pickers are a non-standard attribute React does not type.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const attempt = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setFailure(undefined);
    try {
      await work();
    } catch (e) {
      setFailure(failureOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const openFromDrop = (dropped: Dropped) =>
    openDropped(dropped, dropped.kind === 'archive' ? { kind: 'archive', label: dropped.label } : { kind: 'folder', label: dropped.label }, pending?.share, onOpened);

  return (
    <Box sx={{ minHeight: '100vh' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Button color="inherit" href="#/" startIcon={<Apps />}>
            All charts
          </Button>
          <Typography variant="h6" component="h1" sx={{ fontSize: 18 }}>
            Open any chart
          </Typography>
        </Toolbar>
      </AppBar>
      {busy ? <LinearProgress aria-label={busy} /> : null}
      <Container maxWidth="md" sx={{ py: 3, display: 'flex', flexDirection: 'column', gap: 2 }} component="main">
        {pending ? (
          <Alert severity="info" role="status">
            This link holds values for the chart “{pending.chartName}”
            {pending.source ? ` (${describeSource(pending.source)})` : ''}, which this browser does not have. Open that chart below and
            the values are applied to it.
          </Alert>
        ) : null}
        {failure ? (
          <Alert severity="error" role="alert">
            {failure.message}
            {failure.pullCommand ? (
              <>
                <Typography variant="body2" sx={{ mt: 1 }}>
                  Get the chart with helm, then drop the .tgz here:
                </Typography>
                <Box component="pre" data-testid="helm-pull-command" sx={{ m: 0, mt: 0.5, p: 1, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', fontSize: 13 }}>
                  {failure.pullCommand}
                </Box>
              </>
            ) : null}
          </Alert>
        ) : null}
        <Paper
          variant="outlined"
          component="section"
          aria-label="Drop a chart"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const data = e.dataTransfer;
            void attempt('Reading the chart', async () => openFromDrop(await readDrop(data)));
          }}
          sx={{ p: 4, textAlign: 'center', borderStyle: 'dashed', borderWidth: 2, bgcolor: dragging ? 'action.hover' : undefined }}
        >
          <Typography variant="h6" component="h2" gutterBottom>
            Drop a chart folder or a packaged chart (.tgz) here
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            The chart is read in this browser: forms from its values, checks from its schema and templates, and the manifests
            helm template would print. Nothing is uploaded.
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center', flexWrap: 'wrap' }}>
            <Button variant="contained" disableElevation startIcon={<FolderOpen />} onClick={() => folderInput.current?.click()} disabled={!!busy}>
              Choose a chart folder
            </Button>
            <Button variant="outlined" startIcon={<UploadFile />} onClick={() => archiveInput.current?.click()} disabled={!!busy}>
              Choose a .tgz
            </Button>
          </Box>
          <input
            ref={folderInput}
            type="file"
            hidden
            data-testid="chart-folder-input"
            onChange={(e) => {
              const list = e.currentTarget.files;
              if (list && list.length > 0) {
                const label = list[0].webkitRelativePath.split('/')[0] || 'folder';
                void attempt('Reading the chart', async () => openFromDrop({ kind: 'folder', files: await filesFromFileList(list), label }));
              }
              e.currentTarget.value = '';
            }}
          />
          <input
            ref={archiveInput}
            type="file"
            hidden
            accept=".tgz,.tar.gz,application/gzip"
            data-testid="chart-archive-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) {
                void attempt('Reading the chart', async () => {
                  if (!isArchiveName(file.name)) throw new DropError(`${file.name} is not a packaged chart: pick a .tgz made by helm package or helm pull.`);
                  await openFromDrop(await readArchiveFile(file));
                });
              }
              e.currentTarget.value = '';
            }}
          />
        </Paper>
        <Paper variant="outlined" component="section" aria-labelledby={`${formId}-title`} sx={{ p: 2 }}>
          <Typography id={`${formId}-title`} variant="h6" component="h2" sx={{ fontSize: 16, mb: 1 }}>
            From a helm repository
          </Typography>
          <Box
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              void attempt('Fetching the chart', async () => {
                const fetched = await fetchChartArchive(repo);
                const source: GenericSource = { kind: 'repo', repoUrl: fetched.repoUrl, chart: repo.chart.trim(), version: fetched.version };
                await openDropped({ kind: 'archive', bytes: fetched.bytes, label: `${repo.chart}-${fetched.version}.tgz` }, source, pending?.share, onOpened);
              });
            }}
            sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr auto' }, alignItems: 'start' }}
          >
            <TextField size="small" label="Repository URL" placeholder="https://charts.example.com" required value={repo.repoUrl} onChange={(e) => setRepo({ ...repo, repoUrl: e.target.value })} />
            <TextField size="small" label="Chart" placeholder="nginx" required value={repo.chart} onChange={(e) => setRepo({ ...repo, chart: e.target.value })} />
            <TextField size="small" label="Version" placeholder="newest" value={repo.version} onChange={(e) => setRepo({ ...repo, version: e.target.value })} />
            <Button type="submit" variant="outlined" startIcon={<CloudDownload />} disabled={!!busy} sx={{ whiteSpace: 'nowrap', height: 40 }}>
              Fetch chart
            </Button>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            The browser asks the repository for index.yaml, then the chart, only when you press Fetch. Many repositories do not let
            other sites read them; you then get the helm pull command to run instead.
          </Typography>
        </Paper>
        {recent.length > 0 ? (
          <Paper variant="outlined" component="section" aria-label="Charts opened before" sx={{ p: 2 }}>
            <Typography variant="h6" component="h2" sx={{ fontSize: 16, mb: 1 }}>
              Opened before in this browser
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
              {recent.map((c) => (
                <Box component="li" key={c.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Button variant="text" href={chartHref(c.id)}>
                    {c.name} {c.version}
                  </Button>
                  <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
                    {describeSource(c.source)}
                  </Typography>
                  <Button
                    size="small"
                    color="inherit"
                    aria-label={`Forget ${c.name}`}
                    onClick={() => void forgetChart(c.id).then(() => setRecent((list) => list.filter((x) => x.id !== c.id)))}
                  >
                    Forget
                  </Button>
                </Box>
              ))}
            </Box>
          </Paper>
        ) : null}
      </Container>
    </Box>
  );
}
