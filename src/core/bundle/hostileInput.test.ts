// Issue 13, items 2 and 6: names and values from links, files and flags cannot escape the bundle's
// folder, add commands to its README or keys to its helmfile.yaml.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import type { ChartModule, Release } from '../types';
import { buildBundle, BundleRefused, isSafeEntryName, zipBundle } from './bundle';
import { helmfileText } from './helmfileExport';
import { planRelease } from './plan';
import { readmeText } from './readme';
import { commentText, mdCode, mdText, shellCommand, shellQuote } from './quoting';
import { buildStackBundle } from './stackBundle';

const centrifugo = findChart('centrifugo') as ChartModule;
const valkey = findChart('percona-valkey') as ChartModule;
const chatpulse = findChart('chatpulse') as ChartModule;

const HOSTILE_NAMES = ['../../x', '/abs', '', 'x; cmd #', '$(id)', 'x\nhooks:\n- command: sh'];

describe('bundles refuse names helm refuses', () => {
  it.each(HOSTILE_NAMES.map((n) => [JSON.stringify(n), n]))('release name %s', (_label, name) => {
    expect(() => buildBundle({ chart: centrifugo, release: { name, namespace: 'default' }, values: {} })).toThrow(BundleRefused);
    expect(() => buildBundle({ chart: centrifugo, release: { name, namespace: 'default' }, values: {} })).toThrow(/release name check failed/);
  });

  it.each(HOSTILE_NAMES.map((n) => [JSON.stringify(n), n]))('namespace %s', (_label, namespace) => {
    expect(() => buildBundle({ chart: centrifugo, release: { name: 'ok', namespace }, values: {} })).toThrow(/invalid namespace/);
  });

  it('a stack bundle with one bad release', () => {
    const stack = { releases: [{ name: 'ok', namespace: 'default', chart: 'percona-valkey', values: {} }, { name: '$(id)', namespace: 'default', chart: 'centrifugo', values: {} }], bindings: [] };
    expect(() => buildStackBundle(stack, findChart)).toThrow(BundleRefused);
  });

  it('zip entries never leave the folder they are unpacked in', () => {
    for (const bad of ['../../x/values.yaml', '/abs/values.yaml', 'a/../../b', 'a//b', 'C:/x', 'a\\..\\b', 'a\nb', '']) {
      expect(isSafeEntryName(bad), bad).toBe(false);
      expect(() => zipBundle({ [bad]: 'x' })).toThrow(BundleRefused);
    }
    expect(isSafeEntryName('shop/manifests/centrifugo/templates/deployment.yaml')).toBe(true);
  });
});

describe('shell quoting of the README commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readme-shell-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const canary = join(dir, 'pwned');

  /** Runs `script` in bash with helm, kubectl and git as stubs that record their arguments. */
  function runWithStubs(script: string): string[][] {
    const log = join(dir, 'args');
    rmSync(log, { force: true });
    const stubs = ['helm', 'kubectl', 'git'].map((cmd) => `${cmd}() { { printf '%s' ${cmd}; printf '\\037%s' "$@"; printf '\\036'; } >> "$LOG"; }`).join('\n');
    execFileSync('bash', ['--norc', '--noprofile', '-c', `${stubs}\n${script}`], { env: { PATH: process.env.PATH ?? '', LOG: log, CANARY: canary }, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    return readFileSync(log, 'utf8').split('\u001e').filter(Boolean).map((call) => call.split('\u001f'));
  }

  const WORDS = ['plain', 'x; touch "$CANARY" #', '$(touch "$CANARY")', '`touch "$CANARY"`', "it's; touch $CANARY", '${CANARY}', '*', 'a b', '-'];

  it('passes every word through unchanged and runs nothing else', () => {
    const calls = runWithStubs(WORDS.map((w) => shellCommand('helm', 'upgrade', '--install', w, '--namespace', w)).join('\n'));
    expect(existsSync(canary)).toBe(false);
    expect(calls).toEqual(WORDS.map((w) => ['helm', 'upgrade', '--install', w, '--namespace', w]));
  });

  it("keeps a line break out of the command (it becomes '?')", () => {
    expect(shellQuote('a\nb')).toBe("'a?b'");
    expect(runWithStubs(shellCommand('helm', 'x\ntouch "$CANARY"'))).toEqual([['helm', 'x?touch "$CANARY"']]);
    expect(existsSync(canary)).toBe(false);
  });

  it("the README's install block of releases with hostile names runs only helm, with those names as arguments", () => {
    const release = (name: string): Release => ({ name, namespace: `${name}-ns` });
    const names = ['x; touch "$CANARY" #', '$(touch "$CANARY")'];
    const plans = names.map((n) => planRelease(centrifugo, release(n), {}));
    const readme = readmeText({ plans, problems: [] });
    const block = /```sh\n([\s\S]*?)\n```/.exec(readme.slice(readme.indexOf('## Install')))?.[1] ?? '';
    const calls = runWithStubs(block);
    expect(existsSync(canary)).toBe(false);
    const installs = calls.filter((c) => c[1] === 'upgrade');
    expect(installs.map((c) => [c[3], c[c.indexOf('--namespace') + 1], c[c.length - 1]])).toEqual(
      names.map((n) => [n, `${n}-ns`, `${n}/values.yaml`]),
    );
  });
});

describe('README text keeps values on their line (item 6)', () => {
  const fence = '\n```sh\ntouch /tmp/pwned\n```\n';

  it('a storage class holding a fenced block stays one line of text', () => {
    const values = { persistence: { storageClass: `fast${fence}` } };
    const readme = buildBundle({ chart: valkey, release: { name: 'v', namespace: 'data' }, values })['README.md'] as string;
    expect(readme).not.toContain('touch /tmp/pwned\n');
    expect(readme).toMatch(/StorageClass "fast ```sh touch \/tmp\/pwned ``` "/);
    // Every fence line of the README is one of ours, and each sh block holds only commands we write.
    expect(fenceLines(readme).every((l) => l === '```sh' || l === '```')).toBe(true);
    expect(shBlocks(readme).flat().every((l) => /^(helm|kubectl|git) /.test(l))).toBe(true);
  });

  it('a plain-manifests namespace with line breaks and backticks stays inside its code span', () => {
    const values = { namespace: { name: `chat${fence}` } };
    const readme = buildBundle({ chart: chatpulse, release: { name: 'chat', namespace: 'default' }, values })['README.md'] as string;
    expect(readme).toContain("`chat\\n'''sh\\ntouch /tmp/pwned\\n'''\\n`");
    expect(fenceLines(readme).every((l) => l === '```sh' || l === '```')).toBe(true);
    expect(shBlocks(readme).flat().every((l) => /^(helm|kubectl|git) /.test(l))).toBe(true);
  });

  it('helpers: code spans, text and comments stay on one line', () => {
    expect(mdCode('a`b\nc')).toBe("`a'b\\nc`");
    expect(mdText('a\n\n```sh\nrm -rf /\n```')).toBe('a ```sh rm -rf / ```');
    expect(commentText('x\nhooks:')).toBe('x\\nhooks:');
  });
});

describe('helmfile.yaml text (item 2)', () => {
  it('a name with a newline adds no key: comments stay comments, the body is written by the YAML library', () => {
    const name = 'x\nhooks:\n- events: [prepare]\n  command: sh';
    const plans = [planRelease(chatpulse, { name, namespace: 'default' }, {}), planRelease(centrifugo, { name: `c${name}`, namespace: `n${name}` }, {})];
    const text = helmfileText(plans, [{ consumer: name, point: 'redis', provider: `p${name}` }]);
    const state = load(text) as Record<string, unknown>;
    expect(Object.keys(state)).toEqual(['repositories', 'releases']);
    expect(state.releases).toEqual([expect.objectContaining({ name: `c${name}`, namespace: `n${name}` })]);
    expect(text.split('\n').filter((l) => /^hooks:/.test(l))).toEqual([]);
  });
});

function fenceLines(markdown: string): string[] {
  return markdown.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).map((l) => l.trim());
}

function shBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)\n```/g)].map((m) => m[1].split('\n'));
}
