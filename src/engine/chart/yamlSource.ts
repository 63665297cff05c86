// Reading chart YAML documents (Chart.yaml, requirements.yaml, values.yaml) into Go values.
// go-yaml v2 (what sigs.k8s.io/yaml runs) resolves plain scalars as YAML 1.1 does, minus timestamps
// and sexagesimal numbers; ints stay bigint here so that Chart.yaml's string fields can be
// converted as sigs.k8s.io/yaml converts them (int 20230101 -> "20230101", float 1.10 -> "1.1").
// values.yaml then turns every number into float64, as helm's JSON round trip does.
import { parseDocument } from 'yaml';
import type { Tags } from 'yaml';
import type { GoMap, GoValue } from '../value';
import { mapSet, newMap } from '../value';
import { ChartError } from './types';

const MAX_DEPTH = 500;

function goYamlTags(tags: Tags): Tags {
  return tags.filter((t) => {
    const tag = typeof t === 'string' ? t : t.tag;
    const format = typeof t === 'string' ? undefined : t.format;
    return tag !== 'tag:yaml.org,2002:timestamp' && format !== 'TIME';
  });
}

function keyText(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k === null || k === undefined) return 'null';
  if (typeof k === 'bigint' || typeof k === 'boolean') return String(k);
  if (typeof k === 'number') return String(k);
  return JSON.stringify(k) ?? String(k);
}

function toGo(v: unknown, depth: number): GoValue {
  if (depth > MAX_DEPTH) throw new ChartError('error converting YAML to JSON: yaml: exceeded max depth');
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map((x) => toGo(x, depth + 1));
  if (v instanceof Map) {
    const m = newMap();
    for (const [k, x] of v) mapSet(m, keyText(k), toGo(x, depth + 1));
    return m;
  }
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  if (typeof v === 'object') {
    const m = newMap();
    for (const [k, x] of Object.entries(v)) mapSet(m, k, toGo(x, depth + 1));
    return m;
  }
  return String(v);
}

/** One YAML document -> Go value with ints as bigint. Throws ChartError("error converting YAML to JSON: ..."). */
export function readYamlTyped(text: string): GoValue {
  const doc = parseDocument(text, {
    version: '1.1',
    intAsBigInt: true,
    merge: true,
    uniqueKeys: false,
    customTags: goYamlTags,
    prettyErrors: true,
  });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    const message = e.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
    throw new ChartError(`error converting YAML to JSON: yaml: ${line ? `line ${line}: ` : ''}${message}`);
  }
  return toGo(doc.toJS({ mapAsMap: true, maxAliasCount: 10_000 }), 0);
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
  return numbersToFloat(readYamlTyped(text));
}
