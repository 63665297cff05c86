import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parsePath } from '../../core/paths';
import { node } from '../../core/schemaNode';
import { listFields, schemaAt, secretPaths } from '../../core/schemaWalk';
import { createAjvValidator } from '../../core/schemaValidator';
import type { Values } from '../../core/types';
import { defaultsFromSchema, setAt } from '../../core/values';
import { groups } from './groups';
import { schema } from './schema';

// Every leaf of the upstream values.yaml (chart 0.1.0) with its default, in file order, taken from
// the chart once and kept here so the test needs neither the chart nor the network.
interface Facts {
  leaves: { path: string; default: unknown }[];
}
const facts = JSON.parse(readFileSync(new URL('./fixtures/upstream-values.facts.json', import.meta.url), 'utf8')) as Facts;

/** The upstream values.yaml tree rebuilt from its leaves (file order gives the key order). */
function upstreamValues(): Values {
  let tree: Values = {};
  for (const leaf of facts.leaves) tree = setAt(tree, parsePath(leaf.path), leaf.default);
  return tree;
}

/** Key order at every depth, so deep equality also compares the order keys come in. */
function keyOrder(v: unknown, path = ''): string[] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => [`${path}.${k}`, ...keyOrder(x, `${path}.${k}`)]);
}

describe('percona-valkey schema covers the chart values.yaml', () => {
  it('knows all 71 upstream leaves', () => {
    expect(facts.leaves).toHaveLength(71);
  });

  it('has a field with the upstream default for every leaf', () => {
    const missing = facts.leaves.filter((leaf) => !schemaAt(schema, leaf.path));
    expect(missing.map((l) => l.path)).toEqual([]);
    const fields = new Map(listFields(schema).map((f) => [f.path, f]));
    for (const leaf of facts.leaves) {
      const field = fields.get(leaf.path);
      expect(field, leaf.path).toBeDefined();
      expect(field?.defaultValue, leaf.path).toEqual(leaf.default);
    }
  });

  it('gives the same defaults as values.yaml, key order included', () => {
    const upstream = upstreamValues();
    const ours = defaultsFromSchema(schema);
    expect(ours).toEqual(upstream);
    expect(keyOrder(ours)).toEqual(keyOrder(upstream));
  });

  it('accepts its own defaults', () => {
    expect(createAjvValidator(schema).validate(defaultsFromSchema(schema))).toEqual([]);
  });

  it('describes every parameter and puts it in a README section', () => {
    const groupIds = new Set(groups.map((g) => g.id));
    for (const field of listFields(schema)) {
      expect(field.description, field.path).not.toBe('');
      expect(groupIds.has(field.group), `${field.path} in ${field.group}`).toBe(true);
    }
    // Every section holds at least one parameter.
    const used = new Set(listFields(schema).map((f) => f.group));
    expect(groups.filter((g) => !used.has(g.id)).map((g) => g.id)).toEqual([]);
  });

  it('marks the password as a secret and nothing else', () => {
    const values = setAt(setAt(defaultsFromSchema(schema), 'auth.password', 'pw'), 'auth.existingSecret', 'name');
    expect(secretPaths(schema, values)).toEqual(['auth.password']);
  });

  it('edits free-form Kubernetes blocks as YAML and offers the fixed choices as enums', () => {
    const kind = (path: string) => listFields(schema).find((f) => f.path === path)?.kind;
    for (const path of ['affinity', 'tolerations', 'image.pullSecrets', 'resources.limits', 'resources.requests']) {
      expect(kind(path), path).toBe('yaml');
    }
    expect(kind('config.customConfig')).toBe('string');
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
