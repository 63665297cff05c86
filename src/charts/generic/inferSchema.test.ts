import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { listFields } from '../../core/schemaWalk';
import { defaultsFromSchema } from '../../core/values';
import { inferSchema } from './inferSchema';
import { readValuesDocs } from './valuesComments';

function infer(text: string) {
  const values = load(text) as Record<string, unknown>;
  const docs = readValuesDocs(text);
  return { values, docs, ...inferSchema(values, docs) };
}

const HELM_DOCS = `# Default values for demo.
# A header that describes nothing in particular.

# -- How many pods run
replicaCount: 1

image:
  # -- Where the image comes from
  # (a registry path)
  repository: example/demo
  # -- Overrides the image tag
  # @default -- the chart's appVersion
  tag: ""
  pullPolicy: IfNotPresent  # inline comments are not descriptions

# Annotations added to the pod
podAnnotations: {}

# resources:
#   limits:
#     cpu: 100m
resources: {}

ratio: 0.5
auth:
  password: ""
  existingSecret: ""
hosts:
  - a.example.com
tolerations: []
extra: null
`;

describe('inferSchema on a helm-docs values file', () => {
  const { schema, groups, values } = infer(HELM_DOCS);
  const fields = listFields(schema);
  const byPath = new Map(fields.map((f) => [f.path, f]));

  it('keeps every default, so the form starts from values.yaml as helm does', () => {
    expect(defaultsFromSchema(schema)).toEqual(values);
  });

  it('reads `# --` descriptions with their continuation lines and stops at @default', () => {
    expect(byPath.get('replicaCount')?.description).toBe('How many pods run');
    expect(byPath.get('image.repository')?.description).toBe('Where the image comes from (a registry path)');
    expect(byPath.get('image.tag')?.description).toBe('Overrides the image tag');
  });

  it('takes a plain comment above a key, but not a commented-out YAML example or the file header', () => {
    expect(byPath.get('podAnnotations')?.description).toBe('Annotations added to the pod');
    expect(byPath.get('resources')?.description).toBe('');
    expect(byPath.get('image.pullPolicy')?.description).toBe('');
  });

  it('gives each kind of default its field kind', () => {
    expect(byPath.get('replicaCount')?.kind).toBe('integer');
    expect(byPath.get('ratio')?.kind).toBe('number');
    expect(byPath.get('image.tag')?.kind).toBe('string');
    expect(byPath.get('podAnnotations')?.kind).toBe('keyValue');
    expect(byPath.get('resources')?.kind).toBe('yaml');
    expect(byPath.get('hosts')?.kind).toBe('stringList');
    expect(byPath.get('tolerations')?.kind).toBe('yaml');
    expect(byPath.get('extra')?.kind).toBe('yaml');
  });

  it('marks password-like values secret, but not the name of an existing Secret', () => {
    expect(byPath.get('auth.password')?.secret).toBe(true);
    expect(byPath.get('auth.existingSecret')?.secret).toBe(false);
  });

  it('makes a section per top-level map and puts scalars under General', () => {
    expect(groups.map((g) => g.title)).toEqual(['General', 'image', 'auth']);
    expect(byPath.get('replicaCount')?.group).toBe('general');
    expect(byPath.get('image.tag')?.group).toBe('key-image');
  });
});

describe('inferSchema on a Bitnami values file', () => {
  const text = `## @section Global parameters
## @param global.imageRegistry Global Docker image registry
global:
  imageRegistry: ""

## @section Common parameters
## @param nameOverride String to partially override the fullname
nameOverride: ""
## @param image.registry [default: REGISTRY_NAME] Image registry
## @param image.tag Image tag (immutable tags are recommended)
image:
  registry: docker.io
  tag: 1.2.3
`;
  const { schema, groups } = infer(text);
  const byPath = new Map(listFields(schema).map((f) => [f.path, f]));

  it('uses @section titles as the form sections, in file order', () => {
    expect(groups.map((g) => g.title)).toEqual(['Global parameters', 'Common parameters']);
    expect(byPath.get('nameOverride')?.group).toBe('common-parameters');
    expect(byPath.get('image.tag')?.group).toBe('common-parameters');
  });

  it('reads @param descriptions without their [modifiers]', () => {
    expect(byPath.get('image.registry')?.description).toBe('Image registry');
    expect(byPath.get('global.imageRegistry')?.description).toBe('Global Docker image registry');
  });
});

describe('inferSchema on hostile keys', () => {
  it('keeps __proto__ and constructor as ordinary parameters without touching Object.prototype', () => {
    const { schema } = infer('__proto__:\n  polluted: yes\nconstructor: 1\n');
    const paths = listFields(schema).map((f) => f.path);
    expect(paths).toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
