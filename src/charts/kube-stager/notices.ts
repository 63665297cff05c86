// Facts about installing kube-stager that no value changes and the preview cannot show.
import type { Notice } from '../../core/types';
import { DOC } from './docs';

export const notices: Notice[] = [
  {
    title: 'CRDs come from the chart\'s crds/ folder',
    text: [
      'The twelve kube-stager CustomResourceDefinitions (StagingSite, ServiceConfig, the database, config and job kinds) live in crds/crds.yaml.',
      'Helm applies them on the first install only; `helm template` leaves them out, so they are not in this preview.',
      'Helm never upgrades or deletes them: before upgrading the release, back up your StagingSites and ServiceConfigs (`kubectl get ... -A -o yaml`),',
      'replace the CRDs from the new chart with `kubectl replace -f charts/kube-stager/crds/crds.yaml`, then run `helm upgrade`,',
      'and check that the rollout finishes and the manager log reports the acquired leader lease. `helm uninstall` keeps the CRDs and your resources.',
    ].join(' '),
    doc: DOC.upgradeSteps,
  },
  {
    title: 'Upgrading from 0.3.0',
    text: [
      'Chart 1.0.0 turns leader election on (the operator then needs ConfigMaps and Leases in its namespace, which the chart\'s Role grants),',
      'writes the config file in the new ProjectConfig format with the job settings, and makes the Redis handler honour TLS and authentication:',
      'RedisConfigs that point at servers with self-signed certificates need verifyTlsServerCertificate: false.',
    ].join(' '),
    doc: DOC.upgrading,
  },
  {
    title: 'One release per cluster',
    text: 'The ValidatingWebhookConfiguration is always named kube-stager-validating-webhook-configuration, whatever the release is called, so a second release of the chart in the same cluster fails on that name.',
    doc: DOC.installation,
  },
];
