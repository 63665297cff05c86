import { describe, it, expect } from 'vitest';
import { sortForInstall } from '../../core/render';
import { DEFAULT_RELEASE } from '../../core/types';
import { validate } from '../../core/validate';
import { perconaValkey } from './index';
import type { PerconaValkeyValues } from './schema';

describe('percona-valkey presets', () => {
  it('has the README usage examples', () => {
    expect(perconaValkey.presets.map((p) => p.id)).toEqual([
      'standalone-memory-limit',
      'cluster-9-nodes',
      'hardened-existing-secret',
      'custom-config',
    ]);
  });

  for (const preset of perconaValkey.presets) {
    it(`${preset.id} validates cleanly and renders`, () => {
      const { values, problems } = validate(perconaValkey, preset.values, DEFAULT_RELEASE);
      expect(problems.filter((p) => p.id === 'schema' || p.id === 'unknown-key')).toEqual([]);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const objects = sortForInstall(perconaValkey.render(values as PerconaValkeyValues, DEFAULT_RELEASE));
      expect(objects.some((o) => o.object.kind === 'StatefulSet')).toBe(true);
      expect(preset.doc).not.toBe('');
    });
  }

  it('the 9-node cluster forms 3 primaries with 2 replicas each', () => {
    const preset = perconaValkey.presets.find((p) => p.id === 'cluster-9-nodes')!;
    const { values } = validate(perconaValkey, preset.values, DEFAULT_RELEASE);
    const sts = perconaValkey.render(values as PerconaValkeyValues, DEFAULT_RELEASE).find((o) => o.object.kind === 'StatefulSet')!;
    expect((sts.object.spec as { replicas: number }).replicas).toBe(9);
  });
});
