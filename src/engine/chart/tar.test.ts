import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { gunzipCapped, readChartArchive } from './tar';
import { loadChartArchive } from './load';
import { tgz } from './testkit';

const dec = new TextDecoder();
const CHART = 'apiVersion: v2\nname: demo\nversion: 1.0.0\n';

describe('readChartArchive', () => {
  it('strips the top folder and reads long names from GNU and pax headers', () => {
    const long = `demo/files/${'x'.repeat(120)}.txt`;
    const longer = `demo/files/${'y'.repeat(150)}.txt`;
    const files = readChartArchive(
      tgz([
        { name: 'demo/', type: '5' },
        { name: 'demo/Chart.yaml', body: CHART },
        { name: long, body: 'gnu', longName: 'gnu' },
        { name: longer, body: 'pax', longName: 'pax' },
      ]),
    );
    expect([...files.keys()]).toEqual(['Chart.yaml', long.slice(5), longer.slice(5)]);
    expect(dec.decode(files.get(long.slice(5)))).toBe('gnu');
    expect(dec.decode(files.get(longer.slice(5)))).toBe('pax');
  });

  it('trims a UTF-8 byte order mark as helm does', () => {
    const files = readChartArchive(tgz([{ name: 'demo/values.yaml', body: '\uFEFFa: 1\n' }]));
    expect(dec.decode(files.get('values.yaml'))).toBe('a: 1\n');
  });

  it('refuses paths that leave the chart, with helm wording', () => {
    expect(() => readChartArchive(tgz([{ name: 'demo/../../etc/passwd', body: 'x' }]))).toThrow(
      'chart illegally references parent directory',
    );
    expect(() => readChartArchive(tgz([{ name: 'demo//etc/passwd', body: 'x' }]))).toThrow(
      'chart illegally contains absolute paths',
    );
    // helm checks the cleaned path first, so a top-level Chart.yaml is "outside the base directory".
    expect(() => readChartArchive(tgz([{ name: 'Chart.yaml', body: CHART }]))).toThrow(
      'chart illegally contains content outside the base directory: "Chart.yaml"',
    );
    expect(() => readChartArchive(tgz([{ name: 'Chart.yaml/x', body: CHART }]))).toThrow('chart yaml not in base directory');
    expect(() => readChartArchive(tgz([{ name: 'README', body: 'x' }]))).toThrow(
      'chart illegally contains content outside the base directory: "README"',
    );
  });

  it('refuses links', () => {
    expect(() => readChartArchive(tgz([{ name: 'demo/link', type: '2' }]))).toThrow(/link/);
    expect(() => readChartArchive(tgz([{ name: 'demo/hard', type: '1' }]))).toThrow(/link/);
  });

  it('refuses what is not a gzip stream, and an empty archive', () => {
    expect(() => readChartArchive(new TextEncoder().encode('a: 1\n'))).toThrow(
      'stream does not appear to be a valid chart file (details: gzip: invalid header)',
    );
    expect(() => readChartArchive(tgz([{ name: 'demo/', type: '5' }]))).toThrow('no files in chart archive');
  });

  it('stops inflating as soon as the output passes the cap', () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => gunzipCapped(bomb, 1024 * 1024)).toThrow(/larger than the maximum size/);
    expect(gunzipCapped(bomb, 8 * 1024 * 1024).length).toBe(4 * 1024 * 1024);
  });

  it('refuses a file over helm\'s 5 MiB limit', () => {
    expect(() => readChartArchive(tgz([{ name: 'demo/big.bin', body: new Uint8Array(5 * 1024 * 1024 + 1) }]))).toThrow(
      'decompressed chart file "demo/big.bin" is larger than the maximum file size 5242880',
    );
  });

  it('loads a packaged chart without applying .helmignore', () => {
    const chart = loadChartArchive(
      tgz([
        { name: 'demo/Chart.yaml', body: CHART },
        { name: 'demo/.helmignore', body: '*.txt\n' },
        { name: 'demo/notes.txt', body: 'kept' },
        { name: 'demo/templates/.hidden.yaml', body: 'a: 1' },
      ]),
    );
    expect(chart.files.map((f) => f.name)).toEqual(['.helmignore', 'notes.txt']);
    expect(chart.templates.map((f) => f.name)).toEqual(['templates/.hidden.yaml']);
  });
});
