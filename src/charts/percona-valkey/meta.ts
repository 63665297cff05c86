// Percona Valkey's identity, read by the chart picker without loading the module.
import type { ChartMeta } from '../../core/types';

export const meta: ChartMeta = {
  id: 'percona-valkey',
  name: 'Percona Valkey',
  chartName: 'percona-valkey',
  version: '0.1.0',
  appVersion: '9.0.3',
  description: 'Percona build of Valkey, the open-source key-value store: one server or a sharded Valkey Cluster, on the UBI9 or a hardened image.',
  // The chart is installed from a git checkout; it is published in no helm repository.
  docs: { title: 'Percona Valkey chart README', url: 'https://github.com/EvgeniyPatlan/percona-valkey-helm/tree/9fb653b/helm/percona-valkey' },
};
