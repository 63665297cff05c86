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

describe.each(KUBE_VERSIONS)('unknown fields, Kubernetes %s (loaded with the schemas)', (version) => {
  it('warns of a misspelt container field, suggests the name and traces the parameter', () => {
    const values = { extraContainerFields: { imagePullPolice: 'Always' } };
    const problems = check(deployment({ imagePullPolice: 'Always' }), version, values);
    expect(problems).toEqual([{
      id: 'kube-schema',
      severity: 'warning',
      message: 'Deployment "web": spec.template.spec.containers[0].imagePullPolice has the unknown field "imagePullPolice" (did you mean "imagePullPolicy"?).',
      why: `The Kubernetes ${version} API schema has no such field: the API server drops it or, with strict field validation, refuses the object.`,
      fix: 'Check the spelling and the nesting of the field.',
      params: ['extraContainerFields.imagePullPolice'],
      doc: 'Kubernetes checks',
    }]);
  });

  it('warns of a misspelt Deployment spec field', () => {
    const object = deployment({});
    (object.spec as Record<string, unknown>).replica = 3;
    expect(check(object, version, { deploymentSpec: { replica: 3 } }).map((p) => `${p.severity} ${p.message} [${p.params.join()}]`)).toEqual([
      'warning Deployment "web": spec.replica has the unknown field "replica" (did you mean "replicas"?). [deploymentSpec.replica]',
    ]);
  });

  it('skips custom resources and reports each field once beside the validator', () => {
    const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { anything: { goes: true } } } as KubeObject;
    expect(check(widget, version)).toEqual([]);
    const both = check(deployment({ stdin: 'yes', stdn: true }), version);
    expect(both.map((p) => p.message.replace(/^.*containers\[0\]\./, ''))).toEqual(['stdin must be of type boolean.', 'stdn has the unknown field "stdn" (did you mean "stdin"?).']);
  });
});

describe('unknown fields by version', () => {
  it('pod spec hostnameOverride is a field of 1.36, unknown to 1.33', () => {
    const object = deployment({}, { hostnameOverride: 'web-0' });
    expect(check(object, '1.36')).toEqual([]);
    expect(check(object, '1.33').map((p) => p.message)).toEqual(['Deployment "web": spec.template.spec.hostnameOverride has the unknown field "hostnameOverride".']);
  });
});
