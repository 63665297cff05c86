// The Kubernetes version the page checks the rendered objects against (and renders charts opened
// at run time for), beside the release fields: a native select, so keyboard and screen readers
// get the browser's own.
import TextField from '@mui/material/TextField';
import { KUBE_VERSIONS, DEFAULT_KUBE_VERSION } from '../../core/kube/versions';
import { browserStorage } from '../state/persistence';
import { kubeVersionPreference, useKubeVersion } from './kubeVersionPreference';

/** `size`: small in an app bar (the stack page's header). */
export function KubeVersionSelect({ size }: { size?: 'small' | 'medium' } = {}) {
  const preference = kubeVersionPreference(browserStorage());
  const version = useKubeVersion(preference);
  return (
    <TextField
      select
      label="Kubernetes"
      size={size}
      value={version}
      onChange={(e) => preference.set(e.target.value)}
      title={`The cluster version the manifests are checked against (API versions it serves, its OpenAPI schema) and, for charts opened here, helm template --kube-version. Default: ${DEFAULT_KUBE_VERSION}, the newest.`}
      sx={{ flex: '0 0 auto', width: 112 }}
      slotProps={{ select: { native: true }, htmlInput: { 'data-kube-version': version } }}
    >
      {KUBE_VERSIONS.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </TextField>
  );
}
