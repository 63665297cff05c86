// The command-line repros, each now answered fast and in helm's way.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { pollutionReport } from '../core/testing/pristine';
import { ALIAS_BOMB } from '../core/testing/hostileSamples';
import { run } from './main';
import { MAX_INPUT_FILE_BYTES, readInputFile } from './readInput';

const dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  expect(pollutionReport()).toBeUndefined();
});

/** Runs the CLI in-process; files are real and read the way the real command reads them. */
function cli(argv: string[]) {
  let out = '';
  const err: string[] = [];
  const started = performance.now();
  const code = run(argv, { out: (t) => { out += t; }, err: (l) => { err.push(l); }, readFile: (p) => readInputFile(p) });
  return { code, out, err: err.join('\n'), ms: performance.now() - started };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function deployment(out: string) {
  return (loadAll(out) as { kind?: string; spec: { replicas: number; template: { spec: { containers: { image: string }[] } } } }[])
    .find((o) => o?.kind === 'Deployment')!;
}

describe('prototype keys on the command line (kept as ordinary keys, as helm keeps them)', () => {
  it('--set __proto__.x=1 is an unknown key, nothing more', () => {
    const r = cli(['validate', 'centrifugo', '--set', '__proto__.x=1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^warning \[__proto__\]: __proto__: "__proto__" is not a parameter here/m);
  });
  it('--set __proto__.allErrors=false does not turn schema checks off', () => {
    const r = cli(['validate', 'centrifugo', '--set', '__proto__.allErrors=false', '--set', 'replicaCount=abc']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^error \[replicaCount\]: replicaCount: expected integer/m);
  });
  it('a __proto__ block in a -f file does not replace the image tag', () => {
    const plain = deployment(cli(['template', 'centrifugo']).out).spec.template.spec.containers[0].image;
    const r = cli(['template', 'centrifugo', '-f', file('proto.yaml', '__proto__:\n  image:\n    tag: evil\n')]);
    expect(r.code).toBe(0);
    expect(deployment(r.out).spec.template.spec.containers[0].image).toBe(plain);
    expect(r.err).toMatch(/"__proto__" is not a parameter here/);
  });
});

describe('caps', () => {
  it('an alias bomb is refused at once with "excessive aliasing" (helm: the same)', () => {
    const r = cli(['validate', 'centrifugo', '-f', file('bomb.yaml', ALIAS_BOMB)]);
    expect(ALIAS_BOMB.length).toBeLessThan(640);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/excessive aliasing/);
    expect(r.ms).toBeLessThan(1000);
  });
  it('300 --set entries with list index 65536 are refused fast with a clear message', () => {
    const sets = Array.from({ length: 300 }, (_, i) => ['--set', `a${i}[65536]=x`]).flat();
    const r = cli(['validate', 'centrifugo', ...sets]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/list indexes of all --set entries together ask for more than \d+ list items/);
    expect(r.ms).toBeLessThan(1000);
  });
  it('/dev/zero as a values file is refused at once', () => {
    const r = cli(['validate', 'centrifugo', '-f', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Error: cannot read values file /dev/zero: it is not a regular file');
    expect(r.ms).toBeLessThan(1000);
  });
  it('a FIFO is refused without waiting for a writer', () => {
    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(() => readInputFile(fifo)).toThrow('it is not a regular file');
  });
  it('a file over the size cap is refused before it is read', () => {
    const big = file('big.yaml', '');
    truncateSync(big, MAX_INPUT_FILE_BYTES + 1);
    expect(() => readInputFile(big)).toThrow(/larger than 5 MiB/);
    expect(() => readInputFile(big, 10)).toThrow(/larger than/);
  });
  it('a helmfile naming /dev/zero as values is refused', () => {
    const helmfile = file('helmfile.yaml', 'releases:\n  - name: rt\n    chart: centrifugal/centrifugo\n    values:\n      - /dev/zero\n');
    const r = cli(['validate', '--stack', helmfile]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/values file "\/dev\/zero" cannot be read \(it is not a regular file\)/);
  });
});

describe('values files as helm reads them', () => {
  // helm v4.1.4: "error converting YAML to JSON: yaml: invalid leading UTF-8 octet".
  it('invalid UTF-8 is an error', () => {
    const r = cli(['validate', 'centrifugo', '-f', file('latin1.yaml', new Uint8Array([0x61, 0x3a, 0x20, 0x22, 0xff, 0xfe, 0x22, 0x0a]))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/latin1\.yaml: it is not valid UTF-8 text \(invalid byte at offset 4\)/);
  });
  it('a leading BOM is dropped, as helm does', () => {
    expect(readInputFile(file('bom.yaml', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31])))).toBe('a: 1');
  });
  // helm v4.1.4 layers the documents of one -f file like separate files: `a: 1\n---\nb: 2` gives a and b.
  it('a multi-document values file layers its documents', () => {
    const r = cli(['template', 'centrifugo', '-f', file('multi.yaml', 'replicaCount: 2\n---\nreplicaCount: 3\nimage:\n  tag: v9\n')]);
    expect(r.code).toBe(0);
    const deploy = deployment(r.out);
    expect(deploy.spec.replicas).toBe(3);
    expect(deploy.spec.template.spec.containers[0].image).toMatch(/:v9$/);
  });
});
