// What differs: the form narrowed to changed parameters or those with problems, and the list of
// changed values beside their chart defaults. Pure functions of the fields, values and problems.
import { formatPath, type PathSeg } from '../../core/paths';
import type { FieldInfo } from '../../core/schemaWalk';
import type { Values } from '../../core/types';
import { deepEqual, diffValues, getAt, isMap } from '../../core/values';
import { ownerField } from '../state/derived';

export interface FieldFilter {
  /** Only parameters whose value differs from the chart default. */
  changed: boolean;
  /** Only parameters a problem names. */
  problems: boolean;
}

export const NO_FILTER: FieldFilter = { changed: false, problems: false };

export function isFiltering(filter: FieldFilter): boolean {
  return filter.changed || filter.problems;
}

function isLeaf(field: FieldInfo): boolean {
  return field.kind !== 'object';
}

function isChanged(field: FieldInfo, values: Values, defaults: Values): boolean {
  return !deepEqual(getAt(values, field.segs), getAt(defaults, field.segs));
}

/** The parameters (not headings) the filter keeps, in form order. */
export function matchingFields(
  fields: readonly FieldInfo[],
  filter: FieldFilter,
  values: Values,
  defaults: Values,
  withProblems: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string[] {
  return fields
    .filter((f) => isLeaf(f) && (!filter.changed || isChanged(f, values, defaults)) && (!filter.problems || withProblems.has(f.path)))
    .map((f) => f.path);
}

/**
 * The paths to show: the kept parameters that the search (if any) also keeps, and the headings
 * above them, so each shows in its context.
 */
export function visibleWithHeadings(kept: Iterable<string>, fieldsByPath: ReadonlyMap<string, FieldInfo>, search: ReadonlySet<string> | undefined): Set<string> {
  const out = new Set<string>();
  for (const path of kept) {
    const field = fieldsByPath.get(path);
    if (!field || (search && !search.has(path))) continue;
    out.add(path);
    for (let n = field.segs.length - 1; n > 0; n--) {
      const parent = formatPath(field.segs.slice(0, n));
      if (fieldsByPath.has(parent)) out.add(parent);
    }
  }
  return out;
}

export interface ChangedRow {
  path: string;
  defaultValue: unknown;
  value: unknown;
  secret: boolean;
  /** False for keys the chart does not know (typed in values.yaml or imported). */
  known: boolean;
}

/** Cap on rows for keys the chart does not know, so a huge import cannot flood the view. */
const MAX_UNKNOWN_ROWS = 500;

function diffLeaves(diff: unknown, segs: PathSeg[], out: PathSeg[][]): void {
  if (out.length >= MAX_UNKNOWN_ROWS * 4) return;
  if (isMap(diff) && Object.keys(diff).length > 0) {
    for (const key of Object.keys(diff)) diffLeaves(diff[key], [...segs, key], out);
    return;
  }
  out.push(segs);
}

/** Every changed parameter with its default, in form order; then changed keys the chart does not know. */
export function changedRows(fields: readonly FieldInfo[], fieldPaths: ReadonlySet<string>, values: Values, defaults: Values): ChangedRow[] {
  const rows: ChangedRow[] = fields
    .filter((f) => isLeaf(f) && isChanged(f, values, defaults))
    .map((f) => ({ path: f.path, defaultValue: getAt(defaults, f.segs), value: getAt(values, f.segs), secret: f.secret, known: true }));
  const leaves: PathSeg[][] = [];
  diffLeaves(diffValues(defaults, values), [], leaves);
  for (const segs of leaves) {
    if (rows.length >= fields.length + MAX_UNKNOWN_ROWS) break;
    const path = formatPath(segs);
    if (segs.length === 0 || ownerField(fieldPaths, path) !== undefined) continue;
    rows.push({ path, defaultValue: getAt(defaults, segs), value: getAt(values, segs), secret: false, known: false });
  }
  return rows;
}
