// Sprig's string functions (strings.go, with Masterminds/goutils and huandu/xstrings v1.5 behaviour).
import { formatValue, sprintf } from '../go/fmt';
import { newMap, mapSet } from '../value';
import type { GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { strval } from './cast';
import { MAX_STRING_BYTES } from './limits';
import { randomString } from './random';
import {
  byteLength,
  bytesAsRunes,
  isSpace,
  replaceAll,
  sliceBytes,
  split,
  title,
  toLower,
  toUpper,
  trimCutset,
  trimSpace,
} from './text';


function num(n: bigint): number {
  // Go ints beyond what JS indexes are out of range for any string anyway.
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : n < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(n);
}

/** goutils.DeleteWhiteSpace, byte-wise as well. */
function nospace(s: string): string {
  const runes = bytesAsRunes(s);
  if (!runes.some(isSpace)) return s;
  return runes.filter((c) => !isSpace(c)).join('');
}

function shuffle(s: string): string {
  const runes = [...s];
  for (let i = runes.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [runes[i], runes[j]] = [runes[j], runes[i]];
  }
  return runes.join('');
}

function splitMap(parts: string[]): GoValue {
  const m = newMap();
  parts.forEach((p, i) => mapSet(m, `_${i}`, p));
  return m;
}

function indent(spaces: number, v: string): string {
  if (spaces < 0) throw new Error('strings: negative Repeat count');
  const pad = ' '.repeat(spaces);
  return pad + v.split('\n').join('\n' + pad);
}

/** Sprig's strslice (toStrings, join): nil elements dropped, others as %v. */
export function strslice(v: GoValue): string[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null).map(strval);
  if (v === null) return [];
  return [strval(v)];
}

export function registerStrings(t: FuncTable): void {
  const s1 = (name: string, f: (s: string) => string) => t.set(name, goFunc(name, ['string'], f));
  s1('trim', trimSpace);
  s1('upper', toUpper);
  s1('lower', toLower);
  s1('title', title);
  s1('nospace', nospace);
  s1('shuffle', shuffle);

  t.set(
    'trunc',
    goFunc('trunc', ['int', 'string'], (cb: bigint, s: string) => {
      const c = num(cb);
      const n = byteLength(s);
      if (c < 0 && n + c > 0) return sliceBytes(s, n + c, undefined);
      if (c >= 0 && n > c) return sliceBytes(s, undefined, c);
      return s;
    }),
  );
  t.set(
    'substr',
    goFunc('substr', ['int', 'int', 'string'], (sb: bigint, eb: bigint, s: string) => {
      const start = num(sb);
      const end = num(eb);
      if (start < 0) return sliceBytes(s, undefined, end);
      if (end < 0 || end > byteLength(s)) return sliceBytes(s, start, undefined);
      return sliceBytes(s, start, end);
    }),
  );
  t.set(
    'repeat',
    goFunc('repeat', ['int', 'string'], (cb: bigint, s: string) => {
      if (cb < 0n) throw new Error('strings: negative Repeat count');
      if (BigInt(byteLength(s)) * cb > BigInt(MAX_STRING_BYTES)) throw new Error('strings: Repeat output length overflow');
      return s.repeat(Number(cb));
    }),
  );
  // Sprig swaps Go's argument order so the string comes last in a pipeline.
  const swap2 = (name: string, f: (a: string, b: string) => GoValue) => t.set(name, goFunc(name, ['string', 'string'], f));
  swap2('trimAll', (cut, s) => trimCutset(s, cut));
  swap2('trimall', (cut, s) => trimCutset(s, cut));
  swap2('trimSuffix', (suf, s) => (suf !== '' && s.endsWith(suf) ? s.slice(0, s.length - suf.length) : s));
  swap2('trimPrefix', (pre, s) => (pre !== '' && s.startsWith(pre) ? s.slice(pre.length) : s));
  swap2('contains', (sub, s) => s.includes(sub));
  swap2('hasPrefix', (pre, s) => s.startsWith(pre));
  swap2('hasSuffix', (suf, s) => s.endsWith(suf));
  swap2('splitList', (sep, s) => split(s, sep));
  swap2('split', (sep, s) => splitMap(split(s, sep)));
  t.set('splitn', goFunc('splitn', ['string', 'int', 'string'], (sep: string, n: bigint, s: string) => splitMap(split(s, sep, num(n)))));
  t.set('replace', goFunc('replace', ['string', 'string', 'string'], (o: string, n: string, s: string) => replaceAll(s, o, n)));
  t.set('indent', goFunc('indent', ['int', 'string'], (n: bigint, s: string) => indent(num(n), s)));
  t.set('nindent', goFunc('nindent', ['int', 'string'], (n: bigint, s: string) => '\n' + indent(num(n), s)));
  t.set('plural', goFunc('plural', ['string', 'string', 'int'], (one: string, many: string, n: bigint) => (n === 1n ? one : many)));

  t.set(
    'quote',
    goFunc('quote', [], (...xs: GoValue[]) => xs.filter((x) => x !== null).map((x) => sprintf('%q', [strval(x)])).join(' '), 'any'),
  );
  t.set(
    'squote',
    goFunc('squote', [], (...xs: GoValue[]) => xs.filter((x) => x !== null).map((x) => `'${formatValue(x)}'`).join(' '), 'any'),
  );
  t.set('cat', goFunc('cat', [], (...xs: GoValue[]) => xs.filter((x) => x !== null).map(formatValue).join(' '), 'any'));
  t.set('toString', goFunc('toString', ['any'], (v: GoValue) => strval(v)));
  t.set('toStrings', goFunc('toStrings', ['any'], (v: GoValue) => strslice(v)));
  t.set('join', goFunc('join', ['string', 'any'], (sep: string, v: GoValue) => strslice(v).join(sep)));

  const rand = (name: string, kind: Parameters<typeof randomString>[0]) =>
    t.set(name, goFunc(name, ['int'], (n: bigint) => randomString(kind, n)));
  rand('randAlphaNum', 'alphanumeric');
  rand('randAlpha', 'alpha');
  rand('randNumeric', 'numeric');
  rand('randAscii', 'ascii');
}
