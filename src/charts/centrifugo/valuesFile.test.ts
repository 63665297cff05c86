// The values.yaml we download for Centrifugo must mean the same to helm as the values it came from.
// scripts/verify-helm.ts checks this with the real helm; here the same property is checked without
// helm, for every fixture: parse our file (also the YAML 1.1 way helm's parser reads scalars) and
// merge it over the chart defaults.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFixtures } from '../../core/testing/fixtureKit';
import type { Values } from '../../core/types';
import { defaultsFromSchema, mergeValues } from '../../core/values';
import { valuesFileText } from '../../core/valuesFile';
import { parseYamlText } from '../../core/yaml';
import { centrifugo } from './index';

const defaults = defaultsFromSchema(centrifugo.schema);
const fixtures = listFixtures(new URL('./fixtures/', import.meta.url).pathname);

function readBack(text: string, yaml11 = false): Values {
  if (yaml11) return (parse(text, { version: '1.1' }) ?? {}) as Values;
  const parsed = parseYamlText(text);
  if (!parsed.ok) throw new Error(`our values file does not parse: ${parsed.error.message}`);
  return (parsed.value ?? {}) as Values;
}

describe('centrifugo values file round trip', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the file merges to the same values', (_name, fixture) => {
    const text = valuesFileText(centrifugo, fixture.values);
    expect(text.split('\n')[0]).toMatch(/^# values\.yaml for centrifugo 13\.0\.0/);
    const expected = mergeValues(defaults, fixture.values);
    expect(mergeValues(defaults, readBack(text))).toEqual(expected);
    expect(mergeValues(defaults, readBack(text, true))).toEqual(expected);
  });

  it('writes nothing but the header for the defaults', () => {
    const text = valuesFileText(centrifugo, {});
    expect(readBack(text)).toEqual({});
  });

  it('keeps only changes, in the chart key order, and the null that removes a default', () => {
    const text = valuesFileText(centrifugo, { replicaCount: 1, lifecycle: null, service: { port: 80 }, config: { engine: { type: 'redis' } }, image: { tag: '6.6.0' } });
    const back = readBack(text);
    expect(back).toEqual({ image: { tag: '6.6.0' }, config: { engine: { type: 'redis' } }, service: { port: 80 }, lifecycle: null });
    expect(Object.keys(back)).toEqual(['image', 'config', 'service', 'lifecycle']);
  });

  it('keeps strings that YAML 1.1 would read as booleans or numbers as strings', () => {
    const env = { A: 'on', B: 'yes', C: '0777', D: '1e3', E: '', F: 'null' };
    const text = valuesFileText(centrifugo, { env });
    expect(readBack(text, true)).toEqual({ env });
  });
});
