import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { DEFAULT_RELEASE, type Values } from '../../core/types';
import { validate } from '../../core/validate';
import { getAt } from '../../core/values';
import { DOC } from './docs';
import { kubeStager } from './index';

const presetById = (id: string) => {
  const preset = kubeStager.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset;
};
const problemsOf = (values: Values) => validate(kubeStager, values, DEFAULT_RELEASE).problems;
const objectsOf = (values: Values) => evaluate(kubeStager, values, DEFAULT_RELEASE).objects;

describe('kube-stager presets', () => {
  it('covers the README examples, each with a unique id, title, description and README section', () => {
    expect(kubeStager.presets.map((p) => p.id)).toEqual(['high-availability', 'monitoring', 'v0.3.0-behaviour']);
    expect(new Set(kubeStager.presets.map((p) => p.title)).size).toBe(kubeStager.presets.length);
    const sections = new Set<string>(Object.values(DOC));
    for (const p of kubeStager.presets) {
      expect(p.description.length, p.id).toBeGreaterThan(20);
      expect(sections.has(p.doc), `${p.id}: ${p.doc}`).toBe(true);
    }
  });

  for (const preset of kubeStager.presets) {
    describe(preset.id, () => {
      it('passes the schema with no unknown keys', () => {
        expect(problemsOf(preset.values).filter((p) => p.id === 'schema' || p.id === 'unknown-key')).toEqual([]);
      });

      it('renders, and every rule runs', () => {
        const result = evaluate(kubeStager, preset.values, DEFAULT_RELEASE);
        expect(result.renderError).toBeUndefined();
        expect(result.objects.length).toBeGreaterThan(10);
        expect(result.problems.filter((p) => p.message.includes('could not run'))).toEqual([]);
      });

      it('has no error', () => {
        expect(problemsOf(preset.values).filter((p) => p.severity === 'error')).toEqual([]);
      });
    });
  }

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
