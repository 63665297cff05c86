// The metaschemas helm's validator checks every values.schema.json against, reduced to the keywords
// that decide validity (titles, descriptions, defaults and comments dropped). Their structure is
// kept as the drafts publish it, because it shapes the findings: "minLength": -1 in draft-04 fails
// inside an allOf, a bad "type" inside an anyOf, and 2019-09/2020-12 nest through their vocabularies.
import type { JsonValue } from './json';
import { JsonNumber } from './json';

type Lit = null | boolean | string | number | Lit[] | { [k: string]: Lit };

/** Literal -> JsonValue (numbers as JsonNumber), objects without prototype. */
function json(v: Lit): JsonValue {
  if (typeof v === 'number') return new JsonNumber(String(v));
  if (Array.isArray(v)) return v.map(json);
  if (v !== null && typeof v === 'object') {
    const out = Object.create(null) as Record<string, JsonValue>;
    for (const [k, x] of Object.entries(v)) out[k] = json(x);
    return out;
  }
  return v;
}

const SIMPLE_TYPES: Lit = { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] };
const typeKeyword = (defs: string): Lit => ({
  anyOf: [{ $ref: `#/${defs}/simpleTypes` }, { type: 'array', items: { $ref: `#/${defs}/simpleTypes` }, minItems: 1, uniqueItems: true }],
});
const map = (of: Lit): Lit => ({ type: 'object', additionalProperties: of });

function draft4(): Lit {
  const nni = { $ref: '#/definitions/positiveInteger' };
  const nni0 = { $ref: '#/definitions/positiveIntegerDefault0' };
  const schemaArray = { $ref: '#/definitions/schemaArray' };
  return {
    $schema: 'http://json-schema.org/draft-04/schema#',
    definitions: {
      schemaArray: { type: 'array', minItems: 1, items: { $ref: '#' } },
      positiveInteger: { type: 'integer', minimum: 0 },
      positiveIntegerDefault0: { allOf: [{ $ref: '#/definitions/positiveInteger' }, {}] },
      simpleTypes: SIMPLE_TYPES,
      stringArray: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
    },
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uriref' },
      $schema: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      description: { type: 'string' },
      default: {},
      multipleOf: { type: 'number', minimum: 0, exclusiveMinimum: true },
      maximum: { type: 'number' },
      exclusiveMaximum: { type: 'boolean' },
      minimum: { type: 'number' },
      exclusiveMinimum: { type: 'boolean' },
      maxLength: nni,
      minLength: nni0,
      pattern: { type: 'string', format: 'regex' },
      additionalItems: { anyOf: [{ type: 'boolean' }, { $ref: '#' }] },
      items: { anyOf: [{ $ref: '#' }, schemaArray] },
      maxItems: nni,
      minItems: nni0,
      uniqueItems: { type: 'boolean' },
      maxProperties: nni,
      minProperties: nni0,
      required: { $ref: '#/definitions/stringArray' },
      additionalProperties: { anyOf: [{ type: 'boolean' }, { $ref: '#' }] },
      definitions: map({ $ref: '#' }),
      properties: map({ $ref: '#' }),
      patternProperties: map({ $ref: '#' }),
      dependencies: map({ anyOf: [{ $ref: '#' }, { $ref: '#/definitions/stringArray' }] }),
      enum: { type: 'array', minItems: 1, uniqueItems: true },
      type: typeKeyword('definitions'),
      allOf: schemaArray,
      anyOf: schemaArray,
      oneOf: schemaArray,
      not: { $ref: '#' },
      format: { type: 'string' },
      $ref: { type: 'string' },
    },
    dependencies: { exclusiveMaximum: ['maximum'], exclusiveMinimum: ['minimum'] },
  };
}

/** Draft-06 and draft-07 share one shape; 07 adds $comment, if/then/else, content and annotations. */
function draft6or7(version: 6 | 7): Lit {
  const url = `http://json-schema.org/draft-0${version}/schema#`;
  const nni = { $ref: '#/definitions/nonNegativeInteger' };
  const nni0 = { $ref: '#/definitions/nonNegativeIntegerDefault0' };
  const schemaArray = { $ref: '#/definitions/schemaArray' };
  const self = { $ref: '#' };
  const properties: Record<string, Lit> = {
    $id: { type: 'string', format: 'uri-reference' },
    $schema: { type: 'string', format: 'uri' },
    $ref: { type: 'string', format: 'uri-reference' },
    multipleOf: { type: 'number', exclusiveMinimum: 0 },
    maximum: { type: 'number' },
    exclusiveMaximum: { type: 'number' },
    minimum: { type: 'number' },
    exclusiveMinimum: { type: 'number' },
    maxLength: nni,
    minLength: nni0,
    pattern: { type: 'string', format: 'regex' },
    additionalItems: self,
    items: { anyOf: [self, schemaArray] },
    maxItems: nni,
    minItems: nni0,
    uniqueItems: { type: 'boolean' },
    contains: self,
    maxProperties: nni,
    minProperties: nni0,
    required: { $ref: '#/definitions/stringArray' },
    additionalProperties: self,
    definitions: map(self),
    properties: map(self),
    patternProperties: version === 7 ? { type: 'object', additionalProperties: self, propertyNames: { format: 'regex' } } : map(self),
    dependencies: map({ anyOf: [self, { $ref: '#/definitions/stringArray' }] }),
    propertyNames: self,
    const: version === 7 ? true : {},
    enum: version === 7 ? { type: 'array', items: true, minItems: 1, uniqueItems: true } : { type: 'array', minItems: 1, uniqueItems: true },
    type: typeKeyword('definitions'),
    format: { type: 'string' },
    allOf: schemaArray,
    anyOf: schemaArray,
    oneOf: schemaArray,
    not: self,
  };
  if (version === 7) {
    Object.assign(properties, {
      $comment: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      default: true,
      readOnly: { type: 'boolean' },
      writeOnly: { type: 'boolean' },
      examples: { type: 'array', items: true },
      contentMediaType: { type: 'string' },
      contentEncoding: { type: 'string' },
      if: self,
      then: self,
      else: self,
    });
  } else {
    Object.assign(properties, { title: { type: 'string' }, description: { type: 'string' }, default: {} });
  }
  return {
    $schema: url,
    $id: url,
    definitions: {
      schemaArray: { type: 'array', minItems: 1, items: self },
      nonNegativeInteger: { type: 'integer', minimum: 0 },
      nonNegativeIntegerDefault0: { allOf: [{ $ref: '#/definitions/nonNegativeInteger' }, version === 7 ? { default: 0 } : {}] },
      simpleTypes: SIMPLE_TYPES,
      stringArray: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    },
    type: ['object', 'boolean'],
    properties,
  };
}

const META_DATA: Lit = {
  title: { type: 'string' },
  description: { type: 'string' },
  default: true,
  deprecated: { type: 'boolean' },
  readOnly: { type: 'boolean' },
  writeOnly: { type: 'boolean' },
  examples: { type: 'array', items: true },
};

const B2019 = 'https://json-schema.org/draft/2019-09';
const B2020 = 'https://json-schema.org/draft/2020-12';

/** A vocabulary metaschema of 2019-09 ($recursiveAnchor) or 2020-12 ($dynamicAnchor). */
function vocab(base: string, name: string, body: Record<string, Lit>): Lit {
  const anchor: Record<string, Lit> = base === B2019 ? { $recursiveAnchor: true } : { $dynamicAnchor: 'meta' };
  return { $schema: `${base}/schema`, $id: `${base}/meta/${name}`, ...anchor, type: ['object', 'boolean'], ...body };
}

function validationVocab(base: string): Lit {
  const nni = { $ref: '#/$defs/nonNegativeInteger' };
  const nni0 = { $ref: '#/$defs/nonNegativeIntegerDefault0' };
  return vocab(base, 'validation', {
    properties: {
      type: typeKeyword('$defs'),
      const: true,
      enum: { type: 'array', items: true },
      multipleOf: { type: 'number', exclusiveMinimum: 0 },
      maximum: { type: 'number' },
      exclusiveMaximum: { type: 'number' },
      minimum: { type: 'number' },
      exclusiveMinimum: { type: 'number' },
      maxLength: nni,
      minLength: nni0,
      pattern: { type: 'string', format: 'regex' },
      maxItems: nni,
      minItems: nni0,
      uniqueItems: { type: 'boolean' },
      maxContains: nni,
      minContains: nni,
      maxProperties: nni,
      minProperties: nni0,
      required: { $ref: '#/$defs/stringArray' },
      dependentRequired: map({ $ref: '#/$defs/stringArray' }),
    },
    $defs: {
      nonNegativeInteger: { type: 'integer', minimum: 0 },
      nonNegativeIntegerDefault0: { $ref: '#/$defs/nonNegativeInteger' },
      simpleTypes: SIMPLE_TYPES,
      stringArray: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    },
  });
}

function docs2019(): Record<string, Lit> {
  const rr = { $recursiveRef: '#' };
  return {
    schema: {
      $schema: `${B2019}/schema`,
      $id: `${B2019}/schema`,
      $recursiveAnchor: true,
      allOf: ['core', 'applicator', 'validation', 'meta-data', 'format', 'content'].map((n) => ({ $ref: `meta/${n}` })),
      type: ['object', 'boolean'],
      properties: {
        definitions: map(rr),
        dependencies: map({ anyOf: [rr, { $ref: 'meta/validation#/$defs/stringArray' }] }),
      },
    },
    'meta/core': vocab(B2019, 'core', {
      properties: {
        $id: { type: 'string', format: 'uri-reference', pattern: '^[^#]*#?$' },
        $schema: { type: 'string', format: 'uri' },
        $anchor: { type: 'string', pattern: '^[A-Za-z][-A-Za-z0-9.:_]*$' },
        $ref: { type: 'string', format: 'uri-reference' },
        $recursiveRef: { type: 'string', format: 'uri-reference' },
        $recursiveAnchor: { type: 'boolean' },
        $vocabulary: { type: 'object', propertyNames: { type: 'string', format: 'uri' }, additionalProperties: { type: 'boolean' } },
        $comment: { type: 'string' },
        $defs: map(rr),
      },
    }),
    'meta/applicator': vocab(B2019, 'applicator', {
      properties: {
        additionalItems: rr,
        unevaluatedItems: rr,
        items: { anyOf: [rr, { $ref: '#/$defs/schemaArray' }] },
        contains: rr,
        additionalProperties: rr,
        unevaluatedProperties: rr,
        properties: map(rr),
        patternProperties: { type: 'object', additionalProperties: rr, propertyNames: { format: 'regex' } },
        dependentSchemas: map(rr),
        propertyNames: rr,
        if: rr,
        then: rr,
        else: rr,
        allOf: { $ref: '#/$defs/schemaArray' },
        anyOf: { $ref: '#/$defs/schemaArray' },
        oneOf: { $ref: '#/$defs/schemaArray' },
        not: rr,
      },
      $defs: { schemaArray: { type: 'array', minItems: 1, items: rr } },
    }),
    'meta/validation': validationVocab(B2019),
    'meta/meta-data': vocab(B2019, 'meta-data', {
      properties: META_DATA,
    }),
    'meta/format': vocab(B2019, 'format', { properties: { format: { type: 'string' } } }),
    'meta/content': vocab(B2019, 'content', {
      properties: { contentMediaType: { type: 'string' }, contentEncoding: { type: 'string' }, contentSchema: rr },
    }),
  };
}

function docs2020(): Record<string, Lit> {
  const dr = { $dynamicRef: '#meta' };
  return {
    schema: {
      $schema: `${B2020}/schema`,
      $id: `${B2020}/schema`,
      $dynamicAnchor: 'meta',
      allOf: ['core', 'applicator', 'unevaluated', 'validation', 'meta-data', 'format-annotation', 'content'].map((n) => ({ $ref: `meta/${n}` })),
      type: ['object', 'boolean'],
      properties: {
        definitions: map(dr),
        dependencies: map({ anyOf: [dr, { $ref: 'meta/validation#/$defs/stringArray' }] }),
        $recursiveAnchor: { $ref: 'meta/core#/$defs/anchorString' },
        $recursiveRef: { $ref: 'meta/core#/$defs/uriReferenceString' },
      },
    },
    'meta/core': vocab(B2020, 'core', {
      properties: {
        $id: { $ref: '#/$defs/uriReferenceString', pattern: '^[^#]*#?$' },
        $schema: { $ref: '#/$defs/uriString' },
        $ref: { $ref: '#/$defs/uriReferenceString' },
        $anchor: { $ref: '#/$defs/anchorString' },
        $dynamicRef: { $ref: '#/$defs/uriReferenceString' },
        $dynamicAnchor: { $ref: '#/$defs/anchorString' },
        $vocabulary: { type: 'object', propertyNames: { $ref: '#/$defs/uriString' }, additionalProperties: { type: 'boolean' } },
        $comment: { type: 'string' },
        $defs: map(dr),
      },
      $defs: {
        anchorString: { type: 'string', pattern: '^[A-Za-z_][-A-Za-z0-9._]*$' },
        uriString: { type: 'string', format: 'uri' },
        uriReferenceString: { type: 'string', format: 'uri-reference' },
      },
    }),
    'meta/applicator': vocab(B2020, 'applicator', {
      properties: {
        prefixItems: { $ref: '#/$defs/schemaArray' },
        items: dr,
        contains: dr,
        additionalProperties: dr,
        properties: map(dr),
        patternProperties: { type: 'object', additionalProperties: dr, propertyNames: { format: 'regex' } },
        dependentSchemas: map(dr),
        propertyNames: dr,
        if: dr,
        then: dr,
        else: dr,
        allOf: { $ref: '#/$defs/schemaArray' },
        anyOf: { $ref: '#/$defs/schemaArray' },
        oneOf: { $ref: '#/$defs/schemaArray' },
        not: dr,
      },
      $defs: { schemaArray: { type: 'array', minItems: 1, items: dr } },
    }),
    'meta/unevaluated': vocab(B2020, 'unevaluated', { properties: { unevaluatedItems: dr, unevaluatedProperties: dr } }),
    'meta/validation': validationVocab(B2020),
    'meta/meta-data': vocab(B2020, 'meta-data', {
      properties: META_DATA,
    }),
    'meta/format-annotation': vocab(B2020, 'format-annotation', { properties: { format: { type: 'string' } } }),
    'meta/format-assertion': vocab(B2020, 'format-assertion', { properties: { format: { type: 'string' } } }),
    'meta/content': vocab(B2020, 'content', { properties: { contentEncoding: { type: 'string' }, contentMediaType: { type: 'string' }, contentSchema: dr } }),
  };
}

let table: Map<string, JsonValue> | null = null;

function allDocs(): Map<string, JsonValue> {
  if (table) return table;
  table = new Map();
  table.set('draft-04/schema', json(draft4()));
  table.set('draft-06/schema', json(draft6or7(6)));
  table.set('draft-07/schema', json(draft6or7(7)));
  for (const [name, doc] of Object.entries(docs2019())) table.set(`draft/2019-09/${name}`, json(doc));
  for (const [name, doc] of Object.entries(docs2020())) table.set(`draft/2020-12/${name}`, json(doc));
  return table;
}

/** The metaschema document at a json-schema.org URL (http or https), or null. */
export function metaschemaDoc(url: string): JsonValue | null {
  const m = /^https?:\/\/json-schema\.org\/(.*)$/.exec(url);
  if (!m) return null;
  const path = m[1] === 'schema' ? 'draft/2020-12/schema' : m[1];
  return allDocs().get(path) ?? null;
}
