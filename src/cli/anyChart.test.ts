import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_FILES } from '../engine/helm/demoChart.fixture';
import { splitHelmFlags } from './anyChart';
import { run } from './main';

// Expected texts were printed by helm v4.1.4 for the same chart files.

let dir: string;
let chartDir: string;
let tinyDir: string;

function writeTree(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

/** A minimal ustar archive (regular files only), gzipped: what `helm package` produces. */
function tgz(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const blocks: Uint8Array[] = [];
  for (const [name, text] of Object.entries(files)) {
    const data = enc.encode(text);
    const header = new Uint8Array(512);
    const put = (s: string, at: number) => header.set(enc.encode(s), at);
    put(name, 0);
    put('0000644\0', 100);
    put('0000000\0', 108);
    put('0000000\0', 116);
    put(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    put('00000000000\0', 136);
    put('        ', 148);
    put('0', 156);
    put('ustar\0', 257);
    put('00', 263);
    const sum = header.reduce((a, b) => a + b, 0);
    put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  const tar = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    tar.set(b, at);
    at += b.length;
  }
  return gzipSync(tar);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anychart-'));
  chartDir = join(dir, 'demo');
  writeTree(chartDir, DEMO_FILES);
  tinyDir = join(dir, 'tiny');
  writeTree(tinyDir, {
    'Chart.yaml': 'apiVersion: v2\nname: tiny\nversion: 0.1.0\n',
    'templates/x.yaml': 'x: "{{ printf "%T %T %T %T %T %v" .Values.a .Values.b .Values.c .Values.d .Values.e .Values.l }}"\n',
  });
  writeFileSync(join(dir, 'v.yaml'), 'b: 5\nl: [1, 2, 3]\n');
  const archived: Record<string, string> = {};
  for (const [k, v] of Object.entries(DEMO_FILES)) archived[`demo/${k}`] = v;
  writeFileSync(join(dir, 'demo-1.2.3.tgz'), tgz(archived));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(argv: string[]) {
  let out = '';
  const err: string[] = [];
  const code = run(argv, {
    out: (t) => {
      out += t;
    },
    err: (l) => {
      err.push(l);
    },
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  return { code, out, err };
}

describe('cli template PATH', () => {
  it('prints exactly what helm template prints, for a folder and for a .tgz', () => {
    const folder = cli(['template', 'rel', chartDir, '--namespace', 'ns1']);
    expect(folder.err).toEqual([]);
    expect(folder.code).toBe(0);
    expect(folder.out).toBe(DEMO_EXPECTED);
    const archive = cli(['template', 'rel', join(dir, 'demo-1.2.3.tgz'), '-n', 'ns1']);
    expect(archive.out).toBe(DEMO_EXPECTED);
  });

  it('layers -f (float64) and --set (int64, floats as strings, list items by index) as helm does', () => {
    const r = cli(['template', tinyDir, '-f', join(dir, 'v.yaml'), '--set', 'a=5,c=1.5,d=007,e=true', '--set', 'l[1]=9']);
    expect(r.out).toBe('---\n# Source: tiny/templates/x.yaml\nx: "int64 float64 string string bool [1 9 3]"\n');
  });

  it('takes helm\'s own flags: --kube-version, --api-versions, --include-crds, --skip-tests, --is-upgrade', () => {
    const r = cli(['template', 'rel', chartDir, '--kube-version', '1.30.2', '-a', 'example.org/v1', '--include-crds', '--skip-tests', '--is-upgrade']);
    expect(r.out.startsWith('---\n# Source: demo/crds/widget.yaml\n')).toBe(true);
    expect(r.out).toContain('  release: "rel|default|false|true|1|Helm"\n  kube: "v1.30.2|1|30|v1.30.2"\n  kubePrinted: "v1.30.2"\n  apis: "true|true"\n');
    expect(r.out).not.toContain('smoke-test');
  });

  it('reports errors as helm does on stderr, exit 1', () => {
    const failing = cli(['template', chartDir, '--set', 'sub.enabled=false']);
    expect(failing.code).toBe(1);
    expect(failing.out).toBe('');
    expect(failing.err.join('\n')).toBe(
      'Error: demo/templates/objects.yaml:22:41\n  executing "demo/templates/objects.yaml" at <.Subcharts.sub.Chart.Name>:\n    nil pointer evaluating interface {}.Chart\n\nUse --debug flag to render out invalid YAML',
    );
    const badKube = cli(['template', chartDir, '--kube-version', '1']);
    expect(badKube.err).toEqual([`Error: invalid kube version '1': illegal version string "1"`]);
  });

  it('splitHelmFlags takes out only helm\'s flags', () => {
    const { flags, rest } = splitHelmFlags(['template', 'x', '--kube-version=1.29', '-a', 'a/v1,b/v1', '--api-versions', 'c/v1', '--skip-tests', '--set', 'a=1']);
    expect(flags).toMatchObject({ kubeVersion: '1.29', apiVersions: ['a/v1', 'b/v1', 'c/v1'], skipTests: true, includeCrds: false });
    expect(rest).toEqual(['template', 'x', '--set', 'a=1']);
  });
});

describe('cli validate / values / schema on a PATH', () => {
  it('opens the chart through the generic module', () => {
    const v = cli(['values', chartDir, '--set', 'replicas=3']);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/replicas: 3/);
    const s = cli(['schema', chartDir]);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.out)).toHaveProperty('properties');
    const ok = cli(['validate', chartDir]);
    expect(ok.code).toBe(0);
    const broken = cli(['validate', chartDir, '--set', 'sub.enabled=false']);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/nil pointer evaluating interface \{\}\.Chart/);
  });

  it('still says unknown chart for a name that is neither curated nor on disk', () => {
    const r = cli(['template', join(dir, 'missing-chart')]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/unknown chart/);
  });
});
