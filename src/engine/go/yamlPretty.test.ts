import { describe, expect, it } from 'vitest';
import type { GoMap, GoValue, StructField } from '../value';
import { GoObject, mapSet, newMap } from '../value';
import { toYamlPretty } from './yamlEmit';

function map(entries: [string, GoValue][]): GoMap {
  const m = newMap();
  for (const [k, v] of entries) mapSet(m, k, v);
  return m;
}

class Build extends GoObject {
  readonly goType = 'version.BuildInfo';
  field(): GoValue | undefined {
    return undefined;
  }
  format(): string {
    return '{}';
  }
  structFields(): StructField[] {
    return [
      { name: 'Version', json: 'version', value: 'v4.1.4' },
      { name: 'GitCommit', json: 'git_commit', value: 'abc' },
    ];
  }
}

// Expected texts printed by helm 4.1.4's toYamlPretty (go-yaml v3, indent 2).
describe('toYamlPretty writes as go-yaml v3 with indent 2', () => {
  it('indents lists under their key and keeps Go numbers as Go formats them', () => {
    const v = map([
      ['k', [1n, 2n]],
      ['a', map([['b', [map([['c', 1n], ['d', 'x']])]]])],
      ['s', 'multi\nline'],
      ['e', []],
      ['m', newMap()],
      ['n', null],
      ['f', 1.5],
      ['q', 'yes'],
      ['l', [[1n, 2n], newMap()]],
      ['u', 1000000],
      ['v', 0.0000001],
    ]);
    expect(toYamlPretty(v)).toBe(
      'a:\n  b:\n    - c: 1\n      d: x\ne: []\nf: 1.5\nk:\n  - 1\n  - 2\nl:\n  - - 1\n    - 2\n  - {}\nm: {}\n"n": null\nq: "yes"\n' +
        's: |-\n  multi\n  line\nu: 1e+06\nv: 1e-07',
    );
  });

  it('never folds, and sorts keys in v3 order (a letter before a non-letter after a digit)', () => {
    const long = 'word '.repeat(30);
    expect(toYamlPretty(map([['long', long], ['a1-', 2n], ['a1b', 1n], ['y', 'a: b'], ['z', ' lead'], ['o', '1_000']]))).toBe(
      `a1b: 1\na1-: 2\nlong: '${long}'\no: "1_000"\n"y": 'a: b'\nz: ' lead'`,
    );
  });

  it('writes scalars and empty collections on their own, structs by lowercased field name in order', () => {
    expect(toYamlPretty('x')).toBe('x');
    expect(toYamlPretty(1n)).toBe('1');
    expect(toYamlPretty([])).toBe('[]');
    expect(toYamlPretty(newMap())).toBe('{}');
    expect(toYamlPretty([[], [1n]])).toBe('- []\n- - 1');
    expect(toYamlPretty(new Build())).toBe('version: v4.1.4\ngitcommit: abc');
  });
});
