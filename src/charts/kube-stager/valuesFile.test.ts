// The values.yaml we download for kube-stager must mean the same to helm as the values it came from:
// the shared suite reads it back for every fixture and preset (scripts/verify-helm.ts does the same
// with the real helm); here, what the file keeps.
import { describe, expect, it } from 'vitest';
import { describeValuesFileRoundTrip, readValuesFile } from '../../core/testing/chartSuites';
import { valuesFileText } from '../../core/valuesFile';
import { kubeStager } from './index';

describeValuesFileRoundTrip(kubeStager, new URL('./fixtures/', import.meta.url), {
  headerContains: ['helm upgrade --install <release> kube-stager/kube-stager --version 1.0.0 -f values.yaml'],
});

describe('kube-stager values file', () => {
  it('keeps only changes, in the chart key order', () => {
    const text = valuesFileText(kubeStager, { monitoring: { enabled: true }, config: { leaderElection: true, webhook: { port: 9443 } }, imageTag: 'v1.0.1' });
    expect(readValuesFile(text, 'YAML 1.2')).toEqual({ imageTag: 'v1.0.1', monitoring: { enabled: true } });
    expect(Object.keys(readValuesFile(text))).toEqual(['imageTag', 'monitoring']);
  });
});
