import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { evaluate } from '../../core/evaluate';
import { defaultsFromSchema } from '../../core/values';
import { bundleMessage, chartBundle } from './bundleDownload';

const chart = findChart('centrifugo')!;
const defaults = defaultsFromSchema(chart.schema);

describe('chart bundle download', () => {
  it('zips the current configuration under <release>-<chart>-bundle.zip with the share link in README', () => {
    const state = { userValues: { replicaCount: 3, config: { admin: { password: 'secret-pw' } } }, release: { name: 'rt', namespace: 'apps' } };
    const bundle = chartBundle(chart, defaults, state, 'https://app.example/', evaluate(chart, state.userValues, state.release).problems);
    expect(bundle.fileName).toBe('rt-centrifugo-bundle.zip');
    const files = Object.fromEntries(Object.entries(unzipSync(bundle.bytes)).map(([p, b]) => [p, strFromU8(b)]));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.md', 'helmfile.yaml', 'rt/values.yaml', 'rt/values.schema.json']));
    expect(load(files['rt/values.yaml'])).toMatchObject({ replicaCount: 3 });
    expect(files['README.md']).toContain('https://app.example/#/centrifugo?s=2.');
    // The link leaves the secret out and the README says so.
    expect(files['README.md']).toContain('config.admin.password');
    expect(bundle.errors).toBe(1);
    expect(bundleMessage(bundle)).toMatch(/^Downloaded rt-centrifugo-bundle\.zip\. 1 error is listed under Problems and in its README\.md: fix it before installing\.$/);
  });
});
