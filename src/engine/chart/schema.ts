// values.schema.json checks as helm 4.1.4 runs them (pkg/chart/common/util/jsonschema.go), with
// ajv doing the validation and the findings worded as helm's validator (santhosh-tekuri/jsonschema
// v6) words them, e.g. for external-dns's defaults:
//   values don't meet the specifications of the schema(s) in the following chart(s):
//   external-dns:
//   - at '/policy': got null, want string
// Facts checked with helm: a schema without `$schema` is draft 2020-12 (formats not asserted);
// draft-07 asserts formats; several findings under one value are grouped under
// "at '/x': validation failed"; numbers print as Go's x/text English printer does (2,000 and
// 1.2345678×10⁰⁷); combinators print as 'anyOf' failed / 'allOf' failed / 'not' failed /
// 'oneOf' failed, none matched. Helm lists several findings in random (Go map) order; ours is stable.
import AjvModule from 'ajv';
import Ajv2019Module from 'ajv/dist/2019';
import Ajv2020Module from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { GoMap, GoValue } from '../value';
import { GoObject, hasKey, isGoMap } from '../value';
import { formatFloatG, quote as goQuote } from '../go/strconv';
import type { Chart } from './types';

function unwrapDefault<T>(mod: T): T {
  const inner = (mod as { default?: T }).default;
  return typeof mod === 'function' ? mod : (inner ?? mod);
}
const Ajv07 = unwrapDefault(AjvModule);
const Ajv2019 = unwrapDefault(Ajv2019Module);
const Ajv2020 = unwrapDefault(Ajv2020Module);
const addFormats = unwrapDefault(addFormatsModule);

const OPTIONS = { allErrors: true, strict: false, verbose: true, validateSchema: false, code: { optimize: false } } as const;

/** jsonschema's quote: Go %q with double quotes unescaped and single quotes escaped, in '…'. */
export function sq(s: string): string {
  const q = goQuote(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${q}'`;
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '',
};

/** A number as golang.org/x/text/message's English printer prints %v / %d. */
export function englishNumber(x: number): string {
  const text = formatFloatG(x);
  const e = text.indexOf('e');
  if (e >= 0) {
    const exp = Array.from(text.slice(e + 1), (c) => SUPERSCRIPT[c] ?? c).join('');
    return `${text.slice(0, e)}×10${exp}`;
  }
  const neg = text.startsWith('-');
  const body = neg ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const int = dot >= 0 ? body.slice(0, dot) : body;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${dot >= 0 ? body.slice(dot) : ''}`;
}

/** jsonschema's display of a primitive: strings quoted, other values with Go's %v. */
function display(v: unknown): string {
  if (typeof v === 'string') return sq(v);
  if (v === null) return '<nil>';
  if (typeof v === 'number') return formatFloatG(v);
  if (typeof v === 'object') return 'value';
  return String(v);
}

const TYPE_ORDER = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v === 'number' ? 'number' : typeof v;
}

/** Go values -> JSON values for ajv (ints to numbers, maps to plain objects). */
function toJson(v: GoValue, depth = 0): unknown {
  if (depth > 1000) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => toJson(x, depth + 1));
  if (v instanceof GoObject) return v.format();
  if (isGoMap(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: toJson(v[k], depth + 1), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** One finding in helm's tree: "at '<pointer>': <message>", with nested findings. */
interface Finding {
  at: string;
  message: string;
  children: Finding[];
}

interface Leaf {
  err: ErrorObject;
  tokens: string[];
}

function tokensOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/');
}

const KEYWORD_RANK = [
  'false schema', 'type', 'const', 'enum', 'format', 'minProperties', 'maxProperties', 'required', 'dependencies',
  'minItems', 'maxItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'additionalProperties', 'propertyNames',
  'dependentRequired', 'not', 'allOf', 'anyOf', 'oneOf',
];

function messageOf(errors: ErrorObject[]): string {
  const e = errors[0];
  const p = e.params as Record<string, unknown>;
  const data = e.data;
  const schema = e.schema as unknown;
  switch (e.keyword) {
    case 'type': {
      const want = (Array.isArray(schema) ? schema : [schema]).map(String);
      want.sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
      return `got ${jsonType(data)}, want ${want.join(' or ')}`;
    }
    case 'required': {
      const missing = errors.map((x) => String((x.params as { missingProperty: string }).missingProperty));
      return missing.length === 1 ? `missing property ${sq(missing[0])}` : `missing properties ${missing.map(sq).join(', ')}`;
    }
    case 'additionalProperties':
      return `additional properties ${errors.map((x) => sq(String((x.params as { additionalProperty: string }).additionalProperty))).join(', ')} not allowed`;
    case 'enum': {
      const values = Array.isArray(schema) ? schema : [];
      if (values.some((x) => x !== null && typeof x === 'object')) return 'enum failed';
      return values.length === 1 ? `value must be ${display(values[0])}` : `value must be one of ${values.map(display).join(', ')}`;
    }
    case 'const':
      return schema !== null && typeof schema === 'object' ? 'const failed' : `value must be ${display(schema)}`;
    case 'format':
      return `${display(data)} is not valid ${String(p.format)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return `${e.keyword}: got ${englishNumber(Number(data))}, want ${englishNumber(Number(p.limit ?? p.multipleOf))}`;
    case 'minLength':
    case 'maxLength':
      return `${e.keyword}: got ${englishNumber(Array.from(String(data)).length)}, want ${englishNumber(Number(p.limit))}`;
    case 'minItems':
    case 'maxItems':
      return `${e.keyword}: got ${englishNumber((data as unknown[]).length)}, want ${englishNumber(Number(p.limit))}`;
    case 'minProperties':
    case 'maxProperties':
      return `${e.keyword}: got ${englishNumber(Object.keys(data as object).length)}, want ${englishNumber(Number(p.limit))}`;
    case 'pattern':
      return `${sq(String(data))} does not match pattern ${sq(String(p.pattern))}`;
    case 'uniqueItems':
      return `items at ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))} are equal`;
    case 'dependencies':
    case 'dependentRequired':
      return `properties ${errors.map((x) => sq(String((x.params as { missingProperty: string }).missingProperty))).join(', ')} required, if ${sq(String(p.property))} exists`;
    case 'not':
      return "'not' failed";
    case 'false schema':
      return 'false schema';
    case 'anyOf':
      return "'anyOf' failed";
    case 'oneOf': {
      const passing = p.passingSchemas as number[] | null;
      return Array.isArray(passing) ? `'oneOf' failed, subschemas ${passing[0]}, ${passing[1]} matched` : "'oneOf' failed, none matched";
    }
    case 'propertyNames':
      return `invalid propertyName ${sq(String(p.propertyName))}`;
    default:
      return e.message ?? e.keyword;
  }
}

/** Groups leaf errors under a location into helm's tree. */
function buildTree(leaves: Leaf[], depth: number, at: string[]): Finding[] {
  const here: Finding[] = [];
  // Combinator errors own the errors of their subschemas (same instance, deeper schema path).
  const owned = new Set<Leaf>();
  const local = leaves.filter((l) => l.tokens.length === depth);
  const combinators = local.filter((l) => ['anyOf', 'oneOf', 'not', 'propertyNames'].includes(l.err.keyword));
  const combinatorChildren = new Map<Leaf, Leaf[]>();
  for (const c of combinators) {
    const prefix = `${c.err.schemaPath}/`;
    const kids = leaves.filter((l) => l !== c && l.err.schemaPath.startsWith(prefix) && l.tokens.slice(0, depth).join('/') === at.join('/'));
    kids.forEach((k) => owned.add(k));
    combinatorChildren.set(c, kids);
  }
  // allOf has no error of its own in ajv: its subschemas' errors get helm's "'allOf' failed" line.
  const allOfGroups = new Map<string, Leaf[]>();
  for (const l of leaves) {
    if (owned.has(l)) continue;
    const m = /^(.*?\/allOf)\/\d+\//.exec(l.err.schemaPath);
    if (m && l.tokens.slice(0, depth).join('/') === at.join('/') && !/\/(anyOf|oneOf|not)\//.test(l.err.schemaPath.slice(0, m[1].length))) {
      const list = allOfGroups.get(m[1]) ?? [];
      list.push(l);
      allOfGroups.set(m[1], list);
      owned.add(l);
    }
  }
  const free = leaves.filter((l) => !owned.has(l));
  // Findings at this very location, merged per keyword (required, additionalProperties...).
  const byKey = new Map<string, Leaf[]>();
  for (const l of free.filter((x) => x.tokens.length === depth)) {
    if (l.err.keyword === 'if') continue;
    const key = ['required', 'additionalProperties'].includes(l.err.keyword)
      ? `${l.err.keyword}|${l.err.schemaPath}`
      : ['dependencies', 'dependentRequired'].includes(l.err.keyword)
        ? `${l.err.keyword}|${l.err.schemaPath}|${String((l.err.params as { property?: string }).property)}`
        : `${l.err.keyword}|${l.err.schemaPath}|${byKey.size}`;
    const list = byKey.get(key) ?? [];
    list.push(l);
    byKey.set(key, list);
  }
  const pointer = at.length === 0 ? '' : `/${at.join('/')}`;
  const ranked = [...byKey.values()].sort(
    (a, b) => KEYWORD_RANK.indexOf(a[0].err.keyword) - KEYWORD_RANK.indexOf(b[0].err.keyword),
  );
  for (const group of ranked) {
    const kids = combinatorChildren.get(group[0]) ?? [];
    let children: Finding[] = [];
    if (kids.length > 0) {
      const bySub = new Map<string, Leaf[]>();
      for (const k of kids) {
        const rest = k.err.schemaPath.slice(group[0].err.schemaPath.length + 1);
        const sub = rest.split('/')[0];
        const list = bySub.get(sub) ?? [];
        list.push(k);
        bySub.set(sub, list);
      }
      for (const subLeaves of bySub.values()) children.push(...wrap(buildTree(subLeaves, depth, at), pointer));
      if (group[0].err.keyword === 'propertyNames') children = children.map((c) => ({ ...c, at: '' }));
    }
    if (group[0].err.keyword === 'oneOf' && Array.isArray((group[0].err.params as { passingSchemas?: unknown }).passingSchemas)) {
      children = [];
    }
    here.push({ at: pointer, message: messageOf(group.map((g) => g.err)), children });
  }
  for (const [, list] of allOfGroups) {
    const bySub = new Map<string, Leaf[]>();
    for (const k of list) {
      const sub = /\/allOf\/(\d+)\//.exec(k.err.schemaPath)?.[1] ?? '0';
      const l2 = bySub.get(sub) ?? [];
      l2.push(k);
      bySub.set(sub, l2);
    }
    const children: Finding[] = [];
    for (const subLeaves of bySub.values()) children.push(...wrap(buildTree(subLeaves, depth, at), pointer));
    here.push({ at: pointer, message: "'allOf' failed", children });
  }
  // Deeper findings, one subtree per child key; several findings under one key are grouped.
  const byToken = new Map<string, Leaf[]>();
  for (const l of free.filter((x) => x.tokens.length > depth)) {
    const list = byToken.get(l.tokens[depth]) ?? [];
    list.push(l);
    byToken.set(l.tokens[depth], list);
  }
  for (const [token, list] of byToken) {
    const sub = buildTree(list, depth + 1, [...at, token]);
    here.push(...wrap(sub, `/${[...at, token].join('/')}`));
  }
  return here;
}

/** Several findings from one validation step are shown under "validation failed". */
function wrap(findings: Finding[], pointer: string): Finding[] {
  return findings.length > 1 ? [{ at: pointer, message: 'validation failed', children: findings }] : findings;
}

function render(findings: Finding[], indent: number): string {
  let out = '';
  for (const f of findings) {
    out += `${'  '.repeat(indent)}- at ${sq(f.at)}: ${f.message}\n`;
    out += render(f.children, indent + 1);
  }
  return out;
}

const compiled = new WeakMap<Uint8Array, ValidateFunction | Error>();

function compile(schemaBytes: Uint8Array): ValidateFunction | Error {
  const cached = compiled.get(schemaBytes);
  if (cached) return cached;
  let result: ValidateFunction | Error;
  try {
    const schema = JSON.parse(new TextDecoder().decode(schemaBytes)) as unknown;
    const dialect = typeof schema === 'object' && schema !== null ? String((schema as { $schema?: unknown }).$schema ?? '') : '';
    let ajv;
    if (/draft-0[4-7]/.test(dialect)) {
      ajv = new Ajv07(OPTIONS);
      addFormats(ajv);
    } else if (/2019-09/.test(dialect)) {
      ajv = new Ajv2019({ ...OPTIONS, validateFormats: false });
    } else {
      ajv = new Ajv2020({ ...OPTIONS, validateFormats: false });
    }
    const copy = typeof schema === 'object' && schema !== null ? { ...(schema as object) } : schema;
    if (copy && typeof copy === 'object') delete (copy as { $schema?: unknown }).$schema;
    result = ajv.compile(copy as object);
  } catch (e) {
    result = e instanceof Error ? e : new Error(String(e));
  }
  compiled.set(schemaBytes, result);
  return result;
}

const EARLY = ['false schema', 'type', 'const', 'enum', 'format'];

/**
 * helm's validator stops checking a schema at its first failing `type`, `const`, `enum` or `format`
 * (in that order); ajv reports everything, so drop what helm never reaches.
 */
function firstFailures(errors: ErrorObject[]): ErrorObject[] {
  const stops = new Map<string, { rank: number; err: ErrorObject }>();
  for (const e of errors) {
    const rank = EARLY.indexOf(e.keyword);
    if (rank < 0) continue;
    const parent = e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'));
    const key = `${e.instancePath}\u0000${parent}`;
    const seen = stops.get(key);
    if (!seen || rank < seen.rank) stops.set(key, { rank, err: e });
  }
  if (stops.size === 0) return errors;
  return errors.filter((e) => {
    for (const [key, stop] of stops) {
      if (e === stop.err) continue;
      const [inst, parent] = key.split('\u0000');
      const sameOrBelow = e.instancePath === inst || e.instancePath.startsWith(`${inst}/`);
      if (sameOrBelow && (e.schemaPath.startsWith(`${parent}/`) || e.schemaPath === parent)) return false;
    }
    return true;
  });
}

/** helm's ValidateAgainstSingleSchema: the finding lines ("- at '/x': ...\n"), or '' when valid. */
export function validateAgainstSchema(values: GoMap, schemaBytes: Uint8Array): string {
  const check = compile(schemaBytes);
  if (check instanceof Error) return `${check.message}\n`;
  if (check(toJson(values))) return '';
  const errors = firstFailures(check.errors ?? []);
  const leaves = errors.map((err) => ({ err, tokens: tokensOf(err.instancePath) }));
  return render(buildTree(leaves, 0, []), 0);
}

/**
 * helm's ValidateAgainstSchema over a chart and its subcharts (each against its own scoped values,
 * globals included): one block per chart with findings, "name:\n" followed by its finding lines.
 */
export function schemaReport(chart: Chart, values: GoMap, depth = 0): string[] {
  const out: string[] = [];
  if (chart.schema !== null) {
    const found = validateAgainstSchema(values, chart.schema);
    if (found !== '') out.push(`${chart.metadata.name}:\n${found}`);
  }
  if (depth > 64) return out;
  for (const sub of chart.dependencies) {
    const name = sub.metadata.name;
    if (!hasKey(values, name) || values[name] === null) continue;
    const raw = values[name];
    if (!isGoMap(raw)) {
      out.push(`${name}:\ninvalid type for values: expected object (map), got ${goTypeOf(raw)}\n`);
      continue;
    }
    out.push(...schemaReport(sub, raw, depth + 1));
  }
  return out;
}

function goTypeOf(v: GoValue): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return v instanceof GoObject ? v.goType : 'map[string]interface {}';
}

export const SCHEMA_ERROR_HEAD = "values don't meet the specifications of the schema(s) in the following chart(s):";
