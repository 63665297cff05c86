import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { DEFAULT_RELEASE, type Values } from '../../core/types';
import { describePresets, presetOf } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import { getAt } from '../../core/values';
import { DOC } from './docs';
import { kubeStager } from './index';

const presetById = (id: string) => presetOf(kubeStager, id);
const problemsOf = (values: Values) => validate(kubeStager, values, DEFAULT_RELEASE).problems;
const objectsOf = (values: Values) => evaluate(kubeStager, values, DEFAULT_RELEASE).objects;

describePresets(kubeStager, {
  ids: ['high-availability', 'monitoring', 'v0.3.0-behaviour'],
  docSections: Object.values(DOC),
  minObjects: 10,
});

describe('kube-stager presets', () => {
  it('HA: two replicas spread over nodes behind a budget of one, with no error or warning', () => {
    const values = presetById('high-availability').values;
    expect(problemsOf(values).filter((p) => p.severity !== 'info')).toEqual([]);
    const objects = objectsOf(values);
    const deployment = objects.find((o) => o.object.kind === 'Deployment')!.object;
    expect(getAt(deployment, 'spec.replicas')).toBe(2);
    expect(getAt(deployment, 'spec.template.spec.affinity.podAntiAffinity')).toBeDefined();
    expect(getAt(objects.find((o) => o.object.kind === 'PodDisruptionBudget')?.object, 'spec.minAvailable')).toBe(1);
  });

  it('monitoring: a ServiceMonitor that can verify nothing skips verification, so no warning', () => {
    const values = presetById('monitoring').values;
    expect(problemsOf(values).filter((p) => p.severity !== 'info')).toEqual([]);
    const monitor = objectsOf(values).find((o) => o.object.kind === 'ServiceMonitor')?.object;
    expect(getAt(monitor, 'spec.endpoints[0].interval')).toBe('30s');
    expect(getAt(monitor, 'spec.endpoints[0].tlsConfig.insecureSkipVerify')).toBe(true);
  });

  it('v0.3.0 behaviour: leader election off in the config file, and scaling it up is refused', () => {
    const values = presetById('v0.3.0-behaviour').values;
    const config = getAt(objectsOf(values).find((o) => o.object.kind === 'ConfigMap')?.object, ['data', 'controller_manager_config.yaml']);
    expect(String(config).split('\n')).toContain('leaderElection: false');
    const scaled = { ...values, deployment: { replicas: 2 } };
    expect(problemsOf(scaled).filter((p) => p.severity === 'error').map((p) => p.id)).toEqual(['leader-election-off-with-replicas']);
    expect(evaluate(kubeStager, scaled, DEFAULT_RELEASE).renderError).toMatch(/leader/);
  });
});

describe('kube-stager notices', () => {
  it('say where the CRDs come from and that helm never upgrades them', () => {
    const crds = kubeStager.notices?.find((n) => /CRD/.test(n.title));
    expect(crds?.text).toMatch(/crds\//);
    expect(crds?.text).toMatch(/first install/);
    expect(crds?.text).toMatch(/never upgrades/);
    expect(crds?.text).toMatch(/kubectl replace/);
    expect(crds?.doc).toBe(DOC.upgradeSteps);
  });

  it('cite README sections', () => {
    const sections = new Set<string>(Object.values(DOC));
    for (const n of kubeStager.notices ?? []) expect(sections.has(n.doc ?? ''), n.title).toBe(true);
  });
});
