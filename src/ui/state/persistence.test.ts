import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage.testing';
import { clearSaved, loadSaved, saveState, storageKey, type KeyValueStorage } from './persistence';

const state = { userValues: { replicaCount: 3, podAnnotations: { 'a.b/c': 'x' } }, release: { name: 'shop', namespace: 'prod' } };

describe('persistence', () => {
  it('round-trips values and release per chart', () => {
    const storage = memoryStorage();
    expect(saveState(storage, 'fake', state)).toBeUndefined();
    expect(loadSaved(storage, 'fake')).toEqual({ kind: 'loaded', state });
    expect(loadSaved(storage, 'other')).toEqual({ kind: 'empty' });
    clearSaved(storage, 'fake');
    expect(loadSaved(storage, 'fake')).toEqual({ kind: 'empty' });
  });

  it('ignores damaged or foreign data with a message', () => {
    for (const raw of ['{not json', '[]', '{"format":2,"values":{}}', '{"format":1,"values":[]}', '{"format":1,"values":{},"release":{"name":1}}']) {
      const result = loadSaved(memoryStorage({ [storageKey('fake')]: raw }), 'fake');
      expect(result.kind, raw).toBe('ignored');
    }
  });

  it('fills in the default release when an entry has none', () => {
    const result = loadSaved(memoryStorage({ [storageKey('fake')]: '{"format":1,"values":{"a":1}}' }), 'fake');
    expect(result).toEqual({ kind: 'loaded', state: { userValues: { a: 1 }, release: { name: 'release-name', namespace: 'default' } } });
  });

  it('survives a storage that throws', () => {
    const throwing: KeyValueStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('nope'); },
    };
    expect(loadSaved(throwing, 'fake').kind).toBe('ignored');
    expect(saveState(throwing, 'fake', state)).toMatch(/QuotaExceededError/);
    expect(() => clearSaved(throwing, 'fake')).not.toThrow();
    expect(loadSaved(undefined, 'fake')).toEqual({ kind: 'empty' });
  });
});
