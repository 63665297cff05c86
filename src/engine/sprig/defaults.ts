// Sprig's defaults, flow and reflection functions (defaults.go, reflect.go), and the JSON
// functions Sprig registers that helm does not replace (toPrettyJson, toRawJson, mustFromJson...).
import { marshalJson, parseJson, toPrettyJson } from '../go/json';
import type { GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { deepEqual, isEmpty, kindOf, typeOf } from './reflect';


/** Reflection on argument types: a Go `int` argument arrives as a GoIntOperand (`typeOf 1` is int). */
const REFLECTS_INT = { reflectsInt: true } as const;
export function registerDefaults(t: FuncTable): void {
  t.set(
    'default',
    goFunc('default', ['any'], (d: GoValue, ...given: GoValue[]) => (given.length === 0 || isEmpty(given[0]) ? d : given[0]), 'any'),
  );
  t.set('empty', goFunc('empty', ['any'], (v: GoValue) => isEmpty(v)));
  t.set('coalesce', goFunc('coalesce', [], (...xs: GoValue[]) => xs.find((x) => !isEmpty(x)) ?? null, 'any'));
  t.set('all', goFunc('all', [], (...xs: GoValue[]) => xs.every((x) => !isEmpty(x)), 'any'));
  t.set('any', goFunc('any', [], (...xs: GoValue[]) => xs.some((x) => !isEmpty(x)), 'any'));
  t.set('ternary', goFunc('ternary', ['any', 'any', 'bool'], (a: GoValue, b: GoValue, c: boolean) => (c ? a : b)));
  t.set('fail', goFunc('fail', ['string'], (msg: string) => {
    throw new Error(msg);
  }));

  t.set('typeOf', goFunc('typeOf', ['any'], (v: GoValue) => typeOf(v), undefined, REFLECTS_INT));
  t.set('typeIs', goFunc('typeIs', ['string', 'any'], (want: string, v: GoValue) => want === typeOf(v), undefined, REFLECTS_INT));
  t.set(
    'typeIsLike',
    goFunc('typeIsLike', ['string', 'any'], (want: string, v: GoValue) => want === typeOf(v) || '*' + want === typeOf(v), undefined, REFLECTS_INT),
  );
  t.set('kindOf', goFunc('kindOf', ['any'], (v: GoValue) => kindOf(v), undefined, REFLECTS_INT));
  t.set('kindIs', goFunc('kindIs', ['string', 'any'], (want: string, v: GoValue) => want === kindOf(v), undefined, REFLECTS_INT));
  t.set('deepEqual', goFunc('deepEqual', ['any', 'any'], (a: GoValue, b: GoValue) => deepEqual(a, b)));

  // JSON functions of Sprig that helm keeps (helm replaces toJson, mustToJson, fromJson).
  // toRawJson panics where its must twin returns the error: both fail the template alike.
  t.set('mustFromJson', goFunc('mustFromJson', ['string'], (s: string) => parseJson(s)));
  t.set('toPrettyJson', goFunc('toPrettyJson', ['any'], (v: GoValue) => toPrettyJson(v)));
  t.set('mustToPrettyJson', goFunc('mustToPrettyJson', ['any'], (v: GoValue) => marshalJson(v, { indent: '  ' })));
  t.set('toRawJson', goFunc('toRawJson', ['any'], (v: GoValue) => marshalJson(v, { escapeHTML: false })));
  t.set('mustToRawJson', goFunc('mustToRawJson', ['any'], (v: GoValue) => marshalJson(v, { escapeHTML: false })));
}

