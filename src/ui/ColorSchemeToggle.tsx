// One button in every page header: cycles the colour scheme system -> light -> dark. "System"
// follows the operating system's prefers-color-scheme.
import IconButton from '@mui/material/IconButton';
import BrightnessAuto from '@mui/icons-material/BrightnessAuto';
import DarkMode from '@mui/icons-material/DarkMode';
import LightMode from '@mui/icons-material/LightMode';
import { useColorScheme } from '@mui/material/styles';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABEL = { system: 'Colour scheme: as the system', light: 'Colour scheme: light', dark: 'Colour scheme: dark' } as const;

export function ColorSchemeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const Icon = current === 'dark' ? DarkMode : current === 'light' ? LightMode : BrightnessAuto;
  return (
    // A title, not a Tooltip: the start page would otherwise load Popper up front.
    <IconButton
      color="inherit"
      title={`${LABEL[current]} (click for ${NEXT[current]})`}
      aria-label={`${LABEL[current]}; switch to ${NEXT[current]}`}
      data-color-mode={current}
      onClick={() => setMode(NEXT[current])}
    >
      <Icon fontSize="small" />
    </IconButton>
  );
}
