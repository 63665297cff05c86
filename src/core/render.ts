// From rendered objects to the text `helm template` prints: objects in helm's install order, each
// as its own document under a `# Source:` header.
import type { RenderedObject } from './types';
import { dumpYaml } from './yamlText';

/** Helm's install order by kind (helm's releaseutil InstallOrder). */
export const INSTALL_ORDER: readonly string[] = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy',
  'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass',
  'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList',
  'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding', 'RoleBindingList',
  'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler',
  'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService', 'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
];

const KIND_RANK = new Map(INSTALL_ORDER.map((kind, i) => [kind, i]));

/** Go's byte-wise string order (what helm compares with), not locale order. */
function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Known kinds by rank; unknown kinds after them, alphabetically by kind name. */
function compareKinds(a: string, b: string): number {
  const ra = KIND_RANK.get(a);
  const rb = KIND_RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return byteCompare(a, b);
}

/**
 * Orders objects as `helm template` prints them (measured with helm v4): non-hook objects first,
 * hooks last; within each, by kind; objects of one kind by template path; same template keeps
 * its own order. Stable and pure.
 */
export function sortForInstall(objects: RenderedObject[]): RenderedObject[] {
  return objects
    .map((entry, index) => ({ entry, index }))
    .sort(
      (x, y) =>
        Number(x.entry.hook ?? false) - Number(y.entry.hook ?? false) ||
        compareKinds(x.entry.object.kind, y.entry.object.kind) ||
        byteCompare(x.entry.template, y.entry.template) ||
        x.index - y.index,
    )
    .map(({ entry }) => entry);
}

/** The multi-document text `helm template` would print for these objects. */
export function manifestsToYaml(chartName: string, objects: RenderedObject[]): string {
  return sortForInstall(objects)
    .map(({ template, object, note }) => {
      const header = [`---`, `# Source: ${chartName}/${template}`];
      if (note) for (const line of note.split('\n')) header.push(`# NOTE: ${line}`.trimEnd());
      return `${header.join('\n')}\n${dumpYaml(object)}`;
    })
    .join('');
}

export interface OutlineEntry {
  kind: string;
  name: string;
  /** 1-based line of the document's first line (its `---`). */
  line: number;
  /** Template path after `# Source: <chart>/`, or '' when there is no header. */
  source: string;
}

/** One entry per document of a multi-document manifest text, for jumping around the preview. */
export function resourceOutline(yamlText: string): OutlineEntry[] {
  const lines = yamlText.split('\n');
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (/^---(\s|$)/.test(line)) starts.push(i);
  });
  if (starts.length === 0 || (starts[0] !== 0 && lines.slice(0, starts[0]).some((l) => l.trim() && !l.startsWith('#')))) {
    starts.unshift(0); // a first document without a leading ---
  }
  const out: OutlineEntry[] = [];
  starts.forEach((start, n) => {
    const end = n + 1 < starts.length ? starts[n + 1] : lines.length;
    const body = lines.slice(start, end);
    const sourceLine = body.find((l) => l.startsWith('# Source: '));
    const source = sourceLine ? sourceLine.slice('# Source: '.length).replace(/^[^/]*\//, '').trim() : '';
    const doc = readDocument(body.join('\n'));
    if (!doc) return;
    out.push({ kind: doc.kind, name: doc.name, line: start + 1, source });
  });
  return out;
}

/** A line scan, not a YAML parse: cheap enough to run on every preview update. */
function readDocument(text: string): { kind: string; name: string } | undefined {
  const lines = text.split('\n');
  let kind: string | undefined;
  let name = '';
  let inMetadata = false;
  for (const line of lines) {
    const top = /^([A-Za-z]\w*):\s*(.*)$/.exec(line);
    if (top) {
      inMetadata = top[1] === 'metadata';
      if (top[1] === 'kind') kind = scalarText(top[2]);
      continue;
    }
    const nameLine = inMetadata ? /^ {2}name:\s*(.*)$/.exec(line) : null;
    if (nameLine) name = scalarText(nameLine[1]);
  }
  return kind ? { kind, name } : undefined;
}

function scalarText(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    try {
      return String(JSON.parse(text));
    } catch {
      return text.slice(1, -1);
    }
  }
  if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text.replace(/\s+#.*$/, '');
}
