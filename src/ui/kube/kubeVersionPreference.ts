// The Kubernetes version a chart page checks its rendered objects against (and renders charts
// opened at run time for): a choice remembered in this browser, one of the versions core/kube
// carries a schema set for. A stored value that is not one of them (an older app's, a hand edit)
// falls back to the default, the newest.
import { useSyncExternalStore } from 'react';
import { DEFAULT_KUBE_VERSION, KUBE_VERSIONS, type KubeVersion } from '../../core/kube/versions';
import type { KeyValueStorage } from '../state/persistence';

export const KUBE_VERSION_KEY = 'chart-configurator:v1:kube-version';

export function isKubeVersion(value: unknown): value is KubeVersion {
  return typeof value === 'string' && (KUBE_VERSIONS as readonly string[]).includes(value);
}

/** The stored choice, validated; the default when there is none, it is unknown or storage is blocked. */
export function readKubeVersion(storage: KeyValueStorage | undefined): KubeVersion {
  try {
    const stored = storage?.getItem(KUBE_VERSION_KEY);
    return isKubeVersion(stored) ? stored : DEFAULT_KUBE_VERSION;
  } catch {
    return DEFAULT_KUBE_VERSION;
  }
}

export interface KubeVersionPreference {
  get(): KubeVersion;
  /** Ignores anything that is not a version we carry. */
  set(version: string): void;
  subscribe(listener: () => void): () => void;
}

/** One shared object per storage (and one without storage), so the picker and the page agree. */
const shared = new WeakMap<object, KubeVersionPreference>();
const NO_STORAGE = {};

export function kubeVersionPreference(storage: KeyValueStorage | undefined): KubeVersionPreference {
  const found = shared.get(storage ?? NO_STORAGE);
  if (found) return found;
  let current = readKubeVersion(storage);
  const listeners = new Set<() => void>();
  const preference: KubeVersionPreference = {
    get: () => current,
    set(next) {
      if (!isKubeVersion(next) || next === current) return;
      current = next;
      try {
        storage?.setItem(KUBE_VERSION_KEY, next);
      } catch {
        // Storage blocked: the choice holds for this page only.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  shared.set(storage ?? NO_STORAGE, preference);
  return preference;
}

export function useKubeVersion(preference: KubeVersionPreference): KubeVersion {
  return useSyncExternalStore(preference.subscribe, preference.get, preference.get);
}
