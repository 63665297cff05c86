// helm's ValidateAgainstSingleSchema without code generation: values.schema.json is parsed (Go's
// JSON rules), checked against its draft's metaschema, compiled into a tree of keyword records and
// interpreted against the values. Nothing here uses eval or new Function, so it runs under a
// Content-Security-Policy without 'unsafe-eval'.
import type { JsonValue } from './json';
import { JsonSyntaxError, parseSchemaJson } from './json';
import { Compiler, SchemaCompileError } from './compile';
import type { Draft } from './drafts';
import { metaschemaDoc } from './metaschemas';
import { renderError } from './messages';
import type { Schema } from './schema';
import { ValidationLimitError, validateValue } from './validate';

/** Where helm puts the chart's schema document. */
export const SCHEMA_URL = 'file:///values.schema.json';
/** A values.schema.json larger than this is refused. */
export const MAX_SCHEMA_BYTES = 8 * 1024 * 1024;

const metaCompiler = new Compiler({
  assertFormat: true,
  load: (url) => {
    const doc = metaschemaDoc(url);
    if (doc === null) throw new SchemaCompileError(`failing loading ${JSON.stringify(url)}: no such metaschema`);
    return doc;
  },
});
const metaSchemas = new Map<number, Schema>();

function metaSchemaFor(draft: Draft): Schema {
  let s = metaSchemas.get(draft.version);
  if (!s) {
    s = metaCompiler.compile(draft.url);
    metaSchemas.set(draft.version, s);
  }
  return s;
}

function checkMeta(draft: Draft, doc: JsonValue): string | null {
  const err = validateValue(metaSchemaFor(draft), doc);
  return err === null ? null : renderError(err);
}

/** helm's loaders: http(s) (not fetched here), file (nothing beside the chart), urn (permissive). */
function loadExternal(url: string): JsonValue {
  const meta = metaschemaDoc(url);
  if (meta !== null) return meta;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1].toLowerCase() ?? '';
  const fail = (why: string): never => {
    throw new SchemaCompileError(`failing loading ${JSON.stringify(url)}: ${why}`);
  };
  if (scheme === 'urn') return true;
  if (scheme === 'file') {
    let path = url.slice('file://'.length);
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      // keep the raw path
    }
    return fail(`open ${path}: no such file or directory`);
  }
  if (scheme === 'http' || scheme === 'https') return fail(`HTTP request failed for ${url}: remote schemas are not fetched by this engine`);
  return fail(`no URLLoader registered for ${JSON.stringify(url)}`);
}

type Compiled = { schema: Schema } | { error: string };

const cache = new WeakMap<Uint8Array, Compiled>();

function compileDocument(bytes: Uint8Array): Compiled {
  const known = cache.get(bytes);
  if (known) return known;
  let result: Compiled;
  try {
    if (bytes.length > MAX_SCHEMA_BYTES) throw new SchemaCompileError(`values.schema.json is larger than ${MAX_SCHEMA_BYTES} bytes`);
    const doc = parseSchemaJson(bytes);
    const compiler = new Compiler({ assertFormat: false, load: loadExternal, checkMeta });
    compiler.addResource(SCHEMA_URL, doc);
    result = { schema: compiler.compile(SCHEMA_URL) };
  } catch (e) {
    if (e instanceof RangeError) result = { error: `unable to validate schema: ${e.message}` };
    else if (e instanceof SchemaCompileError || e instanceof JsonSyntaxError || e instanceof ValidationLimitError) result = { error: e.message };
    else throw e;
  }
  cache.set(bytes, result);
  return result;
}

const HEAD = `jsonschema validation failed with '${SCHEMA_URL}#'\n`;

/**
 * The text helm's ValidateAgainstSingleSchema error prints: finding lines ending in "\n" when the
 * values fail, a compile error's text (no newline, as helm prints it) when the schema does, ''
 * when the values pass.
 */
export function validateWithSchema(values: unknown, schemaBytes: Uint8Array): string {
  const compiled = compileDocument(schemaBytes);
  if ('error' in compiled) return compiled.error;
  let err;
  try {
    err = validateValue(compiled.schema, values);
  } catch (e) {
    if (e instanceof ValidationLimitError || e instanceof RangeError) return `unable to validate schema: ${e.message}`;
    throw e;
  }
  if (err === null) return '';
  const text = renderError(err);
  return `${text.startsWith(HEAD) ? text.slice(HEAD.length) : text}\n`;
}
