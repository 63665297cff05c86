import { describe, expect, it, vi } from 'vitest';
import Ajv from 'ajv';
import type { JSONSchema } from 'monaco-yaml';
import { jsonSchemaFor, type FieldTree } from '../../../core/kube/fieldTree';
import { KUBE_VERSIONS } from '../../../core/kube/versions';
import { isKubeListKind, KUBE_LIST_DEFINITIONS, listSchemaOf, loadDefinitionSchema, schemaForKubeList, type DefinitionSchemaLoader } from './listSchema';

// Small hand-written stand-ins for the Kubernetes definitions (the real ones come from the loader).
const VOLUME_MOUNT: JSONSchema = {
  type: 'object',
  required: ['name', 'mountPath'],
  properties: {
    name: { type: 'string' },
    mountPath: { type: 'string' },
    readOnly: { type: 'boolean' },
  },
};

// Typed loosely: monaco-yaml's JSONSchema type does not name Kubernetes' `x-` keywords.
const VOLUME = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    configMap: { $ref: '#/definitions/ConfigMapVolumeSource' },
    emptyDir: { type: 'object', properties: { medium: { type: 'string' }, sizeLimit: { type: 'string' } } },
    csi: { type: 'object', properties: { driver: { type: 'string' }, volumeAttributes: { type: 'object', additionalProperties: { type: 'string' } } } },
    custom: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { known: { type: 'string' } } },
  },
  definitions: {
    ConfigMapVolumeSource: {
      type: 'object',
      properties: { name: { type: 'string' }, optional: { type: 'boolean' }, properties: { type: 'string' } },
      default: { name: 'x', properties: 'data, not a schema' },
    },
  },
} as JSONSchema;

function validator(schema: JSONSchema) {
  return new Ajv({ strict: false, allErrors: true }).compile(schema as object);
}

describe('the schema of a volumes / volumeMounts list', () => {
  it('is a list of the definition', () => {
    const list = listSchemaOf(VOLUME_MOUNT, 'mounts');
    expect(list.type).toBe('array');
    expect(list.title).toBe('mounts');
    expect((list.items as JSONSchema).properties).toEqual(VOLUME_MOUNT.properties);
    const check = validator(list);
    expect(check([{ name: 'certs', mountPath: '/etc/certs', readOnly: true }])).toBe(true);
    expect(check([])).toBe(true);
    expect(check({ name: 'certs', mountPath: '/etc/certs' })).toBe(false);
    expect(check([{ name: 'certs' }])).toBe(false);
  });

  it('marks a misspelt field, at any depth, and leaves open objects open', () => {
    const check = validator(listSchemaOf(VOLUME, 'volumes'));
    expect(check([{ name: 'config', configMap: { name: 'app-config', optional: true } }])).toBe(true);
    expect(check([{ name: 'config', confgMap: { name: 'app-config' } }])).toBe(false);
    expect(check.errors?.[0]?.params).toEqual({ additionalProperty: 'confgMap' });
    expect(check([{ name: 'config', configMap: { nmae: 'app-config' } }])).toBe(false);
    expect(check([{ name: 'scratch', emptyDir: { sizeLimt: '1Gi' } }])).toBe(false);
    // additionalProperties given, or preserve-unknown-fields: any key.
    expect(check([{ name: 'csi', csi: { driver: 'd', volumeAttributes: { anything: 'x' } } }])).toBe(true);
    expect(check([{ name: 'c', custom: { known: 'a', other: 1 } }])).toBe(true);
  });

  it('moves the definitions to the root, where the item refs resolve', () => {
    const list = listSchemaOf(VOLUME, 'volumes');
    expect(Object.keys(list.definitions ?? {})).toEqual(['ConfigMapVolumeSource']);
    expect((list.items as JSONSchema).definitions).toBeUndefined();
  });

  it('treats data keywords as data, and leaves the loaded schema untouched', () => {
    const before = JSON.stringify(VOLUME);
    const list = listSchemaOf(VOLUME, 'volumes');
    const source = list.definitions?.ConfigMapVolumeSource as JSONSchema;
    expect(source.default).toEqual({ name: 'x', properties: 'data, not a schema' });
    // A property named "properties" is a schema like any other (closed objects are not touched in it).
    expect(source.properties?.properties).toEqual({ type: 'string' });
    expect(JSON.stringify(VOLUME)).toBe(before);
    expect(Object.getPrototypeOf(list)).toBe(Object.prototype);
  });
});

describe('with the Kubernetes field tree (core/kube/fieldTree)', () => {
  const TREE: FieldTree = {
    set: 'test',
    roots: {},
    defs: {
      'io.k8s.api.core.v1.Volume': { name: '!s', configMap: '@io.k8s.api.core.v1.ConfigMapVolumeSource', csi: '@io.k8s.api.core.v1.CSIVolumeSource' },
      'io.k8s.api.core.v1.ConfigMapVolumeSource': { name: 's', defaultMode: 'n', items: '[]@io.k8s.api.core.v1.KeyToPath' },
      'io.k8s.api.core.v1.KeyToPath': { key: '!s', path: '!s' },
      'io.k8s.api.core.v1.CSIVolumeSource': { driver: '!s', volumeAttributes: '{}s' },
    },
  };

  it('wraps the definition its $ref names, with the definitions it reaches at the root', () => {
    const item = jsonSchemaFor(TREE, 'io.k8s.api.core.v1.Volume') as JSONSchema;
    const list = listSchemaOf(item, 'volumes');
    expect(list.items).toEqual({ $ref: '#/definitions/io.k8s.api.core.v1.Volume' });
    expect(list.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const check = validator(list);
    expect(check([{ name: 'config', configMap: { name: 'app', items: [{ key: 'a', path: 'a.conf' }] } }])).toBe(true);
    expect(check([{ name: 'config', configMap: { name: 'app', items: [{ key: 'a', pth: 'a.conf' }] } }])).toBe(false);
    expect(check([{ name: 'csi', csi: { driver: 'd', volumeAttributes: { any: 'x' } } }])).toBe(true);
    expect(check([{ configMap: { name: 'app' } }])).toBe(false);
  });

  it.each(KUBE_VERSIONS)('loads Volume and VolumeMount of Kubernetes %s', async (version) => {
    const volume = await loadDefinitionSchema(KUBE_LIST_DEFINITIONS.volumes, version);
    const mount = await loadDefinitionSchema(KUBE_LIST_DEFINITIONS.volumeMounts, version);
    const volumes = validator(listSchemaOf(volume as JSONSchema, 'volumes'));
    const mounts = validator(listSchemaOf(mount as JSONSchema, 'volumeMounts'));
    expect(volumes([{ name: 'config', configMap: { name: 'app', optional: true } }, { name: 'scratch', emptyDir: { sizeLimit: '1Gi' } }])).toBe(true);
    expect(volumes([{ name: 'config', confgMap: { name: 'app' } }])).toBe(false);
    expect(mounts([{ name: 'config', mountPath: '/etc/app', readOnly: true, mountPropagation: 'None' }])).toBe(true);
    expect(mounts([{ name: 'config', mountpath: '/etc/app' }])).toBe(false);
    expect(mounts([{ name: 'config', mountPath: '/etc/app', mountPropagation: 'Sometimes' }])).toBe(false);
    expect(await loadDefinitionSchema('io.k8s.api.core.v1.NoSuchThing', version)).toBeUndefined();
  });
});

describe('schemaForKubeList', () => {
  it('asks the loader for the definition of each kind and version, once', async () => {
    const load = vi.fn<DefinitionSchemaLoader>(async (name) => (name.endsWith('.Volume') ? VOLUME : VOLUME_MOUNT));
    const volumes = await schemaForKubeList('volumes', '1.36', load);
    const mounts = await schemaForKubeList('volumeMounts', '1.36', load);
    expect(load.mock.calls).toEqual([
      ['io.k8s.api.core.v1.Volume', '1.36'],
      ['io.k8s.api.core.v1.VolumeMount', '1.36'],
    ]);
    expect(validator(volumes as JSONSchema)([{ name: 'v', configMap: { name: 'c' } }])).toBe(true);
    expect(validator(mounts as JSONSchema)([{ name: 'v' }])).toBe(false);
    expect(await schemaForKubeList('volumes', '1.36', load)).toBe(volumes);
    await schemaForKubeList('volumes', '1.33', load);
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenLastCalledWith('io.k8s.api.core.v1.Volume', '1.33');
  });

  it('gives undefined when the definition is unknown, and tries again after a failure', async () => {
    const unknown = vi.fn<DefinitionSchemaLoader>(async () => undefined);
    expect(await schemaForKubeList('volumes', '1.36', unknown)).toBeUndefined();
    let fail = true;
    const flaky = vi.fn<DefinitionSchemaLoader>(async () => {
      if (fail) throw new Error('chunk failed');
      return VOLUME_MOUNT;
    });
    expect(await schemaForKubeList('volumeMounts', '1.36', flaky)).toBeUndefined();
    fail = false;
    expect((await schemaForKubeList('volumeMounts', '1.36', flaky))?.type).toBe('array');
    expect(flaky).toHaveBeenCalledTimes(2);
  });

  it('covers exactly the two list shapes', () => {
    expect(Object.keys(KUBE_LIST_DEFINITIONS)).toEqual(['volumes', 'volumeMounts']);
    expect(isKubeListKind('volumes')).toBe(true);
    expect(isKubeListKind('volumeMounts')).toBe(true);
    expect(isKubeListKind('tolerations')).toBe(false);
    expect(isKubeListKind('env')).toBe(false);
  });
});
