// "Presets": named starting points from the chart docs; applying one replaces the values, so it
// asks first when the user has changes, and hands the replaced values on so the page can offer
// to restore them (as opening a share link does).
import { useState } from 'react';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import AutoFixHigh from '@mui/icons-material/AutoFixHigh';
import type { Preset, Values } from '../../core/types';
import { applyPreset } from '../state/actions';
import { hasUserValues } from '../state/derived';
import { useStore } from '../state/hooks';
import type { ConfirmRequest } from './ConfirmDialog';

export function PresetsAction({
  buttonSx, confirm, onApplied,
}: {
  buttonSx?: object;
  confirm(request: ConfirmRequest): void;
  /** `previous`: the values the preset replaced, when there were any. */
  onApplied(preset: Preset, previous: Values | undefined): void;
}) {
  const store = useStore();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const presets = store.chart.presets;
  if (presets.length === 0) return null;

  const choose = (preset: Preset) => {
    setAnchor(null);
    const previous = store.getState().userValues;
    const had = hasUserValues(previous);
    const run = () => {
      store.dispatch(applyPreset(preset.id));
      onApplied(preset, had ? previous : undefined);
    };
    if (!had) {
      run();
      return;
    }
    confirm({
      title: `Apply the preset “${preset.title}”?`,
      text: 'It replaces the values you have set for this chart; the page then offers to restore them.',
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
