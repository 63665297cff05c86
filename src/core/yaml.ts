// YAML in and out. Dumping and loading use js-yaml (fast, the preview's hot path; see yamlText.ts);
// locating a path in a text and finding repeated keys use the `yaml` package, which keeps source
// positions.
import { isMap as isYamlMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { formatPath, parsePath, type PathSeg } from './paths';
import type { Values } from './types';
import { isMap, layerValues } from './values';
import { loadYamlText, splitYamlDocuments, type DuplicateKey, type YamlChunk, type YamlError, type YamlParseResult } from './yamlText';

export { dumpYaml, loadYamlDocuments, type DuplicateKey, type YamlChunk, type YamlError, type YamlParseResult } from './yamlText';

export interface YamlParseOptions {
  /**
   * `error` (the default) rejects a repeated key; `last-wins` keeps the later value, as helm reads
   * values files, and lists the repeated keys in `duplicates`.
   */
  duplicateKeys?: 'error' | 'last-wins';
}

/** Parses one YAML document; a syntax error comes back with its 1-based line and column. */
export function parseYamlText(text: string, options: YamlParseOptions = {}): YamlParseResult {
  if (options.duplicateKeys !== 'last-wins') return loadYamlText(text);
  // js-yaml's `json` mode lets a repeated key override the earlier one; nothing else changes.
  const parsed = loadYamlText(text, { json: true });
  if (!parsed.ok) return parsed;
  let duplicates: DuplicateKey[];
  try {
    duplicates = findDuplicateKeys(text);
  } catch (e) {
    return { ok: false, error: { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 } };
  }
  return duplicates.length > 0 ? { ok: true, value: parsed.value, duplicates } : parsed;
}

export type ValuesTextResult =
  | { ok: true; values: Values; duplicates: DuplicateKey[]; documents: YamlChunk[] }
  | { ok: false; error: YamlError; notAMap?: true };

/**
 * Reads a values file as helm (v4) reads `-f`: cut into documents at `---` lines, each document a
 * map (or empty), layered like successive -f files (later wins, maps merge, nulls kept). A repeated
 * key keeps its last value and is listed in `duplicates`. Lines are the file's. Never throws.
 */
export function readValuesText(text: string): ValuesTextResult {
  const split = splitYamlDocuments(text);
  if (!split.ok) return split;
  let values: Values = {};
  const duplicates: DuplicateKey[] = [];
  for (const chunk of split.chunks) {
    const parsed = parseYamlText(chunk.text, { duplicateKeys: 'last-wins' });
    const shift = chunk.firstLine - 1;
    if (!parsed.ok) return { ok: false, error: { ...parsed.error, line: parsed.error.line + shift } };
    if (parsed.value === null || parsed.value === undefined) continue;
    if (!isMap(parsed.value)) {
      return { ok: false, notAMap: true, error: { message: 'A values file must be a map of keys at its top level.', line: chunk.firstLine, column: 1 } };
    }
    values = split.chunks.length === 1 ? parsed.value : layerValues(values, parsed.value);
    for (const dup of parsed.duplicates ?? []) duplicates.push({ ...dup, line: dup.line + shift, firstLine: dup.firstLine + shift });
  }
  return { ok: true, values, duplicates, documents: split.chunks };
}

/** yamlPathLocator over the documents of a values file: the last document that writes the path wins. */
export function valuesPathLocator(documents: readonly YamlChunk[]): (path: string) => { line: number; column: number } | undefined {
  const locators = documents.map((doc) => ({ shift: doc.firstLine - 1, locate: yamlPathLocator(doc.text) })).reverse();
  return (path) => {
    for (const { shift, locate } of locators) {
      const found = locate(path);
      if (found) return { line: found.line + shift, column: found.column };
    }
    return undefined;
  };
}

/** Keys written more than once in the same map, walking only the values that are kept. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const lineOf = (node: unknown) => lineCounter.linePos(rangeStart(node) ?? 0).line;
  const out: DuplicateKey[] = [];
  const walk = (node: unknown, segs: PathSeg[]) => {
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...segs, i]));
    if (!isYamlMap(node)) return;
    const byKey = new Map<string, (typeof node.items)[number][]>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      byKey.set(key, [...(byKey.get(key) ?? []), pair]);
    }
    for (const [key, pairs] of byKey) {
      const kept = pairs[pairs.length - 1];
      if (pairs.length > 1) out.push({ path: formatPath([...segs, key]), line: lineOf(kept.key), firstLine: lineOf(pairs[0].key) });
      walk(kept.value, [...segs, key]);
    }
  };
  walk(doc.contents, []);
  return out;
}

/**
 * Builds a lookup from a dotted value path (`a.b[0].c`) to where it is written in `text`: the line
 * and column of the key (or of the list item). Undefined when the text does not hold that path.
 */
export function yamlPathLocator(text: string): (path: string) => { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  return (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = undefined;
    for (const seg of parsePath(path)) {
      if (typeof seg === 'number') {
        if (!isSeq(node)) return undefined;
        const item: unknown = node.items[seg];
        if (item === undefined) return undefined;
        offset = rangeStart(item);
        node = item;
      } else {
        if (!isYamlMap(node)) return undefined;
        // A repeated key resolves to its last occurrence, the one whose value is kept.
        const pair = node.items.findLast((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === seg);
        if (!pair) return undefined;
        offset = rangeStart(pair.key);
        node = pair.value;
      }
    }
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}
