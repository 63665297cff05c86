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
  annotations: Map<string, string> | null;
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
      let head: Head;
      try {
        let parsed: GoValue;
        try {
          parsed = yaml.parse(doc);
        } catch (e) {
          const msg = (e as Error).message;
          throw new ManifestParseError(msg.startsWith(YAML_PREFIX) ? msg : `${YAML_PREFIX}${msg}`);
        }
        head = readHead(parsed, yaml.formatScalar);
      } catch (e) {
        if (e instanceof ManifestParseError) throw new ManifestParseError(`YAML parse error on ${path}: ${e.message}`);
        throw e;
      }
      const hookValue = head.annotations && head.annotations.size > 0 ? head.annotations.get('helm.sh/hook') : undefined;
      if (hookValue === undefined) {
        generic.push({ source: path, content: doc, kind: head.kind });
        continue;
      }
      const events = hookValue.split(',').map((h) => goTrimSpace(h).toLowerCase());
      if (events.some((e) => !HOOK_EVENTS.has(e))) continue; // helm skips hooks with an unknown event
      hooks.push({ source: path, content: doc, kind: head.kind, hook: events });
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

