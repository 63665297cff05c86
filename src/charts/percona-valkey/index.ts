// Percona Valkey, modelled on the percona-valkey Helm chart 0.1.0 (app 9.0.3) of
// EvgeniyPatlan/percona-valkey-helm at commit 9fb653b (path helm/percona-valkey).
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { meta } from './meta';
import { presets } from './presets';
import { render } from './render';
import { rules } from './rules';
import { schema, type PerconaValkeyValues } from './schema';
import { upgradeChecks } from './upgrade';
import { provides } from './wiring';

export const perconaValkey: ChartModule<PerconaValkeyValues> = {
  ...meta,
  schema,
  groups,
  rules,
  render,
  presets,
  linkDictionaries: () => import('./linkDictionaries.json').then((m) => m.default),
  provides,
  upgradeChecks,
  notices: [
    {
      title: 'Generated password',
      text: 'With auth on and neither auth.password nor auth.existingSecret set, the chart makes a random 16-character password on every render: at install and again on each helm upgrade (its secret.yaml does not look the existing Secret up, although the README says it does). The preview shows a placeholder; set auth.password or auth.existingSecret to keep one password.',
      doc: 'Known Limitations',
    },
    {
      title: 'Hooks and tests',
      text: 'In cluster mode a post-install Job forms the cluster and a post-upgrade Job adds or removes nodes after a change of cluster.replicas; `helm test` runs a pod that pings the Service. They run our own scripts and the rpm image, also with the hardened variant.',
      doc: 'How Cluster Formation Works',
    },
    {
      title: 'Volumes stay after uninstall',
      text: 'The PersistentVolumeClaims the StatefulSet creates (data-<pod>) are not removed by helm uninstall or by scaling down; delete them yourself when the data is no longer needed.',
      doc: 'Uninstall',
    },
    {
      title: 'Password changes need a restart',
      text: 'Pods read the password at start; after changing it, restart the StatefulSet (kubectl rollout restart).',
      doc: 'Known Limitations',
    },
  ],
};
