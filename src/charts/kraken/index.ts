// Kraken, modelled on the krakenchat/kraken Helm chart 0.0.1 (helm/kraken at b87cf17), app 0.0.1.
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { notices } from './notices';
import { presets } from './presets';
import { render } from './render';
import { rules } from './rules';
import { schema, type KrakenValues } from './schema';

export const kraken: ChartModule<KrakenValues> = {
  id: 'kraken',
  name: 'Kraken',
  chartName: 'kraken',
  version: '0.0.1',
  appVersion: '0.0.1',
  description: 'Self-hosted voice, video and text chat (NestJS backend, React frontend) with MongoDB, Redis and an external LiveKit server.',
  // Published as an OCI chart: `helm install <release> oci://ghcr.io/krakenchat/charts/kraken`.
  repository: { name: 'oci://ghcr.io/krakenchat/charts', url: 'oci://ghcr.io/krakenchat/charts' },
  docs: { title: 'Kraken: Kubernetes deployment guide', url: 'https://github.com/krakenchat/kraken/blob/main/docs/deployment/kubernetes.md' },
  schema,
  groups,
  rules,
  render,
  presets,
  notices,
};
