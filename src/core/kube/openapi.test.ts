// The bundled OpenAPI schema sets of both versions, loaded per kind, and their findings beside the
// API-server rules (a field one rule already explained is not repeated).
import { beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject, Problem } from '../types';
import { checkObjects } from './checkObjects';
import { loadedValidator, loadKubeSchemas } from './openapi';
import { KUBE_VERSIONS } from './versions';

function deployment(container: Record<string, unknown>, podSpec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', ...container }], ...podSpec } },
    },
  };
}

function check(object: KubeObject, kubeVersion: string, values = {}): Problem[] {
  return checkObjects([{ template: 't', object }], { values, userValues: values, kubeVersion });
}

beforeAll(async () => {
  for (const version of KUBE_VERSIONS) {
    await loadKubeSchemas(version, [{ apiVersion: 'apps/v1', kind: 'Deployment' }, { apiVersion: 'example.com/v1', kind: 'Widget' }]);
  }
}, 60_000);

describe.each(KUBE_VERSIONS)('Kubernetes %s schema', (version) => {
  it('loads the kinds asked for, and knows it has none for a custom resource', () => {
    expect(typeof loadedValidator(version, 'apps/v1', 'Deployment')).toBe('function');
    expect(loadedValidator(version, 'example.com/v1', 'Widget')).toBeNull();
    expect(loadedValidator(version, 'v1', 'ConfigMap')).toBeUndefined();
  });

  it('accepts a valid Deployment', () => {
    expect(check(deployment({ ports: [{ containerPort: 80 }] }), version)).toEqual([]);
  });

  it('finds a wrongly typed field and names the parameter', () => {
    const values = { service: { port: '80' } };
    const problems = check(deployment({ ports: [{ containerPort: '80x' }] }), version, values);
    expect(problems.map((p) => p.id)).toEqual(['kube-port']);
    const typed = check(deployment({ stdin: 'yes' }), version);
    expect(typed.map((p) => `${p.id} ${p.message}`)).toEqual([expect.stringMatching(/^kube-schema .*containers\[0\]\.stdin must be of type boolean/)]);
  });

  it('finds a missing required field', () => {
    const problems = check(deployment({}, { volumes: [{ configMap: { name: 'x' } }] }), version);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('misses the required field "name"')]);
  });

  it('does not repeat a field an API-server rule already reported', () => {
    const problems = check(deployment({}, { tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoSchedul' }] }), version);
    expect(problems.map((p) => p.id)).toEqual(['kube-toleration']);
  });
});

describe('versions differ', () => {
  it('1.36 knows the numeric toleration operators, 1.33 does not', () => {
    const object = deployment({}, { tolerations: [{ key: 'a', operator: 'Gt', value: '5' }] });
    const errorsOf = (version: string) => loadedValidator(version, 'apps/v1', 'Deployment')?.(object).map((e) => `${e.keyword} ${e.instancePath}`);
    expect(errorsOf('1.36')).toEqual([]);
    expect(errorsOf('1.33')).toEqual(['enum /spec/template/spec/tolerations/0/operator']);
  });
});
