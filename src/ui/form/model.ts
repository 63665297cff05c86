// The form's shape, derived from the schema once per chart: fields, sections, search.
import type { TSchema } from 'typebox';
import { formatPath } from '../../core/paths';
import { listFields, type FieldInfo } from '../../core/schemaWalk';
import type { Group } from '../../core/types';
import { fieldScore, queryTerms } from './search';

const fieldsCache = new WeakMap<object, FieldInfo[]>();

export function chartFields(schema: TSchema): FieldInfo[] {
  let fields = fieldsCache.get(schema);
  if (!fields) {
    fields = listFields(schema);
    fieldsCache.set(schema, fields);
  }
  return fields;
}

const pathSetCache = new WeakMap<object, ReadonlySet<string>>();

export function chartFieldPaths(schema: TSchema): ReadonlySet<string> {
  let set = pathSetCache.get(schema);
  if (!set) {
    set = new Set(chartFields(schema).map((f) => f.path));
    pathSetCache.set(schema, set);
  }
  return set;
}

export interface Section {
  id: string;
  title: string;
  description?: string;
  fields: FieldInfo[];
}

export const OTHER_SECTION_ID = 'other';

/** Sections in the chart's order; fields whose group is missing or unknown go to "Other". */
export function buildSections(groups: readonly Group[], fields: readonly FieldInfo[]): Section[] {
  const known = new Set(groups.map((g) => g.id));
  const byGroup = new Map<string, FieldInfo[]>();
  for (const field of fields) {
    const id = known.has(field.group) ? field.group : OTHER_SECTION_ID;
    const list = byGroup.get(id);
    if (list) list.push(field);
    else byGroup.set(id, [field]);
  }
  const sections: Section[] = groups
    .filter((g) => byGroup.has(g.id))
    .map((g) => ({ id: g.id, title: g.title, description: g.description, fields: byGroup.get(g.id) ?? [] }));
  const other = byGroup.get(OTHER_SECTION_ID);
  if (other && !known.has(OTHER_SECTION_ID)) sections.push({ id: OTHER_SECTION_ID, title: 'Other parameters', fields: other });
  return sections;
}

/**
 * The paths a search keeps visible: fields whose path, title or description hold every word of
 * the query (words inside camelCase and snake_case names count, see search.ts), plus their ancestor headings (for context) and, for a matching heading, its fields.
 * Undefined for an empty query (everything visible).
 */
export function searchFields(fields: readonly FieldInfo[], query: string): Set<string> | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const visible = new Set<string>();
  const matchedHeadings: string[] = [];
  const byPath = new Map(fields.map((f) => [f.path, f]));
  for (const field of fields) {
    const inMatchedHeading = matchedHeadings.some((h) => isInside(field.path, h));
    if (!inMatchedHeading && fieldScore(field, terms) === 0) continue;
    visible.add(field.path);
    if (field.kind === 'object') matchedHeadings.push(field.path);
    for (let parent = parentPath(field, byPath); parent; parent = parentPath(parent, byPath)) visible.add(parent.path);
  }
  return visible;
}

function isInside(path: string, ancestor: string): boolean {
  return path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}

function parentPath(field: FieldInfo, byPath: Map<string, FieldInfo>): FieldInfo | undefined {
  for (let n = field.segs.length - 1; n > 0; n--) {
    const candidate = byPath.get(formatPath(field.segs.slice(0, n)));
    if (candidate) return candidate;
  }
  return undefined;
}
