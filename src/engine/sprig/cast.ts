// Conversions as Sprig does them through spf13/cast v1.7 (errors swallowed to zero) and Go's strconv.
import { formatValue } from '../go/fmt';
import { underscoreOK } from '../go/strconv';
import { GoObject, goInt } from '../value';
import type { GoValue } from '../value';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** strconv.ParseInt(s, base, 64); null on any error (syntax or range). Base 0 reads Go prefixes. */
export function parseGoInt(s: string, base: number): bigint | null {
  if (s === '') return null;
  let neg = false;
  let body = s;
  if (body[0] === '+' || body[0] === '-') {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  let b = base;
  if (base === 0) {
    b = 10;
    if (body[0] === '0') {
      const p = (body[1] ?? '').toLowerCase();
      const prefixed: Record<string, number> = { x: 16, o: 8, b: 2 };
      if (prefixed[p]) {
        b = prefixed[p];
        body = body.slice(2);
      } else {
        b = 8;
        body = body.slice(1) || '0';
      }
    }
    if (body.includes('_')) {
      if (!underscoreOK(s)) return null;
      body = body.replace(/_/g, '');
    }
  }
  if (body === '') return null;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let n = 0n;
  const bb = BigInt(b);
  for (const ch of body.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) return null;
    n = n * bb + BigInt(d);
    if (n > INT64_MAX + 1n) return null;
  }
  if (neg) n = -n;
  if (n < INT64_MIN || n > INT64_MAX) return null;
  return n;
}

/** strconv.ParseFloat(s, 64) for the forms charts meet; null on error (including out of range). */
export function parseGoFloat(s: string): number | null {
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s[0] === '-' ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  if (s.includes('_')) {
    if (!underscoreOK(s)) return null;
    s = s.replace(/_/g, '');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const f = Number(s);
  return Number.isFinite(f) ? f : null;
}

/** cast's trimZeroDecimal: "1.00" -> "1", anything else unchanged. */
function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    const c = s[i - 1];
    if (c === '.') {
      if (foundZero) return s.slice(0, i - 1);
    } else if (c === '0') foundZero = true;
    else return s;
  }
  return s;
}

/** Go's int64(f) conversion of a float64 (amd64 gives the minimum for NaN and out of range). */
export function floatToInt64(f: number): bigint {
  if (!Number.isFinite(f) || f >= 9223372036854775808 || f < -9223372036854775808) return INT64_MIN;
  return BigInt(Math.trunc(f));
}

/** cast.ToInt64E: the value or an error message. */
export function toInt64E(v: GoValue): bigint | Error {
  if (v === null) return 0n;
  switch (typeof v) {
    case 'bigint':
      return goInt(v);
    case 'number':
      return floatToInt64(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string': {
      const n = parseGoInt(trimZeroDecimal(v), 0);
      return n ?? new Error(`unable to cast ${JSON.stringify(v)} of type string to int64`);
    }
  }
  return new Error('unable to cast to int64');
}

/** cast.ToInt64 (errors give 0), as Sprig's int, int64, add, sub... use it. */
export function toInt64(v: GoValue): bigint {
  const r = toInt64E(v);
  return r instanceof Error ? 0n : r;
}

/** cast.ToFloat64 (errors give 0). */
export function toFloat64(v: GoValue): number {
  if (v === null) return 0;
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return parseGoFloat(v) ?? 0;
  }
  return 0;
}

/** Sprig's strval: strings as they are, []byte as its text (string(b)), anything else as fmt's %v. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  // a []byte GoObject's toString is Go's string(b)
  if (v instanceof GoObject && v.goType === '[]uint8') return v.toString();
  return formatValue(v);
}

/** Sprig's toDecimal: the %v text read as octal, 0 when it is not. */
export function toDecimal(v: GoValue): bigint {
  return parseGoInt(formatValue(v), 8) ?? 0n;
}

/** Sprig's atoi: strconv.Atoi, 0 on error. */
export function atoi(s: string): bigint {
  return parseGoInt(s, 10) ?? 0n;
}
