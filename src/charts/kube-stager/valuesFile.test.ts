// The values.yaml we download for kube-stager must mean the same to helm as the values it came from.
// scripts/verify-helm.ts checks this with the real helm; here the same property is checked without
// helm for every fixture: parse our file (also the YAML 1.1 way helm's parser reads scalars) and
// merge it over the chart defaults.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFixtures } from '../../core/testing/fixtureKit';
import type { Values } from '../../core/types';
import { defaultsFromSchema, mergeValues } from '../../core/values';
import { valuesFileText } from '../../core/valuesFile';
import { kubeStager } from './index';

const defaults = defaultsFromSchema(kubeStager.schema);
const fixtures = listFixtures(new URL('./fixtures/', import.meta.url).pathname);
const readBack = (text: string, version: '1.1' | '1.2') => (parse(text, { version }) ?? {}) as Values;

describe('kube-stager values file round trip', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the file merges to the same values', (_name, fixture) => {
    const text = valuesFileText(kubeStager, fixture.values);
    expect(text.split('\n')[0]).toMatch(/^# values\.yaml for kube-stager 1\.0\.0/);
    expect(text).toContain('helm upgrade --install <release> kube-stager/kube-stager --version 1.0.0 -f values.yaml');
    const expected = mergeValues(defaults, fixture.values);
    expect(mergeValues(defaults, readBack(text, '1.2'))).toEqual(expected);
    expect(mergeValues(defaults, readBack(text, '1.1'))).toEqual(expected);
  });

  it('keeps only changes, in the chart key order', () => {
    const text = valuesFileText(kubeStager, { monitoring: { enabled: true }, config: { leaderElection: true, webhook: { port: 9443 } }, imageTag: 'v1.0.1' });
    expect(readBack(text, '1.2')).toEqual({ imageTag: 'v1.0.1', monitoring: { enabled: true } });
  });
});
