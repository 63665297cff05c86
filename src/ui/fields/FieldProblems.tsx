import Box from '@mui/material/Box';
import type { Problem } from '../../core/types';
import { SeverityIcon } from '../problems/SeverityIcon';

/** The problems that name a field, under it, coloured by severity. */
export function FieldProblems({ problems }: { problems: readonly Problem[] | undefined }) {
  if (!problems || problems.length === 0) return null;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 0.5 }}>
      {problems.map((p, i) => (
        <Box
          component="li"
          key={`${p.id}:${i}`}
          data-field-problem={p.severity}
          // The dark shade reads on a light page, the light shade on a dark one (4.5:1 either way).
          sx={(theme) => ({
            display: 'flex', gap: 0.5, alignItems: 'flex-start', fontSize: 12.5, lineHeight: 1.4, mt: 0.25,
            color: theme.vars?.palette[p.severity].dark ?? theme.palette[p.severity].dark,
            ...theme.applyStyles('dark', { color: theme.vars?.palette[p.severity].light ?? theme.palette[p.severity].light }),
          })}
        >
          <SeverityIcon severity={p.severity} sx={{ fontSize: 16, mt: '1px' }} />
          <span>{p.message}</span>
        </Box>
      ))}
    </Box>
  );
}
