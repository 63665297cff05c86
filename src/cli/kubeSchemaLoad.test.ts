// The command line loads the OpenAPI schema set of the --kube-version named before it runs, for
// every command that checks objects (diff and the stack commands too). Nothing is loaded up front
// in this file (vitest gives each file its own modules), so a set only exists if runProcess loaded it.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runProcess } from './main';

/** A value only the OpenAPI schema refuses (no rule of ours reads tolerationSeconds' type). */
const SOON = 'tolerations:\n  - {key: a, operator: Exists, tolerationSeconds: soon, effect: NoExecute}\n';
const FILES: Record<string, string> = {
  'soon.yaml': SOON,
  'helmfile.yaml': 'releases:\n  - name: rt\n    chart: centrifugal/centrifugo\n    values:\n      - soon.yaml\n',
};

async function runLoaded(argv: string[]) {
  let out = '';
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const code = await runProcess(argv, {
    out: (t) => { out += t; },
    err: (l) => { err.push(l); },
    readFile: (p) => {
      if (!Object.hasOwn(FILES, p)) throw new Error(`ENOENT: no such file '${p}'`);
      return FILES[p];
    },
    writeFile: (p, data) => { written.set(p, data); },
  });
  return { code, out, err, written };
}

describe('the schema set loaded before a command runs', () => {
  // diff first: no other command of this file has loaded the 1.33 set yet.
  it('diff loads the set of its --kube-version (1.34 is checked with the 1.33 set)', async () => {
    const r = await runLoaded(['diff', 'centrifugo', '--to', 'soon.yaml', '--kube-version', '1.34']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^error \[tolerations\[0\]\.tolerationSeconds\]: .*Kubernetes 1\.33 API schema/m);
  }, 60_000);

  it('bundle --stack loads the set of --kube-version=V and its README lists what it finds', async () => {
    const r = await runLoaded(['bundle', '--stack', 'helmfile.yaml', '-o', 's.zip', '--kube-version=v1.36.1']);
    expect(r.code).toBe(0);
    const readme = strFromU8(unzipSync(r.written.get('s.zip')!)['README.md']);
    expect(readme).toContain('Checked against Kubernetes 1.36:');
    expect(readme).toMatch(/tolerationSeconds.*\n(.*\n)*.*The Kubernetes 1\.36 API schema/);
  }, 60_000);

  it('validate --stack finds the same with the set loaded for it', async () => {
    const r = await runLoaded(['validate', '--stack', 'helmfile.yaml', '--kube-version', '1.33']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^rt: error \[tolerations\[0\]\.tolerationSeconds\]: .*Kubernetes 1\.33 API schema/m);
  }, 60_000);
});
