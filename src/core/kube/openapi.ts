// Rendered objects against the Kubernetes OpenAPI schema of the chosen version. Validators are
// loaded per kind on demand (each a separate chunk in the web app, never on first paint; a page
// loads only the kinds it renders: kindsToLoad); checks
// use the ones already loaded, so evaluation stays synchronous: the CLI loads before it checks,
// the page after its first render.
import type { PathSeg } from '../paths';
import { GENERATED_PLACEHOLDER } from '../types';
import { isMap } from '../values';
import { fieldAt } from './context';
import type { CheckEnv, KubeRef } from './context';
import { loadedFieldTree, loadFieldTree, rootDefinition, unknownFields } from './fieldTree';
import { fromRaw, type ObjectValidator, type SchemaError } from './schemaTypes';
import { schemaSetFor, type KubeVersion } from './versions';

type Loader = () => Promise<ObjectValidator>;

const tables: Record<KubeVersion, () => Promise<Record<string, Loader>>> = {
  '1.36': async () => {
    const { KIND_VALIDATORS_1_36 } = await import('./schemas136');
    return Object.fromEntries(Object.entries(KIND_VALIDATORS_1_36).map(([k, load]) => [k, async () => fromRaw(await load())]));
  },
  '1.33': async () => (await import('./schemas133')).KIND_VALIDATORS_1_33,
};

const loaded = new Map<string, ObjectValidator | null>();

function kindKey(version: string, apiVersion: string, kind: string): string {
  return `${schemaSetFor(version)}|${apiVersion}/${kind}`;
}

/** The validator of a kind if it has been loaded (null: we carry no schema for it, e.g. a CRD). */
export function loadedValidator(version: string, apiVersion: string, kind: string): ObjectValidator | null | undefined {
  return loaded.get(kindKey(version, apiVersion, kind));
}

/** A rendered object as far as loading goes: its `apiVersion` and `kind` (anything else is skipped). */
interface KindOf {
  apiVersion: string;
  kind: string;
}

/** Where a rendered object's kind is read: the object itself (RenderedObject) or the ref. */
function kindOf(item: unknown): KindOf | undefined {
  const object = isMap(item) && isMap(item.object) ? item.object : item;
  if (!isMap(object) || typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') return undefined;
  return { apiVersion: object.apiVersion, kind: object.kind };
}

/**
 * The kinds among `items` (rendered objects, or `{ apiVersion, kind }`) whose validator for
 * `version` has not been asked for yet, each once: what a page loads when its render changes.
 */
export function kindsToLoad(version: string, items: readonly unknown[]): KindOf[] {
  const out = new Map<string, KindOf>();
  for (const item of items) {
    const found = kindOf(item);
    if (!found) continue;
    const key = kindKey(version, found.apiVersion, found.kind);
    if (!loaded.has(key) && !out.has(key)) out.set(key, found);
  }
  return [...out.values()];
}

/**
 * Loads the validators of the kinds among `objects` (each once), and the version's field tree
 * (unknown fields, fieldTree.ts). Never rejects: a failed load checks nothing.
 */
export async function loadKubeSchemas(version: string, objects: readonly { apiVersion: string; kind: string }[]): Promise<void> {
  const [table] = await Promise.all([tables[schemaSetFor(version)]().catch(() => undefined), loadFieldTree(version)]);
  if (!table) return;
  await Promise.all(objects.map(async ({ apiVersion, kind }) => {
    const key = kindKey(version, apiVersion, kind);
    if (loaded.has(key)) return;
    const load = Object.hasOwn(table, `${apiVersion}/${kind}`) ? table[`${apiVersion}/${kind}`] : undefined;
    if (!load) {
      loaded.set(key, null);
      return;
    }
    try {
      loaded.set(key, await load());
    } catch {
      loaded.set(key, null);
    }
  }));
}

/** Every kind we carry a validator for (the CLI before it renders; the page loads the kinds it renders). Never rejects. */
export async function loadAllKubeSchemas(version: string): Promise<void> {
  const set: KubeVersion = schemaSetFor(version);
  let table: Record<string, Loader>;
  try {
    table = await tables[set]();
  } catch {
    return; // a chunk that failed to download: the checks go on without the schema
  }
  await loadKubeSchemas(set, Object.keys(table).map((key) => {
    const slash = key.lastIndexOf('/');
    return { apiVersion: key.slice(0, slash), kind: key.slice(slash + 1) };
  }));
}

/** JSON pointer -> path segments, list indexes as numbers (read off the object itself). */
function pointerToSegs(root: unknown, pointer: string): PathSeg[] {
  const segs: PathSeg[] = [];
  let cur = root;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      segs.push(Number(part));
      cur = cur[Number(part)];
    } else {
      segs.push(part);
      cur = isMap(cur) && Object.hasOwn(cur, part) ? cur[part] : undefined;
    }
  }
  return segs;
}

/** ajv reports a oneOf/anyOf failure beside the errors of its branches; keep the one that explains. */
const KEYWORD_RANK: Record<string, number> = { required: 0, enum: 1, format: 2, type: 3, additionalProperties: 4 };

function explain(error: SchemaError): { what: string; severity: 'error' | 'warning' } {
  const p = error.params;
  switch (error.keyword) {
    case 'required': return { what: `misses the required field "${String(p.missingProperty)}".`, severity: 'error' };
    case 'enum': return { what: `must be one of ${(Array.isArray(p.allowedValues) ? p.allowedValues : []).map(String).join(', ')}.`, severity: 'error' };
    case 'format': return { what: `is not a valid ${String(p.format)}.`, severity: 'error' };
    case 'type': return { what: `must be of type ${String(p.type)}.`, severity: 'error' };
    case 'additionalProperties': return { what: `has the unknown field "${String(p.additionalProperty)}".`, severity: 'warning' };
    default: return { what: `fails the schema's "${error.keyword}" rule.`, severity: 'error' };
  }
}

function bestPerPath(errors: SchemaError[]): SchemaError[] {
  const best = new Map<string, SchemaError>();
  for (const e of errors) {
    const where = e.keyword === 'additionalProperties' ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.instancePath;
    const seen = best.get(where);
    if (!seen || (KEYWORD_RANK[e.keyword] ?? 9) < (KEYWORD_RANK[seen.keyword] ?? 9)) best.set(where, e);
  }
  return [...best.values()];
}

const UNKNOWN_FIELD_WHY = (kubeVersion: string) =>
  `The Kubernetes ${schemaSetFor(kubeVersion)} API schema has no such field: the API server drops it or, with strict field validation, refuses the object.`;
const UNKNOWN_FIELD_FIX = 'Check the spelling and the nesting of the field.';

/** Whether a field of an object has been reported already (by the rules or an earlier finding). */
type AlreadyReported = (ref: KubeRef, field: readonly PathSeg[]) => boolean;

/**
 * Schema findings for every object whose kind's validator is loaded, then its unknown fields (the
 * validators let them through); `alreadyReported` tells fields already reported.
 */
export function checkSchemas(env: CheckEnv, alreadyReported: AlreadyReported): void {
  for (const ref of env.refs) {
    const validate = loadedValidator(env.kubeVersion, ref.apiVersion, ref.kind);
    if (validate) checkWithValidator(env, ref, validate, alreadyReported);
    checkUnknownFields(env, ref, alreadyReported);
  }
}

function checkUnknownFields(env: CheckEnv, ref: KubeRef, alreadyReported: AlreadyReported): void {
  const tree = loadedFieldTree(env.kubeVersion);
  const root = tree && rootDefinition(tree, ref.apiVersion, ref.kind);
  if (!tree || !root) return;
  for (const { field, name, suggestion } of unknownFields(tree, root, ref.object)) {
    if (alreadyReported(ref, field)) continue;
    env.report('kube-schema', {
      ref, field, severity: 'warning',
      what: `has the unknown field "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
      why: UNKNOWN_FIELD_WHY(env.kubeVersion),
      fix: UNKNOWN_FIELD_FIX,
    });
  }
}

function checkWithValidator(env: CheckEnv, ref: KubeRef, validate: ObjectValidator, alreadyReported: AlreadyReported): void {
  for (const error of bestPerPath(validate(ref.object))) {
    const field = pointerToSegs(ref.object, error.instancePath);
    if (error.keyword === 'additionalProperties') field.push(String(error.params.additionalProperty));
    if (alreadyReported(ref, field)) continue;
    // A password made up at install is no base64 yet; helm's real output will be.
    if (fieldAt(ref.object, field) === GENERATED_PLACEHOLDER) continue;
    const { what, severity } = explain(error);
    env.report('kube-schema', {
      ref, field: field.length > 0 ? field : ['kind'], severity, what,
      why: severity === 'error'
        ? `The Kubernetes ${schemaSetFor(env.kubeVersion)} API schema of ${ref.apiVersion} ${ref.kind} does not allow this; the API server refuses the object.`
        : UNKNOWN_FIELD_WHY(env.kubeVersion),
      fix: severity === 'error' ? 'Change the value to the form the API expects.' : UNKNOWN_FIELD_FIX,
    });
  }
}
