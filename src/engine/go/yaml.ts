// YAML as helm reads and writes it, through sigs.k8s.io/yaml: reading is go-yaml v2 (YAML 1.1
// scalars: `yes`/`on` are booleans, `0777` is octal, `1e999` stays a string, timestamps stay
// strings), then a JSON round trip (map keys become strings, every number a float64, NaN and
// infinities fail), then encoding/json into the target (a map for values files and fromYaml, a list
// for fromYamlArray). Writing (toYaml) is in yamlEmit.ts.
//
// The syntax is parsed with the `yaml` package (eemeli/yaml), not js-yaml: it hands back the node
// tree with each scalar's style (plain or quoted) and explicit tag, and leaves aliases unresolved,
// so the YAML 1.1 resolution, merge keys, alias expansion (with go-yaml's "excessive aliasing" cap)
// and key conversion below can follow go-yaml exactly instead of undoing another library's choices.
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Alias, Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { GoMap, GoValue } from '../value';
import { mapSet, newMap } from '../value';
import { sprintf } from './fmt';
import { formatFloat } from './strconv';
import { parseGoInt, resolvePlain } from './yamlResolve';
import type { Resolved } from './yamlResolve';

export { marshalYaml, toYaml, toYamlPretty, yamlKeyLess, yamlKeyOrder } from './yamlEmit';

/** A YAML document helm cannot read, worded as helm's error (after "error converting YAML to JSON: ..."). */
export class YamlError extends Error {}

/** What sigs.k8s.io/yaml unmarshals into: interface{}, map[string]interface{} or []interface{}. */
export type YamlTarget = 'any' | 'map' | 'array';

// Inputs are hostile: cap the text and the nesting. go-yaml allows 10000 levels, but the `yaml`
// parser recurses and overflows the JavaScript stack near 1000 flow levels, so texts nested deeper
// than these bounds are refused before parsing (no real chart comes near them).
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

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

interface Wording {
  problem: string;
  /** A scanner error (go-yaml prints its line from 1) rather than a parser error (from 0). */
  scanner: boolean;
  /** Where libyaml reports it. */
  at: number;
  /** Raised inside a token before the stream ends (no forced final line break counts). */
  inToken?: boolean;
}

/** Flow collections open at `end` (outside quotes and comments), and the last significant character. */
function flowStateAt(text: string, end: number): { open: string[]; last: string } {
  const open: string[] = [];
  let last = '';
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i];
    if ((c === '"' || c === "'") && (i === 0 || ' \t\n[{,:'.includes(text[i - 1]))) {
      for (i++; i < end && i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
      last = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < end && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      open.push(c);
      last = c;
    } else if (c === ']' || c === '}') {
      open.pop();
      last = c;
    } else if (!/\s/.test(c)) last = c;
  }
  return { open, last };
}

/** Offset of the first `:` at or after `from` that is a mapping value indicator; -1 when none. */
function valueIndicatorFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== ':') continue;
    const next = text[i + 1];
    if (next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r') return i;
  }
  return -1;
}

/**
 * What libyaml expects at a line that breaks a block collection: the block sequence above it at the
 * same indentation wants "-", anything else wants a key.
 */
function expectedBlockEntry(text: string, offset: number): string {
  const lines = text.split('\n');
  const lineIdx = lineOf(text, offset) - 1;
  const indent = (l: string) => l.length - l.trimStart().length;
  const line = lines[lineIdx] ?? '';
  const col = indent(line);
  for (let k = lineIdx - 1; k >= 0; k--) {
    const l = lines[k];
    const body = l.trim();
    if (body === '' || body.startsWith('#')) continue;
    const c = indent(l);
    if (c > col) continue;
    if (c < col) break;
    return /^-(\s|$)/.test(body) ? "did not find expected '-' indicator" : 'did not find expected key';
  }
  return 'did not find expected key';
}

/** The offset where the line after the one holding `offset` starts (the text's end when none). */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * libyaml's wording for the syntax errors people meet most, from the `yaml` package's error code,
 * message and position (checked against helm 4.1.4). Anything else keeps the parser's own wording.
 */
function libyamlWording(code: string, message: string, text: string, pos: readonly [number, number]): Wording {
  const [from, to] = pos;
  if (code === 'TAB_AS_INDENT') return { problem: 'found character that cannot start any token', scanner: true, at: from };
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) return { problem: 'found unexpected end of stream', scanner: true, at: from, inToken: true };
  if (code === 'BAD_DQ_ESCAPE') return { problem: 'found unknown escape character', scanner: true, at: from, inToken: true };
  if (code === 'MULTILINE_IMPLICIT_KEY') {
    // a plain scalar running over lines and then a ":" (libyaml reads it as one scalar)
    if (text[to] === ':') return { problem: 'mapping values are not allowed in this context', scanner: true, at: to };
    if (text[from] === '-') return { problem: 'did not find expected key', scanner: false, at: from };
    return { problem: "could not find expected ':'", scanner: true, at: from };
  }
  if (code === 'MISSING_CHAR' && /Implicit map keys need to be followed/.test(message)) {
    // libyaml notices the missing ":" when it moves on to the next line
    return { problem: "could not find expected ':'", scanner: true, at: nextLineStart(text, from) };
  }
  if (/block-seq-ind/.test(message)) return { problem: 'block sequence entries are not allowed in this context', scanner: true, at: from };
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    const rest = text.slice(from).trimStart();
    if (rest.startsWith('?')) return { problem: 'mapping keys are not allowed in this context', scanner: true, at: from };
    const colon = valueIndicatorFrom(text, from + 1);
    return { problem: 'mapping values are not allowed in this context', scanner: true, at: colon === -1 ? from : colon };
  }
  const closer = (open: string | undefined) => (open === '{' ? "did not find expected ',' or '}'" : "did not find expected ',' or ']'");
  if (code === 'BLOCK_IN_FLOW') return { problem: closer(flowStateAt(text, from).open.pop()), scanner: false, at: from };
  if (/Flow (sequence|map)/.test(message)) {
    const state = flowStateAt(text, text.length);
    if (state.open.length > 0 && from >= text.trimEnd().length) {
      // the text ends inside a flow collection: after an opener, comma or colon a node was due
      if ('[{,:'.includes(state.last)) return { problem: 'did not find expected node content', scanner: false, at: from };
      return { problem: closer(state.open.pop()), scanner: false, at: from };
    }
    return { problem: closer(/Flow map/.test(message) ? '{' : '['), scanner: false, at: from };
  }
  if (code === 'UNEXPECTED_TOKEN' || code === 'BAD_INDENT') return { problem: expectedBlockEntry(text, from), scanner: false, at: from };
  return { problem: message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ''), scanner: false, at: from };
}

/** go-yaml's "line N: " prefix for a problem at `at` (none on the first line). */
function linePrefix(text: string, w: Wording): string {
  // at the end of a text without a final newline libyaml has already moved to the next line
  const atEnd = w.at >= text.length && !text.endsWith('\n') && !w.inToken;
  const line0 = lineOf(text, w.at) - 1 + (atEnd ? 1 : 0);
  return line0 === 0 ? '' : `line ${w.scanner ? line0 + 1 : line0}: `;
}

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

function parseDocs(text: string, firstOnly: boolean): Document.Parsed[] {
  if (text.length > MAX_TEXT) throw new YamlError(`error converting YAML to JSON: yaml: input too large (${text.length} characters)`);
  const bounds = nestingBounds(text);
  if (bounds.flow > MAX_FLOW_NESTING || bounds.indent > MAX_INDENT) {
    throw new YamlError('error converting YAML to JSON: yaml: document nested too deeply for this reader');
  }
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { schema: 'failsafe', resolveKnownTags: false, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (err) {
    if (err instanceof RangeError) throw new YamlError(`error converting YAML to JSON: yaml: exceeded max depth of ${MAX_DEPTH}`);
    throw err;
  }
  // go-yaml's Unmarshal reads only the first document; errors further on go unnoticed
  const relevant = firstOnly ? docs.slice(0, 1) : docs;
  for (const doc of relevant) {
    const e = doc.errors[0];
    if (e !== undefined) {
      const wording = libyamlWording(e.code, e.message, text, e.pos);
      throw new YamlError(`error converting YAML to JSON: yaml: ${linePrefix(text, wording)}${wording.problem}`);
    }
  }
  return relevant;
}

// ---- go-yaml v2's decoder into interface{}, and sigs.k8s.io/yaml's conversion to JSON values

/** go-yaml v2's bounds on alias expansion ("billion laughs"). */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400000) return 0.99;
  if (decodeCount >= 4000000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400000) / 3600000);
}

type YamlNode = Node | Pair | null;

class YamlDecoder {
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly expanding = new Set<Alias>();
  private readonly aliasTargets = new Map<Alias, Node>();
  // Later stages of sigs.k8s.io/yaml: their first error wins only when decoding succeeded.
  private convertError: string | undefined;
  private jsonError: string | undefined;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    /** Keep ints as bigint (parseYamlTyped). */
    private readonly typed = false,
  ) {}

  document(): GoValue {
    this.bindAliases();
    this.count();
    const v = this.unmarshal(this.doc.contents, 0);
    if (this.convertError !== undefined) throw new YamlError(`error converting YAML to JSON: ${this.convertError}`);
    if (this.jsonError !== undefined) throw new YamlError(`error converting YAML to JSON: ${this.jsonError}`);
    return v;
  }

  /** Each alias refers to the latest anchor of its name before it, as go-yaml's parser binds them. */
  private bindAliases(): void {
    const anchors = new Map<string, Node>();
    const stack: { node: YamlNode; depth: number }[] = [{ node: this.doc.contents, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: YamlNode; depth: number };
      if (node === null) continue;
      if (depth > MAX_DEPTH) fail(`exceeded max depth of ${MAX_DEPTH}`);
      if (isPair(node)) {
        stack.push({ node: (node.value as YamlNode) ?? null, depth: depth + 1 }, { node: (node.key as YamlNode) ?? null, depth: depth + 1 });
        continue;
      }
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target === undefined) fail(`unknown anchor '${node.source}' referenced`);
        this.aliasTargets.set(node, target);
        continue;
      }
      const anchor = (node as Scalar).anchor;
      if (anchor) anchors.set(anchor, node as Node);
      if (isMap(node) || isSeq(node)) {
        const items = (node as YAMLMap | YAMLSeq).items as YamlNode[];
        for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i], depth: depth + 1 });
      }
    }
  }

  private count(): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      fail('document contains excessive aliasing');
    }
  }

  private unmarshal(node: YamlNode | undefined, depth: number): GoValue {
    if (depth > MAX_DEPTH) fail(`exceeded max depth of ${MAX_DEPTH}`);
    this.count();
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node, depth, (target) => this.unmarshal(target, depth + 1));
    if (isScalar(node)) return this.scalarValue(node);
    if (isMap(node)) return this.mapping(node, newMap(), depth);
    if (isPair(node)) return this.pairs([node], newMap(), depth); // `[a: 1]`: a one-pair map in a list
    if (isSeq(node)) return (node.items as YamlNode[]).map((item) => this.unmarshal(item, depth + 1));
    return null;
  }

  private alias<T>(node: Alias, depth: number, decode: (target: Node) => T): T {
    if (this.expanding.has(node)) fail(`anchor '${node.source}' value contains itself`);
    const target = this.aliasTargets.get(node) as Node;
    this.expanding.add(node);
    this.aliasDepth++;
    try {
      return decode(target);
    } finally {
      this.aliasDepth--;
      this.expanding.delete(node);
    }
  }

  private mapping(node: YAMLMap, out: GoMap, depth: number): GoMap {
    if (!node.flow) for (const pair of node.items as Pair[]) this.checkBlockKey(pair.key);
    return this.pairs(node.items as Pair[], out, depth);
  }

  /** A block mapping entry starting with ":" has no key at all, which libyaml refuses. */
  private checkBlockKey(key: unknown): void {
    if (!isScalar(key) || key.type !== 'PLAIN' || key.value !== '' || !key.range) return;
    const at = key.range[0];
    if (key.range[1] !== at || this.text[at] !== ':') return;
    const line0 = lineOf(this.text, at) - 1;
    throw new YamlError(`error converting YAML to JSON: yaml: ${line0 === 0 ? '' : `line ${line0}: `}did not find expected key`);
  }

  private pairs(items: Pair[], out: GoMap, depth: number): GoMap {
    for (const pair of items) {
      const keyNode = (pair.key as YamlNode) ?? null;
      // (the parser turns a `!!merge <<` key into a symbol)
      if (isScalar(keyNode) && ((String(keyNode.value) === '<<' && (keyNode.type === 'PLAIN' || keyNode.tag === `${TAG}merge`)) || typeof keyNode.value === 'symbol')) {
        this.merge((pair.value as YamlNode) ?? null, out, depth);
        continue;
      }
      const key = this.key(keyNode, depth);
      const value = this.unmarshal((pair.value as YamlNode) ?? null, depth + 1);
      if (typeof key === 'string') mapSet(out, key, value);
      else this.convertError ??= `unsupported map key of type: ${key.type}, key: ${key.text}, value: ${goSyntax(value)}`;
    }
    return out;
  }

  /** `<<: *base` / `<<: [*a, *b]`: the merged maps' keys are set into this map (earlier ones win). */
  private merge(node: YamlNode, out: GoMap, depth: number): void {
    const wantMap = () => fail('map merge requires map or sequence of maps as the value');
    const into = (n: YamlNode) => {
      this.count();
      if (isAlias(n)) {
        const target = this.aliasTargets.get(n);
        if (!isMap(target)) wantMap();
        this.alias(n, depth, (t) => {
          this.count();
          return this.mapping(t as YAMLMap, out, depth + 1);
        });
      } else if (isMap(n)) this.mapping(n, out, depth + 1);
      else wantMap();
    };
    if (isMap(node) || isAlias(node)) into(node);
    else if (isSeq(node)) {
      const items = node.items as YamlNode[];
      for (let i = items.length - 1; i >= 0; i--) into(items[i]);
    } else wantMap();
  }

  /** A map key: decoded like any node, then turned into a string by sigs.k8s.io/yaml. */
  private key(node: YamlNode, depth: number): string | { type: string; text: string } {
    let target: YamlNode = node;
    if (isAlias(node)) {
      // decode through the alias for the accounting, then look at what it names
      this.alias(node, depth, (t) => this.unmarshal(t, depth + 1));
      this.count();
      target = this.aliasTargets.get(node) ?? null;
    } else this.count();
    if (isMap(target) || isSeq(target) || isPair(target)) {
      const v = this.unmarshal(target, depth + 1);
      fail(`invalid map key: ${goSyntax(v)}`);
    }
    if (target === null) return { type: '%!s(<nil>)', text: '<nil>' };
    const r = this.resolveScalar(target as Scalar);
    switch (r.kind) {
      case 'str':
      case 'timestamp':
        return this.stringValue(target as Scalar);
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

  private stringValue(node: Scalar): string {
    const tag = node.tag ?? '';
    if (tag === `${TAG}binary`) return decodeBinary(String(node.value ?? ''));
    const value = String(node.value ?? '');
    return this.endsWithoutBreak(node) && value.endsWith('\n') ? value.slice(0, -1) : value;
  }

  /**
   * A block scalar whose last line ends the text without a line break: libyaml has no final break
   * to keep (`a: |` then ` b` at the very end reads "b", where the `yaml` package gives "b\n").
   */
  private endsWithoutBreak(node: Scalar): boolean {
    if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return false;
    const text = this.text;
    if (!node.range || node.range[1] < text.length) return false;
    return text.slice(text.lastIndexOf('\n') + 1).trim() !== '';
  }

  /** go-yaml v2's resolve for a scalar node: untagged quoted scalars are strings. */
  private resolveScalar(node: Scalar): Resolved {
    const text = String(node.value ?? '');
    const tag = node.tag ?? '';
    if (tag === '') return node.type === 'PLAIN' || node.type === undefined ? resolvePlain(text) : { kind: 'str' };
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

  private scalarValue(node: Scalar): GoValue {
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
