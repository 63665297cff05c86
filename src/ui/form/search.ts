// Parameter search that reads names the way people type them: "replicas" finds `replicaCount`,
// "pull policy" finds `image.pullPolicy`, and an exact name or path ranks above a word that only
// appears in some description.
import type { FieldInfo } from '../../core/schemaWalk';

/** Words of a name or path: camelCase, snake_case, kebab-case, dots and brackets split, lower case. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** "replicas" -> "replica", "policies" -> "polic": enough to meet a singular word as a prefix. */
function stem(term: string): string {
  if (term.length > 4 && term.endsWith('ies')) return term.slice(0, -3);
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  return term;
}

export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

interface FieldText {
  path: string;
  name: string;
  pathWords: string[];
  other: string;
}

const textCache = new WeakMap<FieldInfo, FieldText>();

function fieldText(field: FieldInfo): FieldText {
  let text = textCache.get(field);
  if (!text) {
    const last = field.segs[field.segs.length - 1];
    text = {
      path: field.path.toLowerCase(),
      name: String(last ?? '').toLowerCase(),
      pathWords: nameWords(field.path),
      other: `${field.title} ${field.description}`.toLowerCase(),
    };
    textCache.set(field, text);
  }
  return text;
}

/** How well one term meets a field: 0 not at all, higher is better. */
function termScore(term: string, text: FieldText): number {
  const base = stem(term);
  if (text.name === term) return 100;
  if (text.path === term) return 100;
  if (text.path.endsWith(`.${term}`) || text.path.startsWith(`${term}.`) || text.path.includes(`.${term}.`)) return 80;
  if (text.pathWords.some((w) => w === term || w === base)) return 60;
  if (text.path.includes(term)) return 45;
  if (text.pathWords.some((w) => w.startsWith(base))) return 40;
  if (text.other.includes(term)) return 15;
  return 0;
}

/** A field's score for the whole query: every term must match; 0 when one does not. */
export function fieldScore(field: FieldInfo, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const text = fieldText(field);
  let total = 0;
  for (const term of terms) {
    const score = termScore(term, text);
    if (score === 0) return 0;
    total += score;
  }
  // A whole-path query ("image.pullPolicy") is the best match there is.
  if (text.path === terms.join(' ')) total += 50;
  // Shallower parameters first among equals: `env` before `worker.env`.
  return total - field.depth;
}

/** Parameters (not headings) matching every term, best first; ties keep the form's order. */
export function rankFields(fields: readonly FieldInfo[], query: string, limit = Infinity): FieldInfo[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  return fields
    .map((field, index) => ({ field, index, score: field.kind === 'object' ? 0 : fieldScore(field, terms) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((r) => r.field);
}
