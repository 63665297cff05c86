// Go's strconv, the parts fmt and the data formats need: FormatFloat ('e' 'E' 'f' 'g' 'G' 'b' 'x'
// 'X', shortest or with a precision, rounding half to even on the exact binary value as Go does),
// Quote / QuoteToASCII / QuoteRune / CanBackquote, and IsPrint.

/** A decimal digit string: value = 0.d × 10^dp; `d` has no leading or trailing zeros ('' is zero). */
interface Digits {
  d: string;
  dp: number;
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** The raw parts of a float64: sign, 52-bit stored mantissa and 11-bit biased exponent. */
function floatBits(x: number): { neg: boolean; mant: bigint; exp: number } {
  F64[0] = x;
  const bits = U64[0];
  return { neg: bits >> 63n === 1n, mant: bits & ((1n << 52n) - 1n), exp: Number((bits >> 52n) & 0x7ffn) };
}

/** Mantissa with its implicit bit and the unbiased binary exponent (Go's genericFtoa set-up). */
function mantExp(x: number): { neg: boolean; mant: bigint; exp: number } {
  const { neg, mant, exp } = floatBits(x);
  if (exp === 0) return { neg, mant, exp: 1 - 1023 };
  return { neg, mant: mant | (1n << 52n), exp: exp - 1023 };
}

function trimZeros(d: string, dp: number): Digits {
  let start = 0;
  while (start < d.length && d[start] === '0') start++;
  let end = d.length;
  while (end > start && d[end - 1] === '0') end--;
  if (start === end) return { d: '', dp: 0 };
  return { d: d.slice(start, end), dp: dp - start };
}

/** Every decimal digit of |x| (a double is a dyadic rational, so its decimal expansion ends). */
function exactDigits(x: number): Digits {
  const { mant, exp } = mantExp(x);
  if (mant === 0n) return { d: '', dp: 0 };
  const e = exp - 52;
  if (e >= 0) {
    const s = (mant << BigInt(e)).toString();
    return trimZeros(s, s.length);
  }
  // mant / 2^k = mant × 5^k / 10^k
  const s = (mant * 5n ** BigInt(-e)).toString();
  return trimZeros(s, s.length + e);
}

/** The shortest digits that read back as x (JavaScript and Go pick the same, closest, digits). */
function shortestDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  return trimZeros(mantissa.replace('.', ''), Number(expText) + 1);
}

/** Go's decimal.Round: to nd digits, halfway cases to even. */
function roundDigits(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const c = x.d[nd];
  const up = c === '5' && nd + 1 === x.d.length ? nd > 0 && Number(x.d[nd - 1]) % 2 === 1 : c >= '5';
  if (!up) return trimZeros(x.d.slice(0, nd), x.dp);
  let i = nd - 1;
  while (i >= 0 && x.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return { d: x.d.slice(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1), dp: x.dp };
}

function fmtE(neg: boolean, x: Digits, prec: number, verb: string): string {
  let out = neg ? '-' : '';
  out += x.d.length ? x.d[0] : '0';
  if (prec > 0) out += '.' + x.d.slice(1, prec + 1).padEnd(prec, '0');
  let exp = x.d.length === 0 ? 0 : x.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return `${out}${verb}${sign}${exp < 10 ? '0' : ''}${exp}`;
}

function fmtF(neg: boolean, x: Digits, prec: number): string {
  let out = neg ? '-' : '';
  out += x.dp > 0 ? x.d.slice(0, x.dp).padEnd(x.dp, '0') : '0';
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      const j = x.dp + i;
      out += j >= 0 && j < x.d.length ? x.d[j] : '0';
    }
  }
  return out;
}

/** %b: decimal mantissa and binary exponent, "4503599627370496p-52". */
function fmtB(x: number): string {
  const { neg, mant, exp } = mantExp(x);
  const e = exp - 52;
  return `${neg ? '-' : ''}${mant}p${e >= 0 ? '+' : ''}${e}`;
}

/** %x / %X: hexadecimal mantissa and binary exponent, "0x1.8p+01". */
function fmtX(x: number, prec: number, verb: 'x' | 'X'): string {
  const parts = mantExp(x);
  let { mant, exp } = parts;
  if (mant === 0n) exp = 0;
  const ONE = 1n << 60n;
  mant <<= 8n; // the leading bit from 1<<52 to 1<<60
  while (mant !== 0n && (mant & ONE) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (ONE - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = (n: bigint) => {
    const s = n.toString(16);
    return verb === 'X' ? s.toUpperCase() : s;
  };
  let out = `${parts.neg ? '-' : ''}0${verb}${(mant >> 60n) & 1n}`;
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += hex((mant >> 60n) & 15n);
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += hex((mant >> 60n) & 15n);
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  }
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return `${out}${verb === 'X' ? 'P' : 'p'}${sign}${exp < 10 ? '0' : ''}${exp}`;
}

export type FloatFormat = 'e' | 'E' | 'f' | 'g' | 'G' | 'b' | 'x' | 'X';

/** strconv.FormatFloat(x, format, prec, 64); prec < 0 means the shortest exact form. */
export function formatFloat(x: number, format: FloatFormat, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (format === 'b') return fmtB(x);
  if (format === 'x' || format === 'X') return fmtX(x, prec, format);
  const neg = x < 0 || Object.is(x, -0);
  const shortest = prec < 0;
  let digits: Digits;
  if (shortest) {
    digits = shortestDigits(x);
    if (format === 'e' || format === 'E') prec = digits.d.length - 1;
    else if (format === 'f') prec = Math.max(digits.d.length - digits.dp, 0);
    else prec = digits.d.length;
  } else {
    digits = exactDigits(x);
    if (format === 'e' || format === 'E') digits = roundDigits(digits, prec + 1);
    else if (format === 'f') digits = roundDigits(digits, digits.dp + prec);
    else {
      if (prec === 0) prec = 1;
      digits = roundDigits(digits, prec);
    }
  }
  if (format === 'e' || format === 'E') return fmtE(neg, digits, prec, format);
  if (format === 'f') return fmtF(neg, digits, prec);
  // 'g' / 'G': %e when the exponent is below -4 or at least the precision (6 for shortest).
  let eprec = prec;
  const nd = digits.d.length;
  if (eprec > nd && nd >= digits.dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = digits.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > nd) prec = nd;
    return fmtE(neg, digits, prec - 1, format === 'g' ? 'e' : 'E');
  }
  if (prec > digits.dp) prec = nd;
  return fmtF(neg, digits, Math.max(prec - digits.dp, 0));
}

/** Go's fmt %v of a float64 (strconv 'g', shortest): 1e+06, 123456, 1e-05, 0.0001. */
export function formatFloatG(x: number): string {
  return formatFloat(x, 'g', -1);
}

// ---- quoting

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
  return PRINTABLE.test(String.fromCodePoint(cp));
}

function hexPad(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

const SIMPLE_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

function escapeRune(cp: number, quote: number, asciiOnly: boolean): string {
  if (cp === quote || cp === 0x5c) return '\\' + String.fromCodePoint(cp);
  if (asciiOnly ? cp < 0x80 && isPrint(cp) : isPrint(cp)) return String.fromCodePoint(cp);
  const simple = SIMPLE_ESCAPES[cp];
  if (simple !== undefined) return simple;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hexPad(cp, 2)}`;
  if (cp < 0x10000) return `\\u${hexPad(cp, 4)}`;
  return `\\U${hexPad(cp, 8)}`;
}

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  const q = String.fromCodePoint(quote);
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    // A lone surrogate reaches Go (through UTF-8) as the replacement character.
    out += escapeRune(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp, quote, asciiOnly);
  }
  return out + q;
}

/** strconv.Quote: a double-quoted Go string literal, non-printable runes escaped. */
export function quote(s: string): string {
  return quoteWith(s, 0x22, false);
}

/** strconv.QuoteToASCII: as quote, and every non-ASCII rune escaped too. */
export function quoteToASCII(s: string): string {
  return quoteWith(s, 0x22, true);
}

/** strconv.QuoteRune (code points beyond Unicode become U+FFFD, as Go's rune conversion does). */
export function quoteRune(cp: number, asciiOnly = false): string {
  if (cp > 0x10ffff || cp < 0) cp = 0xfffd;
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  return quoteWith(String.fromCodePoint(cp), 0x27, asciiOnly);
}

/** strconv.CanBackquote: no control characters but tab, no backquote, no BOM. */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfeff) return false;
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
    if ((cp < 0x20 && cp !== 9) || cp === 0x60 || cp === 0x7f) return false;
  }
  return true;
}

/** Go's underscoreOK: `_` only between digits, or between a base prefix and a digit. */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}
