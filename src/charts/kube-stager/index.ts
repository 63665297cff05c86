// kube-stager, modelled on the szeber/kube-stager-helm chart 1.0.0 (operator 1.0.0).
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { notices } from './notices';
import { presets } from './presets';
import { CHART, render } from './render';
import { rules } from './rules';
import { schema, type KubeStagerValues } from './schema';

export const kubeStager: ChartModule<KubeStagerValues> = {
  id: 'kube-stager',
  name: 'kube-stager',
  chartName: CHART.name,
  version: CHART.version,
  appVersion: CHART.appVersion,
  description: 'Operator for staging and test sites: per-site databases, migrations, backups and ingress, with admission webhooks.',
  repository: { name: 'kube-stager', url: 'https://helm.kube-stager.io' },
  docs: { title: 'kube-stager chart README', url: 'https://github.com/szeber/kube-stager-helm/tree/HEAD/charts/kube-stager' },
  schema,
  groups,
  rules,
  render,
  presets,
  notices,
};
