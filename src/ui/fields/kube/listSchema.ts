// The JSON Schema a volumes / volumeMounts YAML editor completes and checks against: a list of the
// Kubernetes definition (Volume, VolumeMount) of the version the page picked. The definition's
// schema comes from a loader (the Kubernetes API of that version); this file only wraps it.
import type { JSONSchema } from 'monaco-yaml';
import { jsonSchemaFor, loadedFieldTree, loadFieldTree } from '../../../core/kube/fieldTree';
import type { KubeShape } from '../../../core/kubeShapes';
import type { KubeVersion } from '../../../core/kube/versions';

export type KubeListKind = 'volumes' | 'volumeMounts';

/** The OpenAPI definition each list holds. */
export const KUBE_LIST_DEFINITIONS: Readonly<Record<KubeListKind, string>> = {
  volumes: 'io.k8s.api.core.v1.Volume',
  volumeMounts: 'io.k8s.api.core.v1.VolumeMount',
};

export function isKubeListKind(shape: KubeShape): shape is KubeListKind {
  return shape === 'volumes' || shape === 'volumeMounts';
}

/** One definition's JSON Schema for a version (undefined: not known for it). */
export type DefinitionSchemaLoader = (definitionName: string, version: KubeVersion) => Promise<JSONSchema | undefined>;

type SchemaNode = Record<string, unknown>;
const isNode = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keywords whose content is data, not schemas (a property named `properties` inside is no keyword). */
const DATA_KEYWORDS = new Set(['default', 'examples', 'enum', 'const', 'required']);
/** Keywords holding a map of name -> schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/**
 * Objects with named properties and no word on other keys get `additionalProperties: false`, so a
 * misspelt field (`mountpath`) is marked: the API server refuses unknown fields under strict field
 * validation, and helm passes them on silently. Objects Kubernetes leaves open stay open.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (!isNode(node)) return;
  const open = node['x-kubernetes-preserve-unknown-fields'] === true || node.additionalProperties !== undefined || node.patternProperties !== undefined;
  if (isNode(node.properties) && !open) node.additionalProperties = false;
  for (const [key, child] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isNode(child)) Object.values(child).forEach(closeObjects);
    else closeObjects(child);
  }
}

/**
 * A list of `item`, as a plain JSON copy (it crosses to the YAML worker by structured clone). The
 * item's `definitions` / `$defs` (and `$schema`) move to the list's root, where its
 * `#/definitions/...` refs resolve.
 */
export function listSchemaOf(item: JSONSchema, title: string): JSONSchema {
  const copy = JSON.parse(JSON.stringify(item)) as SchemaNode;
  const list: SchemaNode = { type: 'array', title };
  for (const keyword of ['$schema', 'definitions', '$defs'] as const) {
    if (copy[keyword] !== undefined) {
      list[keyword] = copy[keyword];
      delete copy[keyword];
    }
  }
  list.items = copy;
  closeObjects(list);
  return list as JSONSchema;
}

const TITLES: Readonly<Record<KubeListKind, string>> = {
  volumes: 'Pod volumes (Volume list)',
  volumeMounts: 'Container volume mounts (VolumeMount list)',
};

/** Per loader (tests pass their own), per kind and version. */
const caches = new WeakMap<DefinitionSchemaLoader, Map<string, Promise<JSONSchema | undefined>>>();

/**
 * The list schema of `kind` for `version`, loaded once per loader, kind and version. Undefined when
 * the loader knows no such definition or fails (the editor then works without a schema; a failure
 * is not kept, so the next editor tries again).
 */
export function schemaForKubeList(kind: KubeListKind, version: KubeVersion, load: DefinitionSchemaLoader = loadDefinitionSchema): Promise<JSONSchema | undefined> {
  const key = `${kind}|${version}`;
  const perLoader = caches.get(load) ?? new Map<string, Promise<JSONSchema | undefined>>();
  caches.set(load, perLoader);
  const cached = perLoader.get(key);
  if (cached) return cached;
  const pending = load(KUBE_LIST_DEFINITIONS[kind], version).then(
    (item) => (item ? listSchemaOf(item, TITLES[kind]) : undefined),
    () => {
      perLoader.delete(key);
      return undefined;
    },
  );
  perLoader.set(key, pending);
  return pending;
}

/**
 * The app's loader: the field tree of the version's Kubernetes API (core/kube), loaded on demand.
 * Rejects when the tree could not be loaded (a chunk that failed), so a later editor tries again.
 */
export async function loadDefinitionSchema(definitionName: string, version: KubeVersion): Promise<JSONSchema | undefined> {
  await loadFieldTree(version);
  const tree = loadedFieldTree(version);
  if (!tree) throw new Error(`The Kubernetes ${version} field tree could not be loaded.`);
  return jsonSchemaFor(tree, definitionName) as JSONSchema | undefined;
}
