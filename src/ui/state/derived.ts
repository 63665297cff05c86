// Views of the state that several components share, each a pure function of its inputs.
import type { TSchema } from 'typebox';
import { formatPath, parsePath } from '../../core/paths';
import { NAMESPACE_PARAM, RELEASE_NAME_PARAM } from '../../core/releaseName';
import type { Problem, Values } from '../../core/types';
import { isMap, orderLike } from '../../core/values';
import { keyOrderReference } from '../../core/valuesFile';
import { dumpYaml } from '../../core/yamlText';

const orderCache = new WeakMap<object, Values>();

function orderReference(schema: TSchema): Values {
  let ref = orderCache.get(schema);
  if (!ref) {
    ref = keyOrderReference(schema);
    orderCache.set(schema, ref);
  }
  return ref;
}

export const EMPTY_VALUES_TEXT = '# Nothing differs from the chart defaults yet. Type values here, e.g.\n# replicaCount: 2\n';

/** The user's values as the YAML editor shows them: keys in the chart's order. */
export function valuesEditorText(schema: TSchema, userValues: Values): string {
  if (Object.keys(userValues).length === 0) return EMPTY_VALUES_TEXT;
  return dumpYaml(orderLike(userValues, orderReference(schema)));
}

/**
 * The listed field a problem parameter belongs to: the parameter itself, or the nearest listed
 * ancestor (a problem about `resources.limits.cpu` belongs to the `resources` YAML field).
 */
export function ownerField(fieldPaths: ReadonlySet<string>, param: string): string | undefined {
  const segs = parsePath(param);
  for (let n = segs.length; n > 0; n--) {
    const path = formatPath(segs.slice(0, n));
    if (fieldPaths.has(path)) return path;
  }
  return undefined;
}

/** Where choosing a problem jumps: a release field it names, else the first field that shows it. */
export function problemTarget(fieldPaths: ReadonlySet<string>, params: readonly string[]): string | undefined {
  const release = params.find((p) => p === RELEASE_NAME_PARAM || p === NAMESPACE_PARAM);
  return release ?? params.map((p) => ownerField(fieldPaths, p)).find((p) => p !== undefined);
}

/** Problems by the field that shows them (a problem naming two fields shows at both). */
export function problemsByField(problems: readonly Problem[], fieldPaths: ReadonlySet<string>): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const problem of problems) {
    const owners = new Set(problem.params.map((p) => ownerField(fieldPaths, p)).filter((p): p is string => p !== undefined));
    for (const owner of owners) {
      const list = out.get(owner);
      if (list) list.push(problem);
      else out.set(owner, [problem]);
    }
  }
  return out;
}

export function sameProblems(a: readonly Problem[] | undefined, b: readonly Problem[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((p, i) => p.id === b[i].id && p.severity === b[i].severity && p.message === b[i].message);
}

export function countBySeverity(problems: readonly Problem[]): Record<Problem['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}

export function hasUserValues(userValues: Values): boolean {
  return isMap(userValues) && Object.keys(userValues).length > 0;
}
