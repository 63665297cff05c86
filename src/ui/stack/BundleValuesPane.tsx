// What the stack's bundle writes as this release's values.yaml: the user's values with the
// bindings applied (addresses, password Secrets), read-only.
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { bundleValuesText } from '../../core/bundle';
import { MONO_FONTS } from '../theme';
import { useStackSelector } from './hooks';
import type { StackEntry, StackStore } from './stackStore';

export function BundleValuesPane({ entry }: { entry: StackEntry }) {
  const text = useStackSelector(
    useCallback(
      (s: StackStore) => {
        const name = s.nameOf(entry.id);
        const plan = s.getEvaluation().plans.find((p) => p.release.name === name);
        return plan ? bundleValuesText(plan.chart, plan.userValues) : '# This release is not part of the evaluated stack (see Problems).\n';
      },
      [entry],
    ),
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, gap: 0.5 }}>
      <Typography variant="caption" color="text.secondary">
        The values.yaml the stack bundle installs for this release: your values plus what its bindings set. Edit your own values in
        the form or the values.yaml tab.
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label="values.yaml in the bundle (read-only)"
        data-testid="bundle-values"
        sx={{ m: 0, p: 1.5, flexGrow: 1, minHeight: 320, overflow: 'auto', fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
      >
        {text}
      </Box>
    </Box>
  );
}
