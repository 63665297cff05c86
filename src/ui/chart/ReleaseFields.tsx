// The release name and namespace helm would get (`helm template NAME --namespace NS`).
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isPlainManifests } from '../../core/bundle/chartSource';
import { setRelease } from '../state/actions';
import { useStore, useStoreSelector } from '../state/hooks';
import { NAMESPACE_PARAM, namespaceError, RELEASE_NAME_PARAM, releaseNameError } from '../../core/releaseName';
import { HIGHLIGHT_CLASS } from '../form/navigator';
import type { ValuesStore } from '../state/store';
import { KubeVersionSelect } from '../kube/KubeVersionSelect';

/** The look of a field the problems panel jumped to (as in the form). */
const HIGHLIGHTED = { borderRadius: 1, boxShadow: '0 0 0 2px #1976d2', backgroundColor: 'rgba(25, 118, 210, 0.12)' };

export function ReleaseFields() {
  const store = useStore();
  const release = useStoreSelector(useCallback((s: ValuesStore) => s.getState().release, []));
  const nameError = releaseNameError(release.name);
  const nsError = namespaceError(release.namespace);
  // Plain manifests take names and namespace from their own values: release fields would change
  // nothing, so say so instead of offering them (the bundle decides "plain" the same way), unless
  // the release is invalid (from a link or saved work): its name still names the bundle's folder.
  // Chart pages check against a chosen Kubernetes version (the stack page: one picker in its header).
  const kubePicker = store.getKubeVersion && <KubeVersionSelect />;
  if (!nameError && !nsError && isPlainManifests(store.chart, store.getEvaluation().objects)) {
    return (
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', alignItems: 'center' }}>
        <Typography component="p" variant="body2" color="text.secondary" sx={{ textAlign: 'right' }} data-release="">
          Plain manifests: names and namespace come from the values, not from a helm release.
        </Typography>
        {kubePicker}
      </Box>
    );
  }
  return (
    <Box component="section" aria-label="Release" sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', [`& .${HIGHLIGHT_CLASS}`]: HIGHLIGHTED }} data-release="">
      <TextField
        data-release-param={RELEASE_NAME_PARAM}
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
        data-release-param={NAMESPACE_PARAM}
        label="Namespace"
        value={release.namespace}
        onChange={(e) => store.dispatch(setRelease({ namespace: e.target.value }))}
        error={nsError !== undefined}
        helperText={nsError}
        title="--namespace (.Release.Namespace)"
        sx={{ flex: '1 1 160px', maxWidth: 240 }}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      {kubePicker}
    </Box>
  );
}
