// A form schema for a chart that ships no values.schema.json: every key of values.yaml becomes a
// parameter whose type comes from its default, whose description comes from the comments above it
// (see valuesComments.ts) and whose section is the Bitnami `@section` it is declared in, else its
// top-level key. The result is a hint for the form, not a contract: nothing helm would accept is
// refused because of it (`x-inferred` tells the validator so).
import type { TSchema } from 'typebox';
import type { Group } from '../../core/types';
import type { ValuesDocs } from './valuesComments';

export const GENERAL_GROUP: Group = { id: 'general', title: 'General', description: 'Top-level settings' };

/** Empty maps under these names hold string pairs (a key-value editor); other empty maps get YAML. */
const STRING_MAP_KEYS = /(labels|annotations|nodeSelector|selector|env|extraEnv|data|stringData|args)$/i;
/** Parameters holding a secret value (left out of links). `existingSecret` names a Secret: not one. */
const SECRET_KEYS = /(password|passwd|token|apiKey|secretKey|privateKey|clientSecret|accessKey)$/i;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Context {
  docs: ValuesDocs;
  /** Section id by path prefix (Bitnami sections), when the file declares sections. */
  sectionOf: (path: string) => string | undefined;
  depth: number;
}

function isRecord(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function joinPath(parent: string, key: string): string {
  const seg = key.replace(/\./g, '\\.');
  return parent === '' ? seg : `${parent}.${seg}`;
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
}

function describe(node: Record<string, unknown>, path: string, ctx: Context): Record<string, unknown> {
  const description = ctx.docs.descriptions.get(path);
  if (description) node.description = description;
  return node;
}

function leafSchema(key: string, value: Json): Record<string, unknown> {
  if (typeof value === 'string') {
    const node: Record<string, unknown> = { type: 'string', default: value };
    if (SECRET_KEYS.test(key) && !/existing/i.test(key)) node.writeOnly = true;
    return node;
  }
  if (typeof value === 'boolean') return { type: 'boolean', default: value };
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number', default: value };
  if (value === null) return { default: null, 'x-widget': 'yaml' };
  if (Array.isArray(value)) {
    const allStrings = value.length > 0 && value.every((v) => typeof v === 'string');
    return allStrings
      ? { type: 'array', items: { type: 'string' }, default: value }
      : { type: 'array', default: value, 'x-widget': 'yaml' };
  }
  // An empty map: free-form content the chart passes through.
  return STRING_MAP_KEYS.test(key)
    ? { type: 'object', additionalProperties: { type: 'string' }, default: {} }
    : { type: 'object', default: {}, 'x-widget': 'yaml' };
}

function schemaFor(key: string, value: Json, path: string, ctx: Context): Record<string, unknown> {
  if (!isRecord(value) || Object.keys(value).length === 0 || ctx.depth > 32) {
    const leaf = ctx.depth > 32 ? { default: value, 'x-widget': 'yaml' } : leafSchema(key, value);
    return describe(leaf, path, ctx);
  }
  const properties: Record<string, unknown> = Object.create(null);
  const inner = { ...ctx, depth: ctx.depth + 1 };
  for (const [childKey, child] of Object.entries(value)) {
    const childPath = joinPath(path, childKey);
    const childSchema = schemaFor(childKey, child, childPath, inner);
    const section = ctx.sectionOf(childPath);
    if (section && section !== ctx.sectionOf(path)) childSchema['x-group'] = section;
    Object.defineProperty(properties, childKey, { value: childSchema, enumerable: true, writable: true, configurable: true });
  }
  // Charts read keys their values.yaml does not list (e.g. `extraEnv` entries): keep the map open.
  return describe({ type: 'object', properties, additionalProperties: true }, path, ctx);
}

/** Bitnami sections: the section a path belongs to is the one declaring it or its nearest ancestor. */
function sectionIndex(docs: ValuesDocs): (path: string) => string | undefined {
  const byPath = new Map<string, string>();
  for (const section of docs.sections) for (const path of section.paths) byPath.set(path, slug(section.title));
  return (path) => {
    for (let p = path; p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const hit = byPath.get(p);
      if (hit) return hit;
    }
    // A map declared only through its children (`@param image.tag`): the first child's section.
    for (const [declared, section] of byPath) if (declared.startsWith(`${path}.`)) return section;
    return undefined;
  };
}

/**
 * The schema and form sections for a values tree and the docs read from its comments. Top-level
 * maps become sections of their own unless Bitnami sections say otherwise; scalars go to General.
 */
export function inferSchema(values: Record<string, unknown>, docs: ValuesDocs): { schema: TSchema; groups: Group[] } {
  const bitnami = docs.sections.length > 0;
  const sectionOf = bitnami ? sectionIndex(docs) : () => undefined;
  const ctx: Context = { docs, sectionOf, depth: 1 };
  const properties: Record<string, unknown> = Object.create(null);
  const groups: Group[] = bitnami ? docs.sections.map((s) => ({ id: slug(s.title), title: s.title })) : [];
  let usesGeneral = false;
  for (const [key, value] of Object.entries(values as Record<string, Json>)) {
    const child = schemaFor(key, value, joinPath('', key), ctx);
    let group = sectionOf(joinPath('', key));
    if (!group && !bitnami && isRecord(value) && Object.keys(value).length > 0) {
      group = `key-${slug(key)}`;
      groups.push({ id: group, title: key, description: docs.descriptions.get(joinPath('', key)) });
    }
    if (!group) {
      group = GENERAL_GROUP.id;
      usesGeneral = true;
    }
    child['x-group'] = group;
    Object.defineProperty(properties, key, { value: child, enumerable: true, writable: true, configurable: true });
  }
  if (usesGeneral) groups.unshift(GENERAL_GROUP);
  const schema = { type: 'object', properties, additionalProperties: true, 'x-inferred': true };
  return { schema: schema as unknown as TSchema, groups };
}
