// Parameters the user must fill: named in their parent's `required` and given no default by the
// chart, or an empty string default where the schema asks for at least one character. (Centrifugo's
// schema lists nearly every scalar as required only so null cannot delete it; those have defaults
// and need nothing from the user.)
import type { TSchema } from 'typebox';
import { node, unionMembers } from '../../../core/schemaNode';
import { schemaAt } from '../../../core/schemaWalk';
import { getAt } from '../../../core/values';
import { chartFields } from '../../form/model';

const cache = new WeakMap<object, ReadonlySet<string>>();

function requiredKeys(schema: TSchema | undefined): Set<string> {
  const out = new Set<string>();
  if (!schema) return out;
  for (const candidate of [schema, ...unionMembers(schema)]) for (const key of node(candidate).required ?? []) out.add(key);
  return out;
}

function needsUserValue(schema: TSchema, defaultValue: unknown): boolean {
  if (defaultValue === undefined || defaultValue === null) return true;
  const minLength = (schema as { minLength?: unknown }).minLength;
  return defaultValue === '' && typeof minLength === 'number' && minLength >= 1;
}

export function requiredPaths(schema: TSchema): ReadonlySet<string> {
  let paths = cache.get(schema);
  if (!paths) {
    const found = new Set<string>();
    for (const field of chartFields(schema)) {
      const key = field.segs[field.segs.length - 1];
      if (typeof key !== 'string' || field.kind === 'object' || !needsUserValue(field.schema, field.defaultValue)) continue;
      const parent = field.segs.length === 1 ? schema : schemaAt(schema, field.segs.slice(0, -1));
      if (requiredKeys(parent).has(key)) found.add(field.path);
    }
    paths = found;
    cache.set(schema, paths);
  }
  return paths;
}

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** How many required parameters hold nothing in `values`. */
export function countEmptyRequired(paths: ReadonlySet<string>, values: unknown): number {
  let count = 0;
  for (const path of paths) if (isEmptyValue(getAt(values, path))) count++;
  return count;
}
