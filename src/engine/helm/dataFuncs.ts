// helm's data-format functions (pkg/engine/funcs.go, v4.1.4) over the Go writers and readers of
// src/engine/go. Facts: toYaml / toJson swallow errors (""), the must- forms would panic (they
// cannot fail on template values); toYaml trims the final newline; fromYaml / fromJson put the
// error text under "Error" of the result; the -Array forms return [error text].
import { load } from 'js-yaml';
import { formatValue } from '../go/fmt';
import { fromJson, fromJsonArray, toJson } from '../go/json';
import { fromYaml, fromYamlArray, parseYaml, toYaml, toYamlPretty } from '../go/yaml';
import { FunctionPack, IN_NODE } from '../functionPacks';
import { withSignature, type GoFunc, type GoValue } from '../value';
import type { YamlReader } from './manifests';
import { memoizeParse } from './parseMemo';

function one(fn: (v: GoValue) => GoValue, param: 'any' | 'string' = 'any'): GoFunc {
  return withSignature((...args: GoValue[]) => fn(args[0] ?? null), { params: [param] });
}

/** helm's toYAML (what AsConfig / AsSecrets print too). */
export function yamlDump(v: GoValue): string {
  return toYaml(v);
}

// Remembered by text (each call still gets a value of its own): see parseMemo.ts.
const fromYamlMemo = memoizeParse(fromYaml);
const fromYamlArrayMemo = memoizeParse(fromYamlArray);
const fromJsonMemo = memoizeParse(fromJson);
const fromJsonArrayMemo = memoizeParse(fromJsonArray);

/** toToml as a function pack (see ../functionPacks.ts): its writer is loaded when a chart names it. */
export const tomlPack = new FunctionPack(
  'toml',
  { toToml: { params: ['any'] }, fromToml: { params: ['string'] } },
  () => import('./tomlFuncs').then((m) => m.registerToml),
);
if (IN_NODE) await tomlPack.load();

/** The functions helm adds to Sprig's for data formats. */
export function dataFunctions(): Map<string, GoFunc> {
  const funcs = new Map<string, GoFunc>([
    ['toYaml', one(toYaml)],
    ['mustToYaml', one(toYaml)],
    ['toYamlPretty', one(toYamlPretty)],
    ['fromYaml', one((s) => fromYamlMemo(s as string), 'string')],
    ['fromYamlArray', one((s) => fromYamlArrayMemo(s as string), 'string')],
    ['toJson', one(toJson)],
    ['mustToJson', one(toJson)],
    ['fromJson', one((s) => fromJsonMemo(s as string), 'string')],
    ['fromJsonArray', one((s) => fromJsonArrayMemo(s as string), 'string')],
  ]);
  tomlPack.register(funcs);
  return funcs;
}

/**
 * How the manifest sorter reads rendered documents. Only the head (kind, annotations) is needed, so
 * the fast js-yaml reads first (5x faster on a chart's output); when it refuses a document (empty,
 * several documents, duplicate keys, a syntax error), go-yaml's reading decides and words the error.
 */
export const yamlReader: YamlReader = {
  parseFast: (text) => load(text),
  parse: (text) => parseYaml(text),
  formatScalar: (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : formatValue(v)),
};
