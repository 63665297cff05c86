// From rendered files to `helm template`'s stdout, as helm 4.1.4 does it (releaseutil SortManifests,
// action.renderResources, cmd/template): files in path order, each split into documents at `---`
// lines, documents trimmed, empty ones dropped; a document whose metadata.annotations hold
// "helm.sh/hook" is a hook (printed after the manifests; one with an unknown hook event is left out
// entirely); the rest are stably sorted by kind in install order (unknown kinds last, alphabetically).
import { GoObject, isGoMap, type GoMap, type GoValue } from '../value';

/** helm's InstallOrder (pkg/release/v1/util/kind_sorter.go). */
export const INSTALL_ORDER: readonly string[] = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget',
  'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim',
  'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role',
  'RoleList', 'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet',
  'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
];

const KIND_RANK = new Map(INSTALL_ORDER.map((k, i) => [k, i]));

const HOOK_EVENTS = new Set([
  'pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade', 'pre-rollback', 'post-rollback',
  'test', 'test-success',
]);

/** One document of the output. */
export interface RenderedManifest {
  /** The `# Source:` path, e.g. "mychart/templates/deployment.yaml". */
  source: string;
  /** The document text, trimmed, without the `---` and `# Source:` lines. */
  content: string;
  /** metadata kind ("" when absent). */
  kind: string;
  /** Hook events ("pre-install", "test"...) when the document is a hook. */
  hook?: string[];
  /** True for a file of crds/ (printed only with includeCrds). */
  crd?: boolean;
  /**
   * The document as plain data (what the reader's parseFast gave: js-yaml's reading), a copy of its
   * own, so the app need not read the text again; absent when only the exact reader could read it.
   */
  object?: unknown;
}

const YAML_PREFIX = 'error converting YAML to JSON: ';

/** A rendered document helm cannot read as YAML; worded as helm's error. */
export class ManifestParseError extends Error {}

/** Go's unicode.IsSpace, for strings.TrimSpace. */
function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Go's strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

// releaseutil's separator `(?:^|\s*\n)---\s*` with Go's \s = [\t\n\f\r ].
const SEPARATOR = /(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/g;

/** releaseutil.SplitManifests: the documents of a rendered file, trimmed, empty ones left out. */
export function splitManifests(text: string): string[] {
  const docs: string[] = [];
  for (const d of goTrimSpace(text).split(SEPARATOR)) {
    if (d === '') continue;
    docs.push(goTrimSpace(d));
  }
  return docs;
}

interface Head {
  kind: string;
  annotations: ReadonlyMap<string, string> | null;
}

function jsonTypeName(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function decodeError(msg: string): ManifestParseError {
  return new ManifestParseError(`error unmarshaling JSON: while decoding JSON: json: ${msg}`);
}

/** sigs.k8s.io/yaml turns a scalar into the string a string field wants; lists and maps fail. */
function asStringField(v: GoValue, field: string, formatScalar: (v: GoValue) => string): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && !(v instanceof GoObject)) {
    throw decodeError(`cannot unmarshal ${jsonTypeName(v)} into Go struct field ${field} of type string`);
  }
  return formatScalar(v);
}

/** encoding/json matches keys case-insensitively; keys arrive in sorted order, so the last match wins. */
function lookupField(m: GoMap, name: string): GoValue | undefined {
  let found: GoValue | undefined;
  const keys = Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    if (k === name || k.toLowerCase() === name) found = m[k] ?? null;
  }
  return found;
}

const METADATA_TYPE = 'struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }';

/** releaseutil.SimpleHead of a document, read as helm reads it (YAML to JSON to the struct). */
function readHead(doc: GoValue, formatScalar: (v: GoValue) => string): Head {
  if (doc === null) return { kind: '', annotations: null };
  if (!isGoMap(doc)) throw decodeError(`cannot unmarshal ${jsonTypeName(doc)} into Go value of type util.SimpleHead`);
  const apiVersion = lookupField(doc, 'apiversion');
  if (apiVersion !== undefined) asStringField(apiVersion, 'SimpleHead.apiVersion', formatScalar);
  const kindValue = lookupField(doc, 'kind');
  const kind = kindValue === undefined ? '' : asStringField(kindValue, 'SimpleHead.kind', formatScalar);
  const metadata = lookupField(doc, 'metadata');
  if (metadata === undefined || metadata === null) return { kind, annotations: null };
  if (!isGoMap(metadata)) {
    throw decodeError(`cannot unmarshal ${jsonTypeName(metadata)} into Go struct field SimpleHead.metadata of type ${METADATA_TYPE}`);
  }
  const name = lookupField(metadata, 'name');
  if (name !== undefined) asStringField(name, '.metadata.name', formatScalar);
  const annotations = lookupField(metadata, 'annotations');
  if (annotations === undefined || annotations === null) return { kind, annotations: null };
  if (!isGoMap(annotations)) {
    throw decodeError(`cannot unmarshal ${jsonTypeName(annotations)} into Go struct field .metadata.annotations of type map[string]string`);
  }
  const out = new Map<string, string>();
  for (const key of Object.keys(annotations).sort()) {
    out.set(key, asStringField(annotations[key] ?? null, '.metadata.annotations', formatScalar));
  }
  return { kind, annotations: out };
}

function kindLess(a: string, b: string): boolean {
  const ra = KIND_RANK.get(a);
  const rb = KIND_RANK.get(b);
  if (ra === undefined && rb === undefined) return a < b;
  if (ra === undefined) return false;
  if (rb === undefined) return true;
  return ra < rb;
}

/** A stable sort by install order of kinds. */
function sortByKind<T extends { kind: string }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => (kindLess(x.item.kind, y.item.kind) ? -1 : kindLess(y.item.kind, x.item.kind) ? 1 : x.i - y.i))
    .map((x) => x.item);
}

export interface YamlReader {
  /** Parses one YAML document as sigs.k8s.io/yaml reads it; throws with its message ("[error converting YAML to JSON: ]yaml: line 3: ..."). */
  parse(text: string): GoValue;
  /** How a scalar that is not a string reads into a string field (5 -> "5", true -> "true"). */
  formatScalar(v: GoValue): string;
  /**
   * A faster reader tried first. It throws for any document it might read differently from
   * `parse` (which then decides and words the error); what it returns is plain JSON-like data.
   */
  parseFast?(text: string): unknown;
}

/** A copy of plain data (objects, arrays, scalars), `__proto__` keys kept as ordinary keys. */
function copyPlain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(copyPlain);
  if (v instanceof Date) return new Date(v.getTime());
  if (ArrayBuffer.isView(v)) return (v as Uint8Array).slice();
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = copyPlain((v as Record<string, unknown>)[k]);
    if (k === '__proto__') Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out;
}

/**
 * What a document's text reads as: its head, or the parse error helm would print (without the file
 * name). A pure function of the text for a given reader, so it is remembered: on a keystroke most
 * documents come out as they did the render before, and reading YAML was half of a render.
 */
type HeadOutcome = { head: Head; object: unknown } | ManifestParseError;

const MAX_CACHED_HEADS = 4096;
const MAX_CACHED_CHARS = 32 * 1024 * 1024;
const headCaches = new WeakMap<YamlReader, { heads: Map<string, HeadOutcome>; chars: number }>();

function readFast(doc: string, yaml: YamlReader): { value: unknown } | null {
  if (!yaml.parseFast) return null;
  try {
    return { value: yaml.parseFast(doc) ?? null };
  } catch {
    return null;
  }
}

function readDocument(doc: string, yaml: YamlReader): HeadOutcome {
  try {
    const fast = readFast(doc, yaml);
    let parsed: GoValue;
    if (fast) parsed = fast.value as GoValue;
    else {
      try {
        parsed = yaml.parse(doc);
      } catch (e) {
        const msg = (e as Error).message;
        throw new ManifestParseError(msg.startsWith(YAML_PREFIX) ? msg : `${YAML_PREFIX}${msg}`);
      }
    }
    return { head: readHead(parsed, yaml.formatScalar), object: fast ? fast.value : undefined };
  } catch (e) {
    if (e instanceof ManifestParseError) return e;
    throw e;
  }
}

function cachedHead(doc: string, yaml: YamlReader): HeadOutcome {
  let cache = headCaches.get(yaml);
  if (!cache) headCaches.set(yaml, (cache = { heads: new Map(), chars: 0 }));
  const hit = cache.heads.get(doc);
  if (hit) return hit;
  const outcome = readDocument(doc, yaml);
  if (cache.heads.size >= MAX_CACHED_HEADS || cache.chars + doc.length > MAX_CACHED_CHARS) {
    cache.heads.clear();
    cache.chars = 0;
  }
  cache.heads.set(doc, outcome);
  cache.chars += doc.length;
  return outcome;
}

/**
 * releaseutil.SortManifests on rendered files (partials and NOTES.txt already left out): the generic
 * manifests in install order and the hooks in kind order. Throws ManifestParseError worded as helm's
 * "YAML parse error on FILE: ..." for the first file (in path order) that does not read.
 */
export function sortManifests(files: ReadonlyMap<string, string>, yaml: YamlReader): { manifests: RenderedManifest[]; hooks: RenderedManifest[] } {
  const generic: RenderedManifest[] = [];
  const hooks: RenderedManifest[] = [];
  const paths = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const path of paths) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const content = files.get(path)!;
    if (base.startsWith('_') || goTrimSpace(content) === '') continue;
    for (const doc of splitManifests(content)) {
      const read = cachedHead(doc, yaml);
      if (read instanceof ManifestParseError) throw new ManifestParseError(`YAML parse error on ${path}: ${read.message}`);
      const { head } = read;
      const manifest: RenderedManifest = { source: path, content: doc, kind: head.kind };
      if (read.object !== undefined) manifest.object = copyPlain(read.object);
      const hookValue = head.annotations && head.annotations.size > 0 ? head.annotations.get('helm.sh/hook') : undefined;
      if (hookValue === undefined) {
        generic.push(manifest);
        continue;
      }
      const events = hookValue.split(',').map((h) => goTrimSpace(h).toLowerCase());
      if (events.some((e) => !HOOK_EVENTS.has(e))) continue; // helm skips hooks with an unknown event
      manifest.hook = events;
      hooks.push(manifest);
    }
  }
  return { manifests: sortByKind(generic), hooks: sortByKind(hooks) };
}

export function isTestHook(m: RenderedManifest): boolean {
  return !!m.hook && m.hook.some((e) => e === 'test' || e === 'test-success');
}

/** `helm template`'s stdout: CRDs (when asked), manifests, then hooks (tests unless skipped). */
export function templateOutput(crds: RenderedManifest[], manifests: RenderedManifest[], hooks: RenderedManifest[], skipTests = false): string {
  let body = '';
  for (const c of crds) body += `---\n# Source: ${c.source}\n${c.content}\n`;
  for (const m of manifests) body += `---\n# Source: ${m.source}\n${m.content}\n`;
  let out = goTrimSpace(body) + '\n';
  for (const h of hooks) {
    if (skipTests && isTestHook(h)) continue;
    out += `---\n# Source: ${h.source}\n${h.content}\n`;
  }
  return out;
}

