// The schema against the facts of the upstream chart (fixtures/upstream-leaves.json, written by
// scripts/upstream-leaves.ts from the chart's values.yaml): every parameter is a field with its
// exact default, described, grouped, the secret hidden, and ajv accepts what helm accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePath } from '../../core/paths';
import { createAjvValidator } from '../../core/schemaValidator';
import { listFields, type FieldInfo } from '../../core/schemaWalk';
import { listFixtures } from '../../core/testing/fixtureKit';
import type { Values } from '../../core/types';
import { defaultsFromSchema, getAt, mergeValues } from '../../core/values';
import { groups } from './groups';
import { schema, type KubeStagerValues } from './schema';

interface UpstreamFacts {
  chart: string;
  version: string;
  leafCount: number;
  leaves: { path: string; default: unknown }[];
  values: Values;
}

const facts = JSON.parse(readFileSync(new URL('./fixtures/upstream-leaves.json', import.meta.url), 'utf8')) as UpstreamFacts;
const fields = listFields(schema);
const byPath = new Map(fields.map((f) => [f.path, f]));
const defaults = defaultsFromSchema(schema);
const validator = createAjvValidator(schema);
const fixtures = listFixtures(new URL('./fixtures/', import.meta.url).pathname);
const issuesFor = (user: Values) => validator.validate(mergeValues(defaults, user));

/** The field holding a path: the field itself, or the nearest YAML / key-value editor above it. */
function fieldCovering(path: string): FieldInfo | undefined {
  const own = byPath.get(path);
  if (own) return own;
  const segs = parsePath(path);
  for (let n = segs.length - 1; n > 0; n--) {
    const parent = fields.find((f) => f.segs.length === n && f.segs.every((s, i) => s === segs[i]));
    if (parent && (parent.kind === 'yaml' || parent.kind === 'keyValue')) return parent;
  }
  return undefined;
}

describe('upstream facts', () => {
  it('are those of chart 1.0.0', () => {
    expect(facts.chart).toBe('kube-stager');
    expect(facts.version).toBe('1.0.0');
    expect(facts.leaves).toHaveLength(facts.leafCount);
    expect(facts.leafCount).toBe(39);
  });
});

describe('kube-stager schema covers every upstream parameter', () => {
  it('has a form field (or an inline editor) for every leaf of values.yaml', () => {
    const missing = facts.leaves.map((l) => l.path).filter((p) => !fieldCovering(p));
    expect(missing).toEqual([]);
  });

  it('gives each leaf its upstream default', () => {
    const wrong = facts.leaves.filter((l) => JSON.stringify(getAt(defaults, l.path)) !== JSON.stringify(l.default));
    expect(wrong).toEqual([]);
  });

  it('builds exactly the upstream values.yaml as defaults, key order included', () => {
    expect(defaults).toEqual(facts.values);
    expect(JSON.stringify(defaults)).toBe(JSON.stringify(facts.values));
  });

  it('keeps every field default equal to the value at its path', () => {
    for (const f of fields) {
      if (f.defaultValue !== undefined) expect(getAt(defaults, f.segs), f.path).toEqual(f.defaultValue);
    }
  });

  it('offers the ProjectConfig keys values.yaml only mentions in a comment, without a default', () => {
    expect(byPath.get('config.sentryDsn')?.kind).toBe('string');
    expect(byPath.get('config.cacheNamespace')?.kind).toBe('string');
    expect(getAt(defaults, 'config')).not.toHaveProperty('sentryDsn');
    expect(getAt(defaults, 'config')).not.toHaveProperty('cacheNamespace');
  });
});

describe('kube-stager schema documentation', () => {
  it('describes every field', () => {
    const undocumented = fields.filter((f) => f.kind !== 'object' && f.description.trim().length < 10).map((f) => f.path);
    expect(undocumented).toEqual([]);
  });

  it('puts every parameter in a known section, and every section has parameters', () => {
    const ids = new Set(groups.map((g) => g.id));
    expect(fields.filter((f) => !ids.has(f.group)).map((f) => `${f.path}: ${f.group}`)).toEqual([]);
    const used = new Set(fields.map((f) => f.group));
    expect(groups.filter((g) => !used.has(g.id)).map((g) => g.id)).toEqual([]);
    expect(ids.size).toBe(groups.length);
    for (const g of groups) expect(g.description, g.id).toBeTruthy();
  });

  it('files leader election with availability although it sits in the config file', () => {
    expect(byPath.get('config.leaderElection')?.group).toBe('availability');
    expect(byPath.get('deployment.replicas')?.group).toBe('availability');
    expect(byPath.get('config.initJobConfig.backoffLimit')?.group).toBe('jobs');
  });
});

describe('kube-stager field kinds and secrets', () => {
  const kind = (path: string) => byPath.get(path)?.kind;

  it('marks only the Sentry DSN secret', () => {
    expect(fields.filter((f) => f.secret).map((f) => f.path)).toEqual(['config.sentryDsn']);
  });

  it('edits resources as YAML and label or annotation maps as key/value', () => {
    expect(kind('deployment.resources')).toBe('yaml');
    expect(kind('deployment.rbacProxy.resources')).toBe('yaml');
    for (const p of ['service.labels', 'service.annotations', 'deployment.labels', 'deployment.podAnnotations', 'rbac.serviceAccount.annotations']) {
      expect(kind(p), p).toBe('keyValue');
    }
  });

  it('types values the way the templates read them', () => {
    expect(kind('deployment.replicas')).toBe('integer');
    expect(kind('deployment.podDisruptionBudget.minAvailable')).toBe('intOrString');
    expect(kind('config.webhook.port')).toBe('integer');
    expect(kind('config.leaderElection')).toBe('boolean');
    expect(kind('monitoring.serviceMonitor.interval')).toBe('string');
  });

  it('types the values object for the renderer and rules', () => {
    const typed = defaults as KubeStagerValues;
    expect(typed.deployment.replicas).toBe(1);
    expect(typed.config.initJobConfig.backoffLimit).toBe(0);
  });
});

describe('kube-stager schema validation (ajv)', () => {
  it('accepts the chart defaults', () => {
    expect(validator.validate(defaults)).toEqual([]);
  });

  const clean = fixtures.filter((f) => f.name !== 'config-text-quoting');
  it.each(clean.map((f) => [f.name, f] as const))('accepts fixture %s without any issue', (_name, fixture) => {
    expect(validator.validate(mergeValues(defaults, fixture.values))).toEqual([]);
  });

  it('reports keys the chart passes into the config file but the operator does not know', () => {
    const fixture = fixtures.find((f) => f.name === 'config-text-quoting')!;
    const issues = validator.validate(mergeValues(defaults, fixture.values));
    expect(issues.map((i) => [i.path, i.kind])).toEqual([
      ['config.extra', 'unknown-key'],
      ['config.weights', 'unknown-key'],
    ]);
  });

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
