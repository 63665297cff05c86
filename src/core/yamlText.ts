// YAML text in and out with js-yaml alone: the preview's hot path and every page's parsing.
// yaml.ts builds on this with what needs source positions (the `yaml` package), which only
// imports and editor markers use, so pages load that package when they need it.
import { dump, load, YAMLException } from 'js-yaml';

/** Block style, no anchors, no folded lines, keys in insertion order: the same input gives the same text. */
export function dumpYaml(value: unknown): string {
  return dump(value, { noRefs: true, lineWidth: -1, sortKeys: false, quoteStyle: 'double' });
}

/** A key written more than once in one map. */
export interface DuplicateKey {
  /** Dotted path of the repeated key. */
  path: string;
  /** 1-based line of its last occurrence, the one whose value is kept. */
  line: number;
  /** 1-based line of its first occurrence. */
  firstLine: number;
}

export type YamlParseResult =
  | { ok: true; value: unknown; duplicates?: DuplicateKey[] }
  | { ok: false; error: { message: string; line: number; column: number } };

/** True for a text without a document (only comments, blank lines, markers). */
function isEmptyDocument(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line));
}

/**
 * Loads one YAML document; a syntax error comes back with its 1-based line and column.
 * `json` lets a repeated key override the earlier one (helm's reading); otherwise it is an error.
 */
export function loadYamlText(text: string, { json = false }: { json?: boolean } = {}): YamlParseResult {
  // js-yaml 5 rejects an input without a document; YAML reads it as null (and helm as no values).
  if (isEmptyDocument(text)) return { ok: true, value: null };
  try {
    return { ok: true, value: json ? load(text, { json: true }) : load(text) };
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

/** Parses one YAML document, rejecting repeated keys (yaml.ts's parseYamlText without options). */
export function parseYamlText(text: string): YamlParseResult {
  return loadYamlText(text);
}
