// The form schema of a chart opened at run time. Its values.yaml gives every parameter, default and
// description (inferSchema); when the chart ships values.schema.json, that schema's own types, enums,
// descriptions and titles win wherever it describes a parameter. Validation stays helm's (the chart's
// schema, checked by the engine), so this schema only drives the form.
import type { TSchema } from 'typebox';
import type { Group } from '../../core/types';
import { inferSchema } from './inferSchema';
import { readValuesDocs } from './valuesComments';

type Node = Record<string, unknown>;

/** Keywords taken from the chart's schema onto the form's node (structure keywords are merged). */
const TAKEN = ['type', 'enum', 'const', 'description', 'title', 'format', 'minimum', 'maximum', 'pattern', 'writeOnly', 'items', 'anyOf', 'oneOf', 'required', 'minLength'];

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Resolves a local `$ref` (`#/definitions/x`, `#/$defs/x`) against the root; anything else stays. */
function resolve(node: Node, root: Node, depth = 0): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 16) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    target = isNode(target) && Object.hasOwn(target, key) ? target[key] : undefined;
  }
  return isNode(target) ? resolve(target, root, depth + 1) : node;
}

function overlay(form: Node, chartNode: Node, root: Node, depth: number): void {
  if (depth > 32) return;
  const source = resolve(chartNode, root);
  for (const key of TAKEN) {
    if (Object.hasOwn(source, key)) Object.defineProperty(form, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  }
  // Once the chart names a type, the inferred "edit as YAML" hint only stands for structured types.
  if (Object.hasOwn(source, 'type') && form['x-widget'] === 'yaml' && source.type !== 'object' && source.type !== 'array') {
    delete form['x-widget'];
  }
  const formProps = form.properties;
  const chartProps = source.properties;
  if (!isNode(chartProps)) return;
  for (const [key, child] of Object.entries(chartProps)) {
    if (!isNode(child)) continue;
    if (isNode(formProps) && Object.hasOwn(formProps, key) && isNode(formProps[key])) {
      overlay(formProps[key] as Node, child, root, depth + 1);
    }
  }
}

/**
 * The form schema and sections for a chart's values.yaml text and optional values.schema.json text.
 * `defaults` is values.yaml as helm read it (the engine's reading), so the form starts from it.
 */
export function buildFormSchema(
  valuesText: string,
  defaults: Record<string, unknown>,
  chartSchemaText: string | undefined,
): { schema: TSchema; groups: Group[]; schemaError?: string } {
  const docs = readValuesDocs(valuesText);
  const { schema, groups } = inferSchema(defaults, docs);
  if (!chartSchemaText) return { schema, groups };
  try {
    const chartSchema: unknown = JSON.parse(chartSchemaText);
    if (isNode(chartSchema)) overlay(schema as unknown as Node, chartSchema, chartSchema, 0);
    (schema as unknown as Node)['x-inferred'] = false;
    return { schema, groups };
  } catch (e) {
    return { schema, groups, schemaError: `values.schema.json: ${e instanceof Error ? e.message : String(e)}` };
  }
}
