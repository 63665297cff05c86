// The one pipeline from values to preview: validate -> chart.render -> manifests text.
// The steps live in pipeline.ts; here the schema validator defaults to ajv's.
import { evaluateWith, type Evaluation } from './pipeline';
import { cachedValidator, type SchemaValidator } from './schemaValidator';
import type { ChartModule, Release, Values } from './types';

export type { Evaluation } from './pipeline';

/** Never throws for bad values: schema problems are reported and a failing render becomes renderError. */
export function evaluate<V>(
  chart: ChartModule<V>,
  userValues: Values,
  release: Release,
  validator?: SchemaValidator,
  options?: { kubeVersion?: string },
): Evaluation {
  return evaluateWith(chart, userValues, release, validator ?? cachedValidator(chart.schema), options);
}
