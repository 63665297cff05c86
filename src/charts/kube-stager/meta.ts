// kube-stager's identity, read by the chart picker without loading the module.
import type { ChartMeta } from '../../core/types';

export const meta: ChartMeta = {
  id: 'kube-stager',
  name: 'kube-stager',
  chartName: 'kube-stager',
  version: '1.0.0',
  appVersion: '1.0.0',
  description: 'Operator for staging and test sites: per-site databases, migrations, backups and ingress, with admission webhooks.',
  repository: { name: 'kube-stager', url: 'https://helm.kube-stager.io' },
  docs: { title: 'kube-stager chart README', url: 'https://github.com/szeber/kube-stager-helm/tree/HEAD/charts/kube-stager' },
};
