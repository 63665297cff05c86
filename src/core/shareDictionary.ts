// The dictionaries both ends of a share link know, so the link carries references instead of text:
//   - the general one: words and snippets common to Helm values and Kubernetes objects, FROZEN for
//     link format 2 (a test pins its hash: changing one byte would garble every link made before);
//   - a chart's: its parameter paths in schema walk order (a value is sent as the path's index) and
//     its defaults as JSON (deflate's preset dictionary then finds the chart's own words there).
// A chart's dictionary changes with its version, so links name it by a short hash and an opener
// whose chart differs says so instead of misreading the values. A chart the app ships keeps its
// earlier dictionaries as committed data (`npm run links:freeze`), so links made with an earlier
// version of the app still open: see FrozenLinkDictionaries.
import type { TSchema } from 'typebox';
import type { PathSeg } from './paths';
import { listFields } from './schemaWalk';
import type { Values } from './types';
import { defaultsFromSchema, isMap, own, put } from './values';

/** deflate looks back at most 32 KiB: dictionary bytes beyond that are never referenced. */
const WINDOW = 32_768;

// Least likely first: deflate's references to the end of the dictionary are the cheapest.
export const GENERAL_DICTIONARY = [
  '"alb.ingress.kubernetes.io/scheme":"internet-facing","alb.ingress.kubernetes.io/target-type":"ip",',
  '"service.beta.kubernetes.io/aws-load-balancer-type":"nlb","cloud.google.com/neg":"{\\"ingress\\": true}",',
  '"traefik.ingress.kubernetes.io/router.entrypoints":"websecure","external-dns.alpha.kubernetes.io/hostname":"",',
  '"kubernetes.io/ingress.class":"","kubernetes.io/tls-acme":"true",".svc.cluster.local:","https://","http://",',
  '{"releases":[{"name":"","namespace":"","chart":"","needs":[""]}],"bindings":[{"consumer":"","point":"redis","provider":""}],',
  '"secretsIncluded":true,"omitted":[""],"release":{"name":"","namespace":"default"},"origin":{"name":"","version":"","repoUrl":"https://"}}',
  '{"securityContext":{"runAsNonRoot":true,"runAsUser":1000,"runAsGroup":1000,"fsGroup":1000,',
  '"readOnlyRootFilesystem":true,"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]}},',
  '"podSecurityContext":{},"seccompProfile":{"type":"RuntimeDefault"},',
  '"livenessProbe":{"httpGet":{"path":"/healthz","port":"http"},"initialDelaySeconds":10,"periodSeconds":10,',
  '"timeoutSeconds":5,"failureThreshold":3},"readinessProbe":{},"startupProbe":{},',
  '"autoscaling":{"enabled":true,"minReplicas":2,"maxReplicas":10,"targetCPUUtilizationPercentage":80,',
  '"targetMemoryUtilizationPercentage":80},',
  '"persistence":{"enabled":true,"storageClass":"standard","storageClassName":"","accessModes":["ReadWriteOnce"],',
  '"ReadWriteMany","size":"8Gi","existingClaim":"","mountPath":"/data"},',
  '"serviceAccount":{"create":true,"automount":true,"name":""},"rbac":{"create":true},',
  '"image":{"registry":"docker.io","repository":"","tag":"latest","digest":"","pullPolicy":"IfNotPresent"},',
  '"Always","imagePullSecrets":[{"name":"regcred"}],',
  '"env":[{"name":"LOG_LEVEL","value":"debug"}],"envFrom":[{"secretRef":{"name":""}}],"extraEnv":[],"extraArgs":[],',
  '"extraVolumes":[],"extraVolumeMounts":[],"configMap":{},"secretKeyRef":{"key":""},',
  '"existingSecret":"","nameOverride":"","fullnameOverride":"","namespaceOverride":"",',
  '"podAnnotations":{},"podLabels":{},"commonLabels":{},"annotations":{},"labels":{},',
  '"nodeSelector":{"kubernetes.io/os":"linux","node-role.kubernetes.io/":""},',
  '"tolerations":[{"key":"","operator":"Exists","effect":"NoSchedule","value":""}],',
  '"affinity":{"podAntiAffinity":{"preferredDuringSchedulingIgnoredDuringExecution":[{"weight":100,"podAffinityTerm":',
  '{"labelSelector":{"matchExpressions":[{"key":"app","operator":"In","values":[""]}]},"topologyKey":"kubernetes.io/hostname"}}],',
  '"requiredDuringSchedulingIgnoredDuringExecution":[]},"nodeAffinity":{}},',
  '"priorityClassName":"","terminationGracePeriodSeconds":30,"updateStrategy":{"type":"RollingUpdate"},"Recreate",',
  '"metrics":{"enabled":true,"serviceMonitor":{"enabled":true,"interval":"30s","scrapeTimeout":"10s",',
  '"additionalLabels":{"release":"prometheus"}},"prometheusRule":{"enabled":true}},',
  '"networkPolicy":{"enabled":true},"cert-manager.io/cluster-issuer":"letsencrypt-prod",',
  '"service":{"type":"ClusterIP","NodePort","LoadBalancer","port":80,"targetPort":8080,"nodePort":30080,',
  '"loadBalancerIP":"","externalTrafficPolicy":"Local"},',
  '"ingress":{"enabled":true,"className":"nginx","ingressClassName":"nginx","annotations":',
  '{"nginx.ingress.kubernetes.io/proxy-body-size":"0","nginx.ingress.kubernetes.io/ssl-redirect":"true"},',
  '"hosts":[{"host":"chart-example.local","paths":[{"path":"/","pathType":"Prefix","ImplementationSpecific"}]}],',
  '"tls":[{"secretName":"example-tls","hosts":["example.com"]}]},',
  '"topologySpreadConstraints":[{"maxSkew":1,"topologyKey":"topology.kubernetes.io/zone","whenUnsatisfiable":"DoNotSchedule",',
  '"labelSelector":{"matchLabels":{"app.kubernetes.io/instance":"","app.kubernetes.io/name":""}}}],',
  '"ScheduleAnyway","kubernetes.io/hostname",',
  '"podDisruptionBudget":{"enabled":true,"minAvailable":1,"maxUnavailable":1},',
  '"resources":{"limits":{"cpu":"1","memory":"1Gi"},"requests":{"cpu":"100m","memory":"128Mi"}},',
  '"250m","500m","256Mi","512Mi","2Gi","10Gi",',
  '"replicaCount":1,"enabled":false,"enabled":true,null,',
].join('');

export interface ChartDictionary {
  /** Parameter paths in schema walk order: a link sends a value as its path's index here. */
  readonly fields: readonly (readonly string[])[];
  /** Index of each path, keyed by its segments as JSON. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Which indexes are objects with their own parameters (the encoder descends into those). */
  readonly objects: ReadonlySet<number>;
  /** deflate's preset dictionary: the general one, then the chart's defaults as JSON. */
  readonly deflate: Uint8Array;
  /** Names this dictionary in a link (FNV-1a over its paths and its chart part). */
  readonly hash: Uint8Array;
}

export const HASH_BYTES = 3;
const encoder = new TextEncoder();
const pathKey = (segs: readonly PathSeg[]) => JSON.stringify(segs);

/** The general dictionary alone (links whose values have no chart dictionary). */
export const generalDeflateDictionary: Uint8Array = encoder.encode(GENERAL_DICTIONARY);

/** 32-bit FNV-1a: a checksum telling dictionaries apart, not a defence (links are not signed). */
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The parts a dictionary is made of, as committed for the charts the app ships. */
export interface FrozenLinkDictionary {
  /** The chart version the app shipped when this dictionary was frozen (for people reading the file). */
  chartVersion?: string;
  /** Parameter paths in schema walk order. */
  fields: readonly (readonly string[])[];
  /** The chart defaults (their JSON, cut to deflate's window, is the chart part of the dictionary). */
  defaults: unknown;
}

/**
 * A chart's earlier dictionaries keyed by their hash in hex (`src/charts/<id>/linkDictionaries.json`):
 * appended to when a chart's schema or defaults change, never pruned, so every link made before
 * still reads (by path: a parameter renamed since then comes back as an unknown key).
 */
export type FrozenLinkDictionaries = Readonly<Record<string, FrozenLinkDictionary>>;

/** A dictionary's hash as the hex key frozen dictionaries are filed under. */
export const hashHex = (hash: Uint8Array): string => Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');

function buildDictionary(fields: readonly (readonly string[])[], objects: ReadonlySet<number>, defaults: unknown): ChartDictionary {
  const indexOf = new Map<string, number>();
  fields.forEach((segs, i) => indexOf.set(pathKey(segs), i));
  // The chart's part sits after the general one; a huge chart keeps the start of its defaults
  // (the top-level parameters people change most).
  const chartPart = encoder.encode(JSON.stringify(defaults)).subarray(0, WINDOW - generalDeflateDictionary.length);
  const deflate = concat(generalDeflateDictionary, chartPart);
  const sum = fnv1a(concat(encoder.encode(`${JSON.stringify(fields)}\n`), chartPart));
  const hash = Uint8Array.from({ length: HASH_BYTES }, (_, i) => (sum >>> (24 - 8 * i)) & 0xff);
  return { fields, indexOf, objects, deflate, hash };
}

const built = new WeakMap<TSchema, ChartDictionary>();

/** The dictionary of a chart's schema, built once per schema object. */
export function chartDictionary(schema: TSchema): ChartDictionary {
  const known = built.get(schema);
  if (known) return known;
  const fields: string[][] = [];
  const seen = new Set<string>();
  const objects = new Set<number>();
  for (const field of listFields(schema)) {
    const segs = field.segs.map(String);
    if (seen.has(pathKey(segs))) continue;
    seen.add(pathKey(segs));
    if (field.kind === 'object') objects.add(fields.length);
    fields.push(segs);
  }
  const dictionary = buildDictionary(fields, objects, defaultsFromSchema(schema));
  built.set(schema, dictionary);
  return dictionary;
}

/** What to commit so that links made with this schema's dictionary keep opening. */
export function freezeDictionary(schema: TSchema, chartVersion?: string): { hash: string; frozen: FrozenLinkDictionary } {
  const dictionary = chartDictionary(schema);
  const frozen: FrozenLinkDictionary = { ...(chartVersion ? { chartVersion } : {}), fields: dictionary.fields, defaults: defaultsFromSchema(schema) };
  return { hash: hashHex(dictionary.hash), frozen };
}

/**
 * A frozen dictionary made whole again, or undefined when its data does not hash to the key it is
 * filed under (a hand-edited file: reading links with it would misplace values). It only decodes:
 * which parameters are objects matters to the encoder alone, which uses the current dictionary.
 */
export function thawDictionary(hash: string, frozen: FrozenLinkDictionary): ChartDictionary | undefined {
  const fieldsOk = Array.isArray(frozen.fields) && frozen.fields.every((f) => Array.isArray(f) && f.every((k) => typeof k === 'string'));
  if (!fieldsOk) return undefined;
  const dictionary = buildDictionary(frozen.fields, new Set(), frozen.defaults);
  return hashHex(dictionary.hash) === hash ? dictionary : undefined;
}

/**
 * A key of an entry: a parameter's index, or a path of keys not in the dictionary, optionally
 * starting at the index of the known object they sit under (`[12, "extraKey"]`).
 */
export type EntryKey = number | (number | string)[];

/**
 * Values as a flat list `[key, value, key, value, ...]`: known parameters by index, descending only
 * into objects with their own parameters; anything else (open maps, lists, unknown keys) whole.
 */
export function valuesToEntries(values: Values, dictionary: ChartDictionary | undefined): unknown[] {
  const out: unknown[] = [];
  const walk = (map: Values, segs: string[], parent: number | undefined) => {
    for (const [key, value] of Object.entries(map)) {
      const path = [...segs, key];
      const index = dictionary?.indexOf.get(pathKey(path));
      if (index === undefined) {
        out.push(parent === undefined ? [key] : [parent, key], value);
      } else if (dictionary?.objects.has(index) && isMap(value) && Object.keys(value).length > 0) {
        walk(value, path, index);
      } else {
        out.push(index, value);
      }
    }
  };
  walk(values, [], undefined);
  return out;
}

export type EntriesRead = { ok: true; values: Values } | { ok: false; error: string };

/** The path an entry key names, or why it names none. */
function entryPath(key: unknown, dictionary: ChartDictionary | undefined, maxDepth: number): readonly string[] | string {
  const field = (index: unknown) =>
    dictionary && Number.isInteger(index) && (index as number) >= 0 && (index as number) < dictionary.fields.length ? dictionary.fields[index as number] : undefined;
  if (typeof key === 'number') return field(key) ?? `it refers to parameter ${key}, which the chart does not have`;
  if (!Array.isArray(key) || key.length === 0 || key.length > maxDepth) return 'an entry names no valid path';
  const [first, ...rest] = key;
  const start = typeof first === 'number' ? field(first) : [];
  if (start === undefined) return `it refers to parameter ${String(first)}, which the chart does not have`;
  const keys = typeof first === 'number' ? rest : key;
  if (keys.length === 0 || !keys.every((k): k is string => typeof k === 'string')) return 'an entry names no valid path';
  return [...start, ...keys];
}

/** The inverse of valuesToEntries. Keys go in as own properties (`__proto__` stays a key). */
export function entriesToValues(entries: unknown, dictionary: ChartDictionary | undefined, maxDepth: number): EntriesRead {
  if (!Array.isArray(entries) || entries.length % 2 !== 0) return { ok: false, error: 'its values are not a list of entries' };
  const values: Values = {};
  for (let i = 0; i < entries.length; i += 2) {
    const path = entryPath(entries[i], dictionary, maxDepth);
    if (typeof path === 'string') return { ok: false, error: path };
    let map = values;
    for (const key of path.slice(0, -1)) {
      const next = own(map, key);
      if (next === undefined) {
        const child: Values = {};
        put(map, key, child);
        map = child;
      } else if (isMap(next)) {
        map = next;
      } else {
        return { ok: false, error: `two entries disagree about "${path.join('.')}"` };
      }
    }
    put(map, path[path.length - 1], entries[i + 1]);
  }
  return { ok: true, values };
}

/**
 * The frozen dictionaries with this schema's current one added when its hash is new (`added` names
 * it); the earlier ones are kept as they are, never removed. Throws when the hash is already filed
 * for other data (a 3-byte collision or a hand edit), since either dictionary would misread links.
 */
export function withCurrentFrozen(
  existing: FrozenLinkDictionaries,
  schema: TSchema,
  chartVersion?: string,
): { dictionaries: FrozenLinkDictionaries; added?: string } {
  const { hash, frozen } = freezeDictionary(schema, chartVersion);
  if (Object.hasOwn(existing, hash)) {
    if (!thawDictionary(hash, existing[hash])) throw new Error(`the frozen link dictionary ${hash} does not match its hash: restore it from version control`);
    return { dictionaries: existing };
  }
  return { dictionaries: { ...existing, [hash]: frozen }, added: hash };
}
