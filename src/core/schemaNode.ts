// A typed view of the JSON Schema nodes TypeBox builds, so the helpers read fields without `any`.
import type { TSchema } from 'typebox';

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, TSchema>;
  required?: string[];
  patternProperties?: Record<string, TSchema>;
  additionalProperties?: boolean | TSchema;
  items?: TSchema | TSchema[];
  anyOf?: TSchema[];
  oneOf?: TSchema[];
  allOf?: TSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  title?: string;
  description?: string;
  writeOnly?: boolean;
  'x-group'?: string;
  'x-widget'?: string;
  'x-extras'?: string;
  'x-doc'?: string;
  'x-no-effect'?: string;
}

export function node(schema: TSchema | undefined): SchemaNode {
  return (schema ?? {}) as SchemaNode;
}

export function hasType(schema: TSchema, type: string): boolean {
  const t = node(schema).type;
  return Array.isArray(t) ? t.includes(type) : t === type;
}

/** The schema for a map's values when it is free-form (Record / additionalProperties schema). */
export function openMapValueSchema(schema: TSchema): TSchema | undefined {
  const n = node(schema);
  const pattern = n.patternProperties ? Object.values(n.patternProperties)[0] : undefined;
  if (pattern) return pattern;
  if (n.additionalProperties && typeof n.additionalProperties === 'object') return n.additionalProperties;
  if (n.additionalProperties === true && !n.properties) return {} as TSchema;
  return undefined;
}

/** The non-null alternatives of a union (`Type.Union([X, Type.Null()])` reads as X). */
export function unionMembers(schema: TSchema): TSchema[] {
  const n = node(schema);
  const members = n.anyOf ?? n.oneOf ?? [];
  return members.filter((m) => !hasType(m, 'null'));
}

/** The item schema of a list (tuple-style `items` arrays aside), looked for through a nullable union. */
export function listItemSchema(schema: TSchema | undefined): TSchema | undefined {
  if (!schema) return undefined;
  for (const candidate of [schema, ...unionMembers(schema)]) {
    const items = node(candidate).items;
    if (items && !Array.isArray(items)) return items;
  }
  return undefined;
}

/** A union of const literals (or an `enum`) gives its allowed values; otherwise undefined. */
export function enumValues(schema: TSchema): unknown[] | undefined {
  const n = node(schema);
  if (Array.isArray(n.enum)) return n.enum;
  const members = n.anyOf ?? n.oneOf;
  if (members && members.length > 0 && members.every((m) => 'const' in node(m) || hasType(m, 'null'))) {
    const consts = members.filter((m) => 'const' in node(m)).map((m) => node(m).const);
    return consts.length > 0 ? consts : undefined;
  }
  return undefined;
}
