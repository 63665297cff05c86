// `validate` and `template` check the rendered objects as the Kubernetes API server would, against
// the version `--kube-version` names (default: the newest schema set we carry).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllKubeSchemas } from '../core/kube';
import { runCli as cli } from './inMemoryCli';

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
