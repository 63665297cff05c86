// The values.schema.json of a chart, as `cli schema` prints it and a bundle stores it beside
// values.yaml (editors read it through the yaml-language-server comment).
import type { ChartModule } from '../types';

export const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

/** The chart's JSON Schema with a dialect and a title; TypeBox's symbol keys do not survive JSON. */
export function chartJsonSchema<V>(chart: ChartModule<V>): Record<string, unknown> {
  return { $schema: JSON_SCHEMA_DIALECT, title: `${chart.chartName} ${chart.version} values`, ...chart.schema };
}

export function schemaFileText<V>(chart: ChartModule<V>): string {
  return JSON.stringify(chartJsonSchema(chart), null, 2) + '\n';
}
