// The chart's JSON Schema as it applies to a values.yaml typed in the editor.
import type { JSONSchema } from 'monaco-yaml';

/** Keywords whose content is data (values), not schemas: left exactly as they are. */
const DATA_KEYWORDS = new Set(['default', 'examples', 'enum', 'const']);

/**
 * A plain JSON copy (it crosses to the YAML worker by structured clone) without `required`: a
 * values file overrides only some defaults and helm merges in the rest, so a missing key is fine.
 */
export function schemaForValuesFile(schema: object): JSONSchema {
  const copy: unknown = JSON.parse(JSON.stringify(schema));
  const strip = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(strip);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    // Only the keyword (a list of names); a parameter called "required" is an object and stays.
    if (Array.isArray(record.required) && record.required.every((k) => typeof k === 'string')) delete record.required;
    for (const [key, value] of Object.entries(record)) if (!DATA_KEYWORDS.has(key)) strip(value);
  };
  strip(copy);
  return copy as JSONSchema;
}
