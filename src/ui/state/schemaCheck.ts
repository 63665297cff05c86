// A chart page checks values against the schema once it is on screen and idle. The built page gets
// each chart's validator precompiled with its module (ui/catalog: no `new Function`, which its
// Content-Security-Policy forbids); otherwise (dev server, charts without one) ajv (40 KB gzip) is
// loaded on demand and compiles the schema, which took 200-350 ms of opening Centrifugo on this busy
// machine. Until then the problems come from the chart's rules alone.
import type { TSchema } from 'typebox';
import { registeredValidator } from '../../core/schemaIssues';
import type { SchemaValidator } from '../../core/schemaValidator';

/** The validator for `schema`: the registered (precompiled) one, or ajv's, compiled once per schema. */
export async function loadSchemaValidator(schema: TSchema): Promise<SchemaValidator> {
  // The Kubernetes OpenAPI validators load apart, per rendered kind (ui/kube/renderedKindsLoader.ts).
  const registered = registeredValidator(schema);
  if (registered) return registered;
  const { cachedValidator } = await import('../../core/schemaValidator');
  return cachedValidator(schema);
}
