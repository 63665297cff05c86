// Errors worded as helm 4.1.4's engine words them (pkg/engine/engine.go): parse errors become
// "parse error at (FILE:LINE): MSG"; `fail` / `required` messages travel wrapped in markers and come
// out as "execution error at (FILE:LINE:COL): MSG"; other execution errors whose whole chain reads
// as text/template errors are laid out one location per block; anything else keeps Go's own text.

/** An error `helm template` reports (the text after "Error: "). */
export class HelmError extends Error {
  /**
   * 'render' for errors once the release exists (helm then adds "Use --debug flag to render out
   * invalid YAML"); 'values' for errors before it (values, schema, dependencies, kube version).
   */
  constructor(
    message: string,
    readonly phase: 'values' | 'render',
  ) {
    super(message);
    this.name = 'HelmError';
  }
}

const WARN_START = 'HELM_ERR_START';
const WARN_END = 'HELM_ERR_END';
const WARN_RE = /HELM_ERR_START([\s\S]*)HELM_ERR_END/;

/** How `fail` and `required` mark their message so the top-level error can pick it out. */
export function warnWrap(message: string): string {
  return WARN_START + message + WARN_END;
}

/** Go's strings.SplitN(s, sep, n). */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

/** helm's cleanupParseError. */
export function cleanupParseError(filename: string, message: string): string {
  const tokens = message.split(': ');
  if (tokens.length === 1) return `parse error in (${filename}): ${message}`;
  return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
}

interface Traceable {
  location: string;
  message: string;
  executedFunction: string;
}

function cutAtTemplate(msg: string): string {
  const cut = msg.indexOf(' template:');
  return cut >= 0 ? msg.slice(0, cut) : msg;
}

function parseExecutingForm(remainder: string): Traceable | null {
  const idx = remainder.indexOf(': executing ');
  if (idx < 0) return null;
  const location = remainder.slice(0, idx);
  const after = remainder.slice(idx + ': executing '.length);
  if (after.length === 0 || after[0] !== '"') return null;
  const endQuote = after.indexOf('"', 1);
  if (endQuote < 0) return null;
  const functionName = after.slice(1, endQuote);
  const afterFunc = after.slice(endQuote + 1);
  if (!afterFunc.startsWith(' at <')) return null;
  const afterAt = afterFunc.slice(' at <'.length);
  const endLoc = afterAt.indexOf('>: ');
  if (endLoc < 0) return null;
  return {
    location,
    message: cutAtTemplate(afterAt.slice(endLoc + 3)),
    executedFunction: `executing "${functionName}" at <${afterAt.slice(0, endLoc)}>:`,
  };
}

/** helm's parseTemplateExecErrorString: null when the text is not a text/template error. */
function parseExecErrorString(s: string): Traceable | null {
  const prefix = 'template: ';
  if (!s.startsWith(prefix)) return null;
  const remainder = s.slice(prefix.length);
  if (remainder.startsWith('no template ')) return { location: '', message: s, executedFunction: '' };
  const executing = parseExecutingForm(remainder);
  if (executing) return executing;
  const sep = remainder.lastIndexOf(': ');
  if (sep < 0) return null;
  return { location: remainder.slice(0, sep), message: cutAtTemplate(remainder.slice(sep + 2)), executedFunction: '' };
}

function traceableText(t: Traceable): string {
  let s = '';
  if (t.location) s += `${t.location}\n  `;
  if (t.executedFunction) s += `${t.executedFunction}\n    `;
  if (t.message) s += `${t.message}\n`;
  return s;
}

/**
 * helm's reformatExecErrorMsg. `chain` is Go's errors.Unwrap chain of the execution error as texts:
 * the error itself first, then what it wraps (a function's error, what that wraps...).
 */
export function reformatExecError(filename: string, chain: readonly string[]): string {
  const message = chain[0];
  const tokens = splitN(message, ': ', 3);
  if (tokens.length !== 3) return `execution error in (${filename}): ${message}`;
  const warn = WARN_RE.exec(tokens[2]);
  if (warn) return `execution error at (${tokens[1]}): ${warn[1]}`;
  const blocks: Traceable[] = [];
  for (const text of chain) {
    const t = parseExecErrorString(text);
    if (!t) return message;
    const last = blocks[blocks.length - 1];
    if (!last || last.location !== t.location || last.message !== t.message || last.executedFunction !== t.executedFunction) {
      blocks.push(t);
    }
  }
  return blocks.map(traceableText).join('').trim();
}
