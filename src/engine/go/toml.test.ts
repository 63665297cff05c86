import { describe, expect, it } from 'vitest';
import type { GoValue } from '../value';
import { mapSet, newMap } from '../value';
import { toToml } from './toml';

function m(o: Record<string, GoValue>) {
  const r = newMap();
  for (const [k, v] of Object.entries(o)) mapSet(r, k, v);
  return r;
}

// [value, what helm 4.1.4's toToml printed]
const encoded: [GoValue, string][] = [
  [m({ "a": 1n, "b": m({ "c": 2n, "d": m({ "e": 3n }) }), "f": [m({ "g": 1n }), m({ "h": "x" })] }), "a = 1\n\n[b]\n  c = 2\n  [b.d]\n    e = 3\n\n[[f]]\n  g = 1\n\n[[f]]\n  h = \"x\"\n"],
  [m({ "b": true, "e": m({  }), "f1": 1.5, "f2": 3, "f3": 1000000, "f4": 1e+21, "f5": NaN, "f6": -Infinity, "f7": 0.0001, "l": [], "l2": [1n, "a", [2n], m({ "w": null, "x": 1n, "y": m({ "z": 2n }) })], "n": null, "s": "q\"\\\n\t\u0001é" }), "b = true\nf1 = 1.5\nf2 = 3.0\nf3 = 1e+06\nf4 = 1e+21\nf5 = nan\nf6 = -inf\nf7 = 0.0001\nl = []\nl2 = [1, \"a\", [2], {x = 1, y = {z = 2}}]\ns = \"q\\\"\\\\\\n\\t\\u0001\\u007fé\"\n\n[e]\n"],
  [m({ "key with space": m({ "": 2n, "a.b": 1n, "é": 3n }) }), "[\"key with space\"]\n  \"\" = 2\n  \"a.b\" = 1\n  \"é\" = 3\n"],
  [m({ "a": [1n, null] }), "toml: cannot encode array with nil element"],
  ["x", "\"x\""],
  [1.5, "1.5"],
  [[1n, 2n], "[1, 2]"],
  [[m({ "a": 1n })], "toml: top-level values must be Go maps or structs"],
  [m({  }), ""],
  [m({ "a": m({ "b": m({  }) }) }), "[a]\n  [a.b]\n"],
  [m({ "z": [m({ "a": [m({ "b": 1n })] })] }), "[[z]]\n\n  [[z.a]]\n    b = 1\n"],
  [m({ "v": "0o17" }), "v = \"0o17\"\n"],
  [m({ "a": true }), "a = true\n"],
  [m({ "10": "'q'1.5" }), "10 = \"'q'1.5\"\n"],
  [m({ "v": "dolor  consectetur  ipsum  é  consectetur     consectetur  lorem  #b  é  consectetur  amet,  a:" }), "v = \"dolor  consectetur  ipsum  é  consectetur     consectetur  lorem  #b  é  consectetur  amet,  a:\"\n"],
  [m({ "v": 2860307.6934814453 }), "v = 2.8603076934814453e+06\n"],
  [m({ "v": [1394, [1e+21, m({  }), [2.302945852279663e-7, "2001-12-14t21:59:43.10-05:00", "amet,   amet, ipsum amet,   #b #b"]]] }), "v = [1394.0, [1e+21, {}, [2.302945852279663e-07, \"2001-12-14t21:59:43.10-05:00\", \"amet,   amet, ipsum amet,   #b #b\"]]]\n"],
  [m({ "v": true }), "v = true\n"],
  [m({ "v": 0.004689137935638428 }), "v = 0.004689137935638428\n"],
  [m({ "v": "x: y\nz" }), "v = \"x: y\\nz\"\n"],
  [m({ "v": [[m({ "1e3": false }), false], -219337n, -392668n] }), "v = [[{1e3 = false}, false], -219337, -392668]\n"],
  [m({ "TRUE": m({ "#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b": 383877n, "-0": m({  }), "1": m({  }), "a10": [] }), "é": [m({ "  indented\nmore": 46639, "%x": "1,000", "a": 0.5 }), "dolor ipsum   consectetur #b #b é sit", "ON? x"] }), "\"é\" = [{\"  indented\\nmore\" = 46639.0, \"%x\" = \"1,000\", a = 0.5}, \"dolor ipsum   consectetur #b #b é sit\", \"ON? x\"]\n\n[TRUE]\n  \"#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b\" = 383877\n  a10 = []\n  [TRUE.-0]\n  [TRUE.1]\n"],
  [m({ "v": false }), "v = false\n"],
  [m({ "v": false }), "v = false\n"],
  [m({ "consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   ": m({ "=": m({  }) }), "key": ["a  b", "2024-01-02.5"] }), "key = [\"a  b\", \"2024-01-02.5\"]\n\n[\"consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   \"]\n  [\"consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   \".\"=\"]\n"],
];

describe('toToml matches helm', () => {
  it.each(encoded.map((row, i) => [i, ...row] as const))('value %i', (_i, v, want) => {
    expect(toToml(v)).toBe(want);
  });

  it('fails on nil as the Go encoder does (the template reports the call error)', () => {
    expect(() => toToml(null)).toThrow('reflect: call of reflect.Value.Type on zero Value');
  });

  it('returns encoder errors as its text', () => {
    expect(toToml(m({ a: [1n, null] }))).toBe('toml: cannot encode array with nil element');
    expect(toToml([m({ a: 1n })])).toBe('toml: top-level values must be Go maps or structs');
  });
});
