import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import { HOST_CHECK_ATTEMPTS, hostCheckScript } from './hostCheckScript';

// Runs the script under /bin/sh with stub `dig` and `sleep` first on PATH.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(digBody: string, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'hostcheck-'));
  dirs.push(dir);
  const stub = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  stub('dig', `echo "$*" >> "${dir}/dig.log"\n${digBody}`);
  stub('sleep', `echo "$1" >> "${dir}/sleep.log"`);
  let code = 0;
  try {
    execFileSync('/bin/sh', ['-c', hostCheckScript], { env: { PATH: `${dir}:/usr/bin:/bin`, ...env }, stdio: 'pipe' });
  } catch (e) {
    code = (e as { status: number }).status;
  }
  const read = (f: string) => {
    try {
      return readFileSync(join(dir, f), 'utf8').trim().split('\n');
    } catch {
      return [];
    }
  };
  return { code, digCalls: read('dig.log'), sleeps: read('sleep.log') };
}

describe('host-check script', () => {
  it('passes at once when the host resolves', () => {
    const r = run('echo 10.1.2.3', { REMOTE_HOST: 'redis.example.com' });
    expect(r.code).toBe(0);
    expect(r.digCalls).toEqual(['+short A redis.example.com']);
  });

  it('also asks the custom DNS server when one is given', () => {
    const r = run('echo 10.1.2.3', { REMOTE_HOST: 'h.example', CUSTOM_DNS: '8.8.8.8' });
    expect(r.code).toBe(0);
    expect(r.digCalls).toEqual(['+short A h.example', '+short A h.example @8.8.8.8']);
  });

  it('fails when only the custom server cannot resolve, after every retry with growing waits', () => {
    const r = run('case "$*" in *@*) exit 9;; *) echo 10.0.0.1;; esac', { REMOTE_HOST: 'h', CUSTOM_DNS: '1.1.1.1' });
    expect(r.code).toBe(1);
    expect(r.digCalls).toHaveLength(2 * HOST_CHECK_ATTEMPTS);
    expect(r.sleeps.slice(0, 4)).toEqual(['2', '4', '8', '16']);
    expect(r.sleeps).toHaveLength(HOST_CHECK_ATTEMPTS - 1);
  });

  it('ignores answers that are not IPv4 addresses', () => {
    expect(run('echo some.cname.example.', { REMOTE_HOST: 'h' }).code).toBe(1);
  });

  it('fails fast without a host', () => {
    expect(run('echo 1.2.3.4', {}).code).toBe(1);
  });
});
