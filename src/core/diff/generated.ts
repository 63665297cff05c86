// Values a chart makes up at render (random passwords, keys, certificates): each `helm upgrade`
// renders them again, so they change unless the template reads the live object back with `lookup`.
// Seen as GENERATED_PLACEHOLDER in a curated chart's objects, or as Secret data that differs between
// the two renders, about as long as before, while no changed value explains it (a heuristic for the
// engine's random functions: a value fed by a changed parameter the tracer misses could look the same).
import { GENERATED_PLACEHOLDER, type KubeObject, type Problem } from '../types';
import { formatPath } from '../paths';
import { isMap } from '../values';
import { paramsFeeding, type ValueChange } from './valueChanges';
import { describe, unique, type UpgradeInput } from './upgradeInput';
import { readable } from './workloads';

export const GENERATED_ID = 'upgrade-generated-value';

/** Parameters that would pin a generated value: empty password-like values. */
const PINNING_KEY = /password|token|secret|key$/i;
const MAX_PINNING_PARAMS = 5;

function dataOf(o: unknown): Record<string, unknown> {
  const data = isMap(o) ? o.data : undefined;
  return isMap(data) ? data : {};
}

/** Two different draws of one random function: strings of about the same length. */
function looksRedrawn(old: unknown, next: unknown): boolean {
  if (typeof old !== 'string' || typeof next !== 'string' || old === next || old === '' || next === '') return false;
  return Math.abs(old.length - next.length) <= Math.max(old.length, next.length) / 5;
}

/** Data keys holding the placeholder, or differing with no changed value behind them. */
function generatedKeys(before: KubeObject, after: KubeObject, values: readonly ValueChange[]): string[] {
  const [a, b] = [dataOf(readable(before)), dataOf(readable(after))];
  const keys: string[] = [];
  for (const key of Object.keys(b)) {
    const [old, next] = [Object.hasOwn(a, key) ? a[key] : undefined, b[key]];
    if (typeof next === 'string' && next.includes(GENERATED_PLACEHOLDER)) keys.push(key);
    else if (before.kind === 'Secret' && looksRedrawn(old, next) && paramsFeeding(values, old, next).length === 0) keys.push(key);
  }
  return keys;
}

/** Empty password-like leaves of the merged values: setting one pins the value. */
function pinningParams(values: unknown, segs: string[] = [], out: string[] = []): string[] {
  if (!isMap(values)) return out;
  for (const [key, v] of Object.entries(values)) {
    if (out.length >= MAX_PINNING_PARAMS) break;
    if (isMap(v)) pinningParams(v, [...segs, key], out);
    else if (PINNING_KEY.test(key) && (v === '' || v === null)) out.push(formatPath([...segs, key]));
  }
  return out;
}

/** Problems, and the `Kind/namespace/name` keys of the objects they name (other checks leave them). */
export function generatedValueProblems(input: UpgradeInput): { problems: Problem[]; keys: Set<string> } {
  const problems: Problem[] = [];
  const keys = new Set<string>();
  for (const change of input.objects) {
    if ((change.kind !== 'changed' && change.kind !== 'unchanged') || !change.before || !change.after || change.after.hook) continue;
    const { kind } = change.after.object;
    if (kind !== 'Secret' && kind !== 'ConfigMap') continue;
    const found = generatedKeys(change.before.object, change.after.object, input.values);
    if (found.length === 0) continue;
    keys.add(change.key);
    problems.push({
      id: GENERATED_ID,
      severity: 'warning',
      message: `${describe(change.after.object)}: ${found.join(', ')} ${found.length === 1 ? 'is' : 'are'} made up at render (a random password or key), and helm upgrade makes ${found.length === 1 ? 'a new one' : 'new ones'}`,
      why: 'Every render draws new random values unless the template reads the live object back with lookup (which helm template and this preview cannot do). Pods started earlier keep the old value, and clients holding it are refused.',
      fix: 'Read the current value from the cluster and set it as a value (or point the chart at an existing Secret) before upgrading.',
      params: unique(pinningParams(input.after.values)),
    });
  }
  return { problems, keys };
}
