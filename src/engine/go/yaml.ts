// YAML as helm reads and writes it, through sigs.k8s.io/yaml: reading is go-yaml v2 (YAML 1.1
// scalars: `yes`/`on` are booleans, `0777` is octal, `1e999` stays a string, timestamps stay
// strings), then a JSON round trip (map keys become strings, every number a float64, NaN and
// infinities fail), then encoding/json into the target (a map for values files and fromYaml, a list
// for fromYamlArray). Writing (toYaml) is in yamlEmit.ts.
//
// The syntax is parsed in yamlParse.ts (js-yaml's event parser) into a node tree with each scalar's
// style and explicit tag and with aliases unexpanded, so the YAML 1.1 resolution, merge keys, alias
// expansion (with go-yaml's "excessive aliasing" cap) and key conversion below follow go-yaml exactly.
import type { GoMap, GoValue } from '../value';
import { mapSet, newMap } from '../value';
import { sprintf } from './fmt';
import { formatFloat } from './strconv';
import { parseYamlNodes, YamlSyntaxError } from './yamlParse';
import type { YAlias, YMap, YNode, YScalar } from './yamlParse';
import { parseGoInt, resolvePlain } from './yamlResolve';
import type { Resolved } from './yamlResolve';

export { marshalYaml, toYaml, toYamlPretty, yamlKeyLess, yamlKeyOrder } from './yamlEmit';

/** A YAML document helm cannot read, worded as helm's error (after "error converting YAML to JSON: ..."). */
export class YamlError extends Error {}

/** What sigs.k8s.io/yaml unmarshals into: interface{}, map[string]interface{} or []interface{}. */
export type YamlTarget = 'any' | 'map' | 'array';

// Inputs are hostile: cap the text and the nesting. go-yaml allows 10000 levels, but the decoder
// below recurses, so texts nested deeper than these bounds are refused before parsing (no real
// chart comes near them).
const MAX_TEXT = 16 * 1024 * 1024;
const MAX_DEPTH = 10000;
const MAX_FLOW_NESTING = 400;
const MAX_INDENT = 1000;

const TAG = 'tag:yaml.org,2002:';
const RESOLVABLE = new Set(['', `${TAG}str`, `${TAG}bool`, `${TAG}int`, `${TAG}float`, `${TAG}null`, `${TAG}timestamp`]);

/**
 * sigs.k8s.io/yaml.Unmarshal of the first document into the target. The value is what Go holds
 * afterwards; `error` is Go's message when Unmarshal fails (with the value left as Go leaves it).
 */
export function unmarshalYaml(text: string, target: YamlTarget = 'any'): { value: GoValue; error?: string } {
  return unmarshalWith(text, target, false);
}

/**
 * The first document as go-yaml decodes it before sigs.k8s.io/yaml's JSON step: integers stay
 * bigint (uint64 ones too; NaN and infinities still fail as in helm), because a struct target such as
 * Chart.yaml's metadata converts scalars into its string fields from these (int 20230101 ->
 * "20230101", float 1.10 -> "1.1"). Throws YamlError with helm's wording.
 */
export function parseYamlTyped(text: string): GoValue {
  const r = unmarshalWith(text, 'any', true);
  if (r.error !== undefined) throw new YamlError(r.error);
  return r.value;
}

function unmarshalWith(text: string, target: YamlTarget, typed: boolean): { value: GoValue; error?: string } {
  let value: GoValue;
  try {
    const docs = parseDocs(text, true);
    value = docs.length === 0 ? null : new YamlDecoder(docs[0], text, typed).document();
  } catch (err) {
    if (err instanceof YamlError) return { value: null, error: err.message };
    throw err;
  }
  // encoding/json into the target: null leaves it as it was, another kind is a type error
  if (target === 'any' || value === null) return { value };
  const kind = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'bool' : 'number';
  if (kind === (target === 'map' ? 'object' : 'array')) return { value };
  const type = target === 'map' ? 'map[string]interface {}' : '[]interface {}';
  return { value: null, error: `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${kind} into Go value of type ${type}` };
}

/** The first document as helm reads it into interface{}; throws YamlError with helm's wording. */
export function parseYaml(text: string): GoValue {
  const r = unmarshalYaml(text);
  if (r.error !== undefined) throw new YamlError(r.error);
  return r.value;
}

/** Every document of a multi-document text, each read as parseYaml reads one (empty ones are null). */
export function parseYamlDocuments(text: string): GoValue[] {
  try {
    return parseDocs(text, false).map((doc) => new YamlDecoder(doc, text).document());
  } catch (err) {
    if (err instanceof YamlError) throw new YamlError(err.message);
    throw err;
  }
}

/** helm's fromYaml: the map, or a map with an "Error" key holding the message. */
export function fromYaml(text: string): GoMap {
  const r = unmarshalYaml(text, 'map');
  const m = r.value === null || r.error !== undefined ? newMap() : (r.value as GoMap);
  if (r.error !== undefined) mapSet(m, 'Error', r.error);
  return m;
}

/** helm's fromYamlArray: the list, or a list holding only the error message. */
export function fromYamlArray(text: string): GoValue[] {
  const r = unmarshalYaml(text, 'array');
  if (r.error !== undefined) return [r.error];
  return (r.value as GoValue[] | null) ?? [];
}

/** helm's chartutil.ReadValues: a values file as a map (empty or null text gives an empty map). */
export function readValues(text: string): GoMap {
  const r = unmarshalYaml(text, 'map');
  if (r.error !== undefined) throw new YamlError(r.error);
  return (r.value as GoMap | null) ?? newMap();
}

// ---- syntax

/** Bounds on how deep a text nests: brackets outside quotes and comments, and indentation. */
function nestingBounds(text: string): { flow: number; indent: number } {
  let flow = 0;
  let maxFlow = 0;
  let maxIndent = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart && (c === ' ' || c === '-' || c === '?' || c === ':')) {
      indent++;
      if (indent > maxIndent) maxIndent = indent;
      continue;
    }
    lineStart = false;
    if ((c === '"' || c === "'") && (i === 0 || ' \t[{,:'.includes(text[i - 1]))) {
      // skip a quoted scalar on this line ('' and \" stay inside)
      for (i++; i < text.length && text[i] !== '\n'; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
      if (text[i] === '\n') i--; // let the line break start the next line
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      flow++;
      if (flow > maxFlow) maxFlow = flow;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return { flow: maxFlow, indent: maxIndent };
}

function parseDocs(text: string, firstOnly: boolean): (YNode | null)[] {
  if (text.length > MAX_TEXT) throw new YamlError(`error converting YAML to JSON: yaml: input too large (${text.length} characters)`);
  const bounds = nestingBounds(text);
  if (bounds.flow > MAX_FLOW_NESTING || bounds.indent > MAX_INDENT) {
    throw new YamlError('error converting YAML to JSON: yaml: document nested too deeply for this reader');
  }
  try {
    return parseYamlNodes(text, firstOnly, MAX_DEPTH);
  } catch (err) {
    if (err instanceof YamlSyntaxError) throw new YamlError(`error converting YAML to JSON: yaml: ${err.message}`);
    if (err instanceof RangeError) throw new YamlError(`error converting YAML to JSON: yaml: exceeded max depth of ${MAX_DEPTH}`);
    throw err;
  }
}

// ---- go-yaml v2's decoder into interface{}, and sigs.k8s.io/yaml's conversion to JSON values

/** go-yaml v2's bounds on alias expansion ("billion laughs"). */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400000) return 0.99;
  if (decodeCount >= 4000000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400000) / 3600000);
}

class YamlDecoder {
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly expanding = new Set<YAlias>();
  // Later stages of sigs.k8s.io/yaml: their first error wins only when decoding succeeded.
  private convertError: string | undefined;
  private jsonError: string | undefined;

  constructor(
    private readonly root: YNode | null,
    private readonly text: string,
    /** Keep ints as bigint (parseYamlTyped). */
    private readonly typed = false,
  ) {}

  document(): GoValue {
    this.count();
    const v = this.unmarshal(this.root, 0);
    if (this.convertError !== undefined) throw new YamlError(`error converting YAML to JSON: ${this.convertError}`);
    if (this.jsonError !== undefined) throw new YamlError(`error converting YAML to JSON: ${this.jsonError}`);
    return v;
  }

  private count(): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      fail('document contains excessive aliasing');
    }
  }

  private unmarshal(node: YNode | null, depth: number): GoValue {
    if (depth > MAX_DEPTH) fail(`exceeded max depth of ${MAX_DEPTH}`);
    this.count();
    if (node === null) return null;
    switch (node.kind) {
      case 'alias':
        return this.alias(node, (target) => this.unmarshal(target, depth + 1));
      case 'scalar':
        return this.scalarValue(node);
      case 'map':
        return this.pairs(node, newMap(), depth);
      case 'seq':
        return node.items.map((item) => this.unmarshal(item, depth + 1));
    }
  }

  private alias<T>(node: YAlias, decode: (target: YNode) => T): T {
    if (this.expanding.has(node)) fail(`anchor '${node.name}' value contains itself`);
    this.expanding.add(node);
    this.aliasDepth++;
    try {
      return decode(node.target);
    } finally {
      this.aliasDepth--;
      this.expanding.delete(node);
    }
  }

  private pairs(node: YMap, out: GoMap, depth: number): GoMap {
    for (let i = 0; i < node.keys.length; i++) {
      const keyNode = node.keys[i];
      const valueNode = node.values[i] ?? null;
      if (keyNode.kind === 'scalar' && keyNode.value === '<<' && ((keyNode.plain && keyNode.tag === '') || keyNode.tag === `${TAG}merge`)) {
        this.merge(valueNode, out, depth);
        continue;
      }
      const key = this.key(keyNode, depth);
      const value = this.unmarshal(valueNode, depth + 1);
      if (typeof key === 'string') mapSet(out, key, value);
      else this.convertError ??= `unsupported map key of type: ${key.type}, key: ${key.text}, value: ${goSyntax(value)}`;
    }
    return out;
  }

  /** `<<: *base` / `<<: [*a, *b]`: the merged maps' keys are set into this map (earlier ones win). */
  private merge(node: YNode | null, out: GoMap, depth: number): void {
    const wantMap = () => fail('map merge requires map or sequence of maps as the value');
    const into = (n: YNode) => {
      this.count();
      if (n.kind === 'alias') {
        if (n.target.kind !== 'map') wantMap();
        this.alias(n, (t) => {
          this.count();
          return this.pairs(t as YMap, out, depth + 1);
        });
      } else if (n.kind === 'map') this.pairs(n, out, depth + 1);
      else wantMap();
    };
    if (node?.kind === 'map' || node?.kind === 'alias') into(node);
    else if (node?.kind === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--) into(node.items[i]);
    } else wantMap();
  }

  /** A map key: decoded like any node, then turned into a string by sigs.k8s.io/yaml. */
  private key(node: YNode, depth: number): string | { type: string; text: string } {
    let target: YNode = node;
    if (node.kind === 'alias') {
      // decode through the alias for the accounting, then look at what it names
      this.alias(node, (t) => this.unmarshal(t, depth + 1));
      this.count();
      target = node.target;
    } else this.count();
    if (target.kind !== 'scalar') {
      const v = this.unmarshal(target, depth + 1);
      fail(`invalid map key: ${goSyntax(v)}`);
    }
    const r = this.resolveScalar(target);
    switch (r.kind) {
      case 'str':
      case 'timestamp':
        return this.stringValue(target);
      case 'int':
        return r.value.toString();
      case 'uint':
        return { type: 'uint64', text: `0x${r.value.toString(16)}` };
      case 'float':
        return float32Key(r.value);
      case 'bool':
        return r.value ? 'true' : 'false';
      case 'null':
        return { type: '%!s(<nil>)', text: '<nil>' };
    }
  }

  private stringValue(node: YScalar): string {
    if (node.tag === `${TAG}binary`) return decodeBinary(node.value);
    return this.endsWithoutBreak(node) && node.value.endsWith('\n') ? node.value.slice(0, -1) : node.value;
  }

  /**
   * A block scalar whose last line ends the text without a line break: libyaml has no final break
   * to keep (`a: |` then ` b` at the very end reads "b", where js-yaml gives "b\n").
   */
  private endsWithoutBreak(node: YScalar): boolean {
    if (!node.block || node.end < this.text.length) return false;
    const text = this.text;
    return text.slice(text.lastIndexOf('\n') + 1).trim() !== '';
  }

  /** go-yaml v2's resolve for a scalar node: untagged quoted scalars are strings. */
  private resolveScalar(node: YScalar): Resolved {
    const text = node.value;
    const tag = node.tag;
    if (tag === '') return node.plain ? resolvePlain(text) : { kind: 'str' };
    if (!RESOLVABLE.has(tag) || tag === `${TAG}str`) return { kind: 'str' };
    let r = tag === `${TAG}timestamp` ? resolvePlain(text) : resolveWithoutTimestamp(text);
    const short = (t: string) => `!!${t}`;
    const kindTag = (k: Resolved['kind']) => (k === 'uint' ? 'int' : k);
    const want = tag.slice(TAG.length);
    if (kindTag(r.kind) === want) return r;
    if (want === 'float' && (r.kind === 'int' || r.kind === 'uint')) return { kind: 'float', value: Number(r.value) };
    r = r.kind === 'timestamp' ? { kind: 'str' } : r;
    return fail(`cannot decode ${short(kindTag(r.kind))} \`${text}\` as a ${short(want)}`);
  }

  private scalarValue(node: YScalar): GoValue {
    const r = this.resolveScalar(node);
    switch (r.kind) {
      case 'null':
        return null;
      case 'bool':
        return r.value;
      case 'int':
      case 'uint':
        return this.typed ? r.value : Number(r.value);
      case 'float':
        if (!Number.isFinite(r.value)) this.jsonError ??= `json: unsupported value: ${formatFloat(r.value, 'g', -1)}`;
        return r.value;
      default:
        return this.stringValue(node);
    }
  }
}

/** %#v of a value as go-yaml decoded it (its maps are map[interface {}]interface {}). */
function goSyntax(v: GoValue): string {
  return sprintf('%#v', [v]).replaceAll('map[string]interface {}', 'map[interface {}]interface {}');
}

function fail(message: string): never {
  throw new YamlError(`error converting YAML to JSON: yaml: ${message}`);
}

/** resolve() with a tag other than !!timestamp: a date-like text is then read as an int or float. */
function resolveWithoutTimestamp(text: string): Resolved {
  const r = resolvePlain(text);
  if (r.kind !== 'timestamp') return r;
  const plain = text.replaceAll('_', '');
  return parseGoInt(plain) ?? { kind: 'str' };
}

/** A float map key as sigs.k8s.io/yaml names it: strconv.FormatFloat(k, 'g', -1, 32). */
function float32Key(x: number): string {
  if (Number.isNaN(x)) return '.nan';
  if (x === Infinity) return '.inf';
  if (x === -Infinity) return '-.inf';
  const f = Math.fround(x);
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  // the shortest decimal that reads back as the same float32
  let digits = '';
  for (let p = 1; p <= 9; p++) {
    digits = f.toPrecision(p);
    if (Math.fround(Number(digits)) === f) break;
  }
  return formatFloat(Number(digits), 'g', -1);
}

/** !!binary: base64 (line breaks ignored, as Go's decoder does) to the bytes as UTF-8 text. */
function decodeBinary(text: string): string {
  const clean = text.replace(/[\r\n]/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(clean)) fail('!!binary value contains invalid base64 data');
  const bin = atob(clean);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder('utf-8').decode(bytes);
}
