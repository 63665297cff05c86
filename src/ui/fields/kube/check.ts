// What is wrong with one item as the structured editor shows it: a value outside a select's
// choices (a misspelled effect typed in the YAML box), a missing required input, a quantity
// Kubernetes would refuse. Messages name the input and say what would be right.
import { formatPath, type PathSeg } from '../../../core/paths';
import { isMap } from '../../../core/values';
import type { KeyValueRow } from '../logic';
import { getIn, isQuantity, labelValueProblem, parsePortInput, qualifiedKeyProblem, type Item } from './edit';
import type { InputSpec, ItemSpec, VariantSpec } from './specs';

function isUnset(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

/** Why the value at one input is wrong, or undefined. */
export function inputProblem(input: InputSpec, value: unknown): string | undefined {
  if (isUnset(value)) return input.required ? `${input.label} is needed.` : undefined;
  switch (input.kind) {
    case 'select':
      return input.options?.includes(value as string)
        ? undefined
        : `${input.label} must be one of ${(input.options ?? []).join(', ')}; ${show(value)} is not one.`;
    case 'quantity':
      return isQuantity(value) ? undefined : `${input.label}: ${show(value)} is not a quantity (e.g. 250m or 0.5 CPU, 128Mi or 1Gi memory).`;
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return `${input.label} must be a whole number; got ${show(value)}.`;
      if (input.min !== undefined && value < input.min) return `${input.label} must be at least ${input.min}.`;
      if (input.max !== undefined && value > input.max) return `${input.label} must be at most ${input.max}.`;
      return undefined;
    }
    case 'port': {
      const parsed = parsePortInput(String(value));
      return parsed.ok && (typeof value === 'number' || typeof value === 'string') ? undefined : `${input.label}: ${parsed.ok ? show(value) : parsed.error}`;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${input.label} must be true or false; got ${show(value)}.`;
    case 'csv':
      return Array.isArray(value) ? undefined : `${input.label} must be a list; got ${show(value)}.`;
    case 'text':
      return typeof value === 'string' ? undefined : `${input.label} must be a string; got ${show(value)} (quote it in YAML).`;
    case 'map':
      return isMap(value) ? mapProblems(value, input.mapRules ?? 'annotation')[0] : `${input.label} must be a map of key: value; got ${show(value)}.`;
    case 'rows':
      return Array.isArray(value) ? undefined : `${input.label} must be a list; got ${show(value)}.`;
  }
}

/** Problems of a string map's keys (and, for labels, values). */
export function mapProblems(map: Record<string, unknown>, rules: 'label' | 'annotation'): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    const keyProblem = qualifiedKeyProblem(key);
    if (keyProblem) out.push(keyProblem);
    if (typeof value !== 'string') out.push(`The value of "${key}" must be a string; got ${show(value)} (quote it in YAML).`);
    else if (rules === 'label') {
      const valueProblem = labelValueProblem(key, value);
      if (valueProblem) out.push(valueProblem);
    }
  }
  return out;
}

/** The variant an item uses: the first whose key it holds. */
export function activeVariant(spec: ItemSpec, item: unknown): VariantSpec | undefined {
  return spec.variants?.options.find((v) => getIn(item, v.keyPath) !== undefined);
}

/** Every problem of one item, in input order, then the cross-input checks. */
export function itemProblems(spec: ItemSpec, item: unknown, noun = 'item'): string[] {
  if (!isMap(item)) return [`Each ${noun} must be a map of settings; got ${show(item)}.`];
  const out: string[] = [];
  const variant = activeVariant(spec, item);
  const inputs = [...spec.inputs, ...(variant?.inputs ?? [])];
  for (const input of inputs) {
    // Nested rows check their own items where they are shown.
    const problem = inputProblem(input, getIn(item, input.path));
    if (problem) out.push(problem);
  }
  if (spec.variants) {
    const present = spec.variants.options.filter((v) => getIn(item, v.keyPath) !== undefined);
    if (present.length > 1) out.push(`Choose one ${spec.variants.label.toLowerCase()}: ${present.map((v) => v.label).join(' and ')} are both set.`);
    if (present.length === 0 && !spec.variants.optional) out.push(`${spec.variants.label} is needed.`);
  }
  out.push(...(spec.check?.(item as Item) ?? []));
  return out;
}

/** The problem of one key-value row as typed (an empty row is still being typed). */
export function rowProblem(row: KeyValueRow, rules: 'label' | 'annotation'): string | undefined {
  if (row.key === '') return row.value === '' ? undefined : 'Give this value a key.';
  return qualifiedKeyProblem(row.key) ?? (rules === 'label' ? labelValueProblem(row.key, row.value) : undefined);
}

/**
 * Keys of the item no input shows (kept as they are; edited as YAML), as dotted paths: the editor
 * says they are there instead of hiding them.
 */
// A variant's own key is shown by its select: looked into, not taken as covered whole.
const INSIDE = '\u0000inside';

export function hiddenKeys(spec: ItemSpec, item: unknown, limit = 6): string[] {
  const covered = [...spec.inputs.map((i) => i.path), ...(spec.variants?.options.flatMap((v) => [[...v.keyPath, INSIDE], ...v.inputs.map((i) => i.path)]) ?? [])];
  const out: string[] = [];
  const walk = (value: unknown, prefix: PathSeg[]) => {
    const entries: [PathSeg, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : isMap(value) ? Object.entries(value) : [];
    for (const [seg, child] of entries) {
      if (out.length >= limit) return;
      const path = [...prefix, seg];
      const matching = covered.filter((c) => path.every((s, i) => c[i] === s));
      if (matching.some((c) => c.length === path.length)) continue;
      if (matching.length === 0) out.push(formatPath(path));
      else walk(child, path);
    }
  };
  walk(item, []);
  return out;
}
