// values.schema.json checks as helm 4.1.4 runs them (pkg/chart/common/util/jsonschema.go): each
// chart's schema against its own scoped values, findings worded as helm's validator
// (santhosh-tekuri/jsonschema v6) words them, e.g. for external-dns's defaults:
//   values don't meet the specifications of the schema(s) in the following chart(s):
//   external-dns:
//   - at '/policy': got null, want string
// The validator is our own interpreter (./jsonschema), so no code is generated at run time. It is
// a third of the engine's code and only charts with a values.schema.json need it, so the browser
// loads it when such a chart is opened (loadSchemaValidator, through prepareEngine); under Node it
// is loaded when this module is.
import { IN_NODE } from '../functionPacks';
import type { GoMap, GoValue } from '../value';
import { GoObject, hasKey, isGoMap } from '../value';
import type * as JsonSchemaModule from './jsonschema';
import type { Chart } from './types';

let validator: typeof JsonSchemaModule | undefined;
let loading: Promise<void> | undefined;

/** Loads the values.schema.json validator (once; a failed load may be retried). */
export function loadSchemaValidator(): Promise<void> {
  loading ??= import('./jsonschema').then(
    (m) => {
      validator = m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

if (IN_NODE) await loadSchemaValidator();

/** Whether the chart or any of its dependencies (enabled or not) ships a values.schema.json. */
export function hasAnySchema(chart: Chart, depth = 0): boolean {
  return chart.schema !== null || (depth < 64 && chart.dependencies.some((d) => hasAnySchema(d, depth + 1)));
}

/** helm's ValidateAgainstSingleSchema: the finding lines ("- at '/x': ...\n"), or '' when valid. */
export function validateAgainstSchema(values: GoMap, schemaBytes: Uint8Array): string {
  if (!validator) {
    void loadSchemaValidator().catch(() => undefined);
    throw new Error('the values.schema.json validator is still loading: prepare the chart first (prepareEngine)');
  }
  return validator.validateWithSchema(values, schemaBytes);
}

/**
 * helm's ValidateAgainstSchema over a chart and its subcharts (each against its own scoped values,
 * globals included): one block per chart with findings, "name:\n" followed by its finding lines.
 */
export function schemaReport(chart: Chart, values: GoMap, depth = 0): string[] {
  const out: string[] = [];
  if (chart.schema !== null) {
    const found = validateAgainstSchema(values, chart.schema);
    if (found !== '') out.push(`${chart.metadata.name}:\n${found}`);
  }
  if (depth > 64) return out;
  for (const sub of chart.dependencies) {
    const name = sub.metadata.name;
    if (!hasKey(values, name) || values[name] === null) continue;
    const raw = values[name];
    if (!isGoMap(raw)) {
      out.push(`${name}:\ninvalid type for values: expected object (map), got ${goTypeOf(raw)}\n`);
      continue;
    }
    out.push(...schemaReport(sub, raw, depth + 1));
  }
  return out;
}

function goTypeOf(v: GoValue): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return v instanceof GoObject ? v.goType : 'map[string]interface {}';
}

export const SCHEMA_ERROR_HEAD = "values don't meet the specifications of the schema(s) in the following chart(s):";
