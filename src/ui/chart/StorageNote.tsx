// One line under the form: what autosave keeps in this browser, and the switch that keeps secrets
// in memory only (remembered in this browser; see state/secretStorage.ts).
import FormControlLabel from '@mui/material/FormControlLabel';
import Box from '@mui/material/Box';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useSecretsInMemory, type SecretsPreference } from '../state/secretStorage';

export function StorageNote({ preference, what }: { preference: SecretsPreference; what: string }) {
  const inMemory = useSecretsInMemory(preference);
  return (
    <Box
      component="section"
      aria-label="Storage"
      data-storage-note=""
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, px: 1.5, py: 0.25, borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper', flexShrink: 0 }}
    >
      <Typography variant="caption" color="text.secondary" sx={{ flex: '1 1 200px' }}>
        Kept in this browser&apos;s local storage: {what},{' '}
        {inMemory ? 'without secrets (they stay in this tab only and are asked for again after a reload).' : 'secrets included, in plain text.'}
      </Typography>
      <FormControlLabel
        control={<Switch size="small" checked={inMemory} onChange={(e) => preference.set(e.target.checked)} />}
        label="Keep secrets in memory only"
        slotProps={{ typography: { variant: 'caption' } }}
        sx={{ mr: 0 }}
      />
    </Box>
  );
}
