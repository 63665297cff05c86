import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import { loadYamlText } from './yamlText';
import { charts } from '../charts/index';
import { listFields } from './schemaWalk';
import { evaluate } from './evaluate';
import { exampleForIssue, kubeExample, kubeExampleYaml, kubeShapeAt, kubeShapeOf, SHAPE_CONTAINER, type KubeShape } from './kubeShapes';
import { schemaIssueToProblem } from './pipeline';

describe('kubeShapeOf', () => {
  it('knows the shapes by name when the default fits', () => {
    const cases: [string[], unknown, KubeShape][] = [
      [['resources'], {}, 'resources'],
      [['backend', 'tolerations'], [], 'tolerations'],
      [['nodeSelector'], {}, 'nodeSelector'],
      [['podAnnotations'], {}, 'annotations'],
      [['podLabels'], {}, 'labels'],
      [['extraEnv'], [], 'env'],
      [['envFrom'], [], 'envFrom'],
      [['ports'], [], 'ports'],
      [['livenessProbe'], {}, 'probe'],
      [['startupProbe'], {}, 'probe'],
      [['podSecurityContext'], {}, 'podSecurityContext'],
      [['containerSecurityContext'], {}, 'securityContext'],
      [['affinity'], {}, 'affinity'],
      [['topologySpreadConstraints'], [], 'topologySpreadConstraints'],
      [['extraVolumes'], [], 'volumes'],
      [['extraVolumeMounts'], [], 'volumeMounts'],
      [['ingress', 'hosts'], [], 'ingressHosts'],
      [['ingressInternal', 'tls'], [], 'ingressTls'],
    ];
    for (const [segs, def, shape] of cases) expect(kubeShapeOf(segs, undefined, def), segs.join('.')).toBe(shape);
  });

  it('refuses a name whose value has the other container type', () => {
    // Centrifugo's `env` is a map of name to value, not a list of EnvVar.
    expect(kubeShapeOf(['env'], Type.Record(Type.String(), Type.String()), {})).toBeUndefined();
    expect(kubeShapeOf(['tolerations'], undefined, { a: 1 })).toBeUndefined();
    expect(kubeShapeOf(['resources'], Type.Array(Type.String()), undefined)).toBeUndefined();
    // hosts outside an ingress are not ingress rules
    expect(kubeShapeOf(['redis', 'hosts'], undefined, [])).toBeUndefined();
  });

  it('reads a $ref to the Kubernetes definition, on the node or on its items', () => {
    const list = { type: 'array', items: { $ref: '#/definitions/io.k8s.api.core.v1.Toleration' } } as never;
    expect(kubeShapeOf(['placement'], list, [])).toBe('tolerations');
    const map = { $ref: 'https://example.com/k8s.json#/definitions/io.k8s.api.core.v1.ResourceRequirements' } as never;
    expect(kubeShapeOf(['limits'], map, {})).toBe('resources');
  });

  it('finds every listed shape in the curated charts', () => {
    const found = new Set<KubeShape>();
    for (const chart of charts) {
      for (const f of listFields(chart.schema)) {
        const shape = kubeShapeOf(f.segs, f.schema, f.defaultValue);
        if (shape) found.add(shape);
      }
    }
    for (const shape of ['resources', 'tolerations', 'nodeSelector', 'annotations', 'labels', 'probe', 'securityContext', 'podSecurityContext', 'affinity', 'topologySpreadConstraints', 'volumes', 'volumeMounts', 'ingressHosts', 'ingressTls', 'envFrom'] as const) {
      expect(found.has(shape), shape).toBe(true);
    }
  });
});

describe('kubeShapeAt', () => {
  it('walks up to the parameter that names the shape', () => {
    expect(kubeShapeAt('backend.tolerations[0].effect')).toEqual({ shape: 'tolerations', shapeSegs: ['backend', 'tolerations'], rest: [0, 'effect'] });
    expect(kubeShapeAt('resources.requests.cpu')?.rest).toEqual(['requests', 'cpu']);
    expect(kubeShapeAt('replicaCount')).toBeUndefined();
  });
});

describe('examples', () => {
  it('has an example of the right container type for every shape, valid YAML', () => {
    for (const shape of Object.keys(SHAPE_CONTAINER) as KubeShape[]) {
      const example = kubeExample(shape);
      expect(Array.isArray(example), shape).toBe(SHAPE_CONTAINER[shape] === 'list');
      const parsed = loadYamlText(kubeExampleYaml(shape));
      expect(parsed.ok && parsed.value, shape).toEqual(example);
    }
  });

  it('gives a fresh copy each time', () => {
    const a = kubeExample('tolerations') as { key: string }[];
    a[0].key = 'changed';
    expect((kubeExample('tolerations') as { key: string }[])[0].key).toBe('dedicated');
  });

  it('shapes ingress hosts as the chart does', () => {
    const stringPaths = Type.Array(Type.Object({ host: Type.String(), paths: Type.Array(Type.String()) }));
    expect(kubeExample('ingressHosts', stringPaths, [])).toEqual([{ host: 'app.example.com', paths: ['/'] }]);
    const own = [{ host: 'kraken.local', paths: [{ path: '/', pathType: 'Prefix', service: 'frontend' }] }];
    expect(kubeExample('ingressHosts', undefined, own)).toEqual(own);
    expect(kubeExample('ingressHosts')).toEqual([{ host: 'app.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }]);
  });
});

describe('exampleForIssue', () => {
  it('shows the part of the shape the path points at', () => {
    expect(exampleForIssue('tolerations', 'expected array, got object')).toBe(
      '{tolerations: [{key: dedicated, operator: Equal, value: gateway, effect: NoSchedule}]}',
    );
    expect(exampleForIssue('resources.requests.cpu', 'expected string or number, got boolean')).toBe('{cpu: 100m}');
    expect(exampleForIssue('backend.tolerations[0]', 'expected object, got string')).toBe('[{key: dedicated, operator: Equal, value: gateway, effect: NoSchedule}]');
  });

  it('falls back to the expected type when the shape example does not fit', () => {
    // Centrifugo's ingress paths are strings; the generic example has objects there.
    expect(exampleForIssue('ingress.hosts[0].paths[0]', 'expected string, got object')).toBe('[text]');
    expect(exampleForIssue('replicaCount', 'expected integer, got string')).toBe('{replicaCount: 3}');
    expect(exampleForIssue('replicaCount', 'must be >= 0')).toBeUndefined();
  });

  it('puts the example into the schema problem fix', () => {
    const problem = schemaIssueToProblem({ path: 'podSecurityContext.runAsUser', kind: 'type', message: 'expected integer, got string' });
    expect(problem.fix).toBe('Change the value to the expected form. Write it as: {runAsUser: 1000}');
    const other = schemaIssueToProblem({ path: 'replicaCount', kind: 'other', message: 'must be >= 0' });
    expect(other.fix).toBe('Change the value to the expected form.');
  });

  it('reaches the problems of a real chart', () => {
    const centrifugo = charts.find((c) => c.id === 'centrifugo');
    if (!centrifugo) throw new Error('centrifugo chart missing');
    const { problems } = evaluate(centrifugo, { tolerations: { key: 'x' } }, { name: 'demo', namespace: 'default' });
    const problem = problems.find((p) => p.params.includes('tolerations'));
    expect(problem?.fix).toMatch(/Write it as: \{tolerations: \[\{key: dedicated/);
  });
});
