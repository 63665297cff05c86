// "Presets": named starting points from the chart docs; applying one replaces the values, so it
// asks first when the user has changes.
import { useState } from 'react';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import AutoFixHigh from '@mui/icons-material/AutoFixHigh';
import type { Preset } from '../../core/types';
import { applyPreset } from '../state/actions';
import { hasUserValues } from '../state/derived';
import { useStore } from '../state/hooks';
import type { ConfirmRequest } from './ConfirmDialog';

export function PresetsAction({
  buttonSx, confirm, onApplied,
}: {
  buttonSx?: object;
  confirm(request: ConfirmRequest): void;
  onApplied(preset: Preset): void;
}) {
  const store = useStore();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const presets = store.chart.presets;
  if (presets.length === 0) return null;

  const choose = (preset: Preset) => {
    setAnchor(null);
    const run = () => {
      store.dispatch(applyPreset(preset.id));
      onApplied(preset);
    };
    if (!hasUserValues(store.getState().userValues)) {
      run();
      return;
    }
    confirm({
      title: `Apply the preset “${preset.title}”?`,
      text: 'It replaces the values you have set for this chart. Download values.yaml first if you want to keep them.',
      confirmLabel: 'Apply preset',
      onConfirm: run,
    });
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<AutoFixHigh />}
        sx={buttonSx}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'presets-menu' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        Presets
      </Button>
      <Menu id="presets-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { maxWidth: 440 } } }}>
        {presets.map((preset) => (
          <MenuItem key={preset.id} onClick={() => choose(preset)} data-preset={preset.id} sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}>
            <ListItemText
              primary={preset.title}
              secondary={`${preset.description}${preset.doc ? ` (docs: ${preset.doc})` : ''}`}
              slotProps={{ primary: { sx: { fontWeight: 500 } }, secondary: { sx: { fontSize: 12.5 } } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
