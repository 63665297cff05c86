// The release name and namespace helm would get (`helm template NAME --namespace NS`).
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isPlainManifests } from '../../core/bundle/chartSource';
import { setRelease } from '../state/actions';
import { useStore, useStoreSelector } from '../state/hooks';
import { namespaceError, releaseNameError } from '../state/release';
import type { ValuesStore } from '../state/store';

export function ReleaseFields() {
  const store = useStore();
  const release = useStoreSelector(useCallback((s: ValuesStore) => s.getState().release, []));
  const nameError = releaseNameError(release.name);
  const nsError = namespaceError(release.namespace);
  // Plain manifests take names and namespace from their own values: release fields would change
  // nothing, so say so instead of offering them. The bundle decides "plain" the same way.
  if (isPlainManifests(store.chart, store.getEvaluation().objects)) {
    return (
      <Typography component="p" variant="body2" color="text.secondary" sx={{ alignSelf: 'center', textAlign: 'right' }} data-release="">
        Plain manifests: names and namespace come from the values, not from a helm release.
      </Typography>
    );
  }
  return (
    <Box component="section" aria-label="Release" sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }} data-release="">
      <TextField
        label="Release name"
        value={release.name}
        onChange={(e) => store.dispatch(setRelease({ name: e.target.value }))}
        error={nameError !== undefined}
        helperText={nameError}
        title="helm template <release name> ... (.Release.Name)"
        sx={{ flex: '1 1 160px', maxWidth: 240 }}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <TextField
        label="Namespace"
        value={release.namespace}
        onChange={(e) => store.dispatch(setRelease({ namespace: e.target.value }))}
        error={nsError !== undefined}
        helperText={nsError}
        title="--namespace (.Release.Namespace)"
        sx={{ flex: '1 1 160px', maxWidth: 240 }}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
    </Box>
  );
}
