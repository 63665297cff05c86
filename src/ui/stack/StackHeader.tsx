// The app bar of the stack page: the way back to the charts, and the stack's actions (presets,
// helmfile import, one link and one bundle for the whole stack, clearing it).
import { useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Apps from '@mui/icons-material/Apps';
import AutoFixHigh from '@mui/icons-material/AutoFixHigh';
import DeleteSweep from '@mui/icons-material/DeleteSweep';
import { stackPresets } from '../../charts/stackPresets';
import type { Stack, StackPreset } from '../../core/bundle';
import { releaseCheckMessage } from '../../core/releaseName';
import type { ChartModule, Values } from '../../core/types';
import { bundleMessage } from '../actions/bundleDownload';
import type { ConfirmRequest } from '../actions/ConfirmDialog';
import { CopyLinkButton } from '../actions/CopyLinkAction';
import { DownloadBundleButton } from '../actions/DownloadBundleButton';
import { pageBase } from '../actions/shareLink';
import type { PageMessage } from '../state/opening';
import type { UndoRedo } from '../state/historyStore';
import { UndoRedoButtons } from '../chart/UndoRedoButtons';
import { useStack, useStackSelector } from './hooks';
import { ImportHelmfileAction } from './ImportHelmfileAction';
import { stackBundle, stackShareLink } from './stackActions';
import type { StackStore } from './stackStore';
import { ColorSchemeToggle } from '../ColorSchemeToggle';
import { KubeVersionSelect } from '../kube/KubeVersionSelect';

const actionSx = { whiteSpace: 'nowrap', flexShrink: 0 };

export function StackPresetsMenu({ onChoose, buttonSx, variant }: { onChoose(preset: StackPreset): void; buttonSx?: object; variant?: 'text' | 'outlined' }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color={variant === 'outlined' ? 'primary' : 'inherit'}
        variant={variant ?? 'text'}
        startIcon={<AutoFixHigh />}
        sx={buttonSx}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'stack-presets-menu' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        Stack presets
      </Button>
      <Menu id="stack-presets-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { maxWidth: 460 } } }}>
        {stackPresets.map((preset) => (
          <MenuItem
            key={preset.id}
            data-preset={preset.id}
            onClick={() => {
              setAnchor(null);
              onChoose(preset);
            }}
            sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}
          >
            <ListItemText
              primary={preset.title}
              secondary={preset.description}
              slotProps={{ primary: { sx: { fontWeight: 500 } }, secondary: { sx: { fontSize: 12.5 } } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

export function StackHeader({
  charts, confirm, say, onReplace, onClear, history,
}: {
  charts: readonly ChartModule<Values>[];
  /** Undo and redo of the stack's changes (header buttons). */
  history?: UndoRedo;
  confirm(request: ConfirmRequest): void;
  say(message: PageMessage): void;
  /** Replaces the stack (a preset or an import), asking first when there is one. */
  onReplace(stack: Stack, done: string): void;
  onClear(): void;
}) {
  const stack = useStack();
  const count = useStackSelector((s: StackStore) => s.getState().entries.length);
  // helm would refuse a release, and its name would be a folder of the zip: no bundle until fixed.
  const refused = useStackSelector((s: StackStore) => s.toStack().releases.map((r) => releaseCheckMessage(r)).find((m) => m !== undefined));
  const bundleBlocked = refused && `No bundle while a release name or namespace is invalid (${refused}). Fix it in that release's fields; Problems lists it.`;
  const resolve = (id: string) => charts.find((c) => c.id === id);

  return (
    <AppBar position="static" elevation={0}>
      <Toolbar variant="dense" sx={{ gap: 1, minHeight: 52, flexWrap: 'wrap' }}>
        <Button title="Choose a chart" color="inherit" href="#/" startIcon={<Apps />} sx={actionSx}>
          All charts
        </Button>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, minWidth: 0, mr: 1 }}>
          <Typography variant="h6" component="h1" noWrap sx={{ fontSize: 18, fontWeight: 600 }}>
            Stack
          </Typography>
          <Chip size="small" label={`${count} release${count === 1 ? '' : 's'}`} sx={{ color: 'inherit', bgcolor: 'rgba(0,0,0,0.18)' }} />
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        {/* The chart pages' picker (one choice per browser): every release is checked against it. */}
        <Box sx={{ bgcolor: 'background.paper', color: 'text.primary', borderRadius: 1, display: 'flex', px: 0.75, pt: 1, pb: 0.5, my: 0.5 }}>
          <KubeVersionSelect size="small" />
        </Box>
        {history && <UndoRedoButtons history={history} />}
        <Box component="nav" aria-label="Actions" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
          <StackPresetsMenu buttonSx={actionSx} onChoose={(preset) => onReplace(preset.stack, `Applied the stack preset “${preset.title}”.`)} />
          <ImportHelmfileAction charts={charts} buttonSx={actionSx} onImport={(imported, summary) => onReplace(imported, summary)} />
          <CopyLinkButton
            buttonSx={actionSx}
            build={(include) => stackShareLink(pageBase(location), stack.toStack(), resolve, include)}
            title="Share this stack"
            intro="The link holds every release (chart, name, namespace, the values that differ from the defaults) and the bindings, packed into the part after “#”, which browsers never send to a server."
            tooLongAdvice="download the bundle instead"
          />
          <DownloadBundleButton
            sx={actionSx}
            title={bundleBlocked || 'helmfile.yaml, README.md and one folder per release (values.yaml, values.schema.json, manifests/), as one zip'}
            say={say}
            unavailable={count === 0 ? 'The stack has no release yet: add one, or start from a stack preset.' : bundleBlocked || undefined}
            make={() => {
              const bundle = stackBundle(stack.getEvaluation(), stack.toStack(), resolve, pageBase(location));
              return { ...bundle, message: bundleMessage(bundle, 'helmfile.yaml and one folder per release') };
            }}
          />
          <Button
            color="inherit"
            startIcon={<DeleteSweep />}
            sx={actionSx}
            onClick={() => {
              if (count === 0) return;
              confirm({ title: 'Clear the stack?', text: 'Every release and binding of the stack is removed.', confirmLabel: 'Clear stack', onConfirm: onClear });
            }}
          >
            Clear stack
          </Button>
          <ColorSchemeToggle />
        </Box>
      </Toolbar>
    </AppBar>
  );
}
