// The values.yaml we download for Percona Valkey must mean the same to helm as the values it came
// from. scripts/verify-helm.ts checks it with the real helm; here, without helm, for every fixture
// and preset: read our file back (also the YAML 1.1 way helm's parser reads scalars) and merge it
// over the chart defaults.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFixtures } from '../../core/testing/fixtureKit';
import type { Values } from '../../core/types';
import { defaultsFromSchema, mergeValues } from '../../core/values';
import { valuesFileText } from '../../core/valuesFile';
import { parseYamlText } from '../../core/yaml';
import { perconaValkey } from './index';

const defaults = defaultsFromSchema(perconaValkey.schema);
const fixtures = listFixtures(new URL('./fixtures/', import.meta.url).pathname);
const cases: [string, Values][] = [
  ...fixtures.map((f) => [`fixture ${f.name}`, f.values] as [string, Values]),
  ...perconaValkey.presets.map((p) => [`preset ${p.id}`, p.values] as [string, Values]),
];

function readBack(text: string, yaml11 = false): Values {
  if (yaml11) return (parse(text, { version: '1.1' }) ?? {}) as Values;
  const parsed = parseYamlText(text);
  if (!parsed.ok) throw new Error(`our values file does not parse: ${parsed.error.message}`);
  return (parsed.value ?? {}) as Values;
}

describe('percona-valkey values file round trip', () => {
  it.each(cases)('%s: the file merges to the same values', (_name, values) => {
    const text = valuesFileText(perconaValkey, values);
    expect(text.split('\n')[0]).toBe('# values.yaml for percona-valkey 0.1.0 (chart-configurator)');
    const expected = mergeValues(defaults, values);
    expect(mergeValues(defaults, readBack(text))).toEqual(expected);
    expect(mergeValues(defaults, readBack(text, true))).toEqual(expected);
  });

  it('keeps a multi-line customConfig intact', () => {
    const customConfig = 'timeout 300\n\n  indented 1\n# comment\n';
    expect(readBack(valuesFileText(perconaValkey, { config: { customConfig } }))).toEqual({ config: { customConfig } });
  });
});
