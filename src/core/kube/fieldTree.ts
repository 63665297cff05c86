// The field names and types of every kind we carry a schema for (scripts/kube-field-tree.ts writes
// fields/fieldTree<set>.json from kubernetes-models' .d.ts files). kubernetes-models' validators
// accept unknown fields, which the API server drops (or refuses under strict field validation);
// this tree finds them, with the nearest known name. Loaded per schema set with the validators, so
// a page downloads it only once it checks Kubernetes objects.
import type { PathSeg } from '../paths';
import { isMap } from '../values';
import { schemaSetFor, type KubeVersion } from './versions';

/**
 * Definitions by OpenAPI name -> property -> type code: `*` open (no field check below), `@Name`
 * a definition, `[]X` list of X, `{}X` map (string keys) of X, scalar letters (`s` string, `n`
 * number, `b` boolean, `ns` number or string) with `=a|b` enum literals; a leading `!` marks a
 * required property. `roots` maps `apiVersion/kind` to its definition.
 */
export interface FieldTree {
  set: string;
  roots: Record<string, string>;
  defs: Record<string, Record<string, string>>;
}

const treeLoaders: Record<KubeVersion, () => Promise<FieldTree>> = {
  '1.36': async () => (await import('./fields/fieldTree136.json')).default as unknown as FieldTree,
  '1.33': async () => (await import('./fields/fieldTree133.json')).default as unknown as FieldTree,
};

const loadedTrees = new Map<KubeVersion, FieldTree>();

/** Loads the field tree of `version`'s schema set (once). Never rejects: without it no field is checked. */
export async function loadFieldTree(version: string): Promise<void> {
  const set = schemaSetFor(version);
  if (loadedTrees.has(set)) return;
  try {
    loadedTrees.set(set, await treeLoaders[set]());
  } catch {
    // a chunk that failed to download: the other checks go on
  }
}

/** The tree of `version`'s schema set if it has been loaded. */
export function loadedFieldTree(version: string): FieldTree | undefined {
  return loadedTrees.get(schemaSetFor(version));
}

/** The definition of a kind's objects (undefined for kinds we carry no schema for, e.g. CRDs). */
export function rootDefinition(tree: FieldTree, apiVersion: string, kind: string): string | undefined {
  const key = `${apiVersion}/${kind}`;
  return Object.hasOwn(tree.roots, key) ? tree.roots[key] : undefined;
}

/** A type code read once into the shape the walk follows. */
type Node =
  | { is: 'open' }
  | { is: 'scalar'; types: string; values?: readonly string[] }
  | { is: 'def'; name: string }
  | { is: 'list' | 'map'; of: Node };

function parseCode(code: string): Node {
  if (code.startsWith('!')) return parseCode(code.slice(1));
  if (code === '*') return { is: 'open' };
  if (code.startsWith('@')) return { is: 'def', name: code.slice(1) };
  if (code.startsWith('[]')) return { is: 'list', of: parseCode(code.slice(2)) };
  if (code.startsWith('{}')) return { is: 'map', of: parseCode(code.slice(2)) };
  const eq = code.indexOf('=');
  return eq < 0 ? { is: 'scalar', types: code } : { is: 'scalar', types: code.slice(0, eq), values: code.slice(eq + 1).split('|') };
}

interface Definition {
  props: Map<string, Node>;
  names: readonly string[];
}

/** Each tree's definitions parsed on first use. */
const parsedTrees = new WeakMap<FieldTree, Map<string, Definition | null>>();

function definition(tree: FieldTree, name: string): Definition | null {
  let cache = parsedTrees.get(tree);
  if (!cache) parsedTrees.set(tree, (cache = new Map()));
  const known = cache.get(name);
  if (known !== undefined) return known;
  const raw = Object.hasOwn(tree.defs, name) ? tree.defs[name] : undefined;
  const parsed = raw ? { props: new Map(Object.entries(raw).map(([k, code]) => [k, parseCode(code)])), names: Object.keys(raw) } : null;
  cache.set(name, parsed);
  return parsed;
}

export interface UnknownField {
  /** Path of the unknown field inside the object (its own name last). */
  field: PathSeg[];
  name: string;
  /** The known field of the same object it most likely meant. */
  suggestion?: string;
}

/** Enough to point at the mistake; a value pasted at the wrong level could otherwise flood. */
const MAX_UNKNOWN_PER_OBJECT = 50;

/** The fields of `object` its definition does not have (maps' keys and open nodes not checked). */
export function unknownFields(tree: FieldTree, rootDef: string, object: unknown): UnknownField[] {
  const out: UnknownField[] = [];
  const path: PathSeg[] = [];
  const walk = (node: Node, value: unknown): void => {
    if (out.length >= MAX_UNKNOWN_PER_OBJECT) return;
    if (node.is === 'list') {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(node.of, value[i]);
        path.pop();
      }
    } else if (node.is === 'map') {
      if (!isMap(value)) return;
      for (const key of Object.keys(value)) {
        path.push(key);
        walk(node.of, value[key]);
        path.pop();
      }
    } else if (node.is === 'def') {
      const def = definition(tree, node.name);
      if (!def || !isMap(value)) return;
      for (const key of Object.keys(value)) {
        const child = def.props.get(key);
        path.push(key);
        if (child) walk(child, value[key]);
        else if (out.length < MAX_UNKNOWN_PER_OBJECT) {
          const suggestion = closestName(key, def.names);
          out.push({ field: [...path], name: key, ...(suggestion ? { suggestion } : {}) });
        }
        path.pop();
      }
    }
  };
  walk({ is: 'def', name: rootDef }, object);
  return out;
}

/** Longer names are not compared: edit distance is quadratic and no Kubernetes field is this long. */
const MAX_COMPARED_LENGTH = 64;

/** The known name equal but for case, else the nearest within 2 edits (fewer than the name's length). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = name.toLowerCase();
  const sameButCase = known.find((k) => k.toLowerCase() === lower);
  if (sameButCase) return sameButCase;
  let best: string | undefined;
  let bestDistance = Math.min(2, name.length - 1);
  for (const k of known) {
    if (Math.abs(k.length - name.length) > bestDistance) continue;
    const d = editDistance(lower, k.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, adjacent swaps counting as one edit (imagePullPolicy / imagePullPoilcy). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

type JsonSchema = Record<string, unknown>;

function scalarSchema(node: { types: string; values?: readonly string[] }): JsonSchema {
  const types = [...node.types].map((t) => (t === 's' ? 'string' : t === 'n' ? 'number' : 'boolean'));
  const schema: JsonSchema = { type: types.length === 1 ? types[0] : types };
  if (node.values) schema.enum = [...node.values];
  return schema;
}

/**
 * A draft-07 JSON Schema of one definition (e.g. `io.k8s.api.core.v1.Volume`): the definitions it
 * reaches under `definitions`, linked by `$ref`; closed objects refuse unknown fields. Undefined
 * when the tree has no such definition.
 */
export function jsonSchemaFor(tree: FieldTree, definitionName: string): JsonSchema | undefined {
  if (!Object.hasOwn(tree.defs, definitionName)) return undefined;
  const definitions: Record<string, JsonSchema> = Object.create(null) as Record<string, JsonSchema>;
  const pending = [definitionName];
  const nodeSchema = (node: Node): JsonSchema => {
    switch (node.is) {
      case 'open': return {};
      case 'scalar': return scalarSchema(node);
      case 'list': return { type: 'array', items: nodeSchema(node.of) };
      case 'map': return { type: 'object', additionalProperties: nodeSchema(node.of) };
      case 'def':
        if (!Object.hasOwn(definitions, node.name)) pending.push(node.name);
        return { $ref: `#/definitions/${node.name}` };
    }
  };
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (Object.hasOwn(definitions, name)) continue;
    const raw = Object.hasOwn(tree.defs, name) ? tree.defs[name] : {};
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    definitions[name] = { type: 'object', properties, additionalProperties: false };
    for (const [prop, code] of Object.entries(raw)) {
      properties[prop] = nodeSchema(parseCode(code));
      if (code.startsWith('!')) required.push(prop);
    }
    if (required.length > 0) definitions[name].required = required;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $ref: `#/definitions/${definitionName}`,
    definitions: { ...definitions },
  };
}
