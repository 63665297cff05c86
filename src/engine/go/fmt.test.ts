import { describe, expect, it } from 'vitest';
import type { GoValue } from '../value';
import { GoObject, mapSet, newMap } from '../value';
import { formatValue, sprint, sprintf, sprintln } from './fmt';

function m(o: Record<string, GoValue>) {
  const r = newMap();
  for (const [k, v] of Object.entries(o)) mapSet(r, k, v);
  return r;
}

// [format, operands, what helm 4.1.4 (Go 1.25) printed for `printf format operands`]
const printed: [string, GoValue[], string][] = [
  ["%v", [1000000], "1e+06"],
  ["%v", [123456], "123456"],
  ["%v", [1234567], "1.234567e+06"],
  ["%v", [0.0001], "0.0001"],
  ["%v", [0.00001], "1e-05"],
  ["%v", [1e+21], "1e+21"],
  ["%v", [100000000000000000000], "1e+20"],
  ["%v", [12345678901], "1.2345678901e+10"],
  ["%v", [0.1], "0.1"],
  ["%v", [-2.5], "-2.5"],
  ["%v", [-0], "-0"],
  ["%v", [NaN], "NaN"],
  ["%v", [Infinity], "+Inf"],
  ["%v", [-Infinity], "-Inf"],
  ["%v", [5e-324], "5e-324"],
  ["%v", [1.7976931348623157e+308], "1.7976931348623157e+308"],
  ["%v", [100], "100"],
  ["%v", [3n], "3"],
  ["%v", [-9223372036854775808n], "-9223372036854775808"],
  ["%v", ["s"], "s"],
  ["%v", [true], "true"],
  ["%v", [null], "<nil>"],
  ["%v", [[1n, "a", null, 2.5, true]], "[1 a <nil> 2.5 true]"],
  ["%v", [m({ "a": 1.5, "b": 2n, "c": null, "d": [1n], "e": m({ "x": "y" }) })], "map[a:1.5 b:2 c:<nil> d:[1] e:map[x:y]]"],
  ["%v", [[]], "[]"],
  ["%v", [m({  })], "map[]"],
  ["%d", [[1n, 2n]], "[1 2]"],
  ["%d", [[1.5, "a"]], "[%!d(float64=1.5) %!d(string=a)]"],
  ["%d", [m({ "a": 1n })], "map[%!d(string=a):1]"],
  ["%5v", [[1n, "ab"]], "[    1    ab]"],
  ["%x", [["hi", 255n]], "[6869 ff]"],
  ["%+v", [m({ "a": 1n })], "map[a:1]"],
  ["%+v", [1.5], "1.5"],
  ["%+d", [1n], "+1"],
  ["%#v", [m({ "a": 1n, "b": "x", "c": null, "d": [1.5, "y"], "e": 1000000 })], "map[string]interface {}{\"a\":1, \"b\":\"x\", \"c\":interface {}(nil), \"d\":[]interface {}{1.5, \"y\"}, \"e\":1e+06}"],
  ["%#v", ["a\"b"], "\"a\\\"b\""],
  ["%#v", [1], "1"],
  ["%#v", [null], "<nil>"],
  ["%#v", [[]], "[]interface {}{}"],
  ["%T", [1.5], "float64"],
  ["%T", [1n], "int64"],
  ["%T", ["s"], "string"],
  ["%T", [true], "bool"],
  ["%T", [null], "<nil>"],
  ["%T", [[1n]], "[]interface {}"],
  ["%T", [m({  })], "map[string]interface {}"],
  ["%10T|%-8T|", [1.5, "s"], "   float64|string  |"],
  ["%d|%5d|%-5d|%05d|%+d|% d|%+05d|%-05d", [42n, 42n, 42n, 42n, 42n, 42n, 42n, 42n], "42|   42|42   |00042|+42| 42|+0042|42   "],
  ["%d|%5d|%05d|%+d|% d|%.3d|%8.3d|%08.3d", [-42n, -42n, -42n, -42n, -42n, -42n, -42n, -42n], "-42|  -42|-0042|-42|-42|-042|    -042|    -042"],
  ["%.0d|%5.0d|%.0d", [0n, 0n, 1n], "|     |1"],
  ["%b|%o|%O|%x|%X|%#b|%#o|%#x|%#X|%#O", [10n, 10n, 10n, 255n, 255n, 10n, 10n, 255n, 255n, 10n], "1010|12|0o12|ff|FF|0b1010|012|0xff|0XFF|0o012"],
  ["%x|%#x|%#o|%08x|%#08x", [-255n, -255n, 0n, 255n, 255n], "-ff|-0xff|0|000000ff|0x000000ff"],
  ["%c|%c|%c|%5c|%-3c|", [65n, 128512n, -1n, 66n, 67n], "A|😀|�|    B|C  |"],
  ["%q|%q|%+q|%q|%q", [97n, 9786n, 9786n, 10n, 1114112n], "'a'|'☺'|'\\u263a'|'\\n'|'�'"],
  ["%U|%#U|%#U|%.6U|%10U|%U", [128512n, 9786n, 10n, 65n, 65n, -1n], "U+1F600|U+263A '☺'|U+000A|U+000041|    U+0041|U+FFFFFFFFFFFFFFFF"],
  ["%d|%x", [9223372036854775807n, -9223372036854775808n], "9223372036854775807|-8000000000000000"],
  ["%f|%.2f|%8.3f|%-8.2f|%08.2f|%+.1f|% .1f|%+08.2f", [3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2, 2, 2.5], "3.141590|3.14|   3.142|3.14    |-0003.14|+2.0| 2.0|+0002.50"],
  ["%e|%E|%.2e|%.0e|%#.0e|%12.4E", [123456.789, 123456.789, 0.000123, 5.5, 5.5, -1e-10], "1.234568e+05|1.234568E+05|1.23e-04|6e+00|6.e+00| -1.0000E-10"],
  ["%g|%G|%.3g|%.10g|%g|%g|%#g|%#.3g|%#g", [1000000, 1e-7, 3.14159, 0.3333333333333333, 100, 1e+21, 1.5, 1, 1000000], "1e+06|1E-07|3.14|0.3333333333|100|1e+21|1.50000|1.00|1.00000e+06"],
  ["%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|%.2f", [0.5, 1.5, 2.5, -0.5, 0.25, 0.35, 1.005], "0|2|2|-0|0.2|0.3|1.00"],
  ["%F|%.3F", [1.5, 2], "1.500000|2.000"],
  ["%b", [1], "4503599627370496p-52"],
  ["%x|%X|%.2x|%#x|%x", [1, -3.75, 0.3333333333333333, 1, 0], "0x1p+00|-0X1.EP+01|0x1.55p-02|0x1.0000p+00|0x0p+00"],
  ["%f|%5.1f|%05f|%+f|% f|%e|%g|%v", [NaN, Infinity, -Infinity, Infinity, NaN, NaN, -Infinity, NaN], "NaN| +Inf| -Inf|+Inf| NaN|NaN|-Inf|NaN"],
  ["%.3f|%.20f|%.30e", [1e-10, 0.1, 0.1], "0.000|0.10000000000000000555|1.000000000000000055511151231258e-01"],
  ["%f|%.1f", [1e+22, 123456789012345680000], "10000000000000000000000.000000|123456789012345683968.0"],
  ["%6.2f%%", [99.5], " 99.50%"],
  ["%g|%g|%g|%g", [0.000012345, 123456789, 1e+100, -0], "1.2345e-05|1.23456789e+08|1e+100|-0"],
  ["%.2g|%.1g|%.0g", [1234, 0.05, 7], "1.2e+03|0.05|7"],
  ["%s|%10s|%-10s|%.2s|%5.1s|%05s|%q|%+q|%#q|%#q", ["héllo", "ab", "ab", "héllo", "xyz", "ab", "a\n\"b\\\t\u0001", "é☺😀", "a\"b", "a`b"], "héllo|        ab|ab        |hé|    x|000ab|\"a\\n\\\"b\\\\\\t\\x01\\x7f\"|\"\\u00e9\\u263a\\U0001f600\"|`a\"b`|\"a`b\""],
  ["%x|%X|% x|%#x|%# x|%.2x|%8x|%-8x|", ["hé", "hé", "abc", "abc", "abc", "abcd", "ab", "ab"], "68c3a9|68C3A9|61 62 63|0x616263|0x61 0x62 0x63|6162|    6162|6162    |"],
  ["%q|%q|%q", ["  ﻿", "̀e", "\u0000"], "\"\\u00a0\\u2028\\ufeff\"|\"̀e\"|\"\\x00\""],
  ["%x", [""], ""],
  ["%5x|", [""], "     |"],
  ["%t|%5t|%-6t|", [true, false, true], "true|false|true  |"],
  ["%d", [1.5], "%!d(float64=1.5)"],
  ["%s", [1n], "%!s(int64=1)"],
  ["%t", ["x"], "%!t(string=x)"],
  ["%d", ["x"], "%!d(string=x)"],
  ["%s", [true], "%!s(bool=true)"],
  ["%d", [null], "%!d(<nil>)"],
  ["%s", [null], "%!s(<nil>)"],
  ["%z", [1n], "%!z(int64=1)"],
  ["%5d", [1.5], "%!d(float64=  1.5)"],
  ["%+d", [1.5], "%!d(float64=+1.5)"],
  ["%d", [[1n, "a"]], "[1 %!d(string=a)]"],
  ["%s", [m({ "a": 1n })], "map[a:%!s(int64=1)]"],
  ["%s %s", ["a"], "a %!s(MISSING)"],
  ["%d", [], "%!d(MISSING)"],
  ["%s", ["a", 1n, null, "b", 1.5], "a%!(EXTRA int64=1, <nil>, string=b, float64=1.5)"],
  ["no verbs", [1n], "no verbs%!(EXTRA int64=1)"],
  ["%", [], "%!(NOVERB)"],
  ["abc%", [1n], "abc%!(NOVERB)%!(EXTRA int64=1)"],
  ["%-", [1n], "%!(NOVERB)%!(EXTRA int64=1)"],
  ["%%|%5%|%-%", [], "%|%|%"],
  ["%[2]d %[1]d", [1n, 2n], "2 1"],
  ["%[3]d", [1n, 2n], "%!d(BADINDEX)"],
  ["%[0]d", [1n], "%!d(BADINDEX)"],
  ["%[x]d", [1n], "%!d(BADINDEX)"],
  ["%[1]d %d %d", [1n, 2n], "1 2 %!d(MISSING)"],
  ["%[2]*[1]d|", [12n, 5n], "   12|"],
  ["%[1]d", [1n, 2n, 3n], "1"],
  ["%d %d %#[1]x %#x", [16n, 17n], "16 17 0x10 0x11"],
  ["%*d|%-*d|%*d|%.*f|%*.*f", [5n, 1n, 5n, 2n, -5n, 3n, 2n, 3.14159, 8n, 3n, 2], "    1|2    |3    |3.14|   2.000"],
  ["%*d", [1.5, 2n], "%!(BADWIDTH)2"],
  ["%.*d", ["x", 2n], "%!(BADPREC)2"],
  ["%.*d", [-1n, 2n], "%!(BADPREC)2"],
  ["%*d", [10000000n, 1n], "%!(BADWIDTH)1"],
  ["%v %v", [1n], "1 %!v(MISSING)"],
  ["%!", [1n], "%!!(int64=1)"],
  ["%.d|%.f|%.s|", [5n, 2.5, "abc"], "5|2||"],
  ["%[1]5d|", [3n], "%!d(BADINDEX)|"],
  ["%[1].2f|", [3], "%!f(BADINDEX)|"],
  ["%5[1]d|", [3n], "    3|"],
  ["%.[1]f", [2n, 3], "%!f(int64=2)"],
  ["%é", [1n], "%!é(int64=1)"],
  ["%3.5", [1n], "%!(NOVERB)%!(EXTRA int64=1)"],
  ["%[", [1n], "%!(NOVERB)"],
  ["%[1", [1n], "%!(NOVERB)"],
  ["%[]d", [1n], "%!d(BADINDEX)"],
];

describe('sprintf matches Go', () => {
  it.each(printed.map(([f, a, w], i) => [i, f, a, w] as const))('case %i: %s', (_i, format, args, want) => {
    expect(sprintf(format, args)).toBe(want);
  });
});

describe('sprint and sprintln', () => {
  it('spaces only between two operands that are not strings', () => {
    expect(sprint([1.5, 2n, 'a', 'b', 3n, null, [1n], true])).toBe('1.5 2ab3 <nil> [1] true');
    expect(sprint([null, null, 'x', null])).toBe('<nil> <nil>x<nil>');
    expect(sprint([])).toBe('');
  });
  it('sprintln always spaces and ends with a newline', () => {
    expect(sprintln([1.5, 'a', 'b', null])).toBe('1.5 a b <nil>\n');
  });
});

class Thing extends GoObject {
  readonly goType = '*chart.Thing';
  field(): GoValue | undefined {
    return undefined;
  }
  format(): string {
    return '{thing}';
  }
}

describe('formatValue', () => {
  it('prints values as %v', () => {
    expect(formatValue(1e6)).toBe('1e+06');
    expect(formatValue(m({ b: 1n, a: [null, 'x'] }))).toBe('map[a:[<nil> x] b:1]');
  });
  it('prints Go objects through their own text, and %T names their type', () => {
    expect(formatValue([new Thing()])).toBe('[{thing}]');
    expect(sprintf('%s|%T|%8v|%q', [new Thing(), new Thing(), new Thing(), new Thing()])).toBe('{thing}|*chart.Thing| {thing}|"{thing}"');
  });
  it('keeps a user key named __proto__ as an ordinary map key', () => {
    expect(formatValue(m({ ['__proto__']: 1n, constructor: 'c' }))).toBe('map[__proto__:1 constructor:c]');
  });
});
