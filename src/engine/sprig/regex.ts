// Sprig's regex functions over Go's regexp (RE2 syntax, translated to JavaScript's engine by
// ../go/regexp.ts); matching loops, Split and $-expansion follow Go's rules (an empty match right
// after a match is skipped; `$1x` names group "1x").
import { compileGoRegexp } from '../go/regexp';
import { goFunc } from './args';
import type { FuncTable } from './args';

/** regexp.Compile for a matching loop (flag g: the loops set lastIndex); throws Go-worded errors. */
function compile(expr: string): RegExp {
  return compileGoRegexp(expr, 'g');
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
