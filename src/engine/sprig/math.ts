// Sprig's arithmetic (functions.go, numeric.go): integer functions go through cast.ToInt64 and
// wrap around as int64 does. The *f functions and round are the "floats" function pack (floats.ts).
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
  t.set('floor', goFunc('floor', ['any'], (a: GoValue) => Math.floor(toFloat64(a))));
  t.set('ceil', goFunc('ceil', ['any'], (a: GoValue) => Math.ceil(toFloat64(a))));
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
