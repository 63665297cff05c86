// The syntax half of the YAML reader: js-yaml's event parser (already loaded by the app's pages,
// so the engine carries no second YAML library) turned into a small node tree that keeps what
// go-yaml's decoder needs and js-yaml's loader would lose: each scalar's style (only plain ones
// are resolved as YAML 1.1 values), its explicit tag, and aliases left unexpanded (so that merge
// keys and go-yaml's alias accounting can be followed exactly in yaml.ts). Syntax errors are
// reworded as libyaml's, from js-yaml's reason and position (checked against helm 4.1.4).
import { getScalarValue, parseEvents, YAMLException } from 'js-yaml';
import type { Event } from 'js-yaml';

export interface YScalar {
  kind: 'scalar';
  value: string;
  /** Plain (unquoted, not a block scalar): the only style go-yaml resolves to bool/int/float/null. */
  plain: boolean;
  /** A `|` or `>` block scalar. */
  block: boolean;
  /** The full tag (`tag:yaml.org,2002:int`, `!local`), '' when none was written. */
  tag: string;
  /** Source offsets of the value, -1 when it is empty. */
  start: number;
  end: number;
}
export interface YSeq {
  kind: 'seq';
  items: YNode[];
  tag: string;
}
export interface YMap {
  kind: 'map';
  keys: YNode[];
  values: YNode[];
  flow: boolean;
  tag: string;
}
export interface YAlias {
  kind: 'alias';
  name: string;
  target: YNode;
}
export type YNode = YScalar | YSeq | YMap | YAlias;

/** A syntax error: libyaml's problem and where it reports it. */
export interface Wording {
  problem: string;
  /** A scanner error (go-yaml prints its line from 1) rather than a parser error (from 0). */
  scanner: boolean;
  at: number;
  /** Raised inside a token before the stream ends (no forced final line break counts). */
  inToken?: boolean;
}

/** A text js-yaml cannot read, or a document go-yaml refuses while composing it: go-yaml's message after "yaml: ". */
export class YamlSyntaxError extends Error {}

function syntaxError(text: string, w: Wording): YamlSyntaxError {
  return new YamlSyntaxError(linePrefix(text, w) + w.problem);
}

const TAG = 'tag:yaml.org,2002:';
// event types of js-yaml's parser (EVENT_ID)
const DOC = 1;
const SEQ = 2;
const MAP = 3;
const SCALAR = 4;
const ALIAS = 5;

/** The documents of `text` (null for an empty one); only the first one when `firstOnly`. */
export function parseYamlNodes(text: string, firstOnly: boolean, maxDepth: number): (YNode | null)[] {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const at = err.mark?.position ?? text.length;
    // go-yaml reads only the first document: errors further on go unnoticed
    const end = firstOnly ? firstDocumentEnd(text) : -1;
    if (end !== -1 && at >= end) return parseYamlNodes(text.slice(0, end), true, maxDepth);
    throw syntaxError(text, libyamlWording(err.reason, at, text));
  }
  return buildDocuments(events, text, firstOnly);
}

/** Offset of the line that ends the first document (`---` or `...` after some content), -1 when none. */
function firstDocumentEnd(text: string): number {
  let content = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const marker = /^(---|\.\.\.)(\s|$)/.test(line);
    if (marker && content) return offset;
    if (marker || (line.trim() !== '' && !line.startsWith('#') && !line.startsWith('%'))) content = true;
    offset += line.length + 1;
  }
  return -1;
}

function buildDocuments(events: Event[], text: string, firstOnly: boolean): (YNode | null)[] {
  const docs: (YNode | null)[] = [];
  let anchors = new Map<string, YNode>();
  let handles = new Map<string, string>();
  const stack: (YSeq | YMap)[] = [];
  let root: YNode | null = null;
  // the offset just after the last event's text, to find an empty key's ":"
  let lastEnd = 0;
  const tagOf = (start: number, end: number): string => (start < 0 ? '' : fullTag(text.slice(start, end), handles));
  const add = (node: YNode, anchorStart: number, anchorEnd: number) => {
    if (anchorStart >= 0) anchors.set(anchorName(text, anchorStart, anchorEnd), node);
    const top = stack[stack.length - 1];
    if (top === undefined) root = node;
    else if (top.kind === 'seq') top.items.push(node);
    else if (top.keys.length === top.values.length) top.keys.push(node);
    else {
      if (!top.flow) checkBlockKey(top, text, lastEnd);
      top.values.push(node);
    }
  };
  for (const e of events) {
    switch (e.type) {
      case DOC:
        stack.length = 0;
        root = null;
        anchors = new Map();
        handles = new Map();
        for (const d of e.directives) if (d.kind === 'tag') handles.set(d.handle, d.prefix);
        continue;
      case SEQ:
      case MAP: {
        const tag = tagOf(e.tagStart, e.tagEnd);
        const node: YSeq | YMap = e.type === SEQ ? { kind: 'seq', items: [], tag } : { kind: 'map', keys: [], values: [], flow: e.style === 2, tag };
        add(node, e.anchorStart, e.anchorEnd);
        stack.push(node);
        lastEnd = Math.max(lastEnd, e.style === 2 ? e.start + 1 : e.start);
        continue;
      }
      case SCALAR: {
        const value = e.valueStart < 0 ? '' : getScalarValue(text, e);
        const node: YScalar = { kind: 'scalar', value, plain: e.style === 1, block: e.style >= 4, tag: tagOf(e.tagStart, e.tagEnd), start: e.valueStart, end: e.valueEnd };
        add(node, e.anchorStart, e.anchorEnd);
        if (e.valueEnd >= 0) lastEnd = e.valueEnd;
        continue;
      }
      case ALIAS: {
        const name = anchorName(text, e.anchorStart, e.anchorEnd);
        // libyaml sees a missing key before it looks the alias up
        const top = stack[stack.length - 1];
        if (top?.kind === 'map' && !top.flow && top.keys.length > top.values.length) checkBlockKey(top, text, lastEnd);
        const target = anchors.get(name);
        if (target === undefined) throw new YamlSyntaxError(`unknown anchor '${name}' referenced`);
        add({ kind: 'alias', name, target }, -1, -1);
        lastEnd = e.anchorEnd;
        continue;
      }
      default:
        // POP closes a collection, or the document when no collection is open
        if (stack.length > 0) stack.pop();
        else {
          docs.push(root);
          if (firstOnly) return docs;
        }
    }
  }
  return docs;
}

/** An anchor's or alias's name (without `&`/`*`): libyaml takes only letters, digits, `_` and `-`. */
function anchorName(text: string, start: number, end: number): string {
  const name = text.slice(start, end);
  if (!/^[\w-]+$/.test(name)) throw syntaxError(text, { problem: 'did not find expected alphabetic or numeric character', scanner: true, at: start });
  return name;
}

/**
 * A block mapping entry starting with ":" has no key at all, which libyaml refuses (js-yaml reads
 * an empty key). The key just added is empty and untagged; its ":" follows the previous event.
 */
function checkBlockKey(map: YMap, text: string, from: number): void {
  const key = map.keys[map.keys.length - 1];
  if (key.kind !== 'scalar' || !key.plain || key.value !== '' || key.tag !== '' || key.start >= 0) return;
  const rest = /^(?:[\s,]|#[^\n]*)*/.exec(text.slice(from)) as RegExpExecArray;
  const at = from + rest[0].length;
  if (text[at] !== ':') return;
  throw syntaxError(text, { problem: 'did not find expected key', scanner: false, at });
}

/** A written tag as go-yaml names it: `!!x` is the YAML tag x, `!<...>` verbatim, `%TAG` handles. */
function fullTag(written: string, handles: ReadonlyMap<string, string>): string {
  if (written.startsWith('!<')) return written.slice(2, -1);
  const m = /^(!(?:[\w-]*!)?)(.*)$/.exec(written);
  if (!m || written === '!') return written;
  const prefix = handles.get(m[1]) ?? (m[1] === '!!' ? TAG : m[1] === '!' ? '!' : undefined);
  return prefix === undefined ? written : prefix + decodeURIComponentSafe(m[2]);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---- libyaml's wording of syntax errors

/** Flow collections open at `end` (outside quotes and comments), the last significant character, and whether a quote is open. */
function flowStateAt(text: string, end: number): { open: string[]; last: string; inQuote: boolean } {
  const open: string[] = [];
  let last = '';
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i];
    if ((c === '"' || c === "'") && (i === 0 || ' \t\n[{,:'.includes(text[i - 1]))) {
      for (i++; ; i++) {
        if (i >= end || i >= text.length) return { open, last: c, inQuote: true };
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
  return { open, last, inQuote: false };
}

/** Offset of the first `:` on the line from `from` that is a mapping value indicator; -1 when none. */
function valueIndicatorFrom(text: string, from: number): number {
  for (let i = from; i < text.length && text[i] !== '\n'; i++) {
    if (text[i] !== ':') continue;
    const next = text[i + 1];
    if (next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r') return i;
  }
  return -1;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * What libyaml expects at a line that breaks a block collection: the block sequence above it at the
 * same indentation wants "-", anything else wants a key.
 */
function expectedBlockEntry(text: string, offset: number): string {
  const lines = text.split('\n');
  const lineIdx = lineOf(text, offset) - 1;
  const indent = (l: string) => l.length - l.trimStart().length;
  const col = indent(lines[lineIdx] ?? '');
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

const closer = (open: string | undefined) => (open === '{' ? "did not find expected ',' or '}'" : "did not find expected ',' or ']'");

/** libyaml's wording for js-yaml's `reason` at offset `at`; anything unknown keeps js-yaml's words. */
function libyamlWording(reason: string, at: number, text: string): Wording {
  if (reason.startsWith('tab characters')) return { problem: 'found character that cannot start any token', scanner: true, at };
  if (reason.startsWith('unknown escape')) return { problem: 'found unknown escape character', scanner: true, at, inToken: true };
  const state = flowStateAt(text, text.length);
  const endOfStream = /end of the stream within|deficient indentation/.test(reason);
  if (endOfStream && state.inQuote) return { problem: 'found unexpected end of stream', scanner: true, at: text.length, inToken: true };
  if (endOfStream && state.open.length > 0) {
    // the text ends inside a flow collection: after an opener, comma or colon a node was due
    if ('[{,:'.includes(state.last)) return { problem: 'did not find expected node content', scanner: false, at };
    return { problem: closer(state.open.pop()), scanner: false, at };
  }
  if (reason.startsWith('missed comma')) return { problem: closer(flowStateAt(text, at).open.pop()), scanner: false, at };
  if (/multiline key|expected ':' after a mapping key/.test(reason)) return { problem: "could not find expected ':'", scanner: true, at };
  if (reason.startsWith('a line break is expected')) return { problem: 'did not find expected comment or line break', scanner: true, at };
  if (/^name of an? (alias|anchor)/.test(reason)) return { problem: 'did not find expected alphabetic or numeric character', scanner: true, at };
  if (/bad indentation|document separator is expected/.test(reason)) {
    const c = text[at];
    if (c === ',' && state.open.length === 0) return { problem: 'did not find expected node content', scanner: false, at };
    if (c === ':') return { problem: 'mapping values are not allowed in this context', scanner: true, at };
    if (c === '?') return { problem: 'mapping keys are not allowed in this context', scanner: true, at };
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (text.slice(lineStart, at).trim() === '') return { problem: expectedBlockEntry(text, at), scanner: false, at };
    if (c === '-') return { problem: 'block sequence entries are not allowed in this context', scanner: true, at };
    const colon = valueIndicatorFrom(text, at);
    if (colon !== -1) return { problem: 'mapping values are not allowed in this context', scanner: true, at: colon };
    return { problem: 'did not find expected key', scanner: false, at };
  }
  return { problem: reason, scanner: false, at };
}

/** go-yaml's "line N: " prefix for a problem (none on the first line). */
function linePrefix(text: string, w: Wording): string {
  // at the end of a text without a final newline libyaml has already moved to the next line
  const atEnd = w.at >= text.length && !text.endsWith('\n') && !w.inToken;
  const line0 = lineOf(text, w.at) - 1 + (atEnd ? 1 : 0);
  return line0 === 0 ? '' : `line ${w.scanner ? line0 + 1 : line0}: `;
}
