// Writes a change of the values into the person's own values.yaml text instead of printing it anew:
// the text is edited as a `yaml` Document (setIn / deleteIn on the keys that changed), so comments,
// key order and quoting of everything else stay as they were typed.
import { isCollection, isScalar, parseDocument, type Document } from 'yaml';
import type { Values } from '../../core/types';
import { deepEqual, isMap } from '../../core/values';
import { parseYamlText } from '../../core/yaml';
import { splitYamlDocuments } from '../../core/yamlText';

export type KeptText =
  /** `text` holds `values`, with the unchanged parts as they were. */
  | { kind: 'edited'; text: string }
  /** The text does not parse: it is left alone (the caller says so). */
  | { kind: 'syntax-error'; message: string }
  /** Not a text this can edit in place (several documents, aliases in the way): print anew. */
  | { kind: 'unsupported' };

/** Larger texts are printed anew rather than edited as a Document (cost). */
export const MAX_EDITED_TEXT = 64_000;

type Key = string | number;

/** The smallest set of setIn/deleteIn calls that turns `before` into `after` under `path`. */
function collectEdits(path: Key[], before: unknown, after: unknown, edits: Array<{ path: Key[]; value?: unknown; remove?: true }>): void {
  if (deepEqual(before, after)) return;
  if (!isMap(before) || !isMap(after)) {
    edits.push({ path, value: after });
    return;
  }
  for (const key of Object.keys(before)) {
    if (!Object.prototype.hasOwnProperty.call(after, key)) edits.push({ path: [...path, key], remove: true });
  }
  for (const key of Object.keys(after)) {
    const had = Object.prototype.hasOwnProperty.call(before, key);
    if (!had) edits.push({ path: [...path, key], value: after[key] });
    else collectEdits([...path, key], before[key], after[key], edits);
  }
}

/** A scalar replaced by a scalar keeps its node, so the comment on its line stays. */
function setKeepingNode(doc: Document, path: Key[], value: unknown): void {
  const node = doc.getIn(path, true);
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    // A quoting style chosen for a string would turn a number into a string: let it choose anew.
    if (typeof node.value !== typeof value) node.type = undefined;
    node.value = value;
    return;
  }
  doc.setIn(path, doc.createNode(value));
}

/**
 * `current` (what the editor holds) changed to hold `next` (the values as the store has them).
 * Returns the edited text, or why it cannot be edited in place.
 */
export function keepCommentsText(current: string, next: Values): KeptText {
  if (current.length > MAX_EDITED_TEXT) return { kind: 'unsupported' };
  const split = splitYamlDocuments(current);
  if (!split.ok) return { kind: 'syntax-error', message: split.error.message };
  if (split.chunks.length > 1) return { kind: 'unsupported' };
  const parsed = parseYamlText(current);
  if (!parsed.ok) return { kind: 'syntax-error', message: `${parsed.error.message} (line ${parsed.error.line})` };
  const before = parsed.value ?? {};
  if (!isMap(before)) return { kind: 'unsupported' };
  if (deepEqual(before, next)) return { kind: 'edited', text: current };
  // Nothing kept before, or nothing left after: the store's own text (and its hint) is the better one.
  if (Object.keys(before).length === 0 || Object.keys(next).length === 0) return { kind: 'unsupported' };
  try {
    const doc = parseDocument(current, { keepSourceTokens: false, uniqueKeys: false });
    if (doc.errors.length > 0) return { kind: 'syntax-error', message: doc.errors[0].message };
    if (doc.contents !== null && !isCollection(doc.contents)) return { kind: 'unsupported' };
    const edits: Array<{ path: Key[]; value?: unknown; remove?: true }> = [];
    collectEdits([], before, next, edits);
    for (const edit of edits) {
      if (edit.remove) doc.deleteIn(edit.path);
      else setKeepingNode(doc, edit.path, edit.value);
    }
    const text = doc.toString({ lineWidth: 0 });
    // A check, not a hope: the text must hold exactly the new values (else print anew).
    const check = parseYamlText(text);
    if (!check.ok || !deepEqual(check.value ?? {}, next)) return { kind: 'unsupported' };
    return { kind: 'edited', text };
  } catch {
    return { kind: 'unsupported' };
  }
}
