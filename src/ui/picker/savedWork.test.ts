import { describe, expect, it } from 'vitest';
import { storageKey, type KeyValueStorage } from '../state/persistence';
import { STACK_STORAGE_KEY } from '../stack/model';
import { SAVED_STACK_KEY, savedChartWork, savedStackReleases, savedWorkText } from './savedWork';

function storage(entries: Record<string, string>): KeyValueStorage {
  const map = new Map(Object.entries(entries));
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('saved work on the start page', () => {
  it('counts the changed values and names a release that is not the default', () => {
    const s = storage({ [storageKey('centrifugo')]: JSON.stringify({ format: 1, values: { replicaCount: 3, ingress: { enabled: true, hosts: [{ host: 'a' }] } }, release: { name: 'chat', namespace: 'rt' } }) });
    const work = savedChartWork(s, 'centrifugo');
    expect(work).toEqual({ changed: 3, release: { name: 'chat', namespace: 'rt' } });
    expect(savedWorkText(work!)).toBe('Saved work: 3 changed values, release chat in rt');
  });

  it('says nothing for defaults, a missing entry or a damaged one', () => {
    const s = storage({
      [storageKey('a')]: JSON.stringify({ format: 1, values: {}, release: { name: 'release-name', namespace: 'default' } }),
      [storageKey('b')]: '{not json',
      [storageKey('c')]: JSON.stringify({ format: 1, values: 'x' }),
    });
    for (const id of ['a', 'b', 'c', 'missing']) expect(savedChartWork(s, id), id).toBeUndefined();
    expect(savedChartWork(undefined, 'a')).toBeUndefined();
  });

  it('reads the saved stack under the stack page key', () => {
    expect(SAVED_STACK_KEY).toBe(STACK_STORAGE_KEY);
    const s = storage({ [SAVED_STACK_KEY]: JSON.stringify({ format: 1, releases: [{ name: 'valkey' }, { name: 'centrifugo' }, 7] }) });
    expect(savedStackReleases(s)).toEqual(['valkey', 'centrifugo']);
    expect(savedStackReleases(storage({}))).toEqual([]);
  });
});
