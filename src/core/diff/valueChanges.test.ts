import { describe, expect, it } from 'vitest';
import { paramsFeeding, valueChanges } from './valueChanges';

describe('valueChanges', () => {
  it('lists changed leaves by path, lists whole, keys that appear or vanish', () => {
    const before = { a: { b: 1, c: 'x' }, list: [1, 2], gone: true, 'dotted.key': 1 };
    const after = { a: { b: 2, c: 'x' }, list: [1, 3], added: 'y', 'dotted.key': 2 };
    expect(valueChanges(before, after).map((c) => [c.path, c.key, c.before, c.after])).toEqual([
      ['a.b', 'b', 1, 2],
      ['list', 'list', [1, 2], [1, 3]],
      ['gone', 'gone', true, undefined],
      ['dotted\\.key', 'dotted.key', 1, 2],
      ['added', 'added', undefined, 'y'],
    ]);
  });

  it('treats __proto__ as an ordinary key', () => {
    const before = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    const after = JSON.parse('{"__proto__": {"x": 2}}') as Record<string, unknown>;
    expect(valueChanges(before, after).map((c) => c.path)).toEqual(['__proto__.x']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('paramsFeeding', () => {
  const changes = valueChanges(
    { replicaCount: 1, fullnameOverride: '', image: { tag: '1.0' }, debug: false },
    { replicaCount: 3, fullnameOverride: 'chat', image: { tag: '1.1' }, debug: true },
  );

  it('names the values whose new text arrives in a field or whose old text leaves it', () => {
    expect(paramsFeeding(changes, 1, 3)).toEqual(['replicaCount']);
    expect(paramsFeeding(changes, 'web-app', 'chat')).toEqual(['fullnameOverride']);
    expect(paramsFeeding(changes, { image: 'repo:1.0' }, { image: 'repo:1.1' })).toEqual(['image.tag']);
  });

  it('names values matching a hint whatever their text, and nothing for an unrelated field', () => {
    expect(paramsFeeding(changes, 'a', 'b', /^debug$/)).toEqual(['debug']);
    expect(paramsFeeding(changes, 'unrelated', 'other')).toEqual([]);
  });
});
