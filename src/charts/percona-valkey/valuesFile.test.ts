// The values.yaml we download for Percona Valkey must mean the same to helm as the values it came
// from: the shared suite reads it back for every fixture and preset (scripts/verify-helm.ts does the
// same with the real helm); here, the multi-line custom configuration.
import { describe, expect, it } from 'vitest';
import { describeValuesFileRoundTrip, readValuesFile } from '../../core/testing/chartSuites';
import { valuesFileText } from '../../core/valuesFile';
import { perconaValkey } from './index';

describeValuesFileRoundTrip(perconaValkey, new URL('./fixtures/', import.meta.url));

describe('percona-valkey values file', () => {
  it('keeps a multi-line customConfig intact', () => {
    const customConfig = 'timeout 300\n\n  indented 1\n# comment\n';
    expect(readValuesFile(valuesFileText(perconaValkey, { config: { customConfig } }))).toEqual({ config: { customConfig } });
  });
});
