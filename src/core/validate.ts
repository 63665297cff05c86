// Values in, problems out: schema issues first turned into problems, then the chart's own rules.
import { cachedValidator, type SchemaIssue, type SchemaValidator } from './schemaValidator';
import type { ChartModule, Problem, Release, Severity, Values } from './types';
import { defaultsFromSchema, diffValues, mergeValues } from './values';

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

export function validate<V>(
  chart: ChartModule<V>,
  userValues: Values,
  release: Release,
  validator?: SchemaValidator,
): { values: Values; problems: Problem[] } {
  const defaults = defaultsFromSchema(chart.schema);
  const values = mergeValues(defaults, userValues);
  const problems = (validator ?? cachedValidator(chart.schema)).validate(values).map(schemaIssueToProblem);
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
