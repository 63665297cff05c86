// Each API-server rule with a passing and a failing case, on objects built here; the examples the
// issue names (effect NoSchedul, requests above limits, memory 1GB, annotation key with a space)
// are among them, with the parameter each traces to.
import { describe, expect, it } from 'vitest';
import type { KubeObject, Problem, RenderedObject, Values } from '../types';
import { checkObjects } from './checkObjects';

type Obj = Record<string, unknown>;

function deployment(podSpec: Obj = {}, extra: Obj = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 8080 }] }], ...podSpec },
      },
      ...extra,
    },
  };
}

function run(objects: KubeObject[], values: Values = {}): Problem[] {
  const rendered: RenderedObject[] = objects.map((object) => ({ template: 'templates/x.yaml', object }));
  return checkObjects(rendered, { values, userValues: values, kubeVersion: '1.36' });
}

function ids(problems: Problem[]): string[] {
  return problems.map((p) => p.id);
}

describe('a clean object', () => {
  it('raises nothing', () => {
    expect(run([deployment()])).toEqual([]);
  });
});

describe('kube-toleration', () => {
  it('accepts a valid toleration', () => {
    expect(run([deployment({ tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }, { operator: 'Exists' }] })])).toEqual([]);
  });
  it('catches effect NoSchedul and names the parameter', () => {
    const values = { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedul' }] };
    const problems = run([deployment({ tolerations: values.tolerations })], values);
    expect(ids(problems)).toEqual(['kube-toleration']);
    expect(problems[0].severity).toBe('error');
    expect(problems[0].message).toContain('spec.template.spec.tolerations[0].effect');
    expect(problems[0].fix).toContain('NoSchedule');
    expect(problems[0].params).toEqual(['tolerations[0].effect']);
  });
  it('catches a bad operator, a value with Exists, an empty key without Exists, tolerationSeconds without NoExecute', () => {
    const problems = run([deployment({ tolerations: [
      { key: 'a', operator: 'Equals', value: 'x' },
      { key: 'b', operator: 'Exists', value: 'x' },
      { operator: 'Equal', value: 'x' },
      { key: 'c', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 30 },
    ] })]);
    expect(problems.map((p) => p.message.replace(/^.*tolerations/, ''))).toEqual([
      expect.stringMatching(/^\[0\]\.operator is "Equals"/),
      expect.stringMatching(/^\[1\]\.value must be empty/),
      expect.stringMatching(/^\[2\]\.operator must be "Exists"/),
      expect.stringMatching(/^\[3\]\.tolerationSeconds is set/),
    ]);
  });
  it('treats Gt/Lt by version: unknown before 1.35, alpha after', () => {
    const object = deployment({ tolerations: [{ key: 'a', operator: 'Gt', value: '5' }] });
    const rendered = [{ template: 't', object }];
    expect(checkObjects(rendered, { values: {}, userValues: {}, kubeVersion: '1.33' }).map((p) => p.severity)).toEqual(['error']);
    expect(checkObjects(rendered, { values: {}, userValues: {}, kubeVersion: '1.36' }).map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('kube-resources and kube-quantity', () => {
  const withResources = (resources: Obj) => deployment({ containers: [{ name: 'web', image: 'nginx', resources }] });
  it('accepts requests at or below limits', () => {
    expect(run([withResources({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: 1, memory: '1024Mi' } })])).toEqual([]);
  });
  it('catches requests.cpu above limits.cpu and names both parameters', () => {
    const values = { resources: { requests: { cpu: '2' }, limits: { cpu: '500m' } } };
    const problems = run([withResources(values.resources)], values);
    expect(ids(problems)).toEqual(['kube-resources']);
    expect(problems[0].params).toEqual(['resources.requests.cpu', 'resources.limits.cpu']);
  });
  it('catches memory 1GB with a hint', () => {
    const values = { resources: { limits: { memory: '1GB' } } };
    const problems = run([withResources(values.resources)], values);
    expect(ids(problems)).toEqual(['kube-quantity']);
    expect(problems[0].fix).toMatch(/Gi/);
    expect(problems[0].params).toEqual(['resources.limits.memory']);
  });
  it('checks claim sizes too', () => {
    const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { resources: { requests: { storage: '10 Gi' } } } };
    expect(ids(run([pvc]))).toEqual(['kube-quantity']);
  });
});

describe('kube-annotation and kube-label', () => {
  it('accepts qualified keys and string values', () => {
    const ok = deployment();
    ok.metadata.annotations = { 'example.com/owner': 'team-a', note: 'free text, spaces and all' };
    expect(run([ok])).toEqual([]);
  });
  it('catches an annotation key with a space and traces the key', () => {
    const values = { podAnnotations: { 'my key': 'x' } };
    const object = deployment();
    (object.spec as Obj & { template: { metadata: Obj } }).template.metadata.annotations = values.podAnnotations;
    const problems = run([object], values);
    expect(ids(problems)).toEqual(['kube-annotation']);
    expect(problems[0].params).toEqual(['podAnnotations.my key']);
  });
  it('catches a label value over 63 characters, a bad key and a number value', () => {
    const object = deployment();
    object.metadata.labels = { app: 'web', tier: 'x'.repeat(64), 'bad key': 'v', version: 2 };
    expect(run([object]).map((p) => p.message)).toEqual([
      expect.stringContaining('longer than 63'),
      expect.stringContaining("bad key is not a valid key"),
      expect.stringContaining('number, not a string'),
    ]);
  });
});

describe('kube-name', () => {
  it('accepts DNS names, and RBAC names with colons', () => {
    expect(run([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web.config-1' } }])).toEqual([]);
    expect(run([{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:web-reader' } }])).toEqual([]);
    expect(ids(run([{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'a/b' } }]))).toEqual(['kube-name']);
  });
  it('refuses upper case and Service names that start with a digit or run over 63', () => {
    expect(ids(run([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Web' } }]))).toEqual(['kube-name']);
    expect(ids(run([{ apiVersion: 'v1', kind: 'Service', metadata: { name: '1web' }, spec: { ports: [{ port: 80 }] } }]))).toEqual(['kube-name']);
    expect(ids(run([{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'a'.repeat(64) }, spec: { ports: [{ port: 80 }] } }]))).toEqual(['kube-name']);
  });
});

describe('kube-container-name and kube-port', () => {
  it('catches duplicate container names across init and app containers', () => {
    const problems = run([deployment({ initContainers: [{ name: 'web', image: 'busybox' }] })]);
    expect(ids(problems)).toEqual(['kube-container-name']);
  });
  it('catches a port name over 15 characters, a duplicate port name and a port out of range', () => {
    const problems = run([deployment({ containers: [
      { name: 'a', image: 'i', ports: [{ name: 'metrics-endpoint-x', containerPort: 9090 }, { name: 'http', containerPort: 70000 }] },
      { name: 'b', image: 'i', ports: [{ name: 'http', containerPort: 8080 }] },
    ] })]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('longer than 15'),
      expect.stringContaining('containerPort is 70000'),
      expect.stringContaining('"http" names two ports'),
    ]);
  });
});

describe('kube-probe', () => {
  const probed = (probe: Obj) => deployment({ containers: [{ name: 'web', image: 'i', ports: [{ name: 'http', containerPort: 8080 }], readinessProbe: probe }] });
  it('accepts a probe on a declared port (by name or number)', () => {
    expect(run([probed({ httpGet: { path: '/', port: 'http' } })])).toEqual([]);
    expect(run([probed({ tcpSocket: { port: 8080 } })])).toEqual([]);
  });
  it('catches a probe on an undeclared port name and one with two handlers', () => {
    expect(run([probed({ httpGet: { path: '/', port: 'metrics' } })]).map((p) => p.severity)).toEqual(['error']);
    expect(ids(run([probed({ httpGet: { port: 8080 }, tcpSocket: { port: 8080 } })]))).toEqual(['kube-probe']);
  });
  it('notes an undeclared port number as information only', () => {
    expect(run([probed({ tcpSocket: { port: 9000 } })]).map((p) => p.severity)).toEqual(['info']);
  });
});

describe('kube-selector', () => {
  it('catches a selector the template labels do not satisfy', () => {
    const problems = run([deployment({}, { selector: { matchLabels: { app: 'other' } } })]);
    expect(ids(problems)).toEqual(['kube-selector']);
  });
  it('evaluates matchExpressions', () => {
    expect(run([deployment({}, { selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] } })])).toEqual([]);
    expect(ids(run([deployment({}, { selector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] } })]))).toEqual(['kube-selector']);
  });
});

describe('kube-service-port', () => {
  const service = (ports: Obj[]) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports } });
  it('accepts named ports', () => {
    expect(run([service([{ name: 'http', port: 80, targetPort: 'http' }, { name: 'grpc', port: 9000 }])])).toEqual([]);
  });
  it('catches an unnamed port among several and a duplicate name', () => {
    expect(ids(run([service([{ port: 80 }, { name: 'a', port: 81 }, { name: 'a', port: 82 }])]))).toEqual(['kube-service-port', 'kube-service-port']);
  });
});

describe('kube-pdb', () => {
  const pdb = (spec: Obj) => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec });
  it('accepts a PDB that selects the release\'s pods', () => {
    expect(run([deployment(), pdb({ minAvailable: 1, selector: { matchLabels: { app: 'web' } } })])).toEqual([]);
  });
  it('warns about a PDB that selects nothing, refuses min and max together', () => {
    expect(run([deployment(), pdb({ minAvailable: 1, selector: { matchLabels: { app: 'api' } } })]).map((p) => p.severity)).toEqual(['warning']);
    expect(run([deployment(), pdb({ minAvailable: 1, maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } })]).map((p) => p.severity)).toEqual(['error']);
  });
});

describe('kube-hpa', () => {
  const hpa = (spec: Obj) => ({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec });
  it('accepts an autoscaler on a rendered Deployment', () => {
    expect(run([deployment(), hpa({ scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 3 })])).toEqual([]);
  });
  it('warns about a missing target and refuses min above max', () => {
    const problems = run([deployment(), hpa({ scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }, minReplicas: 5, maxReplicas: 3 })]);
    expect(problems.map((p) => `${p.id} ${p.severity}`)).toEqual(['kube-hpa error', 'kube-hpa warning']);
  });
});

describe('kube-api-version', () => {
  it('refuses an API version the cluster version no longer serves', () => {
    const pdb = { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } } };
    expect(ids(run([deployment(), pdb]))).toEqual(['kube-api-version']);
  });
});

describe('robustness', () => {
  it('never throws on odd objects and keeps user keys off prototypes', () => {
    const odd = JSON.parse('{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x","labels":{"__proto__":"y"}},"spec":{"template":{"spec":{"containers":"nope","tolerations":[null,1,{"effect":{}}]}}}}');
    const problems = checkObjects([{ template: 't', object: odd }], { values: JSON.parse('{"__proto__":{"a":1}}'), userValues: {}, kubeVersion: '1.36' });
    expect(problems.length).toBeGreaterThan(0);
    expect(({} as Obj).a).toBeUndefined();
  });
});

describe('tracing to parameters', () => {
  it('prefers the path that ends like the field, and says nothing when candidates are alike', () => {
    const values = { web: { probe: { port: 'http', scheme: 'http' } }, other: { scheme: 'http' } };
    const object = deployment({ containers: [{ name: 'web', image: 'i', readinessProbe: { httpGet: { port: 'http' } } }] });
    expect(run([object], values)[0].params).toEqual(['web.probe.port']);
    const unnamed = { a: { x: 'http' }, b: { y: 'http' } };
    expect(run([object], unnamed)[0].params).toEqual([]);
  });
  it('maps a field inside a block copied whole to the path inside the parameter', () => {
    const values = { extraTolerations: [{ key: 'k', operator: 'Exists', effect: 'NoExec' }] };
    const problems = run([deployment({ tolerations: values.extraTolerations })], values);
    expect(problems[0].params).toEqual(['extraTolerations[0].effect']);
  });
  it('names the other container when a probe names its sibling\'s port', () => {
    const object = deployment({ containers: [
      { name: 'app', image: 'i', readinessProbe: { httpGet: { port: 'http' } } },
      { name: 'proxy', image: 'p', ports: [{ name: 'http', containerPort: 8080 }] },
    ] });
    expect(run([object])[0].message).toContain('only container "proxy" declares');
  });
});
