// Loose readers for values that may not match the schema (a schema problem is already reported;
// rendering and rules must still not throw), and the environment ChatPulse ends up with.
import { formatPath } from '../../core/paths';
import { getAt } from '../../core/values';

export type Obj = Record<string, unknown>;

export function isMap(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asMap(v: unknown): Obj {
  return isMap(v) ? v : {};
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Strings as they are, numbers and booleans printed; anything else reads as undefined. */
export function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A finite number, also from numeric text ("3"); undefined otherwise. */
export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

export function at(values: unknown, path: string): unknown {
  return getAt(values, path);
}

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
    for (const [name, raw] of Object.entries(asMap(at(values, section)))) {
      const value = envText(raw);
      if (value !== undefined) env[name] = { value, path: formatPath([section, name]) };
    }
  };
  add('config');
  if (!usesExistingSecret(values)) add('secrets');
  return env;
}

export function usesExistingSecret(values: unknown): boolean {
  const name = at(values, 'existingSecret');
  return typeof name === 'string' && name.trim() !== '';
}
