// The values.yaml we download for Centrifugo must mean the same to helm as the values it came from:
// the shared suite reads it back for every fixture and preset (scripts/verify-helm.ts does the same
// with the real helm); here, what the file keeps and how it writes strings.
import { describe, expect, it } from 'vitest';
import { describeValuesFileRoundTrip, readValuesFile } from '../../core/testing/chartSuites';
import { valuesFileText } from '../../core/valuesFile';
import { centrifugo } from './index';

describeValuesFileRoundTrip(centrifugo, new URL('./fixtures/', import.meta.url), {
  headerContains: ['helm upgrade --install <release> centrifugal/centrifugo --version 13.0.0 -f values.yaml'],
});

describe('centrifugo values file', () => {
  it('keeps only changes, in the chart key order, and the null that removes a default', () => {
    const text = valuesFileText(centrifugo, { replicaCount: 1, lifecycle: null, service: { port: 80 }, config: { engine: { type: 'redis' } }, image: { tag: '6.6.0' } });
    const back = readValuesFile(text);
    expect(back).toEqual({ image: { tag: '6.6.0' }, config: { engine: { type: 'redis' } }, service: { port: 80 }, lifecycle: null });
    expect(Object.keys(back)).toEqual(['image', 'config', 'service', 'lifecycle']);
  });

  it('keeps strings that YAML 1.1 would read as booleans or numbers as strings', () => {
    const env = { A: 'on', B: 'yes', C: '0777', D: '1e3', E: '', F: 'null' };
    const text = valuesFileText(centrifugo, { env });
    expect(readValuesFile(text, 'YAML 1.1')).toEqual({ env });
  });
});
