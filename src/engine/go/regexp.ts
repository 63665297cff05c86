// Go's regular expressions (RE2 syntax) on JavaScript's engine, for Sprig's regex functions and
// values.schema.json patterns: the pattern is checked left to right as Go's parser does, failing
// with Go's error text ("error parsing regexp: missing closing ): `(x`"), and translated to a
// JavaScript RegExp where the two differ (\z, \A, \Q…\E, POSIX classes, \pL and script names, `.`
// and \s, braces that are no repeat count, (?P<name>), escaped punctuation, a leading (?U)).

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
  punct: '!-\\/:-@\\[-`\\{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** A pattern Go's regexp.Compile refuses, worded as Go's syntax error. */
export class GoRegexpError extends Error {
  constructor(code: string, expr: string) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
  }
}

const CATEGORIES = new Set([
  'C', 'Cc', 'Cf', 'Co', 'Cs', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd', 'Nl', 'No',
  'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs',
]);

/** A \p name as a JavaScript \p{…} body, or null when Go does not know it. */
function unicodeClass(name: string): string | null {
  if (name === 'Any') return 'Any';
  if (CATEGORIES.has(name)) return `gc=${name}`;
  if (!/^[A-Za-z_]+$/.test(name)) return null;
  try {
    new RegExp(`\\p{Script=${name}}`, 'u');
    return `Script=${name}`;
  } catch {
    return null;
  }
}

/** The class body for \p / \P (negated when neg), usable inside or outside [...]. */
function unicodeEscape(body: string, neg: boolean): string {
  if (body === 'Any') return neg ? '' : '\\u{0}-\\u{10FFFF}';
  return `\\${neg ? 'P' : 'p'}{${body}}`;
}

export interface Translated {
  source: string;
  flags: string;
}

const SYNTAX_PUNCT = /[\\^$.*+?()[\]{}|/]/;

/** Checks a Go pattern and returns its JavaScript form; throws Go's parse error. */
export function translateGoRegexp(expr: string): Translated {
  let out = '';
  let i = 0;
  let flags = 'u';
  const groups: number[] = [];
  // What the last item was, for repetition checks: 'none' (nothing to repeat), 'atom', or 'repeat'.
  let last: 'none' | 'atom' | 'repeat' = 'none';
  let lastRepeatStart = 0;
  let dotAll = false;

  // Leading flags apply to the whole pattern; (?U) swaps greedy and lazy repeats.
  let ungreedy = false;
  const lead = /^\(\?([imsU]+)\)/.exec(expr);
  if (lead) {
    for (const f of lead[1]) if (f !== 's' && f !== 'U' && !flags.includes(f)) flags += f;
    dotAll = lead[1].includes('s');
    ungreedy = lead[1].includes('U');
    i = lead[0].length;
  }

  /** Reads an escape at i (pointing at the backslash); returns JS text; inClass changes \b etc. */
  const escape = (inClass: boolean): string => {
    const start = i;
    if (i + 1 >= expr.length) throw new GoRegexpError('trailing backslash at end of expression', '');
    const c = expr[i + 1];
    i += 2;
    if (c >= '1' && c <= '7' && !(expr[i] >= '0' && expr[i] <= '7')) throw new GoRegexpError('invalid escape sequence', expr.slice(start, i));
    if (c >= '0' && c <= '7') {
      let n = c;
      while (n.length < 3 && expr[i] >= '0' && expr[i] <= '7') n += expr[i++];
      return `\\u{${parseInt(n, 8).toString(16)}}`;
    }
    if (c === '8' || c === '9') throw new GoRegexpError('invalid escape sequence', expr.slice(start, i));
    switch (c) {
      case 'a':
        return '\\x07';
      case 'f':
      case 't':
      case 'n':
      case 'r':
      case 'v':
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        return `\\${c}`;
      case 's':
        return inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
      case 'S':
        return inClass ? '\\0-\\x08\\x0B\\x0E-\\x1F!-\\u{10FFFF}' : '[^\\t\\n\\f\\r ]';
      case 'b':
      case 'B':
        if (inClass) throw new GoRegexpError('invalid escape sequence', expr.slice(start, i));
        return `\\${c}`;
      case 'A':
        if (inClass) throw new GoRegexpError('invalid escape sequence', expr.slice(start, i));
        return '(?<![\\s\\S])';
      case 'z':
        if (inClass) throw new GoRegexpError('invalid escape sequence', expr.slice(start, i));
        return '(?![\\s\\S])';
      case 'x': {
        if (expr[i] === '{') {
          const end = expr.indexOf('}', i);
          const hex = end < 0 ? '' : expr.slice(i + 1, end);
          if (!/^[0-9A-Fa-f]{1,8}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) throw new GoRegexpError('invalid escape sequence', expr.slice(start, end < 0 ? expr.length : end + 1));
          i = end + 1;
          return `\\u{${hex}}`;
        }
        const hex = expr.slice(i, i + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new GoRegexpError('invalid escape sequence', expr.slice(start, i + Math.min(2, hex.length)));
        i += 2;
        return `\\x${hex}`;
      }
      case 'p':
      case 'P': {
        let name: string;
        if (expr[i] === '{') {
          const end = expr.indexOf('}', i);
          if (end < 0) throw new GoRegexpError('invalid character class range', expr.slice(start));
          name = expr.slice(i + 1, end);
          i = end + 1;
        } else {
          if (i >= expr.length) throw new GoRegexpError('invalid character class range', expr.slice(start));
          name = String.fromCodePoint(expr.codePointAt(i)!);
          i += name.length;
        }
        let neg = c === 'P';
        if (name.startsWith('^')) {
          neg = !neg;
          name = name.slice(1);
        }
        const body = unicodeClass(name);
        if (body === null) throw new GoRegexpError('invalid character class range', expr.slice(start, i));
        const esc = unicodeEscape(body, neg);
        if (inClass) return esc;
        return esc === '' ? '[^\\s\\S]' : body === 'Any' ? `[${esc}]` : esc;
      }
      case 'Q': {
        const end = expr.indexOf('\\E', i);
        const lit = end < 0 ? expr.slice(i) : expr.slice(i, end);
        i = end < 0 ? expr.length : end + 2;
        return lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
      }
    }
    const cp = c.codePointAt(0)!;
    if (cp < 0x80 && !/[0-9A-Za-z]/.test(c)) {
      const special = inClass ? /[\\^$.*+?()[\]{}|/-]/ : SYNTAX_PUNCT;
      return special.test(c) ? `\\${c}` : c;
    }
    throw new GoRegexpError('invalid escape sequence', expr.slice(start, i));
  };

  /** One class item's code point, for range checks; JS text in `text`. */
  const classItem = (): { text: string; cp: number | null } => {
    if (expr[i] === '\\') {
      const before = i;
      const text = escape(true);
      const raw = expr.slice(before, i);
      const single = /^\\(?:x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\}|[0-7]{1,3}|[^0-9A-Za-z])$/.test(raw) || /^\\[aftnrv]$/.test(raw);
      if (!single) return { text, cp: null };
      const lit = raw.slice(1);
      const cp = /^x\{/.test(lit)
        ? parseInt(lit.slice(2, -1), 16)
        : /^x/.test(lit)
          ? parseInt(lit.slice(1), 16)
          : /^[0-7]/.test(lit)
            ? parseInt(lit, 8)
            : ({ a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 } as Record<string, number>)[lit] ?? lit.codePointAt(0)!;
      return { text, cp };
    }
    const cp = expr.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { text: '\\[]^-'.includes(ch) ? `\\${ch}` : ch, cp };
  };

  const charClass = (): string => {
    const start = i;
    i++;
    let text = '[';
    if (expr[i] === '^') {
      text += '^';
      i++;
    }
    let first = true;
    for (;;) {
      if (i >= expr.length) throw new GoRegexpError('missing closing ]', expr.slice(start));
      if (expr[i] === ']' && !first) {
        i++;
        return `${text}]`;
      }
      first = false;
      if (expr.startsWith('[:', i)) {
        const end = expr.indexOf(':]', i + 2);
        if (end >= 0) {
          const name = expr.slice(i + 2, end);
          const neg = name.startsWith('^');
          const body = POSIX[neg ? name.slice(1) : name];
          if (body === undefined) throw new GoRegexpError('invalid character class range', expr.slice(i, end + 2));
          if (neg) throw new GoRegexpError('invalid character class range', `negated POSIX class ${expr.slice(i, end + 2)} is not supported here`);
          text += body;
          i = end + 2;
          continue;
        }
      }
      const itemStart = i;
      const lo = classItem();
      if (expr[i] === '-' && expr[i + 1] !== ']' && i + 1 < expr.length) {
        i++;
        const hi = classItem();
        if (lo.cp === null || hi.cp === null || hi.cp < lo.cp) throw new GoRegexpError('invalid character class range', expr.slice(itemStart, i));
        text += `${lo.text}-${hi.text}`;
      } else text += lo.text;
    }
  };

  while (i < expr.length) {
    const c = expr[i];
    if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(expr.slice(i)))) {
      const start = i;
      let op: string;
      if (c === '{') {
        op = /^\{(\d+)(,(\d*))?\}/.exec(expr.slice(i))![0];
        const [lo, hi] = op.slice(1, -1).split(',');
        if (Number(lo) > 1000 || (hi !== undefined && hi !== '' && (Number(hi) > 1000 || Number(hi) < Number(lo)))) throw new GoRegexpError('invalid repeat count', op);
      } else op = c;
      i += op.length;
      const lazy = expr[i] === '?';
      if (lazy) i++;
      if (last === 'none') throw new GoRegexpError('missing argument to repetition operator', expr.slice(start, i));
      if (last === 'repeat') throw new GoRegexpError('invalid nested repetition operator', expr.slice(lastRepeatStart, i));
      last = 'repeat';
      lastRepeatStart = start;
      out += lazy !== ungreedy ? `${op}?` : op;
      continue;
    }
    if (c === '\\') {
      out += escape(false);
      last = 'atom';
      continue;
    }
    if (c === '[') {
      out += charClass();
      last = 'atom';
      continue;
    }
    if (c === '(') {
      if (expr[i + 1] === '?') {
        const rest = expr.slice(i);
        const named = /^\(\?P?<([^>]*)>/.exec(rest);
        if (rest.startsWith('(?P<') || rest.startsWith('(?<')) {
          if (!named) throw new GoRegexpError('invalid named capture', rest);
          if (!/^[A-Za-z0-9_]+$/.test(named[1])) throw new GoRegexpError('invalid named capture', named[0]);
          out += `(?<${named[1]}>`;
          i += named[0].length;
          groups.push(i);
          last = 'none';
          continue;
        }
        const fl = /^\(\?(-?[imsU]+(?:-[imsU]*)?|)([:)])/.exec(rest);
        if (!fl || fl[1] === '' || fl[1].endsWith('-')) {
          let k = 2;
          while (k < rest.length && /[imsU-]/.test(rest[k])) k++;
          throw new GoRegexpError('invalid or unsupported Perl syntax', rest.slice(0, Math.min(k + 1, rest.length)));
        }
        // Mid-pattern flags: i applies to the whole pattern here (JavaScript has no scoped flags);
        // s and U are not followed there.
        if (fl[1].split('-')[0].includes('i') && !flags.includes('i')) flags += 'i';
        if (fl[2] === ')') {
          i += fl[0].length;
          continue;
        }
        out += '(?:';
        i += fl[0].length;
        groups.push(i);
        last = 'none';
        continue;
      }
      out += '(';
      i++;
      groups.push(i);
      last = 'none';
      continue;
    }
    if (c === ')') {
      if (groups.length === 0) throw new GoRegexpError('unexpected )', expr);
      groups.pop();
      out += ')';
      i++;
      last = 'atom';
      continue;
    }
    if (c === '|') {
      out += '|';
      i++;
      last = 'none';
      continue;
    }
    if (c === '^' || c === '$') {
      out += c === '^' ? '(?:^)' : '(?:$)';
      i++;
      last = 'atom';
      continue;
    }
    if (c === '.') {
      out += dotAll ? '[\\s\\S]' : '[^\\n]';
      i++;
      last = 'atom';
      continue;
    }
    const cp = expr.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    out += c === '{' || c === '}' || c === ']' || c === '/' ? `\\${c}` : ch;
    i += ch.length;
    last = 'atom';
  }
  if (groups.length > 0) throw new GoRegexpError('missing closing )', expr);
  return { source: out, flags };
}

const cache = new Map<string, RegExp>();
const MAX_CACHED = 1000;

/**
 * regexp.Compile: a RegExp with Go's meaning (flags 'u' and what the pattern sets, plus `extraFlags`,
 * e.g. 'g' for a matching loop that sets lastIndex); throws Go's parse error text. Cached.
 */
export function compileGoRegexp(expr: string, extraFlags = ''): RegExp {
  const key = `${extraFlags}\0${expr}`;
  let re = cache.get(key);
  if (re) return re;
  const { source, flags } = translateGoRegexp(expr);
  try {
    re = new RegExp(source, flags + extraFlags);
  } catch (e) {
    // The checks above catch what Go refuses; JavaScript refusing more is named as it says.
    throw new Error(`error parsing regexp: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`, { cause: e });
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, re);
  return re;
}
