// Sprig's word and wrapping functions few charts call (untitle, initials, swapcase, the
// snake/kebab/camel case conversions, abbrev, abbrevboth, wrap, wrapWith): the "words" function pack
// (see packs.ts), with Masterminds/goutils and huandu/xstrings v1.5 behaviour.
import { goFunc } from './args';
import type { FuncTable } from './args';
import { toCamelCase, toSnakeOrKebab } from './caseWords';
import { byteLength, bytesAsRunes, isLower, isSpace, isTitleCase, isUpper, runeLower, runeUpper, sliceBytes } from './text';

function num(n: bigint): number {
  // Go ints beyond what JS indexes are out of range for any string anyway.
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : n < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(n);
}

/** goutils.AbbreviateFull on bytes; errors (width too small) give "" as Sprig ignores them. */
function abbreviateFull(str: string, offset: number, maxWidth: number): string {
  if (str === '') return '';
  if (maxWidth < 4) return '';
  const len = byteLength(str);
  if (len <= maxWidth) return str;
  if (offset > len) offset = len;
  if (len - offset < maxWidth - 3) offset = len - (maxWidth - 3);
  if (offset <= 4) return sliceBytes(str, 0, maxWidth - 3) + '...';
  if (maxWidth < 7) return '';
  if (offset + maxWidth - 3 < len) return '...' + abbreviateFull(sliceBytes(str, offset, undefined), 0, maxWidth - 3);
  return '...' + sliceBytes(str, len - (maxWidth - 3), undefined);
}

/** goutils.WrapCustom on bytes. */
function wrapCustom(str: string, wrapLength: number, newLine: string, wrapLongWords: boolean): string {
  if (str === '') return '';
  if (newLine === '') newLine = '\n';
  if (wrapLength < 1) wrapLength = 1;
  const b = Array.from(bytesAsRunes(str)); // byte positions; reassembled through sliceBytes
  const n = b.length;
  let offset = 0;
  let out = '';
  while (n - offset > wrapLength) {
    if (b[offset] === ' ') {
      offset++;
      continue;
    }
    const end = Math.min(wrapLength + offset + 1, n);
    const window = b.slice(offset, end).join('');
    const spaceAt = window.lastIndexOf(' ') + offset;
    if (spaceAt >= offset) {
      out += sliceBytes(str, offset, spaceAt) + newLine;
      offset = spaceAt + 1;
    } else if (wrapLongWords) {
      out += sliceBytes(str, offset, wrapLength + offset) + newLine;
      offset += wrapLength;
    } else {
      const e = wrapLength + offset;
      const idx = b.slice(e).indexOf(' ');
      if (idx === -1) {
        out += sliceBytes(str, offset, undefined);
        offset = n;
      } else {
        out += sliceBytes(str, offset, idx + e) + newLine;
        offset = idx + e + 1;
      }
    }
  }
  return out + sliceBytes(str, offset, undefined);
}

/** goutils.SwapCase (Go title-cases a lower-case letter after a space; for our one-rune mappings title and upper case agree). */
function swapCase(s: string): string {
  let out = '';
  for (const c of s) {
    if (isUpper(c) || isTitleCase(c)) out += runeLower(c);
    else if (isLower(c)) out += runeUpper(c);
    else out += c;
  }
  return out;
}

function untitle(s: string): string {
  let next = true;
  let out = '';
  for (const c of s) {
    if (isSpace(c)) {
      next = true;
      out += c;
    } else if (next) {
      out += runeLower(c);
      next = false;
    } else out += c;
  }
  return out;
}

/** goutils.Initials reads bytes as runes (non-ASCII text comes out as Latin-1 letters, as in Go). */
function initials(s: string): string {
  let gap = true;
  let out = '';
  for (const c of bytesAsRunes(s)) {
    if (isSpace(c)) gap = true;
    else if (gap) {
      out += c;
      gap = false;
    }
  }
  return out;
}

export function registerWords(t: FuncTable): void {
  const s1 = (name: string, f: (s: string) => string) => t.set(name, goFunc(name, ['string'], f));
  s1('untitle', untitle);
  s1('initials', initials);
  s1('swapcase', swapCase);
  s1('snakecase', (s) => toSnakeOrKebab(s, '_'));
  s1('kebabcase', (s) => toSnakeOrKebab(s, '-'));
  s1('camelcase', toCamelCase);
  t.set('wrap', goFunc('wrap', ['int', 'string'], (l: bigint, s: string) => wrapCustom(s, num(l), '', false)));
  t.set('wrapWith', goFunc('wrapWith', ['int', 'string', 'string'], (l: bigint, sep: string, s: string) => wrapCustom(s, num(l), sep, true)));
  t.set('abbrev', goFunc('abbrev', ['int', 'string'], (w: bigint, s: string) => (w < 4n ? s : abbreviateFull(s, 0, num(w)))));
  t.set(
    'abbrevboth',
    goFunc('abbrevboth', ['int', 'int', 'string'], (l: bigint, r: bigint, s: string) =>
      r < 4n || (l > 0n && r < 7n) ? s : abbreviateFull(s, num(l), num(r)),
    ),
  );
}
