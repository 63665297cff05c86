// The environment ChatPulse ends up with, read from values that may not match the schema (a
// schema problem is already reported; rendering and rules must still not throw).
import { formatPath } from '../../core/paths';
import { asMap, asText } from '../../core/valueReaders';
import { getAt } from '../../core/values';

/** A ConfigMap or Secret entry as the environment sees it: text (objects as JSON), or nothing. */
export function envText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return asText(v) ?? JSON.stringify(v);
}

export interface EnvEntry {
  value: string;
  /** Dotted values path the entry comes from, e.g. `secrets.DATABASE_URL`. */
  path: string;
}

/**
 * The environment the container gets from its envFrom sources. The Secret is listed after the
 * ConfigMap, and for a name in both Kubernetes takes the later source, so secrets win. With an
 * existing Secret its entries are unknown here and only the ConfigMap is seen.
 */
export function containerEnv(values: unknown): Record<string, EnvEntry> {
  const env: Record<string, EnvEntry> = {};
  const add = (section: 'config' | 'secrets') => {
    for (const [name, raw] of Object.entries(asMap(getAt(values, section)))) {
      const value = envText(raw);
      if (value !== undefined) env[name] = { value, path: formatPath([section, name]) };
    }
  };
  add('config');
  if (!usesExistingSecret(values)) add('secrets');
  return env;
}

export function usesExistingSecret(values: unknown): boolean {
  const name = getAt(values, 'existingSecret');
  return typeof name === 'string' && name.trim() !== '';
}
