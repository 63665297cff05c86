import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_KUBE_VERSION, KUBE_VERSIONS } from '../../core/kube/versions';
import { memoryStorage } from '../state/memoryStorage.testing';
import type { KeyValueStorage } from '../state/persistence';
import { KUBE_VERSION_KEY, kubeVersionPreference, readKubeVersion } from './kubeVersionPreference';

const OLDER = KUBE_VERSIONS[KUBE_VERSIONS.length - 1];

describe('the Kubernetes version kept in this browser', () => {
  it('defaults to the newest version we carry', () => {
    expect(DEFAULT_KUBE_VERSION).toBe(KUBE_VERSIONS[0]);
    expect(readKubeVersion(memoryStorage())).toBe(DEFAULT_KUBE_VERSION);
    expect(readKubeVersion(undefined)).toBe(DEFAULT_KUBE_VERSION);
  });

  it('reads a stored version we carry', () => {
    expect(OLDER).not.toBe(DEFAULT_KUBE_VERSION);
    expect(readKubeVersion(memoryStorage({ [KUBE_VERSION_KEY]: OLDER }))).toBe(OLDER);
  });

  it.each(['1.20', 'v1.33', '1.33.0', '', 'latest', '__proto__', 'toString', '{"v":"1.33"}'])('falls back to the default for a stored %j', (stored) => {
    expect(readKubeVersion(memoryStorage({ [KUBE_VERSION_KEY]: stored }))).toBe(DEFAULT_KUBE_VERSION);
  });

  it('falls back to the default when storage cannot be read', () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readKubeVersion(blocked)).toBe(DEFAULT_KUBE_VERSION);
  });

  it('remembers a choice for the next visit and tells its listeners', () => {
    const storage = memoryStorage();
    const preference = kubeVersionPreference(storage);
    const listener = vi.fn();
    preference.subscribe(listener);
    preference.set(OLDER);
    expect(preference.get()).toBe(OLDER);
    expect(storage.data.get(KUBE_VERSION_KEY)).toBe(OLDER);
    expect(listener).toHaveBeenCalledTimes(1);
    preference.set(OLDER);
    expect(listener).toHaveBeenCalledTimes(1);
    // A later visit (another preference over the same stored data) starts from it.
    expect(readKubeVersion(memoryStorage(Object.fromEntries(storage.data)))).toBe(OLDER);
  });

  it('ignores a version it does not carry', () => {
    const storage = memoryStorage();
    const preference = kubeVersionPreference(storage);
    preference.set('1.12');
    expect(preference.get()).toBe(DEFAULT_KUBE_VERSION);
    expect(storage.data.has(KUBE_VERSION_KEY)).toBe(false);
  });

  it('is one object per storage, so the picker and the page agree (without storage too)', () => {
    const storage = memoryStorage();
    expect(kubeVersionPreference(storage)).toBe(kubeVersionPreference(storage));
    expect(kubeVersionPreference(undefined)).toBe(kubeVersionPreference(undefined));
  });

  it('keeps the choice for the page when storage refuses to write', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const preference = kubeVersionPreference(full);
    preference.set(OLDER);
    expect(preference.get()).toBe(OLDER);
  });
});
