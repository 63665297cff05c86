// The pipeline values -> problems -> manifests with the schema validator passed in. Nothing here
// imports ajv, so a page can show the form and preview first and load the validator after;
// validate.ts and evaluate.ts are the same steps with ajv as the default validator.
import { exampleForIssue } from './kubeShapes';
import { checkObjects, withoutRepeats } from './kube/checkObjects';
import { releaseProblems } from './releaseName';
import { depthExceeds, MAX_VALUES_DEPTH } from './limits';
import { manifestsToYaml } from './render';
import type { SchemaIssue, SchemaValidator } from './schemaValidator';
import type { ChartModule, Problem, Release, RenderedObject, Severity, Values } from './types';
import { defaultsFromSchema, diffValues, mergeValues } from './values';

export interface Evaluation {
  values: Values;
  problems: Problem[];
  objects: RenderedObject[];
  yaml: string;
  /** NOTES.txt as the engine rendered it (charts opened at run time). */
  notes?: string;
  /** Set when the chart's render threw; the other fields still describe the values. */
  renderError?: string;
}

const defaultsCache = new WeakMap<object, Values>();

/**
 * The schema's defaults, built once per schema: walking and copying every default took about as
 * long as the rules on each keystroke. Only read here (mergeValues and diffValues copy, never mutate).
 */
function schemaDefaults(schema: object): Values {
  let defaults = defaultsCache.get(schema);
  if (!defaults) {
    defaults = defaultsFromSchema(schema as ChartModule['schema']);
    defaultsCache.set(schema, defaults);
  }
  return defaults;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortProblems<P extends Problem>(problems: P[]): P[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => SEVERITY_RANK[a.problem.severity] - SEVERITY_RANK[b.problem.severity] || a.index - b.index)
    .map(({ problem }) => problem);
}

export function schemaIssueToProblem(issue: SchemaIssue): Problem {
  const at = issue.path || '(values)';
  if (issue.kind === 'unknown-key') {
    return {
      id: 'unknown-key',
      severity: 'warning',
      message: `${at}: ${issue.message}`,
      why: 'The chart does not read this key, so setting it changes nothing.',
      fix: 'Check the spelling and the nesting, or remove it.',
      params: [issue.path],
    };
  }
  return {
    id: 'schema',
    severity: 'error',
    message: `${at}: ${issue.message}`,
    why: 'The value does not match the type the chart expects; helm or the templates would reject or misread it.',
    fix: withExample('Change the value to the expected form.', issue),
    params: [issue.path],
  };
}

/** The fix with an example of the expected form when the path's shape or expected type is known. */
function withExample(fix: string, issue: SchemaIssue): string {
  const example = issue.kind === 'type' || issue.kind === 'enum' ? exampleForIssue(issue.path, issue.message) : undefined;
  return example ? `${fix} Write it as: ${example}` : fix;
}

export const UNREADABLE_VALUES = 'values-unreadable';

/** What a check answers when the values themselves cannot be walked (the pipeline never throws). */
function unreadableValues(defaults: Values, detail: string): { values: Values; problems: Problem[] } {
  return {
    values: defaults,
    problems: [{
      id: UNREADABLE_VALUES,
      severity: 'error',
      message: `These values cannot be checked or rendered: ${detail}.`,
      why: 'Values that deep (or otherwise malformed) come from a damaged or crafted file or link, not from a chart.',
      fix: `Keep values under ${MAX_VALUES_DEPTH} levels of nesting; start again from the chart defaults.`,
      params: [],
    }],
  };
}

/** Defaults + user values, checked by `validator` and then by the chart's rules. Never throws. */
export function validateWith<V>(
  chart: ChartModule<V>,
  userValues: Values,
  release: Release,
  validator: SchemaValidator,
): { values: Values; problems: Problem[] } {
  const defaults = schemaDefaults(chart.schema);
  if (depthExceeds(userValues)) return unreadableValues(defaults, `they nest deeper than ${MAX_VALUES_DEPTH} levels`);
  try {
    return checkValues(chart, defaults, userValues, release, validator);
  } catch (e) {
    // The rules are guarded one by one; this is the schema check or the merge itself failing.
    return unreadableValues(defaults, e instanceof Error ? e.message : String(e));
  }
}

function checkValues<V>(
  chart: ChartModule<V>,
  defaults: Values,
  userValues: Values,
  release: Release,
  validator: SchemaValidator,
): { values: Values; problems: Problem[] } {
  const values = mergeValues(defaults, userValues);
  // The release comes first: with a name helm refuses, nothing else can be installed.
  const problems = [...releaseProblems(release), ...(chart.schemaIsHint ? [] : validator.validate(values).map(schemaIssueToProblem))];
  const ctx = { values: values as V, userValues: diffValues(defaults, values), release };
  for (const rule of chart.rules) {
    try {
      problems.push(...rule.check(ctx));
    } catch (e) {
      // A rule tripping over unexpected values must not take the page down; say which one failed.
      problems.push({
        id: rule.id,
        severity: 'error',
        message: `The check "${rule.title}" could not run: ${e instanceof Error ? e.message : String(e)}`,
        params: [],
      });
    }
  }
  return { values, problems: sortProblems(problems) };
}

/**
 * The problems again with another schema validator, for objects already rendered from the same
 * values (a page whose validator arrived after the first render): schema, rules and Kubernetes checks.
 */
export function recheckWith<V>(
  chart: ChartModule<V>,
  userValues: Values,
  release: Release,
  validator: SchemaValidator,
  objects: RenderedObject[],
  options: { kubeVersion?: string } = {},
): Problem[] {
  const { values, problems } = validateWith(chart, userValues, release, validator);
  if (problems.some((p) => p.id === UNREADABLE_VALUES)) return problems;
  return sortProblems([...problems, ...withoutRepeats(problems, checkObjects(objects, { values, userValues, kubeVersion: options.kubeVersion }))]);
}

/** Never throws for bad values: schema problems are reported and a failing render becomes renderError. */
export function evaluateWith<V>(
  chart: ChartModule<V>,
  userValues: Values,
  release: Release,
  validator: SchemaValidator,
  options: { kubeVersion?: string } = {},
): Evaluation {
  const { values, problems } = validateWith(chart, userValues, release, validator);
  const unreadable = problems.find((p) => p.id === UNREADABLE_VALUES);
  if (unreadable) return { values, problems, objects: [], yaml: '', renderError: unreadable.message };
  // The rendered objects as the API server would take them (src/core/kube; never throws).
  const withKube = (objects: RenderedObject[]) =>
    sortProblems([...problems, ...withoutRepeats(problems, checkObjects(objects, { values, userValues, kubeVersion: options.kubeVersion }))]);
  try {
    if (chart.renderText) {
      const { yaml, objects, notes } = chart.renderText(values as V, release);
      return { values, problems: withKube(objects), objects, yaml, notes };
    }
    const objects = chart.render(values as V, release);
    return { values, problems: withKube(objects), objects, yaml: manifestsToYaml(chart.chartName, objects) };
  } catch (e) {
    return { values, problems, objects: [], yaml: '', renderError: e instanceof Error ? e.message : String(e) };
  }
}
