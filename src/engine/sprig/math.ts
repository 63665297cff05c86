// Sprig's arithmetic (functions.go, numeric.go): integer functions go through cast.ToInt64 and
// wrap around as int64 does; the *f functions go through shopspring/decimal (exact decimal sums,
// division rounded to 16 places) and back to float64.
import { goInt } from '../value';
import type { GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { atoi, toDecimal, toFloat64, toInt64 } from './cast';

/** Lists longer than this are refused (until, untilStep, seq): Go would try, a browser tab should not. */
export const MAX_LIST = 1 << 20;

function divZero(): Error {
  return new Error('runtime error: integer divide by zero');
}

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

/** untilStep: the Go loop, refusing lists longer than MAX_LIST. */
export function untilStep(start: bigint, stop: bigint, step: bigint): bigint[] {
  const out: bigint[] = [];
  if (stop < start ? step >= 0n : step <= 0n) return out;
  const count = (stop - start) / step + ((stop - start) % step === 0n ? 0n : 1n);
  if (count > BigInt(MAX_LIST)) throw new Error(`untilStep: more than ${MAX_LIST} elements`);
  for (let i = start; stop < start ? i > stop : i < stop; i += step) out.push(i);
  return out;
}

function seq(...p: bigint[]): string {
  const join = (a: bigint[]) => a.join(' ');
  switch (p.length) {
    case 1: {
      const end = p[0];
      const inc = end < 1n ? -1n : 1n;
      return join(untilStep(1n, end + inc, inc));
    }
    case 2: {
      const [start, end] = p;
      const step = end < start ? -1n : 1n;
      return join(untilStep(start, end + step, step));
    }
    case 3: {
      const [start, step, end] = p;
      let inc = 1n;
      if (end < start) {
        inc = -1n;
        if (step > 0n) return '';
      }
      return join(untilStep(start, end + inc, step));
    }
  }
  return '';
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

let randomIntSource: (n: number) => number = (n) => Math.floor(Math.random() * n);
/** Tests fix the random source. */
export function setRandomIntSource(f: (n: number) => number): void {
  randomIntSource = f;
}


/** Functions whose Go result is `int` (not int64): %T of their result prints int. */
const RETURNS_INT = { result: 'int' } as const;
export function registerMath(t: FuncTable): void {
  t.set('add1', goFunc('add1', ['any'], (a: GoValue) => goInt(toInt64(a) + 1n)));
  t.set('add', goFunc('add', [], (...xs: GoValue[]) => goInt(xs.reduce<bigint>((s, x) => s + toInt64(x), 0n)), 'any'));
  t.set('sub', goFunc('sub', ['any', 'any'], (a: GoValue, b: GoValue) => goInt(toInt64(a) - toInt64(b))));
  t.set(
    'div',
    goFunc('div', ['any', 'any'], (a: GoValue, b: GoValue) => {
      const d = toInt64(b);
      if (d === 0n) throw divZero();
      return goInt(toInt64(a) / d);
    }),
  );
  t.set(
    'mod',
    goFunc('mod', ['any', 'any'], (a: GoValue, b: GoValue) => {
      const d = toInt64(b);
      if (d === 0n) throw divZero();
      return goInt(toInt64(a) % d);
    }),
  );
  t.set('mul', goFunc('mul', ['any'], (a: GoValue, ...xs: GoValue[]) => xs.reduce<bigint>((s, x) => goInt(s * toInt64(x)), toInt64(a)), 'any'));
  const maxI = (a: GoValue, ...xs: GoValue[]) => xs.reduce<bigint>((m, x) => (toInt64(x) > m ? toInt64(x) : m), toInt64(a));
  const minI = (a: GoValue, ...xs: GoValue[]) => xs.reduce<bigint>((m, x) => (toInt64(x) < m ? toInt64(x) : m), toInt64(a));
  t.set('max', goFunc('max', ['any'], maxI, 'any'));
  t.set('biggest', goFunc('biggest', ['any'], maxI, 'any'));
  t.set('min', goFunc('min', ['any'], minI, 'any'));
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
  t.set('floor', goFunc('floor', ['any'], (a: GoValue) => Math.floor(toFloat64(a))));
  t.set('ceil', goFunc('ceil', ['any'], (a: GoValue) => Math.ceil(toFloat64(a))));
  t.set('round', goFunc('round', ['any', 'int'], round, 'float64'));
  t.set('until', goFunc('until', ['int'], (n: bigint) => untilStep(0n, n, n < 0n ? -1n : 1n)));
  t.set('untilStep', goFunc('untilStep', ['int', 'int', 'int'], untilStep));
  t.set('seq', goFunc('seq', [], seq, 'int'));
  t.set(
    'randInt',
    goFunc('randInt', ['int', 'int'], (lo: bigint, hi: bigint) => {
      const n = hi - lo;
      if (n <= 0n) throw new Error('invalid argument to Intn');
      return lo + BigInt(randomIntSource(Number(n)));
    }, undefined, RETURNS_INT),
  );
  t.set('int64', goFunc('int64', ['any'], (v: GoValue) => toInt64(v)));
  t.set('int', goFunc('int', ['any'], (v: GoValue) => toInt64(v), undefined, RETURNS_INT));
  t.set('float64', goFunc('float64', ['any'], (v: GoValue) => toFloat64(v)));
  t.set('atoi', goFunc('atoi', ['string'], atoi, undefined, RETURNS_INT));
  t.set('toDecimal', goFunc('toDecimal', ['any'], toDecimal));
}
