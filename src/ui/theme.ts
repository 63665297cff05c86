// One theme for the app: MUI's defaults with system fonts (no web font is ever downloaded) and a
// denser look, since a chart form holds a hundred or more fields.
import { createTheme } from '@mui/material/styles';

export const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
export const MONO_FONTS = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

export const theme = createTheme({
  typography: { fontFamily: SYSTEM_FONTS, fontSize: 13 },
  palette: { background: { default: '#f5f7fa' } },
  components: {
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiButton: { defaultProps: { size: 'small' }, styleOverrides: { root: { textTransform: 'none', fontWeight: 500 } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 500 } } },
    MuiIconButton: { defaultProps: { size: 'small' } },
  },
});
