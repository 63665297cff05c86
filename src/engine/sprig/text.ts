// Go string primitives Sprig's functions rest on: Go strings are UTF-8 bytes (len, slicing and
// trunc count bytes), and unicode.IsSpace / ToUpper work per code point with one-rune mappings.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}
export function fromUtf8(b: Uint8Array): string {
  return decoder.decode(b);
}
/** Go's len(s): the UTF-8 byte length. */
export function byteLength(s: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length;
}

function isAscii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s);
}

/**
 * Go's s[lo:hi] on bytes, panicking with Go's runtime message when out of range.
 * `hi` undefined is s[lo:], `lo` undefined is s[:hi].
 */
export function sliceBytes(s: string, lo: number | undefined, hi: number | undefined): string {
  const n = byteLength(s);
  const l = lo ?? 0;
  const h = hi ?? n;
  if (hi !== undefined && (h < 0 || h > n)) {
    throw new Error(`runtime error: slice bounds out of range [:${h}] with length ${n}`);
  }
  if (lo !== undefined && (l < 0 || l > h)) {
    throw new Error(
      hi === undefined
        ? `runtime error: slice bounds out of range [${l}:${n}]`
        : `runtime error: slice bounds out of range [${l}:${h}]`,
    );
  }
  if (isAscii(s)) return s.slice(l, h);
  return fromUtf8(utf8(s).subarray(l, h));
}

/** unicode.IsSpace. */
export function isSpace(c: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(c);
}

/** strings.TrimSpace. */
export function trimSpace(s: string): string {
  return s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/, '').replace(
    /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/,
    '',
  );
}

/** unicode.ToUpper of one code point (JS mappings that produce several characters are not Go's). */
export function runeUpper(c: string): string {
  const u = c.toUpperCase();
  return [...u].length === 1 ? u : c;
}
export function runeLower(c: string): string {
  const l = c.toLowerCase();
  return [...l].length === 1 ? l : c;
}
export function isUpper(c: string): boolean {
  return /^\p{Lu}$/u.test(c);
}
export function isLower(c: string): boolean {
  return /^\p{Ll}$/u.test(c);
}
export function isTitleCase(c: string): boolean {
  return /^\p{Lt}$/u.test(c);
}
export function isLetter(c: string): boolean {
  return /^\p{L}$/u.test(c);
}
export function isDigitOrNumber(c: string): boolean {
  return /^\p{N}$/u.test(c);
}
export function isPunct(c: string): boolean {
  return /^\p{P}$/u.test(c);
}

/** strings.ToUpper / ToLower, rune by rune. */
export function toUpper(s: string): string {
  if (isAscii(s)) return s.toUpperCase();
  return [...s].map(runeUpper).join('');
}
export function toLower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  return [...s].map(runeLower).join('');
}

/** strings.Title: upper-cases the first letter of each word (Go's isSeparator decides words). */
export function title(s: string): string {
  let prevSep = true;
  let out = '';
  for (const c of s) {
    out += prevSep ? runeTitle(c) : c;
    prevSep = isSeparator(c);
  }
  return out;
}
function runeTitle(c: string): string {
  return runeUpper(c);
}
function isSeparator(c: string): boolean {
  const cp = c.codePointAt(0) as number;
  if (cp <= 0x7f) {
    if (/[0-9a-zA-Z_]/.test(c)) return false;
    return true;
  }
  if (isLetter(c) || /^\p{Nd}$/u.test(c)) return false;
  return isSpace(c);
}

/** strings.Replace(s, old, new, -1): an empty `old` inserts `new` around every rune. */
export function replaceAll(s: string, old: string, repl: string): string {
  if (old === '') return repl + [...s].join(repl) + (s === '' ? '' : repl);
  return s.split(old).join(repl);
}

/** strings.Split: an empty separator splits into runes; an empty string gives [""] ([] for sep ""). */
export function split(s: string, sep: string, n = -1): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const runes = [...s];
    if (n > 0 && runes.length > n) return [...runes.slice(0, n - 1), runes.slice(n - 1).join('')];
    return runes;
  }
  const parts = s.split(sep);
  if (n > 0 && parts.length > n) return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
  return parts;
}

/** strings.Trim(s, cutset): drops runes found in cutset from both ends. */
export function trimCutset(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const set = new Set([...cutset]);
  const runes = [...s];
  let a = 0;
  let b = runes.length;
  while (a < b && set.has(runes[a])) a++;
  while (b > a && set.has(runes[b - 1])) b--;
  return runes.slice(a, b).join('');
}

/** Bytes of a string seen as Latin-1 runes, as goutils' byte-wise functions (nospace, initials) read them. */
export function bytesAsRunes(s: string): string[] {
  if (isAscii(s)) return s.split('');
  return Array.from(utf8(s), (b) => String.fromCharCode(b));
}
