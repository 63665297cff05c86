// Which values of a configuration are secrets, so links (and, on request, the browser's storage)
// can leave them out: parameters the schema marks writeOnly, and what the schema cannot mark:
//   - keys named like a secret inside open maps or unknown keys (`DB_PASS`, `api_key`, `requirepass`),
//   - env entries `{ name: VALKEY_PASSWORD, value: ... }`, whatever list they are in,
//   - credentials inside a URL (`redis://:pw@host`, `postgres://user:pw@db/app`) or a bare `user:pw@host`.
// Kubernetes fields that only name things are not secrets although their names say "key" or
// "secret": `topologyKey`, `secretName`, and a `key` whose siblings show what it is (a toleration,
// a selector requirement, a secretKeyRef / configMapKeyRef, a volume's items[] entry).
import type { TSchema } from 'typebox';
import { formatPath, toSegs, type PathSeg } from './paths';
import { node } from './schemaNode';
import { schemaAt, secretPaths } from './schemaWalk';
import type { Values } from './types';
import { deleteAt, isMap } from './values';

/** Parts of a name that say "secret" wherever they appear (`redisPassword`, `SECRETKEY`). */
const SECRET_PART = /password|passwd|passphrase|secret|token|credential|apikey|privatekey|accesskey|requirepass|masterauth|license/i;
/** Whole words that say "secret" only as a word of the name (`DB_PASS`, `api_key`, not `valkey`). */
const SECRET_WORDS = new Set(['pass', 'pwd', 'pw', 'key', 'keys', 'auth']);

/**
 * Kubernetes API fields (and the `existingSecret*` convention of charts) that name a label, a
 * topology or a Secret object, never hold one.
 */
const NAMING_FIELDS = new Set(['topologyKey', 'matchLabelKeys', 'mismatchLabelKeys', 'secretName', 'secretNamespace', 'secretRef', 'secretKeyRef', 'configMapKeyRef']);
const NAMES_A_SECRET = /^existingSecret/;

/** Whether a field name names something rather than holding a secret, wherever it appears. */
const isNamingField = (name: string) => NAMING_FIELDS.has(name) || NAMES_A_SECRET.test(name);

/** Siblings of `key` in a toleration (`effect`, `operator`) or a selector requirement (`operator`, `values`). */
const SELECTOR_SIBLINGS = ['operator', 'effect', 'tolerationSeconds'];
/** What a secretKeyRef / configMapKeyRef and a volume's `items[]` entry (KeyToPath) hold. */
const KEY_REF_FIELDS = new Set(['name', 'key', 'optional']);
const KEY_TO_PATH_FIELDS = new Set(['key', 'path', 'mode']);

/**
 * Whether `key` in `map` (under `parentKey`) names a label, a taint or a key of a Secret/ConfigMap:
 * its siblings show a toleration or selector requirement, it sits in a `...KeyRef` with nothing but
 * name/key/optional, or in a key-to-path entry. A lone `key` (an API key) stays a secret.
 */
function isNamingKey(map: Values, parentKey: PathSeg | undefined): boolean {
  const fields = Object.keys(map);
  if (typeof map.key !== 'string') return false;
  if (SELECTOR_SIBLINGS.some((s) => Object.hasOwn(map, s))) return true;
  if (typeof parentKey === 'string' && /keyref$/i.test(parentKey) && fields.every((f) => KEY_REF_FIELDS.has(f))) return true;
  return typeof map.path === 'string' && fields.every((f) => KEY_TO_PATH_FIELDS.has(f));
}

/** The words of a key: split at non-alphanumerics and camelCase humps (`apiKey` -> api, key). */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Whether a key or an environment variable name names a secret. */
export function isSecretName(name: string): boolean {
  if (isNamingField(name)) return false;
  return SECRET_PART.test(name) || words(name).some((w) => SECRET_WORDS.has(w));
}

/** `scheme://[user]:password@` anywhere in the text. */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:[^\s/?#@]+@/i;
/** The whole value is `[user]:password@host...` (not an image digest `redis:7@sha256:...`, nor `mailto:`). */
const BARE_CREDENTIALS = /^(?!mailto:)[^\s:@/]*:[^\s@/]+@(?!sha\d+:)[^\s@]+$/i;

/** Whether a string holds a password inside a URL or a `user:password@host` address. */
export function holdsCredentials(text: string): boolean {
  return URL_CREDENTIALS.test(text) || BARE_CREDENTIALS.test(text.trim());
}

/** A value worth leaving out: text or a number, not empty (booleans and null say nothing secret). */
const holdsSecret = (value: unknown) => (typeof value === 'string' && value !== '') || typeof value === 'number';

/**
 * Secret-looking values the schema cannot describe: keys named like a secret inside open maps or
 * under keys the schema does not know, env entries with such a name, and credentials in URLs.
 */
export function secretLookingPaths(schema: TSchema, values: Values): string[] {
  const out: string[] = [];
  const walk = (value: unknown, segs: PathSeg[]) => {
    if (typeof value === 'string') {
      if (segs.length > 0 && holdsCredentials(value)) out.push(formatPath(segs));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...segs, i]));
      return;
    }
    if (!isMap(value)) return;
    // An env entry (`- name: DB_PASS` / `value: ...`): its value is the secret.
    if (typeof value.name === 'string' && isSecretName(value.name) && holdsSecret(value.value)) out.push(formatPath([...segs, 'value']));
    const parent = segs.length === 0 ? schema : schemaAt(schema, segs);
    const namingKey = isNamingKey(value, segs.at(-1));
    for (const [key, item] of Object.entries(value)) {
      const described = parent !== undefined && node(parent).properties?.[key] !== undefined;
      const naming = key === 'key' && namingKey;
      if (!described && !naming && isSecretName(key) && holdsSecret(item)) out.push(formatPath([...segs, key]));
      else walk(item, [...segs, key]);
    }
  };
  walk(values, []);
  return out;
}

/** Every secret a link or memory-only storage leaves out: writeOnly parameters and the ones above. */
export function linkSecretPaths(schema: TSchema, values: Values): string[] {
  return [...new Set([...secretPaths(schema, values), ...secretLookingPaths(schema, values)])];
}

/** Later list items first, so removing one does not shift the index of another still to remove. */
function compareForRemoval(a: string, b: string): number {
  const sa = toSegs(a);
  const sb = toSegs(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i];
    const y = sb[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x) < String(y) ? -1 : 1;
  }
  return sb.length - sa.length;
}

/** `values` without the values at `paths` (a new object; `values` is not changed). */
export function withoutPaths(values: Values, paths: readonly string[]): Values {
  let out = values;
  for (const path of [...paths].sort(compareForRemoval)) out = deleteAt(out, path);
  return out;
}
