// The stack's Manifests tab: the open release's manifests (with its bindings applied), or every
// release's, in install order under a header per release.
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { ManifestsView } from '../preview/ManifestsPane';
import { useStackSelector } from './hooks';
import { allManifestsText } from './model';
import type { StackEntry, StackStore } from './stackStore';

export type ManifestsScope = 'release' | 'all';

export function StackManifestsPane({ entry, scope, onScope }: { entry: StackEntry; scope: ManifestsScope; onScope(scope: ManifestsScope): void }) {
  const shown = useStackSelector(
    useCallback(
      (s: StackStore) => {
        if (scope === 'all') return { yaml: allManifestsText(s.getEvaluation()), renderError: undefined };
        const { yaml, renderError } = s.releaseEvaluation(entry.id);
        return { yaml, renderError };
      },
      [entry, scope],
    ),
    (a, b) => a.yaml === b.yaml && a.renderError === b.renderError,
  );
  const name = useStackSelector(useCallback((s: StackStore) => s.nameOf(entry.id), [entry]));
  const header = (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <TextField
        select
        id="stack-manifests-scope"
        label="Show manifests of"
        value={scope}
        onChange={(e) => onScope(e.target.value as ManifestsScope)}
        slotProps={{ select: { native: true } }}
        sx={{ minWidth: 240 }}
      >
        <option value="release">release {name}</option>
        <option value="all">all releases (install order)</option>
      </TextField>
    </Box>
  );
  return <ManifestsView yaml={shown.yaml} renderError={shown.renderError} header={header} />;
}
