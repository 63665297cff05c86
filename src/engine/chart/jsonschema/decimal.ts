// Exact decimal numbers, as the Go validator compares numbers: it reads every number through its
// decimal text into a big.Rat (a schema's "0.1" is exactly 1/10, a float64 value is read from its
// shortest %v text), so minimum/maximum/multipleOf/const/enum never meet binary rounding.

/** value = (neg ? -1 : 1) × mant × 10^exp, with mant free of trailing zeros (0 has exp 0). */
export interface Decimal {
  readonly neg: boolean;
  readonly mant: bigint;
  readonly exp: number;
}

/** Exponents beyond this are clamped: no JSON number or float64 of a chart comes near it. */
const MAX_EXP = 100_000;

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses decimal text as big.Rat's SetString does for these forms; null when it is not a number. */
export function parseDecimal(text: string): Decimal | null {
  const m = NUMBER_TEXT.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const frac = m[3] ?? '';
  let digits = (m[2] + frac).replace(/^0+/, '');
  let exp = -frac.length + Math.max(-MAX_EXP, Math.min(MAX_EXP, Number(m[4] ?? '0')));
  if (digits === '') return { neg: false, mant: 0n, exp: 0 };
  const trimmed = digits.replace(/0+$/, '');
  exp += digits.length - trimmed.length;
  digits = trimmed;
  return { neg: m[1] === '-', mant: BigInt(digits), exp };
}

/** A float64 or int64 value of helm's values, read as Go reads fmt.Sprint(v). */
export function decimalOf(v: number | bigint): Decimal | null {
  if (typeof v === 'bigint') return parseDecimal(v.toString());
  // JavaScript's shortest round-trip digits are Go's %v digits.
  return Number.isFinite(v) ? parseDecimal(String(v)) : null;
}

function digitCount(n: bigint): number {
  return n === 0n ? 0 : n.toString().length;
}

function compareMagnitude(a: Decimal, b: Decimal): number {
  if (a.mant === 0n || b.mant === 0n) return a.mant === b.mant ? 0 : a.mant === 0n ? -1 : 1;
  const oa = digitCount(a.mant) + a.exp;
  const ob = digitCount(b.mant) + b.exp;
  if (oa !== ob) return oa < ob ? -1 : 1;
  const shift = a.exp - b.exp;
  const x = shift > 0 ? a.mant * 10n ** BigInt(shift) : a.mant;
  const y = shift < 0 ? b.mant * 10n ** BigInt(-shift) : b.mant;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** -1, 0 or 1 as big.Rat's Cmp. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const sa = a.mant === 0n ? 0 : a.neg ? -1 : 1;
  const sb = b.mant === 0n ? 0 : b.neg ? -1 : 1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  const mag = compareMagnitude(a, b);
  return sa < 0 ? -mag : mag;
}

export function isIntegerDecimal(a: Decimal): boolean {
  return a.exp >= 0;
}

/** Whether a / m is an integer (multipleOf); m must not be zero. */
export function isMultipleOf(a: Decimal, m: Decimal): boolean {
  if (a.mant === 0n) return true;
  const shift = a.exp - m.exp;
  if (shift >= 0) return (a.mant * 10n ** BigInt(shift)) % m.mant === 0n;
  return a.mant % (m.mant * 10n ** BigInt(-shift)) === 0n;
}

/** big.Rat's Float64: the nearest float64. */
export function decimalToFloat(a: Decimal): number {
  return Number(`${a.neg ? '-' : ''}${a.mant}e${a.exp}`);
}

/** The int the Go compiler takes for minLength etc. (int64 of an integral number), or null. */
export function decimalToInt(a: Decimal): number | null {
  if (!isIntegerDecimal(a)) return null;
  const n = BigInt.asIntN(64, a.mant * 10n ** BigInt(Math.min(a.exp, 40)));
  return Number(a.neg ? -n : n);
}
