// Sprig's regex functions over Go's regexp (RE2 syntax), run on JavaScript's engine: the pattern is
// translated where the two differ (\s, \z, \A, (?P<n>), POSIX classes, leading flags, escaped
// punctuation), and matching loops, Split and $-expansion follow Go's rules (an empty match right
// after a match is skipped; `$1x` names group "1x").
import { goFunc } from './args';
import type { FuncTable } from './args';

const cache = new Map<string, RegExp>();

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** Go's parse error text for a pattern JavaScript also rejects, as close as we can name it. */
function parseError(expr: string, why: string): Error {
  return new Error(`error parsing regexp: ${why}: \`${expr}\``);
}

/** RE2 pattern -> JavaScript source and flags (always 'u': Go matches runes). */
export function translate(expr: string): { source: string; flags: string } {
  let flags = 'u';
  let i = 0;
  const lead = /^\(\?([imsU]+)\)/.exec(expr);
  if (lead) {
    if (lead[1].includes('U')) throw parseError(expr, 'ungreedy flag (?U) is not supported here');
    for (const f of lead[1]) if (!flags.includes(f)) flags += f;
    i = lead[0].length;
  }
  let out = '';
  let inClass = false;
  while (i < expr.length) {
    const c = expr[i];
    if (c === '\\') {
      const n = expr[i + 1];
      if (n === undefined) throw parseError(expr, 'trailing backslash at end of expression');
      i += 2;
      if (n === 's') out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
      else if (n === 'S') out += inClass ? '\\x00-\\x08\\x0B\\x0E-\\x1F!-\\u{10FFFF}' : '[^\\t\\n\\f\\r ]';
      else if (n === 'z') out += '$(?![\\s\\S])';
      else if (n === 'A') out += '^';
      else if (n === 'Q') {
        const end = expr.indexOf('\\E', i);
        const lit = end < 0 ? expr.slice(i) : expr.slice(i, end);
        out += lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? expr.length : end + 2;
      } else if (/[0-9A-Za-z]/.test(n)) {
        if (/[1-9]/.test(n)) throw parseError(expr, `invalid escape sequence: \`\\${n}\``);
        out += '\\' + n;
        // \p{..}, \x{..}: copy the braces through (JS u-mode reads \x{..} as \u{..}).
        if ((n === 'p' || n === 'P' || n === 'x') && expr[i] === '{') {
          const end = expr.indexOf('}', i);
          if (n === 'x') out = out.slice(0, -2) + '\\u';
          out += expr.slice(i, end + 1);
          i = end + 1;
        } else if ((n === 'p' || n === 'P') && expr[i] !== '{') {
          out += `{${expr[i]}}`;
          i++;
        }
      } else {
        // Go lets any punctuation be escaped; JS u-mode only syntax characters.
        const syntax = inClass ? /[\\^$.*+?()[\]{}|/-]/ : /[\\^$.*+?()[\]{}|/]/;
        out += syntax.test(n) ? '\\' + n : n;
      }
      continue;
    }
    if (inClass) {
      if (c === '[' && expr[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(expr.slice(i));
        if (m && POSIX[m[2]]) {
          if (m[1]) throw parseError(expr, 'negated POSIX class is not supported here');
          out += POSIX[m[2]];
          i += m[0].length;
          continue;
        }
      }
      if (c === ']') inClass = false;
      out += c === '[' ? '\\[' : c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      if (expr[i] === '^') {
        out += '^';
        i++;
      }
      if (expr[i] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && expr.startsWith('(?P<', i)) {
      out += '(?<';
      i += 4;
      continue;
    }
    if (c === '{' || c === '}') {
      // A brace that is not a repeat count is a literal in Go, an error in JS u-mode.
      const m = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(expr.slice(i)) : null;
      if (m) {
        if (Number(m[1]) > 1000 || (m[3] && Number(m[3]) > 1000)) throw parseError(expr, `invalid repeat count: \`${m[0]}\``);
        out += m[0];
        i += m[0].length;
      } else {
        out += '\\' + c;
        i++;
      }
      continue;
    }
    out += c;
    i++;
  }
  return { source: out, flags };
}

/** regexp.Compile, cached; throws Go-worded errors. */
export function compile(expr: string): RegExp {
  let re = cache.get(expr);
  if (re) return re;
  const { source, flags } = translate(expr);
  try {
    re = new RegExp(source, flags + 'g');
  } catch (e) {
    const msg = (e as Error).message;
    if (/Unterminated group|Unmatched '\('/.test(msg)) throw parseError(expr, 'missing closing )');
    if (/Unmatched '\)'/.test(msg)) throw parseError(expr, 'unexpected )');
    if (/Nothing to repeat/.test(msg)) throw parseError(expr, 'missing argument to repetition operator');
    if (/Unterminated character class/.test(msg)) throw parseError(expr, 'missing closing ]');
    throw parseError(expr, msg.replace(/^Invalid regular expression: /, ''));
  }
  if (cache.size > 500) cache.clear();
  cache.set(expr, re);
  return re;
}

/** Go's MustCompile panic text. */
function mustCompile(expr: string): RegExp {
  try {
    return compile(expr);
  } catch (e) {
    throw new Error(`regexp: Compile(${goQuote(expr)}): ${(e as Error).message}`, { cause: e });
  }
}

/** regexp's quote(): backquoted when it can be. */
function goQuote(s: string): string {
  return s.includes('`') ? JSON.stringify(s) : '`' + s + '`';
}

function execAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

function runeWidth(s: string, pos: number): number {
  const cp = s.codePointAt(pos);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}

/** Go's allMatches: at most n matches (n < 0: all), empty matches next to a match skipped. */
function allMatches(re: RegExp, s: string, n: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const limit = n < 0 ? s.length + 1 : n;
  let pos = 0;
  let prevEnd = -1;
  while (out.length < limit && pos <= s.length) {
    const m = execAt(re, s, pos);
    if (!m) break;
    const end = m.index + m[0].length;
    let accept = true;
    if (end === pos) {
      if (m.index === prevEnd) accept = false;
      pos += pos < s.length ? runeWidth(s, pos) : 1;
    } else pos = end;
    prevEnd = end;
    if (accept) out.push(m);
  }
  return out;
}

/** Regexp.Expand's template: $1, ${1}, $name, ${name}, $$; an unknown group expands to "". */
function expand(template: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '$' || i + 1 >= template.length) {
      out += c;
      continue;
    }
    if (template[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string | undefined;
    let end = i;
    if (template[i + 1] === '{') {
      const close = template.indexOf('}', i + 2);
      const inner = close < 0 ? '' : template.slice(i + 2, close);
      if (close >= 0 && /^\w+$/.test(inner)) {
        name = inner;
        end = close;
      }
    } else {
      const w = /^\w+/.exec(template.slice(i + 1));
      if (w) {
        name = w[0];
        end = i + w[0].length;
      }
    }
    if (name === undefined) {
      out += c; // a malformed $ stays as written
      continue;
    }
    i = end;
    if (/^\d+$/.test(name)) {
      const k = Number(name);
      if (k < m.length) out += m[k] ?? '';
    } else out += m.groups?.[name] ?? '';
  }
  return out;
}

/** Go's replaceAll loop with a replacement producer. */
function replaceAll(re: RegExp, s: string, repl: (m: RegExpExecArray) => string): string {
  let out = '';
  let lastEnd = 0;
  let pos = 0;
  while (pos <= s.length) {
    const m = execAt(re, s, pos);
    if (!m) break;
    const end = m.index + m[0].length;
    out += s.slice(lastEnd, m.index);
    if (end > lastEnd || m.index === 0) out += repl(m);
    lastEnd = end;
    const w = pos < s.length ? runeWidth(s, pos) : 1;
    pos = pos + w > end ? pos + w : end;
  }
  return out + s.slice(lastEnd);
}

function split(re: RegExp, expr: string, s: string, n: number): string[] {
  if (n === 0) return [];
  if (expr.length > 0 && s.length === 0) return [''];
  const out: string[] = [];
  let beg = 0;
  let end = 0;
  for (const m of allMatches(re, s, n)) {
    if (n > 0 && out.length === n - 1) break;
    end = m.index;
    const mEnd = m.index + m[0].length;
    if (mEnd !== 0) out.push(s.slice(beg, end));
    beg = mEnd;
  }
  if (end !== s.length) out.push(s.slice(beg));
  return out;
}

function num(n: bigint): number {
  return n > 1000000000n ? 1000000000 : n < -1n ? -1 : Number(n);
}

export function registerRegex(t: FuncTable): void {
  const both = (
    name: string,
    params: Parameters<typeof goFunc>[1],
    f: (re: RegExp, expr: string, ...rest: never[]) => ReturnType<Parameters<typeof goFunc>[2]>,
    plainFails = true,
  ) => {
    const mustName = 'must' + name[0].toUpperCase() + name.slice(1);
    t.set(mustName, goFunc(mustName, params, (expr: string, ...rest: never[]) => f(compile(expr), expr, ...rest)));
    t.set(
      name,
      goFunc(name, params, (expr: string, ...rest: never[]) => {
        if (plainFails) return f(mustCompile(expr), expr, ...rest);
        let re: RegExp;
        try {
          re = compile(expr);
        } catch {
          return false;
        }
        return f(re, expr, ...rest);
      }),
    );
  };
  both('regexMatch', ['string', 'string'], (re, _e, s: string) => execAt(re, s, 0) !== null, false);
  both('regexFindAll', ['string', 'string', 'int'], (re, _e, s: string, n: bigint) => allMatches(re, s, num(n)).map((m) => m[0]));
  both('regexFind', ['string', 'string'], (re, _e, s: string) => execAt(re, s, 0)?.[0] ?? '');
  both('regexReplaceAll', ['string', 'string', 'string'], (re, _e, s: string, r: string) => replaceAll(re, s, (m) => expand(r, m)));
  both('regexReplaceAllLiteral', ['string', 'string', 'string'], (re, _e, s: string, r: string) => replaceAll(re, s, () => r));
  both('regexSplit', ['string', 'string', 'int'], (re, e, s: string, n: bigint) => split(re, e, s, num(n)));
  t.set('regexQuoteMeta', goFunc('regexQuoteMeta', ['string'], (s: string) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')));
}
