// The built command (bin/chart-configurator over dist-cli/), built into a temporary folder: it must
// print, to the byte, what the CLI run in-process prints, from the start-up snapshot and from the
// bundle alone.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charts } from '../src/charts';
import { runProcess } from '../src/cli/main';
import { buildCli, topLevelAwaitStatements, type CliBuild } from './build-cli';

const root = resolve(import.meta.dirname, '..');
const fixture = join(root, 'src/charts/centrifugo/fixtures/ha-redis.values.yaml');
const greeter = join(root, 'e2e/charts/greeter');

let dir = '';
let built: CliBuild;

/** An installed copy: the committed launcher beside a dist-cli/ folder, as in the repository. */
function install(at: string, dist: string): string {
  mkdirSync(join(at, 'bin'), { recursive: true });
  const launcher = join(at, 'bin', 'chart-configurator');
  copyFileSync(join(root, 'bin', 'chart-configurator'), launcher);
  if (dist !== join(at, 'dist-cli')) symlinkSync(dist, join(at, 'dist-cli'));
  return launcher;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-build-'));
  built = await buildCli(join(dir, 'dist-cli'));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function launch(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(join(dir, 'bin', 'chart-configurator'), args, { encoding: 'utf8', input, cwd: root });
}

/** What the command prints when run in-process from the sources (as `npm run cli` runs it). */
async function inProcess(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runProcess(args, {
    out: (text) => {
      stdout += text;
    },
    err: (line) => {
      stderr += `${line}\n`;
    },
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  return { status, stdout, stderr };
}

const seen = (r: SpawnSyncReturns<string>) => ({ status: r.status, stdout: r.stdout, stderr: r.stderr });

describe('the built command', () => {
  beforeAll(() => {
    install(dir, join(dir, 'dist-cli'));
  });

  it('starts from a start-up snapshot on this node', () => {
    expect(built.blob).toBeDefined();
  });

  it.each(charts.map((c) => c.id))('template %s prints what the in-process CLI prints', async (id) => {
    expect(seen(launch(['template', id]))).toEqual(await inProcess(['template', id]));
  });

  it('template with RELEASE, -f, --set and --namespace, and validate with a schema error', async () => {
    const template = ['template', 'rt', 'centrifugo', '-f', fixture, '--set', 'replicaCount=4', '--namespace', 'rt-ns'];
    expect(seen(launch(template))).toEqual(await inProcess(template));
    const invalid = ['validate', 'centrifugo', '--set', 'replicaCount=many'];
    const r = launch(invalid);
    expect(r.status).toBe(1);
    expect(seen(r)).toEqual(await inProcess(invalid));
  });

  it('reads -f - from standard input', () => {
    const r = launch(['values', 'centrifugo', '-f', '-'], 'replicaCount: 5\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^replicaCount: 5$/m);
  });

  it('gives every argument to the command, even ones node would take as its own', () => {
    const r = launch(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage:/);
  });

  it('renders a chart folder through the engine as helm would', async () => {
    const args = ['template', 'hello', greeter, '--set', 'replicaCount=2'];
    const r = launch(args);
    expect(r.status).toBe(0);
    expect(seen(r)).toEqual(await inProcess(args));
  });

  it('runs the bundle itself when there is no snapshot', async () => {
    const bare = join(dir, 'bare');
    mkdirSync(join(bare, 'dist-cli'), { recursive: true });
    copyFileSync(built.script, join(bare, 'dist-cli', 'cli.cjs'));
    const r = spawnSync(install(bare, join(bare, 'dist-cli')), ['template', 'centrifugo', '-f', fixture], { encoding: 'utf8' });
    expect(seen(r)).toEqual(await inProcess(['template', 'centrifugo', '-f', fixture]));
  });

  it('falls back to the bundle when node refuses the snapshot (made by another node version)', async () => {
    const other = join(dir, 'other-node');
    mkdirSync(join(other, 'dist-cli'), { recursive: true });
    copyFileSync(built.script, join(other, 'dist-cli', 'cli.cjs'));
    // node's version in the blob's header (as "20.20.2"): changed, node exits 14 before running it.
    const blob = readFileSync(built.blob!);
    const version = Buffer.from(process.versions.node);
    const at = blob.indexOf(version);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(64);
    version[version.length - 1] = version[version.length - 1] === 0x30 ? 0x31 : 0x30;
    version.copy(blob, at);
    writeFileSync(join(other, 'dist-cli', 'cli.blob'), blob);
    const r = spawnSync(install(other, join(other, 'dist-cli')), ['template', 'centrifugo'], { encoding: 'utf8' });
    const expected = await inProcess(['template', 'centrifugo']);
    expect(r.status).toBe(expected.status);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).toContain('npm run build:cli');
    expect(r.stderr.endsWith(expected.stderr)).toBe(true);
  });

  it('finds its build through the links npm makes (node_modules/.bin)', () => {
    const links = join(dir, 'node_modules', '.bin');
    mkdirSync(links, { recursive: true });
    symlinkSync(relative(links, join(dir, 'bin', 'chart-configurator')), join(links, 'chart-configurator'));
    const r = spawnSync(join(links, 'chart-configurator'), ['charts'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^centrifugo\t/);
  });

  it('says how to build it when dist-cli/ is missing', () => {
    const r = spawnSync(install(join(dir, 'unbuilt'), join(dir, 'unbuilt', 'dist-cli')), ['charts'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/npm run build:cli/);
  });
});

describe('top-level await statements (a snapshot holds a script, not ES modules)', () => {
  it('finds `await x;` statements, also inside top-level ifs and blocks', () => {
    const code = 'await a();\nif (IN_NODE) await b();\nif (x) { await c; } else await d;\nasync function f() { await e; }\n';
    const offsets = topLevelAwaitStatements(code, 'm.ts');
    expect(offsets.map((at) => code.slice(at, at + 'await'.length + 2))).toEqual(['await a', 'await b', 'await c', 'await d']);
  });

  it('refuses an await whose value a script cannot wait for', () => {
    expect(() => topLevelAwaitStatements('const x = await load();\n', 'm.ts')).toThrow(/m\.ts:1: a top-level await/);
    expect(() => topLevelAwaitStatements('for await (const x of xs) use(x);\n', 'm.ts')).toThrow(/top-level await/);
    expect(() => topLevelAwaitStatements('if (await ready()) go();\n', 'm.ts')).toThrow(/top-level await/);
  });
});
