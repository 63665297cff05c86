import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { decodeShareFragment } from '../../core/share';
import { fakeChart } from '../../core/testing/fakeChart';
import { defaultsFromSchema } from '../../core/values';
import { buildShareLink, pageBase } from './shareLink';

const defaults = defaultsFromSchema(fakeChart.schema);
const chart = { id: fakeChart.id, schema: fakeChart.schema };
const defaultRelease = { name: 'release-name', namespace: 'default' };

describe('buildShareLink', () => {
  it('links to the page with the minimal diff and no default release', () => {
    const link = buildShareLink('https://x.test/app/', chart, defaults, { replicaCount: 1, image: { tag: '9' } }, defaultRelease, false);
    expect(link.url.startsWith('https://x.test/app/#/fake?s=2.')).toBe(true);
    const decoded = decodeShareFragment(link.url.slice(link.url.indexOf('#')), chart);
    expect(decoded).toEqual({ ok: true, state: { chart: 'fake', values: { image: { tag: '9' } } }, secretsIncluded: false, omittedSecrets: [] });
    expect(link.tooLong).toBe(false);
  });

  it('carries a non-default release and leaves secrets out unless asked', () => {
    const values = { auth: { enabled: true, password: 'pw' } };
    const without = buildShareLink('', chart, defaults, values, { name: 'shop', namespace: 'prod' }, false);
    expect(without.omittedSecrets).toEqual(['auth.password']);
    expect(decodeShareFragment(without.url, chart)).toMatchObject({ ok: true, state: { values: { auth: { enabled: true } }, release: { name: 'shop', namespace: 'prod' } } });
    const withSecrets = buildShareLink('', chart, defaults, values, defaultRelease, true);
    expect(withSecrets.omittedSecrets).toEqual([]);
    expect(decodeShareFragment(withSecrets.url, chart)).toMatchObject({ ok: true, state: { values }, secretsIncluded: true });
  });

  it('copies the Centrifugo HA preset as a link under 300 characters that opens the same values (issue 12)', () => {
    const centrifugo = findChart('centrifugo')!;
    const preset = centrifugo.presets.find((p) => p.id === 'ha-redis')!;
    const link = buildShareLink('https://example.org/app/', centrifugo, defaultsFromSchema(centrifugo.schema), preset.values, defaultRelease, true);
    expect(link.url.length, link.url).toBeLessThan(300);
    expect(decodeShareFragment(link.url.slice(link.url.indexOf('#')), centrifugo)).toMatchObject({ ok: true, state: { values: preset.values } });
  });

  it('builds the base from the location without its fragment', () => {
    expect(pageBase({ origin: 'http://h:1', pathname: '/a/', search: '?q=1' })).toBe('http://h:1/a/?q=1');
  });
});
