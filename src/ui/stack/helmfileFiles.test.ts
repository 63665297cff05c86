import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { charts } from '../../charts';
import { importHelmfile } from '../../core/bundle';
import { collectFiles, normalisePath, valuesFileReader } from './helmfileFiles';

const HELMFILE = `releases:
  - name: valkey
    namespace: rt
    chart: percona/percona-valkey
    values: [./valkey/values.yaml]
  - name: centrifugo
    namespace: rt
    chart: centrifugal/centrifugo
    needs: [rt/valkey]
    values: [./centrifugo/values.yaml]
`;

describe('files chosen for a helmfile import', () => {
  it('normalises paths', () => {
    expect(normalisePath('./a/../b//c.yaml')).toBe('b/c.yaml');
    expect(normalisePath('bundle\\valkey\\values.yaml')).toBe('bundle/valkey/values.yaml');
  });

  it('reads a chosen folder: values files by their path beside the helmfile', () => {
    const enc = (t: string) => strToU8(t);
    const set = collectFiles([
      { path: 'bundle/helmfile.yaml', data: enc(HELMFILE) },
      { path: 'bundle/valkey/values.yaml', data: enc('mode: cluster\n') },
      { path: 'bundle/centrifugo/values.yaml', data: enc('replicaCount: 3\n') },
    ]);
    expect(set.helmfile).toBe('bundle/helmfile.yaml');
    const result = importHelmfile(set.texts[set.helmfile!], { charts, readFile: valuesFileReader(set.texts, set.helmfile) });
    expect(result.issues).toEqual([]);
    expect(result.stack.releases.map((r) => [r.name, r.values])).toEqual([['valkey', { mode: 'cluster' }], ['centrifugo', { replicaCount: 3 }]]);
  });

  it('unpacks a bundle zip', () => {
    const zip = zipSync({ 'helmfile.yaml': strToU8(HELMFILE), 'valkey/values.yaml': strToU8('mode: cluster\n'), 'centrifugo/values.yaml': strToU8('{}\n'), 'README.md': strToU8('# x') });
    const set = collectFiles([{ path: 'stack-bundle.zip', data: zip }]);
    expect(Object.keys(set.texts).sort()).toEqual(['centrifugo/values.yaml', 'helmfile.yaml', 'valkey/values.yaml']);
    expect(valuesFileReader(set.texts, set.helmfile)('./valkey/values.yaml')).toBe('mode: cluster\n');
  });

  it('finds files picked one by one by name, and says when a name is ambiguous or missing', () => {
    const one = valuesFileReader({ 'helmfile.yaml': HELMFILE, 'values.yaml': 'a: 1\n' }, 'helmfile.yaml');
    expect(one('./valkey/values.yaml')).toBe('a: 1\n');
    const two = valuesFileReader({ 'a/values.yaml': '1', 'b/values.yaml': '2' }, undefined);
    expect(() => two('./valkey/values.yaml')).toThrow(/several chosen files could be/);
    expect(() => valuesFileReader({}, undefined)('x.yaml')).toThrow(/not among the chosen files/);
  });

  it('skips binary files with a note', () => {
    const set = collectFiles([{ path: 'image.png', data: new Uint8Array([0xff, 0xfe, 0x00, 0x80]) }]);
    expect(set.texts).toEqual({});
    expect(set.notes).toEqual(['image.png is not a text file and was skipped.']);
  });
});

describe('collectFiles with hostile input', () => {
  it('refuses a zip bomb from its declared sizes, before inflating', () => {
    // 60 MiB of zeros deflate to about 60 KB; the issue's 2 MB zip held 2.1 GB the same way.
    const zip = zipSync({ 'bundle/helmfile.yaml': strToU8('releases: []\n'), 'bundle/zeros.yaml': new Uint8Array(60 * 1024 * 1024) });
    const started = performance.now();
    const set = collectFiles([{ path: 'bundle.zip', data: zip }]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(Object.keys(set.texts)).toEqual([]);
    expect(set.notes).toEqual(['bundle.zip could not be unpacked (bundle/zeros.yaml is 60.0 MiB inflated; at most 5.0 MiB per file is read).']);
  });

  it('keeps a file named __proto__ as an ordinary path', () => {
    const set = collectFiles([{ path: '__proto__', data: strToU8('a: 1\n') }, { path: 'helmfile.yaml', data: strToU8('releases: []\n') }]);
    expect(Object.keys(set.texts)).toEqual(['__proto__', 'helmfile.yaml']);
    expect(valuesFileReader(set.texts, set.helmfile)('__proto__')).toBe('a: 1\n');
    expect(() => valuesFileReader(set.texts, set.helmfile)('constructor')).toThrow(/not among the chosen files/);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});
