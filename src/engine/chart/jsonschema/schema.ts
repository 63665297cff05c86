// A compiled schema: each keyword the validator checks, read once from the JSON document. The
// shape follows what santhosh-tekuri/jsonschema v6 (helm's validator) keeps per schema, since the
// order it checks keywords in decides the findings helm prints.
import type { Decimal } from './decimal';
import type { JsonValue } from './json';

/** JSON types as bits, in the order the validator lists them ("want integer or string"). */
export const TYPE_NAMES = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'] as const;
export type TypeName = (typeof TYPE_NAMES)[number];
export const typeBit = (t: TypeName): number => 1 << TYPE_NAMES.indexOf(t);

export interface Format {
  readonly name: string;
  /** The reason the value is not valid (Go's error text), or null when it is (or is no string). */
  readonly check: (v: unknown) => string | null;
}

/** A compiled Go-syntax regular expression. */
export interface Pattern {
  readonly source: string;
  readonly test: (s: string) => boolean;
}

export interface Schema {
  /** Absolute location: document URL, '#', and the JSON pointer (path-escaped). */
  readonly location: string;
  readonly url: string;
  readonly ptr: string;
  draft: number;
  /** The schema of the resource ($id or document root) this one belongs to. */
  resource: Schema;
  dynamicAnchors: Map<string, Schema> | null;
  allPropsEvaluated: boolean;
  allItemsEvaluated: boolean;
  numItemsEvaluated: number;

  bool?: boolean;
  ref?: Schema;
  recursiveRef?: Schema;
  recursiveAnchor?: boolean;
  dynamicRef?: { ref: Schema; anchor: string };
  dynamicAnchor?: string;
  types?: number;
  enumValues?: { values: JsonValue[]; types: number };
  hasConst?: boolean;
  constValue?: JsonValue;
  format?: Format;
  not?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  if?: Schema;
  then?: Schema;
  else?: Schema;

  maxProperties?: number;
  minProperties?: number;
  required?: string[];
  propertyNames?: Schema;
  properties?: Map<string, Schema>;
  patternProperties?: [Pattern, Schema][];
  additionalProperties?: boolean | Schema;
  dependencies?: [string, string[] | Schema][];
  dependentRequired?: [string, string[]][];
  dependentSchemas?: [string, Schema][];
  unevaluatedProperties?: Schema;

  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  contains?: Schema;
  minContains?: number;
  maxContains?: number;
  /** Before 2020-12: one schema for all items, or one per position. */
  items?: Schema | Schema[];
  additionalItems?: boolean | Schema;
  prefixItems?: Schema[];
  items2020?: Schema;
  unevaluatedItems?: Schema;

  minLength?: number;
  maxLength?: number;
  pattern?: Pattern;

  maximum?: Decimal;
  minimum?: Decimal;
  exclusiveMaximum?: Decimal;
  exclusiveMinimum?: Decimal;
  multipleOf?: Decimal;
}

export function newSchema(url: string, ptr: string): Schema {
  const s = {
    location: `${url}#${encodeFragment(ptr)}`,
    url,
    ptr,
    draft: 2020,
    dynamicAnchors: null,
    allPropsEvaluated: false,
    allItemsEvaluated: false,
    numItemsEvaluated: 0,
  } as Omit<Schema, 'resource'> as Schema;
  s.resource = s;
  return s;
}

/** JSON pointer token escaping (~0, ~1). */
export function escapeToken(tok: string): string {
  return tok.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(tok: string): string | null {
  if (!tok.includes('~')) return tok;
  if (/~(?![01])/.test(tok)) return null;
  return tok.replace(/~1/g, '/').replace(/~0/g, '~');
}

const SEGMENT_SAFE = /[A-Za-z0-9\-_.~$&+,:;=@]/;

/** Go's url.PathEscape of one segment. */
export function pathEscape(seg: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(seg)) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && SEGMENT_SAFE.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The validator's encode: path-escapes each segment of a fragment, keeping the slashes. */
export function encodeFragment(frag: string): string {
  return frag.split('/').map(pathEscape).join('/');
}
