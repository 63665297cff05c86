// `validate` and `template` check the rendered objects as the Kubernetes API server would, against
// the version `--kube-version` names (default: the newest schema set we carry).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllKubeSchemas } from '../core/kube';
import { runCli as cli } from './inMemoryCli';
import { kubeVersionArg } from './main';

const BAD = `tolerations:
  - key: dedicated
    operator: Equal
    value: db
    effect: NoSchedul
resources:
  requests:
    cpu: "2"
    memory: 1GB
  limits:
    cpu: 500m
podAnnotations:
  "my key": x
`;

beforeAll(async () => {
  await loadAllKubeSchemas('1.36');
  await loadAllKubeSchemas('1.33');
}, 60_000);

describe('cli Kubernetes checks', () => {
  it('validate lists each API-server error at the parameter and exits 1', () => {
    const r = cli(['validate', 'centrifugo', '-f', 'bad.yaml'], { 'bad.yaml': BAD });
    expect(r.code).toBe(1);
    const lines = r.out.split('\n').filter((l) => l.startsWith('error'));
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^error \[tolerations\[0\]\.effect\]: .*NoSchedul/),
      expect.stringMatching(/^error \[resources\.requests\.cpu, resources\.limits\.cpu\]: /),
      expect.stringMatching(/^error \[resources\.requests\.memory\]: .*1GB/),
      expect.stringMatching(/^error \[podAnnotations\.my key\]: /),
    ]));
  });

  it('validate of the defaults raises no Kubernetes problem', () => {
    const r = cli(['validate', 'centrifugo']);
    expect(r.out).not.toMatch(/kube|Kubernetes checks/);
  });

  it('template --kube-version picks the version the objects are checked against', () => {
    const gt = ['--set', 'tolerations[0].key=a', '--set', 'tolerations[0].operator=Gt', '--set-string', 'tolerations[0].value=5'];
    const old = cli(['template', 'centrifugo', ...gt, '--kube-version', 'v1.33.4']);
    const now = cli(['template', 'centrifugo', ...gt]);
    expect(old.code).toBe(0); // template fails only for values that break the chart's schema
    expect(old.err.join('\n')).toMatch(/^error \[tolerations\[0\]\.operator\]: .*before Kubernetes 1\.35/m);
    expect(now.err.join('\n')).toMatch(/^warning \[tolerations\[0\]\.operator\]: .*feature gate/m);
  });

  it('refuses a --kube-version that is no version', () => {
    const r = cli(['template', 'centrifugo', '--kube-version', 'latest']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('invalid --kube-version "latest"');
  });
});

describe('cli Kubernetes checks beside the chart schema', () => {
  it('does not repeat a type error the chart schema already reports', () => {
    const r = cli(['validate', 'centrifugo', '--set-string', 'securityContext.runAsNonRoot=yes']);
    const lines = r.out.split('\n').filter((l) => l.includes('securityContext.runAsNonRoot'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error \[securityContext\.runAsNonRoot\]: securityContext\.runAsNonRoot: expected boolean/);
  });
});

const GT = ['--set', 'tolerations[0].key=a', '--set', 'tolerations[0].operator=Gt', '--set-string', 'tolerations[0].value=5'];
const unzip = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([p, b]) => [p, strFromU8(b)]));
const openProblems = (readme: string) => readme.slice(readme.indexOf('## Open problems'));

describe('cli bundle --kube-version', () => {
  it('lists the open problems of the version named, and names it', () => {
    const old = cli(['bundle', 'centrifugo', ...GT, '-o', 'b.zip', '--kube-version=1.33']);
    expect(old.code).toBe(0);
    expect(old.err.at(-1)).toMatch(/^1 error\(s\), 0 warning\(s\)/);
    const oldReadme = unzip(old.written['b.zip'])['README.md'];
    expect(openProblems(oldReadme)).toContain('Checked against Kubernetes 1.33:');
    expect(openProblems(oldReadme)).toMatch(/\*\*error\*\*: .*before Kubernetes 1\.35/);
    const now = cli(['bundle', 'centrifugo', ...GT, '-o', 'b.zip']);
    expect(now.err.at(-1)).toMatch(/^0 error\(s\), 1 warning\(s\)/);
    const nowReadme = unzip(now.written['b.zip'])['README.md'];
    expect(openProblems(nowReadme)).toContain('Checked against Kubernetes 1.36:');
    expect(openProblems(nowReadme)).toMatch(/\*\*warning\*\*: .*feature gate/);
    // A curated chart renders the same objects for every version, and the install commands do not change.
    expect(unzip(old.written['b.zip'])['release-name/manifests/centrifugo/templates/deployment.yaml']).toBe(unzip(now.written['b.zip'])['release-name/manifests/centrifugo/templates/deployment.yaml']);
    expect(oldReadme.slice(oldReadme.indexOf('## Install'), oldReadme.indexOf('## Open problems'))).toBe(nowReadme.slice(nowReadme.indexOf('## Install'), nowReadme.indexOf('## Open problems')));
  });

  it('refuses a --kube-version that is no version, writing nothing', () => {
    const r = cli(['bundle', 'centrifugo', '-o', 'b.zip', '--kube-version', 'latest']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('invalid --kube-version "latest"');
    expect(r.written).toEqual({});
  });
});

describe('a chart opened from a PATH renders for the version it is checked against', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'capable-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: capable\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'values.yaml'), 'greeting: hi\n');
    writeFileSync(join(dir, 'templates', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const manifest = (argv: string[]) => {
    const r = cli(['bundle', dir, '-o', 'c.zip', ...argv]);
    expect(r.code).toBe(0);
    const files = unzip(r.written['c.zip']);
    return { cm: files['release-name/manifests/capable/templates/cm.yaml'], readme: files['README.md'] };
  };

  it('bundle: --kube-version, else the newest version, as the page does; the README says so', () => {
    const old = manifest(['--kube-version', 'v1.33.4']);
    expect(old.cm).toMatch(/^ {2}kube: "?v1\.33\.4"?$/m);
    expect(old.readme).toMatch(/rendered for Kubernetes 1\.33 \(`\.Capabilities\.KubeVersion`\); `helm upgrade --install` renders for the version of the cluster/);
    const now = manifest([]);
    expect(now.cm).toMatch(/^ {2}kube: "?v1\.36\.0"?$/m);
    expect(now.readme).toContain('rendered for Kubernetes 1.36');
  });

  it('template PATH stays helm template: helm\'s own default version unless --kube-version', () => {
    expect(cli(['template', dir]).out).toContain('kube: "v1.35.0"');
    expect(cli(['template', dir, '--kube-version', '1.33']).out).toContain('kube: "v1.33"'); // helm prints what it was given
    // A bundle before does not leave its version behind for later commands.
    manifest(['--kube-version', '1.33']);
    expect(cli(['template', dir]).out).toContain('kube: "v1.35.0"');
  });
});

describe('the --kube-version read before parsing (which schema set loads first)', () => {
  it('reads both spellings, the last one given, as the parser does', () => {
    expect(kubeVersionArg(['diff', 'c', '--kube-version', 'v1.33.2'])).toBe('1.33');
    expect(kubeVersionArg(['validate', '--stack', 'h.yaml', '--kube-version=1.33'])).toBe('1.33');
    expect(kubeVersionArg(['bundle', 'c', '--kube-version', '1.36', '--kube-version', '1.33'])).toBe('1.33');
    expect(kubeVersionArg(['validate', 'c'])).toBeUndefined();
    expect(kubeVersionArg(['validate', 'c', '--kube-version', 'latest'])).toBeUndefined();
    expect(kubeVersionArg(['validate', 'c', '--kube-version'])).toBeUndefined();
  });
});
