// Kraken's identity, read by the chart picker without loading the module.
import type { ChartMeta } from '../../core/types';

export const meta: ChartMeta = {
  id: 'kraken',
  name: 'Kraken',
  chartName: 'kraken',
  version: '0.0.1',
  appVersion: '0.0.1',
  description: 'Self-hosted voice, video and text chat (NestJS backend, React frontend) with MongoDB, Redis and an external LiveKit server.',
  // Published as an OCI chart: `helm install <release> oci://ghcr.io/krakenchat/charts/kraken`.
  repository: { name: 'oci://ghcr.io/krakenchat/charts', url: 'oci://ghcr.io/krakenchat/charts' },
  docs: { title: 'Kraken: Kubernetes deployment guide', url: 'https://github.com/krakenchat/kraken/blob/main/docs/deployment/kubernetes.md' },
};
