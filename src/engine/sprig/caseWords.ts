// snakecase, kebabcase and camelcase as huandu/xstrings v1.5 (what Sprig 3.3 links) splits words:
// runs of upper case ("HTTPServer" -> "HTTP" "Server"), numbers kept with the word before them
// unless lower-case letters follow ("Bld4Floor" -> bld4_floor, "http2xx" -> http_2xx).
import { isDigitOrNumber, isLetter, isPunct, isSpace, isUpper, runeLower, runeUpper } from './text';

const enum W {
  Invalid,
  Number,
  Upper,
  Alpha,
  Connector,
  Punct,
  Other,
}

function isConnector(c: string): boolean {
  return c === '-' || c === '_' || isSpace(c);
}

/** xstrings' isAlphabet: letters except CJK ideographs. */
function isAlphabet(c: string): boolean {
  if (!isLetter(c)) return false;
  return !/^\p{Script=Han}$/u.test(c);
}

/** One word from position i of the rune array: [type, end index]. */
function nextWord(r: string[], i: number): [W, number] {
  const n = r.length;
  const c = r[i];
  let j = i + 1;
  if (isConnector(c)) {
    while (j < n && isConnector(r[j])) j++;
    return [W.Connector, j];
  }
  if (isPunct(c)) {
    while (j < n && isPunct(r[j])) j++;
    return [W.Punct, j];
  }
  if (isUpper(c)) {
    if (j >= n) return [W.Upper, j];
    if (isUpper(r[j])) {
      while (j < n && isUpper(r[j])) j++;
      // "HTTPStatus": the last capital starts the next word.
      if (j < n && isAlphabet(r[j])) j--;
      return [W.Upper, j];
    }
    if (isAlphabet(r[j])) {
      while (j < n && isAlphabet(r[j]) && !isUpper(r[j])) j++;
    }
    return [W.Upper, j];
  }
  if (isAlphabet(c)) {
    while (j < n && isAlphabet(r[j]) && !isUpper(r[j])) j++;
    return [W.Alpha, j];
  }
  if (isDigitOrNumber(c)) {
    while (j < n && isDigitOrNumber(r[j])) j++;
    return [W.Number, j];
  }
  while (j < n && !isConnector(r[j]) && !isAlphabet(r[j]) && !isDigitOrNumber(r[j]) && !isPunct(r[j])) j++;
  return [W.Other, j];
}

function lowerWord(wt: W, word: string[], conn: string): string {
  if (wt !== W.Upper && wt !== W.Connector) return word.join('');
  return word.map((c) => (isConnector(c) ? conn : isUpper(c) ? runeLower(c) : c)).join('');
}

/** xstrings.ToSnakeCase ('_') / ToKebabCase ('-'). */
export function toSnakeOrKebab(str: string, conn: string): string {
  const r = [...str];
  if (r.length === 0) return '';
  let out = '';
  let pos = 0;
  const next = (): [W, string[]] => {
    if (pos >= r.length) return [W.Invalid, []];
    const [wt, end] = nextWord(r, pos);
    const w = r.slice(pos, end);
    pos = end;
    return [wt, w];
  };
  let [wt, word] = next();
  while (pos < r.length) {
    if (wt !== W.Connector) out += lowerWord(wt, word, conn);
    const prev = wt;
    const last = word;
    [wt, word] = next();
    if (prev === W.Number) {
      while (wt === W.Alpha || wt === W.Number) {
        out += lowerWord(wt, word, conn);
        [wt, word] = next();
      }
      if (wt !== W.Invalid && wt !== W.Punct && wt !== W.Connector) out += conn;
    } else if (prev === W.Connector) {
      out += lowerWord(prev, last, conn);
    } else if (prev === W.Punct) {
      // nothing
    } else {
      if (wt !== W.Number) {
        if (wt !== W.Connector && wt !== W.Punct) out += conn;
        continue;
      }
      if (pos >= r.length) continue;
      const num = word;
      [wt, word] = next();
      if (wt !== W.Alpha) {
        out += lowerWord(W.Number, num, conn);
        if (wt !== W.Connector && wt !== W.Punct) out += conn;
        continue;
      }
      out += conn + lowerWord(W.Number, num, conn);
      while (wt === W.Alpha || wt === W.Number) {
        out += lowerWord(wt, word, conn);
        [wt, word] = next();
      }
      if (wt !== W.Invalid && wt !== W.Connector && wt !== W.Punct) out += conn;
    }
  }
  return out + lowerWord(wt, word, conn);
}

/**
 * xstrings v1.5 ToCamelCase (upper first letter): connectors are dropped and the next rune
 * upper-cased; a word that starts upper-case has its following capitals lowered ("HTTPServer" ->
 * "Httpserver") until a lower-case rune appears.
 */
export function toCamelCase(str: string): string {
  const r = [...str];
  if (r.length === 0) return '';
  let out = '';
  let i = 0;
  let r0 = '';
  let firstUpper = false;
  for (; i < r.length; i++) {
    r0 = r[i];
    if (!isConnector(r0)) {
      firstUpper = isUpper(r0);
      r0 = runeUpper(r0);
      i++;
      break;
    }
    out += r0;
    // Go writes the last rune once more when the string is only connectors ("--" -> "---").
    if (i === r.length - 1) return out + r0;
  }
  if (i >= r.length) return out + r0;
  for (; i < r.length; i++) {
    const r1 = r0;
    r0 = r[i];
    if (isConnector(r0) && isConnector(r1)) {
      out += r1;
      continue;
    }
    if (isConnector(r1)) {
      firstUpper = isUpper(r0);
      r0 = runeUpper(r0);
    } else {
      if (firstUpper) {
        if (isUpper(r0)) r0 = runeLower(r0);
        else firstUpper = false;
      }
      out += r1;
    }
  }
  return out + r0;
}
