// helm's data-format functions (pkg/engine/funcs.go, v4.1.4) over the Go writers and readers of
// src/engine/go. Facts: toYaml / toJson swallow errors (""), the must- forms would panic (they
// cannot fail on template values); toYaml trims the final newline; fromYaml / fromJson put the
// error text under "Error" of the result; the -Array forms return [error text].
import { load } from 'js-yaml';
import { formatValue } from '../go/fmt';
import { fromJson, fromJsonArray, toJson } from '../go/json';
import { toToml } from '../go/toml';
import { fromYaml, fromYamlArray, parseYaml, toYaml } from '../go/yaml';
import { withSignature, type GoFunc, type GoValue } from '../value';
import type { YamlReader } from './manifests';

function one(fn: (v: GoValue) => GoValue, param: 'any' | 'string' = 'any'): GoFunc {
  return withSignature((...args: GoValue[]) => fn(args[0] ?? null), { params: [param] });
}

/** helm's toYAML (what AsConfig / AsSecrets print too). */
export function yamlDump(v: GoValue): string {
  return toYaml(v);
}

/** The functions helm adds to Sprig's for data formats. */
export function dataFunctions(): Map<string, GoFunc> {
  return new Map<string, GoFunc>([
    ['toYaml', one(toYaml)],
    ['mustToYaml', one(toYaml)],
    // helm's toYamlPretty writes with go-yaml v3 (lists indented under their key); we print toYaml's text
    ['toYamlPretty', one(toYaml)],
    ['fromYaml', one((s) => fromYaml(s as string), 'string')],
    ['fromYamlArray', one((s) => fromYamlArray(s as string), 'string')],
    ['toJson', one(toJson)],
    ['mustToJson', one(toJson)],
    ['fromJson', one((s) => fromJson(s as string), 'string')],
    ['fromJsonArray', one((s) => fromJsonArray(s as string), 'string')],
    ['toToml', one((v) => toToml(v))],
  ]);
}

/**
 * How the manifest sorter reads rendered documents. Only the head (kind, annotations) is needed, so
 * the fast js-yaml reads first (5x faster on a chart's output); when it refuses a document (empty,
 * several documents, duplicate keys, a syntax error), go-yaml's reading decides and words the error.
 */
export const yamlReader: YamlReader = {
  parse: (text) => {
    let fast: unknown;
    try {
      fast = load(text);
    } catch {
      return parseYaml(text);
    }
    return (fast ?? null) as GoValue;
  },
  formatScalar: (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : formatValue(v)),
};
