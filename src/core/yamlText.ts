// YAML text in and out with js-yaml alone: the preview's hot path and every page's parsing.
// yaml.ts builds on this with what needs source positions (the `yaml` package), which only
// imports and editor markers use, so pages load that package when they need it.
//
// loadYamlText is THE reader: every YAML that comes from a user (values files, helmfiles and the
// files beside them, the import dialog, the values.yaml editor, inline YAML fields) goes through
// it, so each is capped the same way: text size, nesting depth, alias expansion, no cycles.
import { dump, load, loadAll, YAMLException } from 'js-yaml';
import { checkValuesTree, MAX_VALUES_DEPTH, MAX_YAML_TEXT } from './limits';

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

export interface YamlError {
  message: string;
  line: number;
  column: number;
  /** Refused by a cap (size, depth, aliases), not by the YAML grammar. */
  limit?: true;
}

export type YamlParseResult =
  | { ok: true; value: unknown; duplicates?: DuplicateKey[] }
  | { ok: false; error: YamlError };

/** True for a text without a document (only comments, blank lines, markers). */
function isEmptyDocument(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line));
}

// js-yaml's own depth guard stops its recursive parser early; checkValuesTree then applies the
// exact cap (js-yaml counts block and flow nesting differently, and not through aliases).
const PARSER_DEPTH = MAX_VALUES_DEPTH + 10;

function tooLarge(text: string): YamlError | undefined {
  if (text.length <= MAX_YAML_TEXT) return undefined;
  return { message: `the text is larger than ${MAX_YAML_TEXT / 1024 / 1024} MiB and is not read`, line: 1, column: 1, limit: true };
}

function errorOf(e: unknown): YamlError {
  if (e instanceof YAMLException) {
    const reason = e.reason || e.message;
    const at = { line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1 };
    if (/maxDepth/.test(reason)) return { message: `it nests deeper than ${MAX_VALUES_DEPTH} levels`, ...at, limit: true };
    return { message: reason, ...at };
  }
  // A stack overflow or anything else js-yaml did not foresee: still an answer, never a throw.
  return { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 };
}

function checked(value: unknown): YamlParseResult {
  const tree = checkValuesTree(value);
  return tree.ok ? { ok: true, value: tree.value } : { ok: false, error: { message: tree.error, line: 1, column: 1, limit: true } };
}

/**
 * Loads one YAML document; a syntax error comes back with its 1-based line and column, and so do
 * the caps (size, depth, "excessive aliasing", recursive aliases). Never throws.
 * `json` lets a repeated key override the earlier one (helm's reading); otherwise it is an error.
 */
export function loadYamlText(text: string, { json = false }: { json?: boolean } = {}): YamlParseResult {
  const large = tooLarge(text);
  if (large) return { ok: false, error: large };
  // js-yaml 5 rejects an input without a document; YAML reads it as null (and helm as no values).
  if (isEmptyDocument(text)) return { ok: true, value: null };
  let value: unknown;
  try {
    value = load(text, { json, maxDepth: PARSER_DEPTH });
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  }
  return checked(value);
}

/** Every document of a multi-document text (a helmfile), each checked like loadYamlText's. */
export function loadYamlDocuments(text: string): { ok: true; documents: unknown[] } | { ok: false; error: YamlError } {
  const large = tooLarge(text);
  if (large) return { ok: false, error: large };
  let documents: unknown[];
  try {
    documents = loadAll(text, { maxDepth: PARSER_DEPTH });
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  }
  const out: unknown[] = [];
  for (const doc of documents) {
    const one = checked(doc);
    if (!one.ok) return one;
    out.push(one.value);
  }
  return { ok: true, documents: out };
}

/** Parses one YAML document, rejecting repeated keys (yaml.ts's parseYamlText without options). */
export function parseYamlText(text: string): YamlParseResult {
  return loadYamlText(text);
}

/** One document of a values file, as helm cuts the file. */
export interface YamlChunk {
  text: string;
  /** 1-based line of the file where this document's text starts. */
  firstLine: number;
}

/**
 * Cuts a values file into documents the way helm (v4) does before it reads each: at every line
 * that starts with `---`, which may be followed only by spaces or a comment. Helm then layers the
 * documents like successive -f files.
 */
export function splitYamlDocuments(text: string): { ok: true; chunks: YamlChunk[] } | { ok: false; error: YamlError } {
  const large = tooLarge(text);
  if (large) return { ok: false, error: large };
  const lines = text.split('\n');
  const chunks: YamlChunk[] = [];
  let start = 0;
  const close = (end: number) => {
    // The text as written: the newline before a separator belongs to the document it ends.
    if (end > start) chunks.push({ text: lines.slice(start, end).join('\n') + (end < lines.length ? '\n' : ''), firstLine: start + 1 });
  };
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('---')) continue;
    const rest = lines[i].slice(3).trim();
    if (rest !== '' && !rest.startsWith('#')) {
      return { ok: false, error: { message: `invalid YAML document separator: ${rest}`, line: i + 1, column: 4 } };
    }
    close(i);
    start = i + 1;
  }
  close(lines.length);
  return { ok: true, chunks };
}
