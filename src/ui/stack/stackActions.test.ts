import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { decodeStackFragment, evaluateStack } from '../../core/bundle';
import { stackPresets } from '../../charts/stackPresets';
import { stackBundle, stackShareLink } from './stackActions';

const preset = stackPresets.find((p) => p.id === 'kraken-valkey')!.stack;

describe('stack link and bundle', () => {
  it('makes a link that leaves the Valkey password out unless asked', () => {
    const link = stackShareLink('https://app.example/', preset, findChart, false);
    expect(link.url).toMatch(/^https:\/\/app\.example\/#\/stack\?s=2\./);
    expect(link.omittedSecrets).toEqual(['valkey:auth.password']);
    const back = decodeStackFragment(link.url.slice(link.url.indexOf('#')));
    expect(back.ok && back.stack.releases[0].values).toEqual({});
    expect(stackShareLink('https://app.example/', preset, findChart, true).omittedSecrets).toEqual([]);
  });

  it('zips helmfile.yaml and one folder per release, with the link in the README', () => {
    const bundle = stackBundle(evaluateStack(preset, findChart), preset, findChart, 'https://app.example/');
    expect(bundle.fileName).toBe('valkey-kraken-stack-bundle.zip');
    const files = Object.fromEntries(Object.entries(unzipSync(bundle.bytes)).map(([p, b]) => [p, strFromU8(b)]));
    const helmfile = load(files['helmfile.yaml']) as { releases: { name: string; needs?: string[] }[] };
    expect(helmfile.releases.map((r) => [r.name, r.needs])).toEqual([['valkey', undefined], ['kraken', ['kraken/valkey']]]);
    for (const release of ['valkey', 'kraken']) {
      expect(files[`${release}/values.yaml`]).toBeDefined();
      expect(files[`${release}/values.schema.json`]).toBeDefined();
      expect(Object.keys(files).some((p) => p.startsWith(`${release}/manifests/`))).toBe(true);
    }
    expect(files['README.md']).toContain('https://app.example/#/stack?s=2.');
  });
});
