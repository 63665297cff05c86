// The schema against the facts of the upstream chart (fixtures/upstream-leaves.json, written by
// scripts/upstream-leaves.ts from values.yaml of chart 0.1.0): every leaf is a field of its own with
// the upstream default, described and filed in a README section; ajv accepts the fixtures. The
// shared suites check those; the rest is Percona Valkey's own.
import { describe, it, expect } from 'vitest';
import { node } from '../../core/schemaNode';
import { schemaAt, secretPaths } from '../../core/schemaWalk';
import { createAjvValidator } from '../../core/schemaValidator';
import {
  describeSchemaCoverage, describeSchemaDocumentation, describeSchemaValidation, expectFieldKinds, readUpstreamFacts,
} from '../../core/testing/chartSuites';
import { defaultsFromSchema, setAt } from '../../core/values';
import { perconaValkey } from './index';
import { schema } from './schema';

const fixtureDir = new URL('./fixtures/', import.meta.url);

describeSchemaCoverage(perconaValkey, readUpstreamFacts(fixtureDir), { leafCount: 71, leavesAreFields: true });
describeSchemaDocumentation(perconaValkey, { sectionsHoldTopLevelFields: true });
describeSchemaValidation(perconaValkey, fixtureDir);

describe('percona-valkey schema', () => {
  it('marks the password as a secret and nothing else', () => {
    const values = setAt(setAt(defaultsFromSchema(schema), 'auth.password', 'pw'), 'auth.existingSecret', 'name');
    expect(secretPaths(schema, values)).toEqual(['auth.password']);
  });

  it('edits free-form Kubernetes blocks as YAML and offers the fixed choices as enums', () => {
    expectFieldKinds(perconaValkey, {
      yaml: ['affinity', 'tolerations', 'image.pullSecrets', 'resources.limits', 'resources.requests'],
      string: ['config.customConfig'],
    });
    const choices = (path: string) => {
      const n = node(schemaAt(schema, path));
      return (n.anyOf ?? []).map((m) => node(m).const);
    };
    expect(choices('mode')).toEqual(['standalone', 'cluster']);
    expect(choices('image.variant')).toEqual(['rpm', 'hardened']);
    expect(choices('config.maxmemoryPolicy')).toContain('allkeys-lru');
    expect(choices('config.maxmemoryPolicy')).toContain('');
  });

  it('rejects wrong types and unknown keys', () => {
    const validator = createAjvValidator(schema);
    const issues = validator.validate({ ...defaultsFromSchema(schema), mode: 'sentinel', cluster: { replicas: 'six' }, extra: 1 });
    const byPath = new Map(issues.map((i) => [i.path, i.kind]));
    expect(byPath.get('mode')).toBe('enum');
    expect(byPath.get('cluster.replicas')).toBe('type');
    expect(byPath.get('extra')).toBe('unknown-key');
  });

  it('flags rbac.create as having no effect in this chart version', () => {
    expect(node(schemaAt(schema, 'rbac.create'))['x-no-effect']).toBeTruthy();
  });
});
