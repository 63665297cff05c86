// Reading a values schema as a form: which fields exist, in which order, of which kind.
import type { TSchema } from 'typebox';
import { formatPath, toSegs, type PathSeg } from './paths';
import { enumValues, hasType, node, openMapValueSchema, unionMembers } from './schemaNode';
import type { Values } from './types';
import { defaultOf, isMap } from './values';

export type FieldKind =
  | 'string' | 'integer' | 'number' | 'boolean' | 'enum' | 'intOrString' | 'stringList' | 'keyValue' | 'yaml' | 'object';

export interface FieldInfo {
  path: string;
  segs: PathSeg[];
  schema: TSchema;
  title: string;
  description: string;
  /** Nearest `x-group` on the node or its ancestors; '' when none. */
  group: string;
  defaultValue: unknown;
  secret: boolean;
  kind: FieldKind;
  /** 0 for top-level parameters. */
  depth: number;
}

const WIDGET_KINDS: Record<string, FieldKind> = {
  yaml: 'yaml', text: 'string', textarea: 'string', number: 'number', switch: 'boolean', select: 'enum',
  stringList: 'stringList', keyValue: 'keyValue',
};

/** A nullable union (`X | null`) reads as X; other unions stay as they are. */
function unwrapNullable(schema: TSchema): TSchema {
  const members = unionMembers(schema);
  const n = node(schema);
  return (n.anyOf || n.oneOf) && members.length === 1 ? members[0] : schema;
}

function isNumeric(schema: TSchema): boolean {
  return hasType(schema, 'integer') || hasType(schema, 'number');
}

export function fieldKind(schema: TSchema): FieldKind {
  const widget = node(schema)['x-widget'];
  if (widget && WIDGET_KINDS[widget]) return WIDGET_KINDS[widget];
  if (enumValues(schema)) return 'enum';
  const n = node(schema);
  if (n.anyOf || n.oneOf) {
    const members = unionMembers(schema);
    if (members.length === 1) return fieldKind(members[0]);
    const numeric = members.filter(isNumeric);
    const strings = members.filter((m) => hasType(m, 'string'));
    if (numeric.length > 0 && strings.length > 0 && numeric.length + strings.length === members.length) return 'intOrString';
    return 'yaml';
  }
  if (hasType(schema, 'integer')) return 'integer';
  if (hasType(schema, 'number')) return 'number';
  if (hasType(schema, 'boolean')) return 'boolean';
  if (hasType(schema, 'string')) return 'string';
  if (hasType(schema, 'array')) {
    const items = n.items;
    return items && !Array.isArray(items) && hasType(items, 'string') && !enumValues(items) ? 'stringList' : 'yaml';
  }
  if (hasType(schema, 'object')) {
    if (n.properties && Object.keys(n.properties).length > 0) return 'object';
    const valueSchema = openMapValueSchema(schema);
    return valueSchema && hasType(valueSchema, 'string') ? 'keyValue' : 'yaml';
  }
  return 'yaml';
}

/** Every parameter, depth first in schema order: headings for nested objects, then their fields. */
export function listFields(schema: TSchema): FieldInfo[] {
  const out: FieldInfo[] = [];
  const visit = (raw: TSchema, segs: PathSeg[], group: string, secret: boolean) => {
    const nodeSchema = unwrapNullable(raw);
    const n = node(raw);
    const inner = node(nodeSchema);
    const ownGroup = n['x-group'] ?? inner['x-group'] ?? group;
    const isSecret = secret || n.writeOnly === true || inner.writeOnly === true;
    const kind = fieldKind(raw);
    const last = segs[segs.length - 1];
    out.push({
      path: formatPath(segs),
      segs,
      schema: raw,
      title: n.title ?? inner.title ?? String(last),
      description: n.description ?? inner.description ?? '',
      group: ownGroup,
      defaultValue: 'default' in n ? n.default : defaultOf(nodeSchema),
      secret: isSecret,
      kind,
      depth: segs.length - 1,
    });
    if (kind === 'object') {
      for (const [key, child] of Object.entries(inner.properties ?? {})) visit(child, [...segs, key], ownGroup, isSecret);
    }
  };
  const root = node(unwrapNullable(schema));
  for (const [key, child] of Object.entries(root.properties ?? {})) visit(child, [key], root['x-group'] ?? '', false);
  return out;
}

/** The schema node describing the value at `path` (through nullable unions, lists and open maps). */
export function schemaAt(schema: TSchema, path: string | readonly PathSeg[]): TSchema | undefined {
  let cur: TSchema | undefined = schema;
  for (const seg of toSegs(path)) {
    if (!cur) return undefined;
    cur = childSchema(cur, seg);
  }
  return cur;
}

function childSchema(schema: TSchema, seg: PathSeg): TSchema | undefined {
  const n = node(schema);
  if (n.anyOf || n.oneOf) {
    for (const member of unionMembers(schema)) {
      const found = childSchema(member, seg);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof seg === 'number') {
    if (!n.items) return undefined;
    return Array.isArray(n.items) ? n.items[seg] : n.items;
  }
  return n.properties?.[seg] ?? openMapValueSchema(schema);
}

function holdsValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** Paths of secret (writeOnly) parameters that hold a non-empty value in `values`. */
export function secretPaths(schema: TSchema, values: Values): string[] {
  const out: string[] = [];
  const walk = (sch: TSchema | undefined, value: unknown, segs: PathSeg[]) => {
    if (!sch) return;
    if (segs.length > 0 && node(sch).writeOnly === true) {
      if (holdsValue(value)) out.push(formatPath(segs));
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(childSchema(sch, i), item, [...segs, i]));
    else if (isMap(value)) for (const [key, item] of Object.entries(value)) walk(childSchema(sch, key), item, [...segs, key]);
  };
  walk(schema, values, []);
  return out;
}
