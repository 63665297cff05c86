import { describe, it, expect } from 'vitest';
import { describePresets, presetOf } from '../../core/testing/chartSuites';
import { DEFAULT_RELEASE } from '../../core/types';
import { validate } from '../../core/validate';
import { perconaValkey } from './index';
import type { PerconaValkeyValues } from './schema';

// The README usage examples.
describePresets(perconaValkey, {
  ids: ['standalone-memory-limit', 'cluster-9-nodes', 'hardened-existing-secret', 'custom-config'],
  minObjects: 5,
  kinds: ['StatefulSet'],
});

describe('percona-valkey presets', () => {
  it('the 9-node cluster forms 3 primaries with 2 replicas each', () => {
    const preset = presetOf(perconaValkey, 'cluster-9-nodes');
    const { values } = validate(perconaValkey, preset.values, DEFAULT_RELEASE);
    const sts = perconaValkey.render(values as PerconaValkeyValues, DEFAULT_RELEASE).find((o) => o.object.kind === 'StatefulSet')!;
    expect((sts.object.spec as { replicas: number }).replicas).toBe(9);
  });
});
