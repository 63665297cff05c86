// Validating a value against a compiled schema by walking the schema (no generated code), in the
// order helm's validator (santhosh-tekuri/jsonschema v6) checks keywords, so the same findings come
// out nested the same way: type, const, enum and format stop the schema at the first failure;
// $ref before 2019-09 replaces the schema; combinators collect their subschemas' errors as causes.
// Where Go walks a map (the value's keys, unevaluated properties) the order is random in helm;
// here it is Go's sorted key order. Caps: a step budget and a nesting depth stop hostile schemas.
import { GoObject, compareGoStrings } from '../../value';
import type { Decimal } from './decimal';
import { compareDecimal, decimalOf, isIntegerDecimal, isMultipleOf, parseDecimal } from './decimal';
import { JsonNumber } from './json';
import type { ErrorKind, ValidationError } from './messages';
import { display, englishDecimal, englishNumber, joinQuoted, sq } from './messages';
import type { Schema, TypeName } from './schema';
import { TYPE_NAMES, escapeToken, typeBit } from './schema';
import { quote as goQuote } from '../../go/strconv';

/** Validation steps (schema × value visits) one call may take before giving up. */
export const MAX_STEPS = 1_000_000;
/** Nesting of validation calls (value depth plus subschema chains). */
export const MAX_DEPTH = 1_500;

export class ValidationLimitError extends Error {}

type Obj = Record<string, unknown>;

function isMap(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber) && !(v instanceof GoObject);
}

function hasOwn(o: Obj, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** The JSON type of a value, or null for a value JSON has no type for (a Go struct). */
function typeOf(v: unknown): TypeName | null {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
  }
  if (v instanceof JsonNumber) return 'number';
  if (Array.isArray(v)) return 'array';
  return isMap(v) ? 'object' : null;
}

function decimalOfValue(v: unknown): Decimal | null {
  if (v instanceof JsonNumber) return parseDecimal(v.text);
  if (typeof v === 'number' || typeof v === 'bigint') return decimalOf(v);
  return null;
}

function equals(a: unknown, b: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) throw new ValidationLimitError('value nested too deeply');
  const ta = typeOf(a);
  if (ta !== typeOf(b)) return false;
  switch (ta) {
    case 'object': {
      const x = a as Obj;
      const y = b as Obj;
      const kx = Object.keys(x);
      if (kx.length !== Object.keys(y).length) return false;
      return kx.every((k) => hasOwn(y, k) && equals(x[k], y[k], depth + 1));
    }
    case 'array': {
      const x = a as unknown[];
      const y = b as unknown[];
      return x.length === y.length && x.every((item, i) => equals(item, y[i], depth + 1));
    }
    case 'number': {
      const x = decimalOfValue(a);
      const y = decimalOfValue(b);
      return x !== null && y !== null && compareDecimal(x, y) === 0;
    }
    case 'null':
      return true;
    default:
      return a === b;
  }
}

/** A text equal for equal JSON values (numbers by value, maps by sorted keys), for uniqueItems. */
function canonical(v: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new ValidationLimitError('value nested too deeply');
  const t = typeOf(v);
  switch (t) {
    case 'object': {
      const o = v as Obj;
      return `{${Object.keys(o)
        .sort(compareGoStrings)
        .map((k) => `${JSON.stringify(k)}:${canonical(o[k], depth + 1)}`)
        .join(',')}}`;
    }
    case 'array':
      return `[${(v as unknown[]).map((x) => canonical(x, depth + 1)).join(',')}]`;
    case 'number': {
      const d = decimalOfValue(v);
      return d ? `n${d.neg && d.mant !== 0n ? '-' : ''}${d.mant}e${d.exp}` : 'nan';
    }
    case 'string':
      return JSON.stringify(v);
    default:
      return String(v);
  }
}

function duplicates(arr: unknown[]): [number, number] | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < arr.length; i++) {
    const key = canonical(arr[i]);
    const j = seen.get(key);
    if (j !== undefined) return [j, i];
    seen.set(key, i);
  }
  return null;
}

function goTypeName(v: unknown): string {
  return v instanceof GoObject ? v.goType : typeof v;
}

function runeCount(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.length > 0 ? 1 : 0;
  return n;
}

interface Scope {
  sch: Schema;
  refKw: string;
  vid: number;
  parent: Scope | null;
}

function cycleOf(sc: Scope): Scope | null {
  for (let p = sc.parent; p; p = p.parent) {
    if (p.vid !== sc.vid) break;
    if (p.sch === sc.sch) return p;
  }
  return null;
}

function kwLoc(sc: Scope): string {
  let loc = '';
  for (let s: Scope = sc; s.parent; s = s.parent) {
    loc = s.refKw !== '' ? `/${escapeToken(s.refKw)}${loc}` : `${s.sch.location.slice(s.parent.sch.location.length)}${loc}`;
  }
  return loc;
}

interface Uneval {
  props: Set<string> | null;
  items: Set<number> | null;
}

function unevalFrom(v: unknown, sch: Schema, callerNeeds: boolean): Uneval {
  const u: Uneval = { props: null, items: null };
  if (isMap(v)) {
    if (!sch.allPropsEvaluated && (callerNeeds || sch.unevaluatedProperties)) u.props = new Set(Object.keys(v));
  } else if (Array.isArray(v)) {
    if (!sch.allItemsEvaluated && (callerNeeds || sch.unevaluatedItems) && sch.numItemsEvaluated < v.length) {
      u.items = new Set();
      for (let i = sch.numItemsEvaluated; i < v.length; i++) u.items.add(i);
    }
  }
  return u;
}

function unevalEmpty(u: Uneval): boolean {
  return (u.props?.size ?? 0) === 0 && (u.items?.size ?? 0) === 0;
}

function mergeUneval(into: Uneval, other: Uneval): void {
  if (into.props) for (const k of [...into.props]) if (!other.props?.has(k)) into.props.delete(k);
  if (into.items) for (const i of [...into.items]) if (!other.items?.has(i)) into.items.delete(i);
}

interface Budget {
  steps: number;
  depth: number;
}

const EMPTY: ValidationError = { schemaUrl: '', at: null, kind: { k: 'group' }, causes: [] };

class Validator {
  errors: ValidationError[] = [];

  constructor(
    readonly v: unknown,
    readonly vloc: string[],
    readonly sch: Schema,
    readonly scp: Scope,
    public uneval: Uneval,
    readonly boolResult: boolean,
    readonly budget: Budget,
  ) {}

  private error(kind: () => ErrorKind): ValidationError {
    if (this.boolResult) return EMPTY;
    return { schemaUrl: this.sch.location, at: [...this.vloc], kind: kind(), causes: [] };
  }
  private text(t: () => string): ValidationError {
    return this.error(() => ({ k: 'text', text: t() }));
  }
  private add(err: ValidationError | null): void {
    if (err) this.errors.push(err);
  }
  private addText(t: () => string): void {
    this.errors.push(this.text(t));
  }
  private addWithCauses(causes: ValidationError[], t: () => string): void {
    const err = this.text(t);
    if (!this.boolResult) err.causes = causes;
    this.errors.push(err);
  }

  /** vd.validate(): null when valid (the unevaluated sets are in this.uneval), else the error. */
  run(): ValidationError | null {
    if (++this.budget.steps > MAX_STEPS) throw new ValidationLimitError(`validation takes more than ${MAX_STEPS} steps`);
    const s = this.sch;
    const v = this.v;
    if (s.bool !== undefined) return s.bool ? null : this.text(() => 'false schema');
    const cyc = cycleOf(this.scp);
    if (cyc) {
      return this.text(() => `both ${kwLoc(this.scp)} and ${kwLoc(cyc)} resolve to ${goQuote(s.location)} causing reference cycle`);
    }
    const t = typeOf(v);
    if (t === null) return this.text(() => `invalid jsonType ${goTypeName(v)}`);
    if (s.types !== undefined) {
      const ok = (s.types & typeBit(t)) !== 0 || ((s.types & typeBit('integer')) !== 0 && t === 'number' && isIntegerValue(v));
      if (!ok) {
        const want = TYPE_NAMES.filter((n) => (s.types! & typeBit(n)) !== 0);
        return this.text(() => `got ${t}, want ${want.join(' or ')}`);
      }
    }
    if (s.hasConst && !equals(v, s.constValue)) {
      const want = s.constValue;
      return this.text(() => (typeof want === 'object' && want !== null && !(want instanceof JsonNumber) ? "'const' failed" : `value must be ${display(want)}`));
    }
    if (s.enumValues) {
      const e = s.enumValues;
      const matched = (e.types & typeBit(t)) !== 0 && e.values.some((x) => equals(v, x));
      if (!matched) return this.text(() => enumMessage(e.values));
    }
    if (s.format) {
      const why = s.format.check(v);
      if (why !== null) return this.text(() => `${display(v)} is not valid ${s.format!.name}: ${why}`);
    }
    if (s.ref) {
      const err = this.validateRef(s.ref, '$ref');
      if (s.draft < 2019) return err;
      this.add(err);
    }
    if (t === 'object') this.objValidate(v as Obj);
    else if (t === 'array') this.arrValidate(v as unknown[]);
    else if (t === 'string') this.strValidate(v as string);
    else if (t === 'number') this.numValidate(v);
    if (this.errors.length === 0 || !this.boolResult) {
      if (s.draft >= 2019) this.validateRefs();
      this.condValidate();
      if (s.draft >= 2019) this.unevalValidate();
    }
    if (this.errors.length === 0) return null;
    if (this.errors.length === 1) return this.errors[0];
    const group = this.error(() => ({ k: 'group' }));
    if (!this.boolResult) group.causes = this.errors;
    return group;
  }

  private child(sch: Schema, v: unknown, vloc: string[], refKw: string, vid: number, boolResult: boolean, needs: boolean): Validator {
    if (++this.budget.depth > MAX_DEPTH) throw new ValidationLimitError(`schema and values nest more than ${MAX_DEPTH} levels`);
    return new Validator(v, vloc, sch, { sch, refKw, vid, parent: this.scp }, unevalFrom(v, sch, needs), this.boolResult || boolResult, this.budget);
  }

  /** The same value against another schema (combinators, $ref). */
  validateSelf(sch: Schema, refKw: string, boolResult: boolean): ValidationError | null {
    const sub = this.child(sch, this.v, this.vloc, refKw, this.scp.vid, boolResult, !unevalEmpty(this.uneval));
    try {
      const err = sub.run();
      if (err === null) mergeUneval(this.uneval, sub.uneval);
      return err;
    } finally {
      this.budget.depth--;
    }
  }

  /** A member of the value against a subschema. */
  validateVal(sch: Schema, v: unknown, tok: string): ValidationError | null {
    const sub = this.child(sch, v, [...this.vloc, tok], '', this.scp.vid + 1, false, false);
    try {
      return sub.run();
    } finally {
      this.budget.depth--;
    }
  }

  private validateRef(sch: Schema, kw: string): ValidationError | null {
    const err = this.validateSelf(sch, kw, false);
    if (err === null) return null;
    const refErr = this.error(() => ({ k: 'reference', keyword: kw, url: sch.location }));
    if (!this.boolResult) refErr.causes = err.kind.k === 'group' ? err.causes : [err];
    return refErr;
  }

  private missing(obj: Obj, names: string[]): string[] | null {
    const out: string[] = [];
    for (const n of names) {
      if (hasOwn(obj, n)) continue;
      if (this.boolResult) return [];
      out.push(n);
    }
    return out.length > 0 || (this.boolResult && names.some((n) => !hasOwn(obj, n))) ? out : null;
  }

  private objValidate(obj: Obj): void {
    const s = this.sch;
    const keys = Object.keys(obj).sort(compareGoStrings);
    if (s.minProperties !== undefined && keys.length < s.minProperties) {
      this.addText(() => `minProperties: got ${englishNumber(keys.length)}, want ${englishNumber(s.minProperties!)}`);
    }
    if (s.maxProperties !== undefined && keys.length > s.maxProperties) {
      this.addText(() => `maxProperties: got ${englishNumber(keys.length)}, want ${englishNumber(s.maxProperties!)}`);
    }
    if (s.required && s.required.length > 0) {
      const miss = this.missing(obj, s.required);
      if (miss) this.addText(() => (miss.length === 1 ? `missing property ${sq(miss[0])}` : `missing properties ${joinQuoted(miss)}`));
    }
    if (this.boolResult && this.errors.length > 0) return;
    for (const [name, dep] of s.dependencies ?? []) {
      if (!hasOwn(obj, name)) continue;
      if (Array.isArray(dep)) {
        const miss = this.missing(obj, dep);
        if (miss) this.addText(() => `properties ${joinQuoted(miss)} required, if ${sq(name)} exists`);
      } else this.add(this.validateSelf(dep, '', false));
    }
    const additional: string[] = [];
    for (const name of keys) {
      if (this.boolResult && this.errors.length > 0) return;
      const value = obj[name];
      let evaluated = false;
      const prop = s.properties?.get(name);
      if (prop) {
        evaluated = true;
        this.add(this.validateVal(prop, value, name));
      }
      for (const [re, sch] of s.patternProperties ?? []) {
        if (re.test(name)) {
          evaluated = true;
          this.add(this.validateVal(sch, value, name));
        }
      }
      if (!evaluated && s.additionalProperties !== undefined) {
        evaluated = true;
        if (s.additionalProperties === false) additional.push(name);
        else if (s.additionalProperties !== true) this.add(this.validateVal(s.additionalProperties, value, name));
      }
      if (evaluated) this.uneval.props?.delete(name);
    }
    if (additional.length > 0) this.addText(() => `additional properties ${joinQuoted(additional)} not allowed`);
    if (s.draft === 4) return;
    if (s.propertyNames) {
      for (const name of keys) {
        const err = validateTop(s.propertyNames, name, this.budget);
        if (err) {
          this.errors.push({ schemaUrl: s.propertyNames.location, at: null, kind: { k: 'text', text: `invalid propertyName ${sq(name)}` }, causes: err.causes });
        }
      }
    }
    if (s.draft === 6) return;
    for (const [name, sch] of s.dependentSchemas ?? []) {
      if (hasOwn(obj, name)) this.add(this.validateSelf(sch, '', false));
    }
    for (const [name, req] of s.dependentRequired ?? []) {
      if (!hasOwn(obj, name)) continue;
      const miss = this.missing(obj, req);
      if (miss) this.addText(() => `properties ${joinQuoted(miss)} required, if ${sq(name)} exists`);
    }
  }

  private arrValidate(arr: unknown[]): void {
    const s = this.sch;
    if (s.minItems !== undefined && arr.length < s.minItems) {
      this.addText(() => `minItems: got ${englishNumber(arr.length)}, want ${englishNumber(s.minItems!)}`);
    }
    if (s.maxItems !== undefined && arr.length > s.maxItems) {
      this.addText(() => `maxItems: got ${englishNumber(arr.length)}, want ${englishNumber(s.maxItems!)}`);
    }
    if (s.uniqueItems && arr.length > 1) {
      const d = duplicates(arr);
      if (d) this.addText(() => `items at ${englishNumber(d[0])} and ${englishNumber(d[1])} are equal`);
    }
    if (s.draft < 2020) {
      let evaluated = 0;
      if (Array.isArray(s.items)) {
        const n = Math.min(arr.length, s.items.length);
        for (let i = 0; i < n; i++) this.add(this.validateVal(s.items[i], arr[i], String(i)));
        evaluated = n;
      } else if (s.items) {
        for (let i = 0; i < arr.length; i++) this.add(this.validateVal(s.items, arr[i], String(i)));
        evaluated = arr.length;
      }
      const add = s.additionalItems;
      if (add === false && evaluated !== arr.length) this.addText(() => `last ${englishNumber(arr.length - evaluated)} additionalItem(s) not allowed`);
      else if (add !== undefined && add !== true && add !== false) {
        // The Go validator numbers these items from 0 again, not from their place in the array.
        for (let i = evaluated; i < arr.length; i++) this.add(this.validateVal(add, arr[i], String(i - evaluated)));
      }
    } else {
      const n = Math.min(s.prefixItems?.length ?? 0, arr.length);
      for (let i = 0; i < n; i++) this.add(this.validateVal(s.prefixItems![i], arr[i], String(i)));
      // As above: items after prefixItems are located from 0.
      if (s.items2020) for (let i = n; i < arr.length; i++) this.add(this.validateVal(s.items2020, arr[i], String(i - n)));
    }
    if (s.contains) {
      const errors: ValidationError[] = [];
      const matched: number[] = [];
      for (let i = 0; i < arr.length; i++) {
        const err = this.validateVal(s.contains, arr[i], String(i));
        if (err) errors.push(err);
        else {
          matched.push(i);
          if (s.draft >= 2020) this.uneval.items?.delete(i);
        }
      }
      if (s.minContains !== undefined) {
        const want = s.minContains;
        if (matched.length < want) {
          this.addWithCauses(errors, () =>
            matched.length === 0
              ? `min ${englishNumber(want)} items required to match contains schema, but none matched`
              : `min ${englishNumber(want)} items required to match contains schema, but matched ${englishNumber(matched.length)} items at ${matched.join(' ')}`,
          );
        }
      } else if (matched.length === 0) this.addWithCauses(errors, () => 'no items match contains schema');
      if (s.maxContains !== undefined && matched.length > s.maxContains) {
        const want = s.maxContains;
        this.addText(() => `max ${englishNumber(want)} items required to match contains schema, but matched ${englishNumber(matched.length)} items at ${matched.join(' ')}`);
      }
    }
  }

  private strValidate(str: string): void {
    const s = this.sch;
    const len = s.minLength !== undefined || s.maxLength !== undefined ? runeCount(str) : -1;
    if (s.minLength !== undefined && len < s.minLength) this.addText(() => `minLength: got ${englishNumber(len)}, want ${englishNumber(s.minLength!)}`);
    if (s.maxLength !== undefined && len > s.maxLength) this.addText(() => `maxLength: got ${englishNumber(len)}, want ${englishNumber(s.maxLength!)}`);
    if (s.pattern && !s.pattern.test(str)) this.addText(() => `${sq(str)} does not match pattern ${sq(s.pattern!.source)}`);
  }

  private numValidate(v: unknown): void {
    const s = this.sch;
    const n = decimalOfValue(v);
    if (!n) return;
    const fail = (kw: string, want: Decimal) => this.addText(() => `${kw}: got ${englishDecimal(n)}, want ${englishDecimal(want)}`);
    if (s.minimum && compareDecimal(n, s.minimum) < 0) fail('minimum', s.minimum);
    if (s.maximum && compareDecimal(n, s.maximum) > 0) fail('maximum', s.maximum);
    if (s.exclusiveMinimum && compareDecimal(n, s.exclusiveMinimum) <= 0) fail('exclusiveMinimum', s.exclusiveMinimum);
    if (s.exclusiveMaximum && compareDecimal(n, s.exclusiveMaximum) >= 0) fail('exclusiveMaximum', s.exclusiveMaximum);
    if (s.multipleOf && s.multipleOf.mant !== 0n && !isMultipleOf(n, s.multipleOf)) fail('multipleOf', s.multipleOf);
  }

  private condValidate(): void {
    const s = this.sch;
    if (s.not && this.validateSelf(s.not, '', true) === null) this.addText(() => "'not' failed");
    if (s.allOf && s.allOf.length > 0) {
      const errors: ValidationError[] = [];
      for (const sch of s.allOf) {
        const err = this.validateSelf(sch, '', false);
        if (err) {
          errors.push(err);
          if (this.boolResult) break;
        }
      }
      if (errors.length > 0) this.addWithCauses(errors, () => "'allOf' failed");
    }
    if (s.anyOf && s.anyOf.length > 0) {
      let matched = false;
      const errors: ValidationError[] = [];
      for (const sch of s.anyOf) {
        const err = this.validateSelf(sch, '', false);
        if (err) errors.push(err);
        else {
          matched = true;
          // Unevaluated keywords need every subschema's evaluation; otherwise one match is enough.
          if (unevalEmpty(this.uneval)) break;
        }
      }
      if (!matched) this.addWithCauses(errors, () => "'anyOf' failed");
    }
    if (s.oneOf && s.oneOf.length > 0) {
      let matched = -1;
      const errors: ValidationError[] = [];
      for (let i = 0; i < s.oneOf.length; i++) {
        const err = this.validateSelf(s.oneOf[i], '', matched !== -1);
        if (err) {
          if (matched === -1) errors.push(err);
        } else if (matched === -1) matched = i;
        else {
          const first = matched;
          this.addText(() => `'oneOf' failed, subschemas ${englishNumber(first)}, ${englishNumber(i)} matched`);
          break;
        }
      }
      if (matched === -1) this.addWithCauses(errors, () => "'oneOf' failed, none matched");
    }
    if (s.if) {
      if (this.validateSelf(s.if, '', true) === null) {
        if (s.then) this.add(this.validateSelf(s.then, '', false));
      } else if (s.else) this.add(this.validateSelf(s.else, '', false));
    }
  }

  private unevalValidate(): void {
    const s = this.sch;
    const v = this.v;
    if (isMap(v) && s.unevaluatedProperties) {
      for (const name of [...(this.uneval.props ?? [])].sort(compareGoStrings)) {
        if (hasOwn(v, name)) this.add(this.validateVal(s.unevaluatedProperties, v[name], name));
      }
      this.uneval.props = null;
    }
    if (Array.isArray(v) && s.unevaluatedItems) {
      for (const i of [...(this.uneval.items ?? [])].sort((a, b) => a - b)) this.add(this.validateVal(s.unevaluatedItems, v[i], String(i)));
      this.uneval.items = null;
    }
  }

  private validateRefs(): void {
    const s = this.sch;
    if (s.recursiveRef) {
      let sch = s.recursiveRef;
      if (sch.recursiveAnchor) {
        for (let sc: Scope | null = this.scp; sc; sc = sc.parent) if (sc.sch.resource.recursiveAnchor) sch = sc.sch;
      }
      this.add(this.validateRef(sch, '$recursiveRef'));
    }
    if (s.dynamicRef) {
      let sch = s.dynamicRef.ref;
      const anchor = s.dynamicRef.anchor;
      if (anchor !== '' && sch.dynamicAnchor === anchor) {
        for (let sc: Scope | null = this.scp; sc; sc = sc.parent) {
          const d = sc.sch.resource.dynamicAnchors?.get(anchor);
          if (d) sch = d;
        }
      }
      this.add(this.validateRef(sch, '$dynamicRef'));
    }
  }
}

function isIntegerValue(v: unknown): boolean {
  const d = decimalOfValue(v);
  return d !== null && isIntegerDecimal(d);
}

function enumMessage(values: unknown[]): string {
  const allPrimitive = values.every((x) => !(Array.isArray(x) || isMap(x)));
  if (!allPrimitive) return "'enum' failed";
  if (values.length === 1) return `value must be ${display(values[0])}`;
  return `value must be one of ${values.map(display).join(', ')}`;
}

/** Schema.Validate: null when valid, else the whole error (kind 'schema' at the root). */
function validateTop(sch: Schema, v: unknown, budget: Budget): ValidationError | null {
  const vd = new Validator(v, [], sch, { sch, refKw: '', vid: 0, parent: null }, unevalFrom(v, sch, false), false, budget);
  const err = vd.run();
  if (err === null) return null;
  return { schemaUrl: sch.location, at: null, kind: { k: 'schema', location: sch.location }, causes: err.kind.k === 'group' ? err.causes : [err] };
}

/** Validates a value (helm's values, or a schema document against a metaschema). */
export function validateValue(sch: Schema, v: unknown): ValidationError | null {
  return validateTop(sch, v, { steps: 0, depth: 0 });
}
