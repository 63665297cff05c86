// The few parameters that match a search best, above the sections (which keep the chart's order):
// an exact name or path comes first, whichever section holds it. Choosing one goes to the field.
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import type { FieldInfo } from '../../core/schemaWalk';
import { MONO_FONTS } from '../theme';
import { rankFields } from './search';

const SHOWN = 5;

export function BestMatches({ fields, query, onChoose }: { fields: readonly FieldInfo[]; query: string; onChoose(path: string): void }) {
  const best = useMemo(() => rankFields(fields, query, SHOWN), [fields, query]);
  if (best.length < 2) return null;
  return (
    <Box component="nav" aria-label="Best matches" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center', mb: 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mr: 0.5 }}>
        Best matches:
      </Typography>
      {best.map((f) => (
        <ButtonBase
          key={f.path}
          data-best-match={f.path}
          onClick={() => onChoose(f.path)}
          sx={{
            fontFamily: MONO_FONTS, fontSize: 12.5, px: 0.75, py: 0.25, borderRadius: 1, border: 1, borderColor: 'divider',
            color: 'primary.main', '&:hover, &.Mui-focusVisible': { bgcolor: 'action.hover' },
          }}
        >
          {f.path}
        </ButtonBase>
      ))}
    </Box>
  );
}
