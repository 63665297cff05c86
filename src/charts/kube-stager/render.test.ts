import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { chartRenderer, describeRenderFixtures } from '../../core/testing/chartSuites';
import { DEFAULT_RELEASE, type Values } from '../../core/types';
import { getAt } from '../../core/values';
import { kubeStager } from './index';

const release = DEFAULT_RELEASE;
const renderWith = chartRenderer(kubeStager);

// The chart puts no checksum annotation on its pods, so there are no helm checksums to compare.
describeRenderFixtures(kubeStager, new URL('./fixtures/', import.meta.url), {
  minFixtures: 10,
  templates: [
    'certmanager-certificate', 'certmanager-issuer', 'clusterrole', 'clusterrolebinding', 'configmap-config', 'deployment',
    'mutatingwebhookconfiguration', 'poddisruptionbudget', 'role', 'rolebinding', 'service-metrics', 'service-webhook',
    'serviceaccount', 'servicemonitor', 'validatingwebhookconfiguration',
  ].map((t) => `templates/${t}.yaml`),
});

describe('kube-stager render details', () => {
  const find = (user: Values, kind: string) => renderWith(user).find((o) => o.object.kind === kind)?.object;
  const kinds = (user: Values) => renderWith(user).map((o) => o.object.kind);

  it('renders only the objects the values switch on, in helm order', () => {
    expect(kinds({})).toEqual([
      'ServiceAccount', 'ConfigMap', 'ClusterRole', 'ClusterRole', 'ClusterRole', 'ClusterRoleBinding', 'ClusterRoleBinding', 'Role',
      'RoleBinding', 'Service', 'Service', 'Deployment', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'Certificate',
      'Issuer',
    ]);
    const full = kinds({ deployment: { replicas: 2, podDisruptionBudget: { enabled: true } }, monitoring: { enabled: true } });
    expect(full[0]).toBe('PodDisruptionBudget');
    expect(full.at(-1)).toBe('ServiceMonitor');
    expect(kinds({ rbac: { create: false } })).toEqual([
      'ConfigMap', 'Service', 'Service', 'Deployment', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'Certificate', 'Issuer',
    ]);
  });

  it('writes the config file as helm toYaml text, so the operator reads the same settings', () => {
    const text = getAt(find({ config: { cacheNamespace: 'staging', webhook: { port: 9443 } } }, 'ConfigMap'), ['data', 'controller_manager_config.yaml']) as string;
    expect(text.split('\n')).toContain('cacheNamespace: staging');
    expect(text.startsWith('backupJobConfig:\n  backoffLimit: 3')).toBe(true);
    expect(text.endsWith('\n')).toBe(false);
  });

  it('adds pod anti-affinity only for more than one replica', () => {
    const anti = (replicas: unknown) => getAt(find({ deployment: { replicas } }, 'Deployment'), 'spec.template.spec.affinity.podAntiAffinity');
    expect(anti(1)).toBeUndefined();
    expect(anti(2)).toBeDefined();
    expect(anti('3')).toBeDefined();
  });

  it('binds the roles to the configured ServiceAccount in the release namespace', () => {
    const objects = renderWith({ rbac: { serviceAccount: { name: 'ops-bot' } } }, { name: 'st', namespace: 'tools' });
    const bindings = objects.filter((o) => o.object.kind.endsWith('Binding'));
    expect(bindings).toHaveLength(3);
    for (const b of bindings) expect(getAt(b.object, 'subjects[0]')).toEqual({ kind: 'ServiceAccount', name: 'ops-bot', namespace: 'tools' });
    expect(getAt(objects.find((o) => o.object.kind === 'Deployment')?.object, 'spec.template.spec.serviceAccountName')).toBe('ops-bot');
  });

  it('refuses a budget that is not below the replicas, as the chart does', () => {
    expect(() => renderWith({ deployment: { podDisruptionBudget: { enabled: true } } })).toThrow(/minAvailable \(1\).*replicas \(1\)/);
    expect(() => renderWith({ deployment: { replicas: 2, podDisruptionBudget: { enabled: true, minAvailable: 2 } } })).toThrow(/refuses/);
    expect(() => renderWith({ deployment: { replicas: 2, podDisruptionBudget: { enabled: true, minAvailable: 1 } } })).not.toThrow();
    // A percentage is 0 to the chart's integer check, so it always passes.
    expect(() => renderWith({ deployment: { podDisruptionBudget: { enabled: true, minAvailable: '100%' } } })).not.toThrow();
  });

  it('refuses several replicas without leader election, and names the budget first when both fail', () => {
    expect(() => renderWith({ deployment: { replicas: 2 }, config: { leaderElection: false } })).toThrow(/leaderElection is off/);
    expect(() => renderWith({ deployment: { replicas: 1 }, config: { leaderElection: false } })).not.toThrow();
    expect(() =>
      renderWith({ deployment: { replicas: 2, podDisruptionBudget: { enabled: true, minAvailable: 3 } }, config: { leaderElection: false } }),
    ).toThrow(/minAvailable/);
  });

  it('surfaces the refusal as the render error of the pipeline, next to the rule problem', () => {
    const result = evaluate(kubeStager, { deployment: { replicas: 3 }, config: { leaderElection: false } }, release);
    expect(result.renderError).toMatch(/leader/);
    expect(result.objects).toEqual([]);
    expect(result.problems.map((p) => p.id)).toContain('leader-election-off-with-replicas');
  });

  it('does not throw on values of the wrong type', () => {
    const odd: Values = {
      deployment: { replicas: 'many', labels: ['a'], podLabels: 'x', resources: 'big', podDisruptionBudget: { enabled: 'yes', minAvailable: {} } },
      service: { labels: 5 },
      config: 'inline',
      rbac: { serviceAccount: { name: 42 } },
    };
    expect(() => renderWith(odd)).toThrow(/refuses/); // minAvailable {} is 0, replicas "many" is 0
    expect(() => renderWith({ ...odd, deployment: { ...(odd.deployment as Values), podDisruptionBudget: { enabled: false } } })).not.toThrow();
  });
});
