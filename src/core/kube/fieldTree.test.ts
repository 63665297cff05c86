// Unknown fields found along the committed field trees of both schema sets, the nearest known name
// suggested, and the JSON Schema of one definition (Volume, VolumeMount) as an editor would use it.
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { closestName, jsonSchemaFor, loadedFieldTree, loadFieldTree, rootDefinition, unknownFields, type FieldTree } from './fieldTree';

let tree136: FieldTree;
let tree133: FieldTree;

beforeAll(async () => {
  await loadFieldTree('1.36');
  await loadFieldTree('v1.33.4');
  const a = loadedFieldTree('1.36');
  const b = loadedFieldTree('1.33');
  if (!a || !b) throw new Error('field trees did not load');
  tree136 = a;
  tree133 = b;
});

function deployment(podSpec: Record<string, unknown> = {}, spec: Record<string, unknown> = {}, container: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'web', labels: { app: 'web', 'example.com/anything': 'x' }, annotations: { imagePullPolice: 'not a field' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'web', image: 'nginx', imagePullPolicy: 'Always', ...container }], ...podSpec },
      },
      ...spec,
    },
  };
}

const unknownIn = (tree: FieldTree, object: Record<string, unknown>) => {
  const root = rootDefinition(tree, String(object.apiVersion), String(object.kind));
  return root ? unknownFields(tree, root, object) : undefined;
};

describe('the loader', () => {
  it('loads each schema set once, under any version it serves', () => {
    expect(tree136.set).toBe('1.36');
    expect(tree133.set).toBe('1.33');
    expect(loadedFieldTree('v1.40.0')).toBe(tree136);
    expect(loadedFieldTree('1.20')).toBe(tree133);
  });

  it('knows the root of every kind, and none for a custom resource', () => {
    expect(rootDefinition(tree136, 'apps/v1', 'Deployment')).toBe('io.k8s.api.apps.v1.Deployment');
    expect(rootDefinition(tree136, 'v1', 'Pod')).toBe('io.k8s.api.core.v1.Pod');
    expect(rootDefinition(tree136, 'example.com/v1', 'Widget')).toBeUndefined();
    expect(rootDefinition(tree136, 'constructor', '')).toBeUndefined();
  });
});

describe.each(['1.36', '1.33'])('unknownFields, Kubernetes %s', (set) => {
  const tree = () => (set === '1.36' ? tree136 : tree133);

  it('finds nothing in a correct Deployment (labels, annotations and selectors are maps)', () => {
    expect(unknownIn(tree(), deployment({ nodeSelector: { 'disk': 'ssd', imagePullPolice: 'x' } }))).toEqual([]);
  });

  it('finds a misspelt container field and suggests the right one', () => {
    expect(unknownIn(tree(), deployment({}, {}, { imagePullPolice: 'Always' }))).toEqual([
      { field: ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolice'], name: 'imagePullPolice', suggestion: 'imagePullPolicy' },
    ]);
  });

  it('finds a misspelt spec field of a Deployment', () => {
    expect(unknownIn(tree(), deployment({}, { replica: 3 }))).toEqual([{ field: ['spec', 'replica'], name: 'replica', suggestion: 'replicas' }]);
  });

  it('finds fields nested one level too deep or too shallow, without a far-fetched suggestion', () => {
    const found = unknownIn(tree(), deployment({ image: 'nginx' }, {}, { resources: { cpu: '1' } }));
    expect(found).toEqual([
      { field: ['spec', 'template', 'spec', 'containers', 0, 'resources', 'cpu'], name: 'cpu' },
      { field: ['spec', 'template', 'spec', 'image'], name: 'image' },
    ]);
  });

  it('walks lists of objects, init containers, volumes and claim templates', () => {
    const statefulSet = {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' },
      spec: {
        serviceName: 'db', selector: {}, template: { spec: {
          initContainers: [{ name: 'init', image: 'busybox', comand: ['true'] }],
          containers: [{ name: 'db', image: 'pg', volumeMounts: [{ name: 'data', mountpath: '/data' }] }],
          volumes: [{ name: 'cfg', configMap: { name: 'cfg', item: [] } }],
        } },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resource: { requests: { storage: '1Gi' } } } }],
      },
    };
    expect(unknownIn(tree(), statefulSet)?.map((u) => `${u.field.join('.')} -> ${u.suggestion ?? ''}`)).toEqual([
      'spec.template.spec.initContainers.0.comand -> command',
      'spec.template.spec.containers.0.volumeMounts.0.mountpath -> mountPath',
      'spec.template.spec.volumes.0.configMap.item -> items',
      'spec.volumeClaimTemplates.0.spec.resource -> resources',
    ]);
  });

  it('checks no field under an open node (managedFields[].fieldsV1)', () => {
    const object = deployment();
    const withManaged = { ...object, metadata: { ...object.metadata, managedFields: [{ manager: 'helm', fieldsV1: { 'f:spec': { 'f:replicas': {} } } }] } };
    expect(unknownIn(tree(), withManaged)).toEqual([]);
  });

  it('reports in status too, and skips values of the wrong shape (the validators report those)', () => {
    const object = { ...deployment(), status: { replica: 1 } };
    expect(unknownIn(tree(), object)?.map((u) => u.field.join('.'))).toEqual(['status.replica']);
    expect(unknownIn(tree(), deployment({ containers: 'web' }))).toEqual([]);
    expect(unknownIn(tree(), { apiVersion: 'apps/v1', kind: 'Deployment', spec: [1, 2] })).toEqual([]);
  });

  it('treats prototype names as unknown fields, not as inherited ones', () => {
    const object = JSON.parse('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"__proto__":{"a":1},"constructor":{}}') as Record<string, unknown>;
    expect(unknownIn(tree(), object)?.map((u) => u.name)).toEqual(['__proto__', 'constructor']);
  });

  it('stops at 50 findings for one object', () => {
    const spec: Record<string, number> = {};
    for (let i = 0; i < 80; i++) spec[`notAField${i}`] = i;
    expect(unknownIn(tree(), deployment({}, spec))).toHaveLength(50);
  });
});

describe('the two schema sets differ', () => {
  it('pod spec hostnameOverride is known to 1.36 only', () => {
    const object = deployment({ hostnameOverride: 'web-0' });
    expect(unknownIn(tree136, object)).toEqual([]);
    expect(unknownIn(tree133, object)).toEqual([{ field: ['spec', 'template', 'spec', 'hostnameOverride'], name: 'hostnameOverride' }]);
  });
});

describe('closestName', () => {
  const known = ['imagePullPolicy', 'image', 'name', 'ports', 'tty', 'replicas'];
  it('prefers a name equal but for case, then the nearest within two edits', () => {
    expect(closestName('ImagePullPolicy', known)).toBe('imagePullPolicy');
    expect(closestName('imagePullPoilcy', known)).toBe('imagePullPolicy');
    expect(closestName('port', known)).toBe('ports');
    expect(closestName('replica', known)).toBe('replicas');
  });
  it('suggests nothing far off, nor for a one-letter name', () => {
    expect(closestName('cpu', known)).toBeUndefined();
    expect(closestName('x', known)).toBeUndefined();
    expect(closestName('y'.repeat(5000), known)).toBeUndefined();
  });
});

describe('jsonSchemaFor', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });

  it('validates a good volume and rejects a misspelt one', () => {
    const schema = jsonSchemaFor(tree136, 'io.k8s.api.core.v1.Volume');
    if (!schema) throw new Error('no Volume definition');
    const validate = ajv.compile(schema);
    expect(validate({ name: 'data', persistentVolumeClaim: { claimName: 'data' } })).toBe(true);
    expect(validate({ name: 'cfg', configMap: { name: 'cfg', items: [{ key: 'a', path: 'a.txt' }], defaultMode: 420 } })).toBe(true);
    expect(validate({ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } })).toBe(true);
    expect(validate({ name: 'data', persistentVolumeClaim: { claimname: 'data' } })).toBe(false);
    expect(validate.errors?.map((e) => `${e.keyword} ${e.instancePath}`)).toEqual(expect.arrayContaining(['additionalProperties /persistentVolumeClaim', 'required /persistentVolumeClaim']));
    expect(validate({ emptyDir: {} })).toBe(false);
  });

  it('validates volume mounts, with the enum of mountPropagation', () => {
    const schema = jsonSchemaFor(tree133, 'io.k8s.api.core.v1.VolumeMount');
    if (!schema) throw new Error('no VolumeMount definition');
    const validate = ajv.compile(schema);
    expect(validate({ name: 'data', mountPath: '/data', readOnly: true, mountPropagation: 'None' })).toBe(true);
    expect(validate({ name: 'data', mountPath: '/data', mountPropagation: 'Sometimes' })).toBe(false);
    expect(validate({ name: 'data', mountpath: '/data' })).toBe(false);
  });

  it('carries only the definitions it reaches, and nothing for an unknown name', () => {
    const schema = jsonSchemaFor(tree136, 'io.k8s.api.core.v1.VolumeMount');
    expect(Object.keys(schema?.definitions as object)).toEqual(['io.k8s.api.core.v1.VolumeMount']);
    expect(jsonSchemaFor(tree136, 'io.k8s.api.core.v1.NoSuchThing')).toBeUndefined();
    expect(jsonSchemaFor(tree136, 'toString')).toBeUndefined();
  });
});
