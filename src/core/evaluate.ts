// The one pipeline from values to preview: validate -> chart.render -> manifests text.
import { manifestsToYaml } from './render';
import type { ChartModule, Problem, Release, RenderedObject, Values } from './types';
import { validate } from './validate';

export interface Evaluation {
  values: Values;
  problems: Problem[];
  objects: RenderedObject[];
  yaml: string;
  /** Set when the chart's render threw; the other fields still describe the values. */
  renderError?: string;
}

/** Never throws for bad values: schema problems are reported and a failing render becomes renderError. */
export function evaluate<V>(chart: ChartModule<V>, userValues: Values, release: Release): Evaluation {
  const { values, problems } = validate(chart, userValues, release);
  try {
    const objects = chart.render(values as V, release);
    return { values, problems, objects, yaml: manifestsToYaml(chart.chartName, objects) };
  } catch (e) {
    return { values, problems, objects: [], yaml: '', renderError: e instanceof Error ? e.message : String(e) };
  }
}
