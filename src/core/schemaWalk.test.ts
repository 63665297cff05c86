import { describe, it, expect } from 'vitest';
import Type from 'typebox';
import { fieldKind, listFields, schemaAt, secretPaths } from './schemaWalk';

const schema = Type.Object({
  replicaCount: Type.Integer({ default: 1, description: 'How many pods', 'x-group': 'scaling' }),
  image: Type.Object(
    {
      repository: Type.String({ default: 'nginx' }),
      pullPolicy: Type.Union([Type.Literal('Always'), Type.Literal('IfNotPresent')], { default: 'IfNotPresent' }),
    },
    { 'x-group': 'image', title: 'Container image' },
  ),
  auth: Type.Object({ password: Type.String({ default: '', writeOnly: true }), users: Type.Array(Type.Object({ name: Type.String(), token: Type.String({ writeOnly: true }) }), { default: [] }) }),
  port: Type.Union([Type.Integer(), Type.String()], { default: 8000 }),
  args: Type.Array(Type.String(), { default: [] }),
  podAnnotations: Type.Record(Type.String(), Type.String(), { default: {} }),
  resources: Type.Object({}, { additionalProperties: true, default: {} }),
  affinity: Type.Object({ nodeAffinity: Type.Optional(Type.Unknown()) }, { 'x-widget': 'yaml', default: {} }),
  limits: Type.Union([Type.Object({ cpu: Type.Optional(Type.String()) }), Type.Null()]),
  extraEnv: Type.Array(Type.Object({ name: Type.String(), value: Type.String() }), { default: [] }),
  ratio: Type.Number({ default: 0.5 }),
  debug: Type.Boolean({ default: false }),
  level: Type.String({ enum: ['info', 'debug'], default: 'info' }),
});

describe('fieldKind', () => {
  it.each([
    ['replicaCount', 'integer'],
    ['image.pullPolicy', 'enum'],
    ['port', 'intOrString'],
    ['args', 'stringList'],
    ['podAnnotations', 'keyValue'],
    ['resources', 'yaml'],
    ['affinity', 'yaml'],
    ['limits', 'object'],
    ['extraEnv', 'yaml'],
    ['ratio', 'number'],
    ['debug', 'boolean'],
    ['level', 'enum'],
    ['image', 'object'],
    ['image.repository', 'string'],
  ])('%s is %s', (path, kind) => {
    expect(fieldKind(schemaAt(schema, path)!)).toBe(kind);
  });
});

describe('listFields', () => {
  const fields = listFields(schema);
  const byPath = new Map(fields.map((f) => [f.path, f]));

  it('lists headings then their fields, depth first in schema order', () => {
    expect(fields.slice(0, 4).map((f) => f.path)).toEqual(['replicaCount', 'image', 'image.repository', 'image.pullPolicy']);
  });
  it('does not descend into nodes with an x-widget', () => {
    expect(byPath.has('affinity')).toBe(true);
    expect(byPath.has('affinity.nodeAffinity')).toBe(false);
  });
  it('descends into nullable objects', () => {
    expect(byPath.get('limits.cpu')?.kind).toBe('string');
  });
  it('inherits groups and reads titles, descriptions and defaults', () => {
    expect(byPath.get('image.repository')).toMatchObject({ group: 'image', title: 'repository', defaultValue: 'nginx', depth: 1 });
    expect(byPath.get('image')).toMatchObject({ title: 'Container image', defaultValue: { repository: 'nginx', pullPolicy: 'IfNotPresent' }, depth: 0 });
    expect(byPath.get('replicaCount')).toMatchObject({ group: 'scaling', description: 'How many pods' });
    expect(byPath.get('debug')?.group).toBe('');
  });
  it('marks writeOnly fields as secret', () => {
    expect(byPath.get('auth.password')?.secret).toBe(true);
    expect(byPath.get('auth')?.secret).toBe(false);
  });
});

describe('schemaAt', () => {
  it('follows list items, open maps and nullable unions', () => {
    expect(schemaAt(schema, 'extraEnv[3].name')).toMatchObject({ type: 'string' });
    expect(schemaAt(schema, 'podAnnotations.anything')).toMatchObject({ type: 'string' });
    expect(schemaAt(schema, 'limits.cpu')).toMatchObject({ type: 'string' });
  });
  it('is undefined for unknown paths', () => {
    expect(schemaAt(schema, 'image.nope')).toBeUndefined();
    expect(schemaAt(schema, 'replicaCount.x')).toBeUndefined();
  });
});

describe('secretPaths', () => {
  it('lists writeOnly parameters that hold a value, including inside lists', () => {
    const values = { auth: { password: 's3cret', users: [{ name: 'a', token: 't' }, { name: 'b', token: '' }] } };
    expect(secretPaths(schema, values)).toEqual(['auth.password', 'auth.users[0].token']);
  });
  it('ignores empty secrets', () => {
    expect(secretPaths(schema, { auth: { password: '' } })).toEqual([]);
  });
});
