// A chart page checks values against the schema once it is on screen and idle: ajv (40 KB gzip) is
// loaded on demand, and compiling a chart's schema took 200-350 ms of opening Centrifugo on this
// busy machine (less since the compile options in core/schemaValidator.ts), which the form and the
// preview need not wait for. Until then the problems come from the chart's rules alone.
import type { TSchema } from 'typebox';
import type { SchemaValidator } from '../../core/schemaValidator';

/** ajv's validator for `schema`, compiled once per schema (shared with imports and the values editor). */
export async function loadSchemaValidator(schema: TSchema): Promise<SchemaValidator> {
  const { cachedValidator } = await import('../../core/schemaValidator');
  return cachedValidator(schema);
}
