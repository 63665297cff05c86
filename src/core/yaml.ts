// YAML in and out. Dumping and loading use js-yaml (fast, the preview's hot path); locating a
// path in a text uses the `yaml` package, which keeps source positions.
import { dump, load, YAMLException } from 'js-yaml';
import { isMap as isYamlMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { parsePath } from './paths';

/** Block style, no anchors, no folded lines, keys in insertion order: the same input gives the same text. */
export function dumpYaml(value: unknown): string {
  return dump(value, { noRefs: true, lineWidth: -1, sortKeys: false, quoteStyle: 'double' });
}

export type YamlParseResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { message: string; line: number; column: number } };

/** Parses one YAML document; a syntax error comes back with its 1-based line and column. */
export function parseYamlText(text: string): YamlParseResult {
  // js-yaml 5 rejects an input without a document; YAML reads it as null (and helm as no values).
  if (text.split('\n').every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line))) {
    return { ok: true, value: null };
  }
  try {
    return { ok: true, value: load(text) };
  } catch (e) {
    if (e instanceof YAMLException) {
      return {
        ok: false,
        error: { message: e.reason || e.message, line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1 },
      };
    }
    return { ok: false, error: { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 } };
  }
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
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === seg);
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
