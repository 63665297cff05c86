// Loading any chart and preparing its values exactly as helm v4.1.4 does (see each module's header).
import type { GoMap } from '../value';
import type { Chart } from './types';
import { prepareChart, processDependencies } from './dependencies';
import { SCHEMA_ERROR_HEAD, schemaReport } from './schema';

export type { Chart, ChartDependency, ChartFile, ChartFiles, ChartMaintainer, ChartMetadata } from './types';
export { ChartError, isLibraryChart, isPartial, templateFullName } from './types';
export { hasPackedFiles, prepareChartFiles, readChartArchive } from './readers';
export { loadChart, loadChartArchive } from './load';
export type { LoadOptions } from './load';
export { loadValues } from './valuesFile';
export { metadataAsMap } from './chartYaml';
export { coalesceValuesOf, mergeValuesOf } from './coalesce';
export { prepareChart, processDependencies } from './dependencies';
export type { PreparedChart } from './dependencies';
export { isCompatibleRange, parseVersion } from './semver';

/**
 * helm's ProcessDependencies + CoalesceValues: the values the chart's templates see. Use
 * prepareChart for the processed chart as well (disabled dependencies removed, aliases applied).
 */
export function prepareValues(chart: Chart, userValues: GoMap): GoMap {
  return prepareChart(chart, userValues).values;
}

/** The enabled dependency tree for these values (a loaded or an already prepared chart). */
function enabledTree(chart: Chart, values: GoMap): Chart {
  return processDependencies(chart, values, false);
}

/**
 * values.schema.json findings of the chart and each enabled subchart, one string per chart as helm
 * prints it ("name:\n- at '/x': got null, want string\n"); empty when the values pass.
 */
export function validateValues(chart: Chart, values: GoMap): string[] {
  return schemaReport(enabledTree(chart, values), values);
}

/** helm's whole schema error (what `helm template` prints after "Error: "), or null when valid. */
export function schemaError(chart: Chart, values: GoMap): string | null {
  return schemaErrorOf(validateValues(chart, values));
}

/** The schema error for validateValues' findings, or null when there are none. */
export function schemaErrorOf(report: readonly string[]): string | null {
  return report.length === 0 ? null : `${SCHEMA_ERROR_HEAD}\n${report.join('')}`;
}
