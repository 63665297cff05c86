// The chart's JSON Schema as it applies to a values.yaml typed in the editor.
import type { JSONSchema } from 'monaco-yaml';

/** Keywords whose content is data (values), not schemas: left exactly as they are. */
const DATA_KEYWORDS = new Set(['default', 'examples', 'enum', 'const']);

type SchemaRecord = Record<string, unknown>;

const isRecord = (v: unknown): v is SchemaRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeAllowsNull(type: unknown): boolean {
  return type === 'null' || (Array.isArray(type) && type.includes('null'));
}

/** Whether a schema node already accepts null (or anything). */
function acceptsNull(schema: SchemaRecord): boolean {
  if (typeAllowsNull(schema.type)) return true;
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  if ('const' in schema) return schema.const === null;
  const members = (schema.anyOf ?? schema.oneOf) as unknown;
  if (Array.isArray(members)) return members.some((m) => isRecord(m) && acceptsNull(m));
  // No type, enum or union: any value is allowed (allOf/$ref/not are wrapped by the caller).
  return schema.type === undefined && schema.allOf === undefined && schema.$ref === undefined && schema.not === undefined;
}

/**
 * Makes a property's schema accept null as well, in place: helm reads `key: null` in a values file
 * as "delete this key" (back to no value), so null is never a type error there.
 */
function allowNull(schema: SchemaRecord): SchemaRecord {
  if (acceptsNull(schema)) return schema;
  if (schema.allOf !== undefined || schema.$ref !== undefined || schema.not !== undefined) {
    const { description, title } = schema;
    return { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}), anyOf: [schema, { type: 'null' }] };
  }
  if (schema.type !== undefined) schema.type = Array.isArray(schema.type) ? [...schema.type, 'null'] : [schema.type, 'null'];
  if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null];
  if ('const' in schema) {
    schema.enum = [schema.const, null];
    delete schema.const;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = schema[key];
    if (Array.isArray(members)) schema[key] = [...members, { type: 'null' }];
  }
  return schema;
}

/** Every schema that describes the value under a key of a map: named properties and open keys. */
function allowNullUnderKeys(schema: unknown): void {
  if (Array.isArray(schema)) {
    schema.forEach(allowNullUnderKeys);
    return;
  }
  if (!isRecord(schema)) return;
  for (const mapKeyword of ['properties', 'patternProperties', 'definitions', '$defs'] as const) {
    const map = schema[mapKeyword];
    if (!isRecord(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      if (!isRecord(child)) continue;
      allowNullUnderKeys(child);
      if (mapKeyword === 'properties' || mapKeyword === 'patternProperties') map[name] = allowNull(child);
    }
  }
  if (isRecord(schema.additionalProperties)) {
    allowNullUnderKeys(schema.additionalProperties);
    schema.additionalProperties = allowNull(schema.additionalProperties);
  }
  for (const keyword of ['items', 'anyOf', 'oneOf', 'allOf', 'not', 'prefixItems']) allowNullUnderKeys(schema[keyword]);
}

/**
 * A plain JSON copy (it crosses to the YAML worker by structured clone) without `required`, and
 * with null allowed for every key: a values file overrides only some defaults and helm merges in
 * the rest, so a missing key is fine, and `key: null` deletes a key as helm merges.
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
  allowNullUnderKeys(copy);
  return copy as JSONSchema;
}
