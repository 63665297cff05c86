// values.yaml as helm 4.1.4's loader.LoadValues reads it: the text is split into documents on lines
// starting with `---` (k8s' YAMLReader; anything but a comment after the marker is an error), each
// document must be a map (or empty), and the documents are merged in order, maps recursively.
import type { GoMap, GoValue } from '../value';
import { hasKey, isGoMap, mapSet, newMap } from '../value';
import { ChartError } from './types';
import { readYamlValues } from './yamlSource';

/** JSON's word for a value's kind, as encoding/json names it in type errors. */
export function jsonKind(v: GoValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'number';
  }
  return 'object';
}

/** k8s' YAMLReader: the documents of a multi-document stream, empty ones dropped. */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = [];
  let buffer = '';
  const lines = text.split(/(?<=\n)/);
  for (const line of lines) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest.length > 0 && !rest.startsWith('#')) {
        throw new ChartError(`error reading yaml document: invalid Yaml document separator: ${rest}`);
      }
      if (buffer.length > 0) docs.push(buffer);
      buffer = '';
      continue;
    }
    buffer += line;
  }
  if (buffer.length > 0) docs.push(buffer);
  return docs;
}

/** helm's MergeMaps: b over a, maps merged recursively, anything else replaced. */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out = newMap();
  for (const k of Object.keys(a)) mapSet(out, k, a[k]);
  for (const k of Object.keys(b)) {
    const bv = b[k];
    const av = hasKey(out, k) ? out[k] : undefined;
    mapSet(out, k, isGoMap(bv) && av !== undefined && isGoMap(av) ? mergeMaps(av, bv) : bv);
  }
  return out;
}

/** Reads a values file (the chart's values.yaml or a user's -f file); numbers are float64. */
export function loadValues(text: string): GoMap {
  let values = newMap();
  for (const doc of splitYamlDocuments(text)) {
    let parsed: GoValue;
    try {
      parsed = readYamlValues(doc);
    } catch (e) {
      throw new ChartError(`cannot unmarshal yaml document: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (parsed === null) continue;
    if (!isGoMap(parsed)) {
      throw new ChartError(
        'cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ' +
          `${jsonKind(parsed)} into Go value of type map[string]interface {}`,
      );
    }
    values = mergeMaps(values, parsed);
  }
  return values;
}
