import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, ZipError } from './zipRead';

const yamlOnly = (name: string) => name.endsWith('.yaml');

/** Offsets of the central directory records (signature PK\x01\x02) in a zip. */
function centralRecords(zip: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) out.push(i);
  return out;
}

describe('readZip', () => {
  it('reads the wanted entries, stored or deflated', () => {
    const zip = zipSync({ 'a/helmfile.yaml': strToU8('releases: []\n'), 'a/v.yaml': [strToU8('x: 1\n'), { level: 0 }], 'a/readme.md': strToU8('# r') });
    const entries = readZip(zip, yamlOnly);
    expect([...entries.keys()]).toEqual(['a/helmfile.yaml', 'a/v.yaml']);
    expect(new TextDecoder().decode(entries.get('a/v.yaml'))).toBe('x: 1\n');
  });

  it('keeps names like __proto__ as data', () => {
    const entries = readZip(zipSync({ '__proto__.yaml': strToU8('a: 1\n') }), yamlOnly);
    expect(entries.has('__proto__.yaml')).toBe(true);
  });

  it('refuses, before inflating anything, an entry whose declared size passes the cap', () => {
    const zip = zipSync({ 'big.yaml': new Uint8Array(6 * 1024 * 1024) }); // 6 MiB of zeros, a few KB zipped
    expect(zip.length).toBeLessThan(20_000);
    expect(() => readZip(zip, yamlOnly)).toThrow(/big\.yaml is 6\.0 MiB inflated; at most 5\.0 MiB per file is read/);
  });

  it('refuses entries that together pass the total cap', () => {
    const zip = zipSync({ 'a.yaml': new Uint8Array(3000), 'b.yaml': new Uint8Array(3000) });
    expect(() => readZip(zip, yamlOnly, { maxEntries: 10, maxEntryBytes: 4000, maxTotalBytes: 5000 })).toThrow(/at most/);
    expect(readZip(zip, yamlOnly, { maxEntries: 10, maxEntryBytes: 4000, maxTotalBytes: 6000 }).size).toBe(2);
    expect(() => readZip(zip, yamlOnly, { maxEntries: 1, maxEntryBytes: 4000, maxTotalBytes: 6000 })).toThrow('it lists 2 entries; at most 1 are read');
  });

  it('stops inflating an entry that lies about its size (a bomb with a small declared size)', () => {
    const zip = zipSync({ 'bomb.yaml': new Uint8Array(50 * 1024 * 1024) });
    // Declare 1,000 bytes in the central directory: the inflater must stop right after them.
    const [record] = centralRecords(zip);
    new DataView(zip.buffer, zip.byteOffset).setUint32(record + 24, 1000, true);
    const started = performance.now();
    expect(() => readZip(zip, yamlOnly)).toThrow('bomb.yaml inflates to more than the 1000 bytes it declares');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each([
    ['not a zip', strToU8('hello')],
    ['a truncated zip', zipSync({ 'a.yaml': strToU8('a: 1\n') }).subarray(0, 40)],
  ])('refuses %s with a ZipError', (_, data) => {
    expect(() => readZip(data, yamlOnly)).toThrow(ZipError);
  });
});
