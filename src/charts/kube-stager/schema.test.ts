// The schema against the facts of the upstream chart (fixtures/upstream-leaves.json, written by
// scripts/upstream-leaves.ts from the chart's values.yaml): every parameter is a field with its
// exact default, described, grouped, the secret hidden, and ajv accepts what helm accepts. The
// shared suites check coverage, documentation and the fixtures; the rest is kube-stager's own.
import { describe, expect, it } from 'vitest';
import {
  describeSchemaCoverage, describeSchemaDocumentation, describeSchemaValidation, expectFieldKinds, readUpstreamFacts, schemaView,
} from '../../core/testing/chartSuites';
import { getAt } from '../../core/values';
import { kubeStager } from './index';
import type { KubeStagerValues } from './schema';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const { fields, byPath, defaults, issuesFor } = schemaView(kubeStager);

describeSchemaCoverage(kubeStager, readUpstreamFacts(fixtureDir), { leafCount: 39 });
// Sections group plain parameters; the objects holding them need no text of their own.
describeSchemaDocumentation(kubeStager, { describeObjects: false });
// The config-text-quoting fixture passes keys into the config file that the operator does not know.
describeSchemaValidation(kubeStager, fixtureDir, {
  expectedIssues: {
    'config-text-quoting': [
      ['config.extra', 'unknown-key'],
      ['config.weights', 'unknown-key'],
    ],
  },
});

describe('kube-stager schema: what values.yaml leaves out', () => {
  it('offers the ProjectConfig keys values.yaml only mentions in a comment, without a default', () => {
    expect(byPath.get('config.sentryDsn')?.kind).toBe('string');
    expect(byPath.get('config.cacheNamespace')?.kind).toBe('string');
    expect(getAt(defaults, 'config')).not.toHaveProperty('sentryDsn');
    expect(getAt(defaults, 'config')).not.toHaveProperty('cacheNamespace');
  });
});

describe('kube-stager schema sections', () => {
  it('files leader election with availability although it sits in the config file', () => {
    expect(byPath.get('config.leaderElection')?.group).toBe('availability');
    expect(byPath.get('deployment.replicas')?.group).toBe('availability');
    expect(byPath.get('config.initJobConfig.backoffLimit')?.group).toBe('jobs');
  });
});

describe('kube-stager field kinds and secrets', () => {
  it('marks only the Sentry DSN secret', () => {
    expect(fields.filter((f) => f.secret).map((f) => f.path)).toEqual(['config.sentryDsn']);
  });

  it('edits resources as YAML and label or annotation maps as key/value', () => {
    expectFieldKinds(kubeStager, {
      yaml: ['deployment.resources', 'deployment.rbacProxy.resources'],
      keyValue: ['service.labels', 'service.annotations', 'deployment.labels', 'deployment.podAnnotations', 'rbac.serviceAccount.annotations'],
    });
  });

  it('types values the way the templates read them', () => {
    expectFieldKinds(kubeStager, {
      integer: ['deployment.replicas', 'config.webhook.port'],
      intOrString: ['deployment.podDisruptionBudget.minAvailable'],
      boolean: ['config.leaderElection'],
      string: ['monitoring.serviceMonitor.interval'],
    });
  });

  it('types the values object for the renderer and rules', () => {
    const typed = defaults as KubeStagerValues;
    expect(typed.deployment.replicas).toBe(1);
    expect(typed.config.initJobConfig.backoffLimit).toBe(0);
  });
});

describe('kube-stager schema validation (ajv)', () => {
  it('rejects wrong types and out-of-range values', () => {
    expect(issuesFor({ deployment: { replicas: 'two' } })).toEqual([expect.objectContaining({ path: 'deployment.replicas', kind: 'type' })]);
    expect(issuesFor({ config: { webhook: { port: 70000 } } }).map((i) => i.path)).toEqual(['config.webhook.port']);
    expect(issuesFor({ config: { leaderElection: 'yes' } }).map((i) => i.path)).toEqual(['config.leaderElection']);
    expect(issuesFor({ monitoring: { serviceMonitor: { interval: '30 seconds' } } }).map((i) => i.path)).toEqual(['monitoring.serviceMonitor.interval']);
  });

  it('takes a budget as a number or a percentage, nothing else', () => {
    expect(issuesFor({ deployment: { podDisruptionBudget: { minAvailable: '50%' } } })).toEqual([]);
    expect(issuesFor({ deployment: { podDisruptionBudget: { minAvailable: 'half' } } }).map((i) => i.path)).toContain(
      'deployment.podDisruptionBudget.minAvailable',
    );
  });

  it('flags misspelt keys', () => {
    expect(issuesFor({ deployment: { replica: 2 } })).toEqual([expect.objectContaining({ path: 'deployment.replica', kind: 'unknown-key' })]);
    expect(issuesFor({ monitoring: { servicemonitor: {} } })).toEqual([expect.objectContaining({ path: 'monitoring.servicemonitor', kind: 'unknown-key' })]);
  });

  it('accepts null where it only drops a label, annotation or resources map', () => {
    expect(issuesFor({ service: { annotations: null, labels: null }, deployment: { resources: null, podLabels: null } })).toEqual([]);
  });

  it('requires what the templates print unguarded', () => {
    expect(issuesFor({ image: null })).toEqual([expect.objectContaining({ path: 'image', kind: 'required' })]);
    expect(issuesFor({ rbac: { serviceAccount: { name: '' } } }).map((i) => i.path)).toEqual(['rbac.serviceAccount.name']);
  });
});
