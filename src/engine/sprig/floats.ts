// Sprig's float arithmetic few charts call (maxf, minf, addf, add1f, subf, mulf, divf, round): the
// "floats" function pack (see packs.ts). The *f functions go through shopspring/decimal (exact
// decimal sums, division rounded to 16 places) and back to float64.
import type { GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { toFloat64 } from './cast';

/** A decimal number: coef × 10^exp, exact. */
interface Dec {
  coef: bigint;
  exp: number;
}

/** decimal.NewFromFloat: the shortest decimal that reads back as the float. */
function decFromFloat(f: number): Dec {
  if (!Number.isFinite(f)) throw new Error(`Cannot create a Decimal from ${f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN'}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(f));
  if (!m) return { coef: 0n, exp: 0 };
  const frac = m[3] ?? '';
  return { coef: BigInt(m[1] + m[2] + frac), exp: Number(m[4] ?? 0) - frac.length };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const e = Math.min(a.exp, b.exp);
  return [a.coef * 10n ** BigInt(a.exp - e), b.coef * 10n ** BigInt(b.exp - e), e];
}

const decOps = {
  add: (a: Dec, b: Dec): Dec => {
    const [x, y, e] = align(a, b);
    return { coef: x + y, exp: e };
  },
  sub: (a: Dec, b: Dec): Dec => {
    const [x, y, e] = align(a, b);
    return { coef: x - y, exp: e };
  },
  mul: (a: Dec, b: Dec): Dec => ({ coef: a.coef * b.coef, exp: a.exp + b.exp }),
  /** Decimal.Div: the quotient rounded half away from zero to 16 decimal places. */
  div: (a: Dec, b: Dec): Dec => {
    if (b.coef === 0n) throw new Error('decimal division by 0');
    const places = 16;
    // a/b × 10^places as an integer, from coefficients scaled to a common exponent.
    const shift = places + a.exp - b.exp;
    let num = a.coef;
    let den = b.coef;
    if (shift >= 0) num *= 10n ** BigInt(shift);
    else den *= 10n ** BigInt(-shift);
    const neg = num < 0n !== den < 0n;
    const an = num < 0n ? -num : num;
    const ad = den < 0n ? -den : den;
    let q = an / ad;
    if ((an % ad) * 2n >= ad) q += 1n;
    return { coef: neg ? -q : q, exp: -places };
  },
};

function decToFloat(d: Dec): number {
  return Number(`${d.coef}e${d.exp}`);
}

function decimalOp(op: keyof typeof decOps) {
  return (a: GoValue, ...rest: GoValue[]): number => {
    let acc = decFromFloat(toFloat64(a));
    for (const x of rest) acc = decOps[op](acc, decFromFloat(toFloat64(x)));
    return decToFloat(acc);
  };
}

/** Sprig's round(a, places, roundOn=.5). */
function round(a: GoValue, p: bigint, ...opt: number[]): number {
  const roundOn = opt.length > 0 ? opt[0] : 0.5;
  const val = toFloat64(a);
  const pow = Math.pow(10, Number(p));
  const digit = pow * val;
  const frac = digit - Math.trunc(digit);
  return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}

export function registerFloats(t: FuncTable): void {
  // math.Max/Min: NaN wins, and +0 beats -0 for max.
  const fmax = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y));
  const fmin = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.min(x, y));
  t.set('maxf', goFunc('maxf', ['any'], (a: GoValue, ...xs: GoValue[]) => xs.reduce<number>((m, x) => fmax(m, toFloat64(x)), toFloat64(a)), 'any'));
  t.set('minf', goFunc('minf', ['any'], (a: GoValue, ...xs: GoValue[]) => xs.reduce<number>((m, x) => fmin(m, toFloat64(x)), toFloat64(a)), 'any'));
  t.set('addf', goFunc('addf', [], (...xs: GoValue[]) => decimalOp('add')(0, ...xs), 'any'));
  t.set('add1f', goFunc('add1f', ['any'], (a: GoValue) => decimalOp('add')(a, 1)));
  t.set('subf', goFunc('subf', ['any'], decimalOp('sub'), 'any'));
  t.set('mulf', goFunc('mulf', ['any'], decimalOp('mul'), 'any'));
  t.set('divf', goFunc('divf', ['any'], decimalOp('div'), 'any'));
  t.set('round', goFunc('round', ['any', 'int'], round, 'float64'));
}
