// The JSON Schema drafts helm's validator knows, how a `$schema` names one, where each keeps its
// subschemas (for finding `$id` resources and anchors), and which vocabularies are on by default.

export interface Draft {
  readonly version: 4 | 6 | 7 | 2019 | 2020;
  /** The metaschema URL, without '#'. */
  readonly url: string;
  /** The keyword naming a resource: "id" in draft-04, "$id" after. */
  readonly id: string;
  /** Where subschemas sit: "name" (one), "name/*" (map values), "name/[]" (array items). */
  readonly subschemas: readonly string[];
  readonly defaultVocabs: readonly string[];
}

const D4_SUBSCHEMAS = [
  'definitions/*', 'not', 'allOf/[]', 'anyOf/[]', 'oneOf/[]', 'properties/*', 'additionalProperties',
  'patternProperties/*', 'items', 'items/[]', 'additionalItems', 'dependencies/*',
];
const D6_SUBSCHEMAS = [...D4_SUBSCHEMAS, 'propertyNames', 'contains'];
const D7_SUBSCHEMAS = [...D6_SUBSCHEMAS, 'if', 'then', 'else'];
const D2019_SUBSCHEMAS = [
  ...D7_SUBSCHEMAS, '$defs/*', 'dependentSchemas/*', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema',
];

export const DRAFT4: Draft = { version: 4, url: 'http://json-schema.org/draft-04/schema', id: 'id', subschemas: D4_SUBSCHEMAS, defaultVocabs: [] };
export const DRAFT6: Draft = { version: 6, url: 'http://json-schema.org/draft-06/schema', id: '$id', subschemas: D6_SUBSCHEMAS, defaultVocabs: [] };
export const DRAFT7: Draft = { version: 7, url: 'http://json-schema.org/draft-07/schema', id: '$id', subschemas: D7_SUBSCHEMAS, defaultVocabs: [] };
export const DRAFT2019: Draft = {
  version: 2019,
  url: 'https://json-schema.org/draft/2019-09/schema',
  id: '$id',
  subschemas: D2019_SUBSCHEMAS,
  defaultVocabs: ['core', 'applicator', 'validation'],
};
export const DRAFT2020: Draft = {
  version: 2020,
  url: 'https://json-schema.org/draft/2020-12/schema',
  id: '$id',
  subschemas: [...D2019_SUBSCHEMAS, 'prefixItems/[]'],
  defaultVocabs: ['core', 'applicator', 'unevaluated', 'validation'],
};

/** A schema without `$schema` is read as this draft (helm does not change the default). */
export const DEFAULT_DRAFT = DRAFT2020;

/** The draft a `$schema` URL names (http or https, an empty fragment allowed), or null. */
export function draftFromUrl(url: string): Draft | null {
  const hash = url.indexOf('#');
  if (hash >= 0 && hash !== url.length - 1) return null;
  let u = hash >= 0 ? url.slice(0, hash) : url;
  if (u.startsWith('http://')) u = u.slice(7);
  else if (u.startsWith('https://')) u = u.slice(8);
  switch (u) {
    case 'json-schema.org/schema':
    case 'json-schema.org/draft/2020-12/schema':
      return DRAFT2020;
    case 'json-schema.org/draft/2019-09/schema':
      return DRAFT2019;
    case 'json-schema.org/draft-07/schema':
      return DRAFT7;
    case 'json-schema.org/draft-06/schema':
      return DRAFT6;
    case 'json-schema.org/draft-04/schema':
      return DRAFT4;
    default:
      return null;
  }
}

/** Whether a draft/vocabulary set has a vocabulary (drafts before 2019-09 have them all). */
export function hasVocab(draft: Draft, vocabs: readonly string[] | null, name: string): boolean {
  if (name === 'core' || draft.version < 2019) return true;
  return (vocabs ?? draft.defaultVocabs).includes(name);
}
