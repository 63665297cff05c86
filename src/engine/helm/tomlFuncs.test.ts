import { describe, expect, it } from 'vitest';
import { toJson } from '../go/json';
import { fromToml } from './tomlFuncs';

// What helm 4.1.4 prints for `{{ $text | fromToml | toJson }}` (an empty line where toJson fails on
// NaN or an infinity).
const HELM: [string, string][] = [
  ["a = 1\nb = \"x\"\n[t]\nc = 1.5\nd = [1, 2]\ne = true\n[[arr]]\nx = 1", "{\"a\":1,\"arr\":[{\"x\":1}],\"b\":\"x\",\"t\":{\"c\":1.5,\"d\":[1,2],\"e\":true}}"],
  ["a = ", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): unexpected EOF; expected value\"}"],
  ["", "{}"],
  ["a = 1\na = 2", "{\"Error\":\"toml: line 2 (last key \\\"a\\\"): Key 'a' has already been defined.\"}"],
  ["a = 1\n[a]", "{\"Error\":\"toml: line 2: Key 'a' has already been defined.\"}"],
  ["[t]\n[t]", "{\"Error\":\"toml: line 2: Key 't' has already been defined.\"}"],
  ["a = \"x", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): unexpected EOF; expected '\\\"'\"}"],
  ["a = x", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): expected value but found \\\"x\\\" instead\"}"],
  ["a", "{\"Error\":\"toml: line 1: unexpected EOF; expected key separator '='\"}"],
  ["a = 1 2", "{\"Error\":\"toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got '2' instead\"}"],
  ["[t", "{\"Error\":\"toml: line 1: expected '.' or ']' to end table name, but got '\\\\x00' instead\"}"],
  ["a = [1, 2", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): expected a comma (',') or array terminator (']'), but got end of file\"}"],
  ["a = {b = 1", "{\"Error\":\"toml: line 1 (last key \\\"a.b\\\"): expected a comma or an inline table terminator '}', but got end of file instead\"}"],
  ["a = 0x1F\nb = 0o17\nc = 0b11\nd = 1_000\ne = +inf\nf = nan\ng = 1e3\nh = -0.0", ""],
  ["a = 'lit\\\\n'\nb = \"\"\"\nml\nx\"\"\"\nc = '''\nraw\\n'''", "{\"a\":\"lit\\\\\\\\n\",\"b\":\"ml\\nx\",\"c\":\"raw\\\\n\"}"],
  ["a.b.c = 1\n\"q k\" = 2", "{\"a\":{\"b\":{\"c\":1}},\"q k\":2}"],
  ["a = 007", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): Invalid integer \\\"007\\\": cannot have leading zeroes\"}"],
  ["a = 1.", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): Invalid float \\\"1.\\\": '.' must be followed by one or more digits\"}"],
  ["a = \"\\q\"", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): invalid escape in string '\\\\q'\"}"],
  ["t = 1979-05-27T07:32:00+07:00\nl = 1979-05-27T07:32:00\nd = 1979-05-27\nh = 07:32:00", "{\"d\":\"1979-05-27T00:00:00Z\",\"h\":\"0000-01-01T07:32:00Z\",\"l\":\"1979-05-27T07:32:00Z\",\"t\":\"1979-05-27T07:32:00+07:00\"}"],
  ["a = [1, \"x\"]", "{\"a\":[1,\"x\"]}"],
  ["a = {b = 1, c = {d = 2}}", "{\"a\":{\"b\":1,\"c\":{\"d\":2}}}"],
  ["x = 9223372036854775808", "{\"Error\":\"toml: line 1 (last key \\\"x\\\"): 9223372036854775808 is out of range for int64\"}"],
  ["[[a]]\nb=1\n[[a]]\nb=2\n[a.c]\nd=3", "{\"a\":[{\"b\":1},{\"b\":2,\"c\":{\"d\":3}}]}"],
  ["a = tru", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): expected value but found \\\"tru\\\" instead\"}"],
  ["# c\n  a = 1 # c\n", "{\"a\":1}"],
  ["a = \"\"\"x\"\"\"\"\"\nb = '''y''''\nc = \"\"\"\\\n   z \\\n   w\"\"\"\nd = \"\"\"\r\nq\"\"\"\ne = '''\r\nr'''", "{\"a\":\"x\\\"\\\"\",\"b\":\"y'\",\"c\":\"z w\",\"d\":\"q\",\"e\":\"r\"}"],
  ["a = \"\"\"x", "{\"Error\":\"toml: line 1 (last key \\\"a\\\"): unexpected EOF; expected '\\\"\\\"\\\"'\"}"],
];

describe('fromToml reads TOML as helm does', () => {
  it.each(HELM.map((row, i) => [i, ...row] as const))('case %i: %j', (_i, text, printed) => {
    expect(toJson(fromToml(text))).toBe(printed);
  });

  it('gives time.Time values in the zones the decoder uses, int64 and float64 numbers', () => {
    const t = fromToml('t = 1979-05-27T07:32:00+07:00\nl = 1979-05-27T07:32:00\nd = 1979-05-27\nh = 07:32:00\nz = 1979-05-27T07:32:00.5Z\ni = 1\nf = 1.0\n');
    const shown = ['t', 'l', 'd', 'h', 'z'].map((k) => (t[k] as { format(): string }).format());
    expect(shown).toEqual([
      '1979-05-27 07:32:00 +0700 +0700',
      '1979-05-27 07:32:00 +0000 datetime-local',
      '1979-05-27 00:00:00 +0000 date-local',
      '0000-01-01 07:32:00 +0000 time-local',
      '1979-05-27 07:32:00.5 +0000 UTC',
    ]);
    expect(typeof t.i).toBe('bigint');
    expect(typeof t.f).toBe('number');
  });

  it('keeps __proto__ an ordinary key', () => {
    const m = fromToml('__proto__ = 1\n[constructor]\nx = 2\n');
    expect(toJson(m)).toBe('{"__proto__":1,"constructor":{"x":2}}');
    expect(Object.getPrototypeOf(m)).toBeNull();
  });
});
