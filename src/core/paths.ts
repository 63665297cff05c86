// Dotted value paths as the UI, problems and --set speak them: `a.b[0].c`, with `\.` for a dot
// inside a key (annotation names such as `nginx\.ingress\.kubernetes\.io/rewrite-target`).

export type PathSeg = string | number;

/** Splits a dotted path into keys and list indexes. A backslash makes the next character literal. */
export function parsePath(path: string): PathSeg[] {
  const segs: PathSeg[] = [];
  let key = '';
  let keyStarted = false;
  const endKey = () => {
    if (keyStarted) segs.push(key);
    key = '';
    keyStarted = false;
  };
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === '\\' && i + 1 < path.length) {
      key += path[++i];
      keyStarted = true;
    } else if (ch === '.') {
      endKey();
    } else if (ch === '[') {
      const close = path.indexOf(']', i);
      const inner = close > i ? path.slice(i + 1, close) : '';
      if (/^\d+$/.test(inner)) {
        endKey();
        segs.push(Number(inner));
        i = close;
      } else {
        key += ch; // not an index: keep it as part of the key
        keyStarted = true;
      }
    } else {
      key += ch;
      keyStarted = true;
    }
  }
  endKey();
  return segs;
}

/** The inverse of parsePath: keys joined by dots (dots, brackets and backslashes escaped), indexes as [n]. */
export function formatPath(segs: readonly PathSeg[]): string {
  let out = '';
  for (const seg of segs) {
    if (typeof seg === 'number') {
      out += `[${seg}]`;
    } else {
      const escaped = seg.replace(/[\\.[]/g, (c) => `\\${c}`);
      out += out === '' ? escaped : `.${escaped}`;
    }
  }
  return out;
}

// Fields look their paths up on every change; parsing each string once keeps that cheap.
const parsedPaths = new Map<string, readonly PathSeg[]>();
const PARSED_PATHS_LIMIT = 10_000;

/** Accepts either form callers hold; returns a fresh array the caller may change. */
export function toSegs(path: string | readonly PathSeg[]): PathSeg[] {
  if (typeof path !== 'string') return [...path];
  let segs = parsedPaths.get(path);
  if (!segs) {
    segs = parsePath(path);
    if (parsedPaths.size >= PARSED_PATHS_LIMIT) parsedPaths.clear();
    parsedPaths.set(path, segs);
  }
  return [...segs];
}
