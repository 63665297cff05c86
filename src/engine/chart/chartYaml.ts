// Chart.yaml (and a v1 chart's requirements.yaml) decoded into chart.Metadata as helm 4.1.4 does:
// sigs.k8s.io/yaml turns YAML into JSON, converting a scalar to a string where the Go field is a
// string (int 2 -> "2", float 1.10 -> "1.1" via float32 %g, true -> "true", null -> ""), then
// encoding/json fills the struct (keys matched case-insensitively, type errors worded as Go's, the
// first one in document order wins). Metadata.Validate follows, with its sanitising and messages.
import type { GoMap, GoValue } from '../value';
import { isGoMap, mapSet, newMap } from '../value';
import { isPrint } from '../go/strconv';
import { GoStringMap } from './stringMap';
import type { ChartDependency, ChartMaintainer, ChartMetadata } from './types';
import { ChartError } from './types';
import { parseVersion } from './semver';
import { jsonKind } from './valuesFile';
import { numbersToFloat } from './yamlSource';

/** strconv.FormatFloat(f, 'g', -1, 32): the shortest float32 text, exponent form from 1e+06 on. */
export function formatFloat32G(x: number): string {
  const f = Math.fround(x);
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  let exp = '';
  for (let p = 1; p <= 9; p++) {
    exp = Math.abs(f).toExponential(p - 1);
    if (Math.fround(Number(exp)) === Math.abs(f)) break;
  }
  const [mant, e] = exp.split('e');
  const digits = mant.replace('.', '');
  const e10 = Number(e);
  const sign = f < 0 ? '-' : '';
  if (e10 < -4 || e10 >= 6) {
    const ee = Math.abs(e10).toString().padStart(2, '0');
    return `${sign}${digits[0]}${digits.length > 1 ? '.' + digits.slice(1) : ''}e${e10 < 0 ? '-' : '+'}${ee}`;
  }
  if (e10 < 0) return `${sign}0.${'0'.repeat(-e10 - 1)}${digits}`;
  const intPart = digits.slice(0, e10 + 1).padEnd(e10 + 1, '0');
  const frac = digits.slice(e10 + 1);
  return `${sign}${intPart}${frac ? '.' + frac : ''}`;
}

class FieldError extends Error {}

const typeError = (kind: string, struct: string, path: string, goType: string): FieldError =>
  new FieldError(`json: cannot unmarshal ${kind} into Go struct field ${struct}.${path} of type ${goType}`);

/** A scalar where the Go field is a string, as sigs.k8s.io/yaml renders it. */
function asString(v: GoValue, struct: string, path: string): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return formatFloat32G(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw typeError(jsonKind(v), struct, path, 'string');
}

function asStrings(v: GoValue, struct: string, path: string): string[] {
  if (v === null) return [];
  if (!Array.isArray(v)) throw typeError(jsonKind(v), struct, path, '[]string');
  return v.map((x) => asString(x, struct, path));
}

function asBool(v: GoValue, struct: string, path: string): boolean {
  if (v === null) return false;
  if (typeof v !== 'boolean') throw typeError(jsonKind(v), struct, path, 'bool');
  return v;
}

/** Calls `set` for each key of `m` that names a field (encoding/json folds case), in document order. */
function eachField(m: GoMap, fields: readonly string[], set: (field: string, v: GoValue) => void): void {
  for (const key of Object.keys(m)) {
    const exact = fields.find((f) => f === key);
    const field = exact ?? fields.find((f) => f.toLowerCase() === key.toLowerCase());
    if (field !== undefined) set(field, m[key]);
  }
}

const MAINTAINER_FIELDS = ['name', 'email', 'url'] as const;

function decodeMaintainer(v: GoValue): ChartMaintainer | null {
  if (v === null) return null;
  if (!isGoMap(v)) throw typeError(jsonKind(v), 'Metadata', 'maintainers', 'v2.Maintainer');
  const out: ChartMaintainer = { name: '', email: '', url: '' };
  eachField(v, MAINTAINER_FIELDS, (f, x) => {
    out[f as 'name' | 'email' | 'url'] = asString(x, 'Maintainer', `maintainers.${f}`);
  });
  return out;
}

const DEPENDENCY_FIELDS = ['name', 'version', 'repository', 'condition', 'tags', 'enabled', 'import-values', 'alias'] as const;

function decodeDependency(v: GoValue): ChartDependency | null {
  if (v === null) return null;
  if (!isGoMap(v)) throw typeError(jsonKind(v), 'Metadata', 'dependencies', 'v2.Dependency');
  const d: ChartDependency = {
    name: '',
    version: '',
    repository: '',
    condition: '',
    tags: [],
    enabled: false,
    importValues: [],
    alias: '',
  };
  eachField(v, DEPENDENCY_FIELDS, (f, x) => {
    const path = `dependencies.${f}`;
    switch (f) {
      case 'tags':
        d.tags = asStrings(x, 'Dependency', path);
        return;
      case 'enabled':
        d.enabled = asBool(x, 'Dependency', path);
        return;
      case 'import-values':
        if (x !== null && !Array.isArray(x)) throw typeError(jsonKind(x), 'Dependency', path, '[]interface {}');
        d.importValues = x === null ? [] : x.map(numbersToFloat);
        return;
      default:
        d[f as 'name' | 'version' | 'repository' | 'condition' | 'alias'] = asString(x, 'Dependency', path);
    }
  });
  return d;
}

const METADATA_FIELDS = [
  'name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'apiVersion',
  'condition', 'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type',
] as const;

type StringField = 'name' | 'home' | 'version' | 'description' | 'icon' | 'apiVersion' | 'condition' | 'tags' |
  'appVersion' | 'kubeVersion' | 'type';

/** Dependencies and maintainers may hold nulls until Validate refuses them, as in Go. */
export interface DecodedMetadata extends Omit<ChartMetadata, 'dependencies' | 'maintainers'> {
  dependencies: (ChartDependency | null)[];
  maintainers: (ChartMaintainer | null)[];
}

export function emptyMetadata(): DecodedMetadata {
  return {
    name: '', home: '', sources: [], version: '', description: '', keywords: [], maintainers: [], icon: '',
    apiVersion: '', condition: '', tags: '', appVersion: '', deprecated: false, annotations: null,
    kubeVersion: '', dependencies: [], type: '',
  };
}

/**
 * Decodes a parsed Chart.yaml/requirements.yaml document into `meta` (fields it lacks are kept, as
 * json.Unmarshal into an existing struct does). `target` names the Go type for a non-map document.
 * Throws the Go error text (without helm's "cannot load Chart.yaml: " prefix).
 */
export function decodeMetadata(meta: DecodedMetadata, doc: GoValue, target = 'v2.Metadata'): void {
  const prefix = 'error unmarshaling JSON: while decoding JSON: ';
  if (doc === null) return;
  if (!isGoMap(doc)) {
    throw new ChartError(`${prefix}json: cannot unmarshal ${jsonKind(doc)} into Go value of type ${target}`);
  }
  let first: FieldError | null = null;
  eachField(doc, METADATA_FIELDS, (f, v) => {
    try {
      switch (f) {
        case 'sources':
        case 'keywords':
          meta[f] = asStrings(v, 'Metadata', f);
          return;
        case 'deprecated':
          meta.deprecated = asBool(v, 'Metadata', f);
          return;
        case 'annotations': {
          if (v === null) {
            meta.annotations = null;
            return;
          }
          if (!isGoMap(v)) throw typeError(jsonKind(v), 'Metadata', f, 'map[string]string');
          const m = newMap();
          for (const k of Object.keys(v)) mapSet(m, k, asString(v[k], 'Metadata', f));
          meta.annotations = m as { [key: string]: string };
          return;
        }
        case 'maintainers':
          if (v !== null && !Array.isArray(v)) throw typeError(jsonKind(v), 'Metadata', f, '[]*v2.Maintainer');
          meta.maintainers = v === null ? [] : v.map(decodeMaintainer);
          return;
        case 'dependencies':
          if (v !== null && !Array.isArray(v)) throw typeError(jsonKind(v), 'Metadata', f, '[]*v2.Dependency');
          meta.dependencies = v === null ? [] : v.map(decodeDependency);
          return;
        default:
          meta[f as StringField] = asString(v, 'Metadata', f);
      }
    } catch (e) {
      // encoding/json keeps decoding after a type error and reports the first one.
      if (e instanceof FieldError) first ??= e;
      else throw e;
    }
  });
  if (first !== null) throw new ChartError(prefix + (first as FieldError).message);
}

/** The apiVersion the CLI reads first to choose a loader (helm's loader.chartBase). */
export function detectApiVersion(doc: GoValue): string {
  const prefix = 'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ';
  if (doc === null) return '';
  if (!isGoMap(doc)) throw new ChartError(`${prefix}${jsonKind(doc)} into Go value of type loader.chartBase`);
  let version = '';
  eachField(doc, ['apiVersion'], (_f, v) => {
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
      throw new ChartError(`${prefix}${jsonKind(v)} into Go struct field chartBase.apiVersion of type string`);
    }
    version = asString(v, 'chartBase', 'apiVersion');
  });
  return version;
}

/** Go's unicode.IsSpace. */
function isSpace(cp: number): boolean {
  return (cp >= 9 && cp <= 13) || cp === 32 || cp === 0x85 || cp === 0xa0 || /^[\p{Zs}\p{Zl}\p{Zp}]$/u.test(String.fromCodePoint(cp));
}

/** helm's sanitizeString: spaces become ' ', non-printable runes are dropped. */
export function sanitize(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isSpace(cp)) out += ' ';
    else if (isPrint(cp)) out += ch;
  }
  return out;
}

const ALIAS = /^[a-zA-Z0-9_-]+$/;

function goBase(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

const validation = (msg: string): ChartError => new ChartError(`validation: ${msg}`);

/** helm's Metadata.Validate: sanitises in place and returns the checked metadata. */
export function validateMetadata(md: DecodedMetadata): ChartMetadata {
  md.name = sanitize(md.name);
  md.description = sanitize(md.description);
  md.home = sanitize(md.home);
  md.icon = sanitize(md.icon);
  md.condition = sanitize(md.condition);
  md.tags = sanitize(md.tags);
  md.appVersion = sanitize(md.appVersion);
  md.kubeVersion = sanitize(md.kubeVersion);
  md.sources = md.sources.map(sanitize);
  md.keywords = md.keywords.map(sanitize);
  if (md.apiVersion === '') throw validation('chart.metadata.apiVersion is required');
  if (md.name === '') throw validation('chart.metadata.name is required');
  if (md.name === '.' || md.name === '..') throw validation(`chart.metadata.name ${JSON.stringify(md.name)} is not allowed`);
  if (md.name !== goBase(md.name)) throw validation(`chart.metadata.name ${JSON.stringify(md.name)} is invalid`);
  if (md.version === '') throw validation('chart.metadata.version is required');
  if (!parseVersion(md.version)) throw validation(`chart.metadata.version ${JSON.stringify(md.version)} is invalid`);
  if (!['', 'application', 'library'].includes(md.type)) {
    throw validation('chart.metadata.type must be application or library');
  }
  const maintainers: ChartMaintainer[] = [];
  for (const m of md.maintainers) {
    if (m === null) throw validation('maintainers must not contain empty or null nodes');
    maintainers.push({ name: sanitize(m.name), email: sanitize(m.email), url: sanitize(m.url) });
  }
  const seen = new Set<string>();
  const dependencies: ChartDependency[] = [];
  for (const d of md.dependencies) {
    if (d === null) throw validation('dependencies must not contain empty or null nodes');
    d.name = sanitize(d.name);
    d.version = sanitize(d.version);
    d.repository = sanitize(d.repository);
    d.condition = sanitize(d.condition);
    d.tags = d.tags.map(sanitize);
    if (d.alias !== '' && !ALIAS.test(d.alias)) {
      throw validation(`dependency ${JSON.stringify(d.name)} has disallowed characters in the alias`);
    }
    const key = d.alias !== '' ? d.alias : d.name;
    if (seen.has(key)) throw validation(`more than one dependency with name or alias ${JSON.stringify(key)}`);
    seen.add(key);
    dependencies.push(d);
  }
  return { ...md, maintainers, dependencies };
}

function goList(v: string[]): GoValue[] {
  return [...v];
}

/**
 * `.Chart` as helm 4 gives it to templates: the Metadata struct as a map with Go field names
 * (helm's engine adds `IsRoot`). Nil slices become empty lists; Annotations stays a map[string]string
 * (a nil one when Chart.yaml has none: it prints map[] and marshals to null).
 */
export function metadataAsMap(md: ChartMetadata): GoMap {
  const m = newMap();
  const put = (k: string, v: GoValue): void => mapSet(m, k, v);
  put('Name', md.name);
  put('Home', md.home);
  put('Sources', goList(md.sources));
  put('Version', md.version);
  put('Description', md.description);
  put('Keywords', goList(md.keywords));
  put(
    'Maintainers',
    md.maintainers.map((x) => {
      const mm = newMap();
      mapSet(mm, 'Name', x.name);
      mapSet(mm, 'Email', x.email);
      mapSet(mm, 'URL', x.url);
      return mm;
    }),
  );
  put('Icon', md.icon);
  put('APIVersion', md.apiVersion);
  put('Condition', md.condition);
  put('Tags', md.tags);
  put('AppVersion', md.appVersion);
  put('Deprecated', md.deprecated);
  let ann: GoMap | null = null;
  if (md.annotations !== null) {
    ann = newMap();
    for (const k of Object.keys(md.annotations)) mapSet(ann, k, md.annotations[k]);
  }
  put('Annotations', new GoStringMap(ann));
  put('KubeVersion', md.kubeVersion);
  put(
    'Dependencies',
    md.dependencies.map((d) => {
      const dm = newMap();
      mapSet(dm, 'Name', d.name);
      mapSet(dm, 'Version', d.version);
      mapSet(dm, 'Repository', d.repository);
      mapSet(dm, 'Condition', d.condition);
      mapSet(dm, 'Tags', goList(d.tags));
      mapSet(dm, 'Enabled', d.enabled);
      mapSet(dm, 'ImportValues', [...d.importValues]);
      mapSet(dm, 'Alias', d.alias);
      return dm;
    }),
  );
  put('Type', md.type);
  return m;
}
