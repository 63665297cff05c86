// The pipeline values -> problems -> manifests with the schema validator passed in. Nothing here
// imports ajv, so a page can show the form and preview first and load the validator after;
// validate.ts and evaluate.ts are the same steps with ajv as the default validator.
import { manifestsToYaml } from './render';
import type { SchemaIssue, SchemaValidator } from './schemaValidator';
import type { ChartModule, Problem, Release, RenderedObject, Severity, Values } from './types';
import { defaultsFromSchema, diffValues, mergeValues } from './values';

export interface Evaluation {
  values: Values;
  problems: Problem[];
  objects: RenderedObject[];
  yaml: string;
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
    fix: 'Change the value to the expected form.',
    params: [issue.path],
  };
}

/** Defaults + user values, checked by `validator` and then by the chart's rules. */
export function validateWith<V>(
  chart: ChartModule<V>,
  userValues: Values,
  release: Release,
  validator: SchemaValidator,
): { values: Values; problems: Problem[] } {
  const defaults = schemaDefaults(chart.schema);
  const values = mergeValues(defaults, userValues);
  const problems = validator.validate(values).map(schemaIssueToProblem);
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

/** Never throws for bad values: schema problems are reported and a failing render becomes renderError. */
export function evaluateWith<V>(chart: ChartModule<V>, userValues: Values, release: Release, validator: SchemaValidator): Evaluation {
  const { values, problems } = validateWith(chart, userValues, release, validator);
  try {
    const objects = chart.render(values as V, release);
    return { values, problems, objects, yaml: manifestsToYaml(chart.chartName, objects) };
  } catch (e) {
    return { values, problems, objects: [], yaml: '', renderError: e instanceof Error ? e.message : String(e) };
  }
}
