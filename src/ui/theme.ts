// One theme for the app: MUI's defaults with system fonts (no web font is ever downloaded) and a
// denser look, since a chart form holds a hundred or more fields. Light and dark colour schemes as
// CSS variables: the page follows `prefers-color-scheme` until the person picks one (the choice is
// kept in localStorage by MUI), and stylesheets outside `sx` use the same variables (`cssVar`).
import { createTheme } from '@mui/material/styles';

export const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
export const MONO_FONTS = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

/** The class on <html> that selects the dark scheme. */
export const DARK_CLASS = 'dark';

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    // Accessibility (axe, WCAG AA 4.5:1 for small text): MUI's default blue is 4.2:1 on the grey
    // panels, so the light scheme uses its darker shade; the warning text colour is darkened the same
    // way; contrastThreshold 4.5 gives filled chips (info, warning) dark text where white is too faint.
    light: { palette: { background: { default: '#f5f7fa' }, primary: { main: '#1565c0' }, warning: { main: '#ed6c02', dark: '#bf360c' }, contrastThreshold: 4.5 } },
    dark: { palette: { background: { default: '#101418', paper: '#171c21' }, contrastThreshold: 4.5 } },
  },
  // Form and preview side by side from 720 px (MUI's md is 900): an 800 px window gets both columns
  // instead of a small scrolling form with problems and preview below the fold.
  breakpoints: { values: { xs: 0, sm: 600, md: 720, lg: 1200, xl: 1536 } },
  typography: { fontFamily: SYSTEM_FONTS, fontSize: 13 },
  components: {
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiButton: { defaultProps: { size: 'small' }, styleOverrides: { root: { textTransform: 'none', fontWeight: 500 } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 500 } } },
    MuiIconButton: { defaultProps: { size: 'small' } },
  },
});

/** A palette colour as the CSS variable both schemes define, e.g. `cssVar('text-secondary')`. */
export function cssVar(name: string): string {
  return `var(--mui-palette-${name})`;
}
