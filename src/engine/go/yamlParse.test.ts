import { describe, expect, it } from 'vitest';
import { toJson } from './json';
import { fromYaml } from './yaml';

// [text, what helm 4.1.4's `fromYaml | toJson` printed]: cases the js-yaml based reader words or
// reads on its own (anchor names, document ends, empty keys, tag handles).
const cases: [string, string][] = [
  ['a: *b*\n', '{"Error":"error converting YAML to JSON: yaml: did not find expected alphabetic or numeric character"}'],
  ['a: &é 1\n', '{"Error":"error converting YAML to JSON: yaml: did not find expected alphabetic or numeric character"}'],
  ['a: "x" y\n', '{"Error":"error converting YAML to JSON: yaml: did not find expected key"}'],
  [', a\n', '{"Error":"error converting YAML to JSON: yaml: did not find expected node content"}'],
  ['a: 1\n--- [\n', '{"a":1}'],
  ['?\n: x\n', '{"Error":"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\"x\\""}'],
  [': [x]\n', '{"Error":"error converting YAML to JSON: yaml: did not find expected key"}'],
  ['a: 1\n: *a\n', '{"Error":"error converting YAML to JSON: yaml: line 1: did not find expected key"}'],
  ['%TAG !e! tag:yaml.org,2002:\n---\na: !e!int "7"\n', '{"a":7}'],
  ['a: !<tag:yaml.org,2002:int> "8"\n', '{"a":8}'],
];

describe('the YAML syntax layer matches helm', () => {
  it.each(cases.map((row, i) => [i, ...row] as const))('case %i: %j', (_i, text, want) => {
    expect(toJson(fromYaml(text))).toBe(want);
  });
});
