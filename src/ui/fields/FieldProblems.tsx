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
          sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start', fontSize: 12.5, color: `${p.severity}.dark`, lineHeight: 1.4, mt: 0.25 }}
        >
          <SeverityIcon severity={p.severity} sx={{ fontSize: 16, mt: '1px' }} />
          <span>{p.message}</span>
        </Box>
      ))}
    </Box>
  );
}
