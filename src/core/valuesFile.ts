// The values.yaml the user downloads: only what differs from the chart defaults, in chart order.
import type { TSchema } from 'typebox';
import { node, unionMembers } from './schemaNode';
import type { ChartModule, Values } from './types';
import { defaultsFromSchema, diffValues, isMap, mergeValues, orderLike, put } from './values';
import { dumpYaml } from './yamlText';

/**
 * The chart's key order: schema properties in order (also those without a default), with the keys
 * of map defaults filled in. Leaves are null; only the shape matters.
 */
export function keyOrderReference(schema: TSchema): Values {
  const members = unionMembers(schema);
  const n = node(members.length === 1 ? members[0] : schema);
  const out: Values = {};
  for (const [key, child] of Object.entries(n.properties ?? {})) {
    const nested = keyOrderReference(child);
    put(out, key, Object.keys(nested).length > 0 ? nested : null);
  }
  if (isMap(n.default)) {
    for (const [key, value] of Object.entries(n.default)) {
      if (!Object.hasOwn(out, key)) put(out, key, isMap(value) ? value : null);
    }
  }
  return out;
}

function usageLine(chart: ChartModule<unknown>): string {
  if (chart.repository) {
    return `# helm upgrade --install <release> ${chart.repository.name}/${chart.chartName} --version ${chart.version} -f values.yaml`;
  }
  // A chart opened from a folder or a .tgz: helm takes the same path.
  if (chart.origin) return `# helm upgrade --install <release> <path to the ${chart.origin.name} ${chart.origin.version} chart or .tgz> -f values.yaml`;
  return `# npm run --silent cli -- template <release> ${chart.id} -f values.yaml`;
}

/** A header naming chart, version and the command to use it, then the minimal diff as YAML. */
export function valuesFileText<V>(chart: ChartModule<V>, userValues: Values): string {
  const defaults = defaultsFromSchema(chart.schema);
  const diff = diffValues(defaults, mergeValues(defaults, userValues));
  const body = Object.keys(diff).length === 0 ? '{}\n' : dumpYaml(orderLike(diff, keyOrderReference(chart.schema)));
  const header = [
    `# values.yaml for ${chart.chartName} ${chart.version} (chart-configurator)`,
    '# Only the values that differ from the chart defaults.',
    usageLine(chart as ChartModule<unknown>),
  ];
  return `${header.join('\n')}\n${body}`;
}
