// Reading chart YAML documents (Chart.yaml, requirements.yaml, values.yaml) into Go values, through
// the engine's one YAML reader (src/engine/go: go-yaml v2's YAML 1.1 resolution, as sigs.k8s.io/yaml
// runs it). Chart.yaml keeps ints as bigint so that its string fields can be converted as
// sigs.k8s.io/yaml converts them (int 20230101 -> "20230101", float 1.10 -> "1.1"); values.yaml
// turns every number into float64, as helm's JSON round trip does.
import { parseYamlTyped, unmarshalYaml, YamlError } from '../go/yaml';
import type { GoMap, GoValue } from '../value';
import { mapSet, newMap } from '../value';
import { ChartError } from './types';

/** One YAML document -> Go value with ints as bigint. Throws ChartError("error converting YAML to JSON: ..."). */
export function readYamlTyped(text: string): GoValue {
  try {
    return parseYamlTyped(text);
  } catch (e) {
    if (e instanceof YamlError) throw new ChartError(e.message);
    throw e;
  }
}

/** Every number as float64 (JS number), as JSON decoding into interface{} gives helm's values. */
export function numbersToFloat(v: GoValue): GoValue {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(numbersToFloat);
  if (v !== null && typeof v === 'object') {
    const out = newMap();
    for (const k of Object.keys(v)) mapSet(out, k, numbersToFloat((v as GoMap)[k]));
    return out;
  }
  return v;
}

/** A values document as helm's sigs.k8s.io/yaml reads it: numbers float64. */
export function readYamlValues(text: string): GoValue {
  const r = unmarshalYaml(text);
  if (r.error !== undefined) throw new ChartError(r.error);
  return r.value;
}
