// "Keep secrets in memory only": a choice remembered in this browser. When it is on, autosave writes
// the values without their secrets (the ones links leave out) and notes which were left out, so the
// next visit asks for them again; the page keeps them in memory meanwhile.
import { useSyncExternalStore } from 'react';
import type { TSchema } from 'typebox';
import { linkSecretPaths, withoutPaths } from '../../core/secretScan';
import type { Values } from '../../core/types';
import type { KeyValueStorage } from './persistence';

export const SECRETS_IN_MEMORY_KEY = 'chart-configurator:v1:secrets-in-memory';

export interface SecretsPreference {
  get(): boolean;
  set(on: boolean): void;
  subscribe(listener: () => void): () => void;
}

function read(storage: KeyValueStorage | undefined): boolean {
  try {
    return storage?.getItem(SECRETS_IN_MEMORY_KEY) === '1';
  } catch {
    return false;
  }
}

/** The preference kept in `storage` (one shared object per storage, so every page sees a change). */
const shared = new WeakMap<object, SecretsPreference>();

export function secretsPreference(storage: KeyValueStorage | undefined): SecretsPreference {
  const found = storage ? shared.get(storage) : undefined;
  if (found) return found;
  let on = read(storage);
  const listeners = new Set<() => void>();
  const preference: SecretsPreference = {
    get: () => on,
    set(next) {
      if (next === on) return;
      on = next;
      try {
        if (next) storage?.setItem(SECRETS_IN_MEMORY_KEY, '1');
        else storage?.removeItem(SECRETS_IN_MEMORY_KEY);
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
  if (storage) shared.set(storage, preference);
  return preference;
}

export function useSecretsInMemory(preference: SecretsPreference): boolean {
  return useSyncExternalStore(preference.subscribe, preference.get, preference.get);
}

/** The values to write to storage: without their secrets when `schema` is given (memory-only on). */
export function storableValues(values: Values, schema: TSchema | undefined): { values: Values; omitted: string[] } {
  if (!schema) return { values, omitted: [] };
  const omitted = linkSecretPaths(schema, values);
  return { values: withoutPaths(values, omitted), omitted };
}

/** The message for a visit after secrets were kept in memory only. */
export function secretsNotRestoredText(paths: readonly string[]): string {
  const n = paths.length;
  const shown = paths.slice(0, 20).join(', ') + (n > 20 ? ` and ${n - 20} more` : '');
  return `${n} secret${n === 1 ? ' was' : 's were'} kept in memory only and ${n === 1 ? 'is' : 'are'} not restored; set ${n === 1 ? 'it' : 'them'} again: ${shown}.`;
}
