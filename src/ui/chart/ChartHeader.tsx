// The app bar of a chart page: which chart, the way back to the list, and the actions.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import AppBar from '@mui/material/AppBar';
import Apps from '@mui/icons-material/Apps';
import Download from '@mui/icons-material/Download';
import Hub from '@mui/icons-material/Hub';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { useCallback } from 'react';
import { releaseCheckMessage } from '../../core/releaseName';
import type { Preset } from '../../core/types';
import { valuesFileText } from '../../core/valuesFile';
import type { ConfirmRequest } from '../actions/ConfirmDialog';
import { CopyLinkAction } from '../actions/CopyLinkAction';
import { downloadText, valuesFileName } from '../actions/download';
import { DownloadBundleButton } from '../actions/DownloadBundleButton';
import { ImportAction } from '../actions/ImportAction';
import { PresetsAction } from '../actions/PresetsAction';
import { pageBase } from '../actions/shareLink';
import { STACK_HREF } from '../routing';
import { resetAll } from '../state/actions';
import { hasUserValues } from '../state/derived';
import { useStore, useStoreSelector } from '../state/hooks';
import type { ValuesStore } from '../state/store';
import type { ValuesState } from '../state/reducer';
import type { PageMessage } from '../state/opening';
import type { UndoRedo } from '../state/historyStore';
import { UndoRedoButtons } from './UndoRedoButtons';
import { ColorSchemeToggle } from '../ColorSchemeToggle';

const actionSx = { whiteSpace: 'nowrap', flexShrink: 0 };

export function ChartHeader({ confirm, say, history, onDownloaded }: {
  confirm(request: ConfirmRequest): void;
  say(message: PageMessage): void;
  history?: UndoRedo;
  /** Told the values each download (values or bundle) carried: the Compare tab's "last download". */
  onDownloaded?(state: ValuesState): void;
}) {
  const store = useStore();
  const { chart } = store;
  // helm would refuse the release, and its name would be a folder of the zip: no bundle until fixed.
  const refused = useStoreSelector(useCallback((s: ValuesStore) => releaseCheckMessage(s.getState().release), []));
  const bundleBlocked = refused && `No bundle while the release name or namespace is invalid (${refused}). Fix it in the Release fields above the preview; Problems lists it.`;
  return (
    <AppBar position="static" elevation={0}>
      <Toolbar variant="dense" sx={{ gap: 1, minHeight: 52, flexWrap: 'wrap' }}>
        <Button title="Choose another chart" color="inherit" href="#/" startIcon={<Apps />} sx={actionSx}>
            All charts
          </Button>
        <Button title="Several releases configured and installed together" color="inherit" href={STACK_HREF} startIcon={<Hub />} sx={actionSx}>
          Stack
        </Button>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, minWidth: 0, mr: 1 }}>
          <Typography variant="h6" component="h1" noWrap sx={{ fontSize: 18, fontWeight: 600 }}>
            {chart.name}
          </Typography>
          <Chip size="small" label={`chart ${chart.version}`} sx={{ color: 'inherit', bgcolor: 'rgba(0,0,0,0.18)' }} />
          <Chip size="small" label={`app ${chart.appVersion}`} variant="outlined" sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.5)' }} />
          <Link href={chart.docs.url} target="_blank" rel="noopener noreferrer" color="inherit" variant="body2" noWrap sx={{ opacity: 0.9 }}>
            Docs
          </Link>
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        {history && <UndoRedoButtons history={history} />}
        <Box component="nav" aria-label="Actions" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
          <PresetsAction
            buttonSx={actionSx}
            confirm={confirm}
            onApplied={(preset: Preset, previous) => say({ id: 'action', severity: 'success', text: `Applied the preset “${preset.title}”.`, ...(previous ? { restore: previous } : {}) })}
          />
          <ImportAction buttonSx={actionSx} onImported={(text) => say({ id: 'action', severity: 'success', text })} />
          <CopyLinkAction buttonSx={actionSx} />
          <Button
            color="inherit"
            startIcon={<Download />}
            sx={actionSx}
            onClick={() => {
              const { userValues, release } = store.getState();
              const name = valuesFileName(chart.chartName, release.name);
              downloadText(name, valuesFileText(chart, userValues));
              onDownloaded?.(store.getState());
              say({ id: 'action', severity: 'success', text: `Downloaded ${name}.` });
            }}
          >
            Download values
          </Button>
          <DownloadBundleButton
            sx={actionSx}
            title={bundleBlocked || 'values.yaml, values.schema.json, helmfile.yaml, the rendered manifests and a README with the install steps, as one zip'}
            say={say}
            unavailable={bundleBlocked || undefined}
            make={async () => {
              // The bundle code (zip, helmfile, README) loads on the first click.
              const { bundleMessage, chartBundle, checkedProblems } = await import('../actions/bundleDownload');
              const bundle = chartBundle(chart, store.defaults, store.getState(), pageBase(location), checkedProblems(store), store.getKubeVersion?.());
              onDownloaded?.(store.getState());
              return { ...bundle, message: bundleMessage(bundle) };
            }}
          />
          <Button
            color="inherit"
            startIcon={<RestartAlt />}
            sx={actionSx}
            onClick={() => {
              const run = () => store.dispatch(resetAll());
              if (!hasUserValues(store.getState().userValues)) return run();
              confirm({
                title: 'Reset all values?',
                text: `Every ${chart.name} parameter goes back to its chart default. The release name and namespace stay. Undo brings the values back.`,
                confirmLabel: 'Reset all',
                onConfirm: run,
              });
            }}
          >
            Reset all
          </Button>
          <ColorSchemeToggle />
        </Box>
      </Toolbar>
    </AppBar>
  );
}
