// The schema validator, injected into validate() through a small interface (the idea of
// react-jsonschema-form's validator-ajv8) so tests or other engines can stand in for ajv.
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TSchema } from 'typebox';
import { registeredValidator, registerValidator, validatorFromCheck } from './schemaIssues';
import type { Values } from './types';

export { typeName } from './schemaIssues';

export interface SchemaIssue {
  /** Dotted path of the offending value (for unknown keys: the unknown key itself). */
  path: string;
  kind: 'type' | 'enum' | 'unknown-key' | 'required' | 'format' | 'other';
  message: string;
}

export interface SchemaValidator {
  validate(values: Values): SchemaIssue[];
}

// ajv and ajv-formats are CommonJS; depending on the bundler the import is the export or wraps it.
export function unwrapDefault<T>(mod: T): T {
  const inner = (mod as { default?: T }).default;
  return typeof mod === 'function' ? mod : (inner ?? mod);
}
const Ajv = unwrapDefault(AjvModule);
const addFormats = unwrapDefault(addFormatsModule);

export function createAjvValidator(schema: TSchema): SchemaValidator {
  // Compile time is what a chart page waits for (validation itself takes microseconds): checking the
  // schema against the meta-schema (src/charts/schemas.test.ts does that once) and optimising the
  // generated code took two thirds of it for Centrifugo (100 ms -> 31 ms in Node), for no change in
  // the issues reported.
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false, verbose: true, validateSchema: false, code: { optimize: false } });
  addFormats(ajv);
  return validatorFromCheck(ajv.compile(schema));
}

/**
 * Compiling costs milliseconds; each schema is compiled once and reused. A validator registered
 * for the schema (the page registers precompiled ones) is used instead of compiling.
 */
export function cachedValidator(schema: TSchema): SchemaValidator {
  let validator = registeredValidator(schema);
  if (!validator) {
    validator = createAjvValidator(schema);
    registerValidator(schema, validator);
  }
  return validator;
}

