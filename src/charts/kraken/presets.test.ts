import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { describePresets, presetOf } from '../../core/testing/chartSuites';
import type { Release } from '../../core/types';
import { asList } from '../../core/valueReaders';
import { getAt } from '../../core/values';
import { GUIDE_SECTIONS } from './docs';
import { kraken } from './index';

const KRAKEN: Release = { name: 'kraken', namespace: 'kraken' };
const preset = (id: string) => presetOf(kraken, id);
const run = (id: string) => evaluate(kraken, preset(id).values, KRAKEN);
const errors = (id: string) => run(id).problems.filter((p) => p.severity === 'error').map((p) => p.id);

describePresets(kraken, {
  ids: ['quick-start', 'production', 'nfs-uploads', 'replay-capture'],
  docSections: GUIDE_SECTIONS,
  release: KRAKEN,
  minObjects: 5,
  minDescription: 40,
  expectedErrors: {
    // The JWT secrets are the user's to make up.
    'quick-start': ['jwt-secrets-empty'],
  },
});

describe('kraken presets', () => {
  it('quick start leaves only the JWT secrets to fill in, for a release named kraken', () => {
    expect(errors('quick-start')).toEqual(['jwt-secrets-empty']);
    const filled = evaluate(kraken, { ...preset('quick-start').values, secrets: { jwtSecret: 'a', jwtRefreshSecret: 'b' } }, KRAKEN);
    expect(filled.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const ingress = filled.objects.find((o) => o.object.kind === 'Ingress')!.object;
    expect(asList(getAt(ingress, 'spec.rules[0].http.paths'))).toHaveLength(3);
  });

  it('production has no errors and follows the checklist', () => {
    expect(errors('production')).toEqual([]);
    const kinds = run('production').objects.map((o) => `${o.object.kind}/${o.template}`);
    expect(kinds).toContain('HorizontalPodAutoscaler/templates/backend/hpa.yaml');
    expect(kinds).toContain('HorizontalPodAutoscaler/templates/frontend/hpa.yaml');
    expect(kinds).toContain('PersistentVolumeClaim/templates/backend/pvc.yaml');
    expect(kinds.some((k) => k.startsWith('Secret/'))).toBe(false);
    expect(kinds.some((k) => k.includes('charts/'))).toBe(false);
    const ingress = run('production').objects.find((o) => o.object.kind === 'Ingress')!.object;
    expect(ingress.metadata.annotations).toMatchObject({ 'cert-manager.io/clusterissuer': 'letsencrypt-prod' });
  });

  it('NFS uploads create the volume and bind the claim to it', () => {
    const objects = run('nfs-uploads').objects;
    expect(objects.find((o) => o.object.kind === 'PersistentVolume')?.object.metadata.name).toBe('kraken-uploads-nfs');
    expect(run('nfs-uploads').problems.filter((p) => p.id.startsWith('nfs') || p.id === 'shared-volume-rwx')).toEqual([]);
  });

  it('every preset names the bundled MongoDB Service the way the backend looks for it', () => {
    for (const p of kraken.presets) expect(run(p.id).problems.map((x) => x.id), p.id).not.toContain('mongodb-service-name');
  });

  it('replay capture mounts the replay claim in the backend', () => {
    const objects = run('replay-capture').objects;
    expect(objects.some((o) => o.object.metadata.name === 'kraken-replay-segments')).toBe(true);
  });
});
