// What a compiled validator's errors mean to a person (one issue per offending value), and the
// validators in use per schema. Free of ajv itself, so a page that gets its validators precompiled
// (see standaloneValidator.ts) never loads or runs ajv's compiler.
import type { ErrorObject } from 'ajv';
import type { TSchema } from 'typebox';
import { formatPath, type PathSeg } from './paths';
import { enumValues, node, unionMembers } from './schemaNode';
import type { SchemaIssue, SchemaValidator } from './schemaValidator';
import type { Values } from './types';

/** A compiled validate function, as ajv makes it at run time or in a precompiled module. */
export interface CompiledCheck {
  (values: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export function validatorFromCheck(check: CompiledCheck): SchemaValidator {
  return {
    validate(values: Values) {
      if (check(values)) return [];
      return toIssues(check.errors ?? []);
    },
  };
}

const registry = new WeakMap<TSchema, SchemaValidator>();

/** The validator in use for `schema` (precompiled, or compiled once at run time). */
export function registeredValidator(schema: TSchema): SchemaValidator | undefined {
  return registry.get(schema);
}

export function registerValidator(schema: TSchema, validator: SchemaValidator): void {
  registry.set(schema, validator);
}

function instancePath(pointer: string): PathSeg[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/** The JSON type name people read: integer vs number, array, null. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function typesOf(schema: TSchema): string[] {
  const type = node(schema).type;
  return Array.isArray(type) ? type : type ? [type] : [];
}

function typeMatches(schemaTypes: string[], value: unknown): boolean {
  const actual = typeName(value);
  return schemaTypes.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

/** One readable issue per anyOf: "expected integer or string, got boolean". */
function unionIssue(err: ErrorObject): SchemaIssue | undefined {
  const union = err.parentSchema as TSchema | undefined;
  if (!union) return undefined;
  const path = formatPath(instancePath(err.instancePath));
  const allowed = enumValues(union);
  if (allowed) {
    return { path, kind: 'enum', message: `must be one of ${allowed.map(show).join(', ')}; got ${show(err.data)}` };
  }
  const members = node(union).anyOf ?? node(union).oneOf ?? [];
  const names = [...new Set(members.flatMap(typesOf))];
  if (names.length === 0) return undefined;
  return { path, kind: 'type', message: `expected ${names.join(' or ')}, got ${typeName(err.data)}` };
}

function plainIssue(err: ErrorObject): SchemaIssue | undefined {
  const segs = instancePath(err.instancePath);
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'type':
      return { path: formatPath(segs), kind: 'type', message: `expected ${String(params.type).replace(',', ' or ')}, got ${typeName(err.data)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      return { path: formatPath(segs), kind: 'enum', message: `must be one of ${allowed.map(show).join(', ')}; got ${show(err.data)}` };
    }
    case 'const':
      return { path: formatPath(segs), kind: 'enum', message: `must be ${show(params.allowedValue)}; got ${show(err.data)}` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return { path: formatPath([...segs, key]), kind: 'unknown-key', message: `"${key}" is not a parameter here` };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return { path: formatPath([...segs, key]), kind: 'required', message: `"${key}" must be set` };
    }
    case 'format':
      return { path: formatPath(segs), kind: 'format', message: `is not a valid ${String(params.format)}` };
    case 'if':
      return undefined; // the failing `then`/`else` branch reports the actual problem
    default:
      return { path: formatPath(segs), kind: 'other', message: err.message ?? 'is not valid' };
  }
}

export function toIssues(errors: ErrorObject[]): SchemaIssue[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const issues: SchemaIssue[] = [];
  const skipped = new Set<ErrorObject>();
  for (const union of unions) {
    const branchErrors = errors.filter((e) => e !== union && e.schemaPath.startsWith(`${union.schemaPath}/`));
    const members = unionMembers(union.parentSchema as TSchema);
    // When the value has the type of one branch, that branch's own errors say more than the summary.
    const matchingBranch = members.some((m) => typeMatches(typesOf(m), union.data) && typesOf(m).some((t) => t === 'object' || t === 'array'));
    if (matchingBranch) {
      for (const e of branchErrors) if (e.keyword === 'type' && e.instancePath === union.instancePath) skipped.add(e);
      skipped.add(union);
    } else {
      for (const e of branchErrors) skipped.add(e);
    }
  }
  // A set, not a scan of the issues so far: a crafted list of 65,536 wrong items must stay linear.
  const seen = new Set<string>();
  for (const err of errors) {
    if (skipped.has(err)) continue;
    const issue = err.keyword === 'anyOf' || err.keyword === 'oneOf' ? unionIssue(err) : plainIssue(err);
    const key = issue && `${issue.path}\u0000${issue.message}`;
    if (issue && key && !seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
