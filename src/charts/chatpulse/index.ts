// ChatPulse, from the plain manifests of its Kubernetes guide (pscheid92/chatpulse at 1d7604f).
// There is no chart: the configurator owns the values and writes the manifests itself.
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { APPLY_ORDER, MANIFEST_FILES } from './manifestFiles';
import { meta } from './meta';
import { presets } from './presets';
import { render } from './render';
import { rules } from './rules';
import { schema, type ChatPulseValues } from './schema';
import { consumes } from './wiring';

export { APPLY_ORDER, MANIFEST_FILES };
export type { ChatPulseValues };

export const chatpulse: ChartModule<ChatPulseValues> = {
  ...meta,
  schema,
  groups,
  rules,
  render,
  presets,
  linkDictionaries: () => import('./linkDictionaries.json').then((m) => m.default),
  consumes,
  applyOrder: APPLY_ORDER,
  notices: [
    {
      title: 'Plain manifests, not a Helm chart',
      text:
        'Apply the files with kubectl in the guide\'s order (namespace, configmap, secret, deployment, service, ingress, hpa, pdb, servicemonitor). ' +
        'Names and the namespace come from the values (name, namespace.name); a release name or --namespace changes nothing.',
      doc: 'Deployment',
    },
    {
      title: 'PostgreSQL and Redis are not included',
      text: 'ChatPulse needs a PostgreSQL database and a Redis server, in the cluster or outside; point DATABASE_URL and REDIS_URL at them.',
      doc: 'Prerequisites',
    },
    {
      title: 'Custom resources need their operators',
      text:
        'The ServiceMonitor needs the Prometheus Operator CRDs and the IngressRoute needs Traefik\'s CRDs; kubectl rejects them in a cluster without. ' +
        'The HPA needs metrics-server.',
      doc: 'ServiceMonitor (Prometheus Operator)',
    },
  ],
};
