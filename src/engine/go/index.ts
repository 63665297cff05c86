// Go's fmt and strconv, and the data formats helm templates use (YAML, JSON, TOML), over the
// engine's value model.
export { formatValue, sprint, sprintf, sprintln } from './fmt';
export { canBackquote, formatFloat, formatFloatG, isPrint, quote, quoteRune, quoteToASCII } from './strconv';
export type { FloatFormat } from './strconv';
export {
  compareCodePoints, fromJson, fromJsonArray, GoJsonError, jsonFloat, jsonString, marshalJson, parseJson, toJson, toPrettyJson, toRawJson, unmarshalJson,
} from './json';
export type { JsonEncodeOptions, JsonTarget } from './json';
export {
  fromYaml, fromYamlArray, marshalYaml, parseYaml, parseYamlDocuments, parseYamlTyped, readValues, toYaml, toYamlPretty, unmarshalYaml, YamlError, yamlKeyLess, yamlKeyOrder,
} from './yaml';
export type { YamlTarget } from './yaml';
export { isGoYamlTimestamp, plainKeepsString, resolvePlain } from './yamlResolve';
export { toToml } from './toml';
