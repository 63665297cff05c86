import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import { listFields } from '../../core/schemaWalk';
import { pickRanked, testers, type RankedEntry, type RendererId } from './testers';

const schema = Type.Object({
  name: Type.String({ default: '' }),
  password: Type.String({ default: '', writeOnly: true }),
  replicas: Type.Integer({ default: 1 }),
  ratio: Type.Number({ default: 0.5 }),
  debug: Type.Boolean({ default: false }),
  level: Type.Union([Type.Literal('info'), Type.Literal('debug')], { default: 'info' }),
  port: Type.Union([Type.Integer(), Type.String()], { default: 80 }),
  args: Type.Array(Type.String(), { default: [] }),
  labels: Type.Record(Type.String(), Type.String(), { default: {} }),
  env: Type.Array(Type.Object({ name: Type.String(), value: Type.String() }), { default: [] }),
  resources: Type.Object({}, { additionalProperties: true, default: {} }),
  auth: Type.Object({ token: Type.String({ default: '' }) }, { writeOnly: true }),
});

const entries: RankedEntry<RendererId>[] = (Object.keys(testers) as RendererId[]).map((id) => ({ id, tester: testers[id], component: id }));
const pick = (path: string) => pickRanked(entries, listFields(schema).find((f) => f.path === path)!)?.component;

describe('field renderer testers', () => {
  it.each([
    ['name', 'string'], ['password', 'secret'], ['auth.token', 'secret'], ['replicas', 'number'], ['ratio', 'number'],
    ['debug', 'boolean'], ['level', 'enum'], ['port', 'intOrString'], ['args', 'stringList'], ['labels', 'keyValue'],
    ['env', 'yaml'], ['resources', 'yaml'], ['auth', 'object'],
  ])('%s -> %s', (path, id) => {
    expect(pick(path)).toBe(id);
  });

  it('falls back to YAML for a kind no entry claims', () => {
    const onlyFallback = entries.filter((e) => e.id === 'yaml');
    const field = listFields(schema).find((f) => f.path === 'name')!;
    expect(pickRanked(onlyFallback, field)?.component).toBe('yaml');
    expect(pickRanked([], field)).toBeUndefined();
  });
});
