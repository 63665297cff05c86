// Values in, problems out: schema issues first turned into problems, then the chart's own rules.
// The steps live in pipeline.ts; here the schema validator defaults to ajv's.
import { validateWith } from './pipeline';
import { cachedValidator, type SchemaValidator } from './schemaValidator';
import type { ChartModule, Problem, Release, Values } from './types';

export { schemaIssueToProblem, sortProblems } from './pipeline';

export function validate<V>(
  chart: ChartModule<V>,
  userValues: Values,
  release: Release,
  validator?: SchemaValidator,
): { values: Values; problems: Problem[] } {
  return validateWith(chart, userValues, release, validator ?? cachedValidator(chart.schema));
}
