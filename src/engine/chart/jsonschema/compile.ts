// Compiling schema documents as helm's validator does: documents by URL, `$id` resources and anchors
// found by walking each draft's subschema keywords, `$ref`/`$dynamicRef`/`$recursiveRef` resolved
// against the enclosing resource, each document checked against its draft's metaschema before use,
// and compile errors worded as the Go library words them. Where Go walks a map (random order),
// this walks the document's order.
import type { Decimal } from './decimal';
import { decimalToInt, parseDecimal } from './decimal';
import type { Draft } from './drafts';
import { DEFAULT_DRAFT, draftFromUrl, hasVocab } from './drafts';
import { formatFor, regexFormat } from './formats';
import type { JsonObject, JsonValue } from './json';
import { JsonNumber, isJsonObject } from './json';
import { compileGoRegexp } from './regexp';
import type { Pattern, Schema } from './schema';
import { encodeFragment, escapeToken, newSchema, typeBit, unescapeToken, TYPE_NAMES } from './schema';
import type { TypeName } from './schema';

/** A compile failure; its message is the Go library's error text. */
export class SchemaCompileError extends Error {}

interface Resource {
  ptr: string;
  id: string;
  draft: Draft;
  vocabs: string[] | null;
  anchors: Map<string, string>;
  dynamicAnchors: string[];
}

interface Root {
  url: string;
  doc: JsonValue;
  resources: Map<string, Resource>;
  processed: Set<string>;
}

export interface CompilerOptions {
  /** Formats are checked (helm: only before draft 2019-09; metaschemas: always). */
  assertFormat: boolean;
  /** A document for a URL nobody added (metaschemas, urn:, file:, http:), or a thrown error. */
  load: (url: string) => JsonValue;
  /** Checks a document against its draft's metaschema: the error text, or null when valid. */
  checkMeta?: (draft: Draft, doc: JsonValue) => string | null;
}

/** Caps: a schema with more subschemas than this is refused rather than compiled. */
export const MAX_SUBSCHEMAS = 200_000;

function splitFragment(ref: string): { url: string; frag: string } {
  const hash = ref.indexOf('#');
  if (hash < 0) return { url: ref, frag: '' };
  let frag = ref.slice(hash + 1);
  try {
    frag = decodeURIComponent(frag);
  } catch {
    throw new SchemaCompileError(`error in parsing ${JSON.stringify(ref)}: invalid URL escape`);
  }
  return { url: ref.slice(0, hash), frag };
}

/** Resolves a reference against a base URL (Go's url.ResolveReference), fragment apart. */
export function joinUrl(base: string, ref: string): { url: string; frag: string } {
  const { url, frag } = splitFragment(ref);
  if (url === '') return { url: base, frag };
  try {
    return { url: new URL(url, base).href, frag };
  } catch {
    try {
      return { url: new URL(url).href, frag };
    } catch {
      throw new SchemaCompileError(`error in parsing ${JSON.stringify(url)}: invalid URL`);
    }
  }
}

function lookupPointer(doc: JsonValue, url: string, ptr: string): JsonValue {
  let v = doc;
  if (ptr === '') return v;
  for (const raw of ptr.split('/').slice(1)) {
    const tok = unescapeToken(raw);
    if (tok === null) throw new SchemaCompileError(`invalid json-pointer ${JSON.stringify(`${url}#${encodeFragment(ptr)}`)}`);
    if (isJsonObject(v) && Object.prototype.hasOwnProperty.call(v, tok)) {
      v = v[tok];
      continue;
    }
    if (Array.isArray(v) && /^\d+$/.test(tok) && Number(tok) < v.length) {
      v = v[Number(tok)];
      continue;
    }
    throw new SchemaCompileError(`json-pointer in ${JSON.stringify(`${url}#${encodeFragment(ptr)}`)} not found`);
  }
  return v;
}

function strVal(obj: JsonObject, key: string): string | undefined {
  const v = Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function idOf(draft: Draft, obj: JsonObject): string {
  // Before 2019-09 every other keyword beside $ref is ignored, $id too.
  if (draft.version < 2019 && has(obj, '$ref')) return '';
  const id = strVal(obj, draft.id);
  if (id === undefined) return '';
  const hash = id.indexOf('#');
  return hash >= 0 ? id.slice(0, hash) : id;
}

export class Compiler {
  private readonly roots = new Map<string, Root>();
  private readonly docs = new Map<string, JsonValue>();
  private readonly schemas = new Map<string, Schema>();
  private count = 0;

  constructor(private readonly opts: CompilerOptions) {}

  addResource(url: string, doc: JsonValue): void {
    this.docs.set(url, doc);
  }

  /** Compiles the schema at url (with an optional fragment) and all it reaches. */
  compile(loc: string): Schema {
    const { url, frag } = splitFragment(loc);
    const root = this.orLoad(url);
    const ptr = this.resolveFragmentIn(root, frag, root.resources.get('')!);
    return this.doCompile(root.url, ptr);
  }

  private orLoad(url: string): Root {
    const known = this.roots.get(url);
    if (known) return known;
    let doc = this.docs.get(url);
    if (doc === undefined) {
      doc = this.opts.load(url);
      this.docs.set(url, doc);
    }
    const root: Root = { url, doc, resources: new Map(), processed: new Set() };
    this.collectResources(root, doc, url, '', DEFAULT_DRAFT, null);
    if (!/^https?:\/\/json-schema\.org\//.test(url)) this.checkMeta(root, doc, '');
    this.roots.set(url, root);
    return root;
  }

  private checkMeta(root: Root, doc: JsonValue, ptr: string): void {
    const res = this.resourceAt(root, ptr);
    const err = this.opts.checkMeta?.(res.draft, doc) ?? null;
    if (err !== null) throw new SchemaCompileError(`"${root.url}#${encodeFragment(ptr)}" is not valid against metaschema: ${err}`);
  }

  private draftOf(obj: JsonObject, fallback: Draft): Draft {
    const sch = strVal(obj, '$schema');
    if (sch === undefined) return fallback;
    const draft = draftFromUrl(sch);
    if (draft) return draft;
    // A custom metaschema: helm loads it to find its draft; only the drafts' own URLs load here.
    const hash = sch.indexOf('#');
    const doc = this.opts.load(hash >= 0 ? sch.slice(0, hash) : sch);
    return isJsonObject(doc) ? this.draftOf(doc, fallback) : fallback;
  }

  private collectResources(root: Root, v: JsonValue, base: string, ptr: string, fallback: Draft, vocabs: string[] | null): void {
    if (root.processed.has(ptr)) return;
    if (++this.count > MAX_SUBSCHEMAS) throw new SchemaCompileError(`schema has more than ${MAX_SUBSCHEMAS} subschemas`);
    root.processed.add(ptr);
    if (!isJsonObject(v)) {
      if (ptr === '') root.resources.set('', this.newResource('', base, fallback, vocabs));
      return;
    }
    let draft = this.draftOf(v, fallback);
    let hasSchema = strVal(v, '$schema') !== undefined;
    let id = idOf(draft, v);
    if (id === '' && ptr !== '') {
      draft = fallback;
      hasSchema = false;
      id = idOf(draft, v);
    }
    let res: Resource | null = null;
    if (id !== '') {
      base = joinUrl(base, id).url;
      res = this.newResource(ptr, base, hasSchema ? draft : fallback, hasSchema ? null : vocabs);
    } else if (ptr === '') res = this.newResource(ptr, base, hasSchema ? draft : fallback, hasSchema ? null : vocabs);
    if (res) {
      let found = false;
      for (const other of root.resources.values()) {
        if (other.id !== base) continue;
        found = true;
        if (other.ptr !== ptr) throw new SchemaCompileError(`duplicate id ${JSON.stringify(base)} in ${JSON.stringify(root.url)} at ${JSON.stringify(ptr)} and ${JSON.stringify(other.ptr)}`);
      }
      if (!found) root.resources.set(ptr, res);
    }
    let baseRes: Resource | undefined;
    for (const other of root.resources.values()) if (other.id === base) baseRes = other;
    if (!baseRes) throw new SchemaCompileError(`no resource for ${JSON.stringify(base)}`);
    this.collectAnchors(root, v, ptr, baseRes);
    for (const [sub, value] of subschemasOf(v, ptr, draft.subschemas)) {
      this.collectResources(root, value, base, sub, baseRes.draft, baseRes.vocabs);
    }
  }

  private newResource(ptr: string, id: string, draft: Draft, vocabs: string[] | null): Resource {
    return { ptr, id, draft, vocabs, anchors: new Map(), dynamicAnchors: [] };
  }

  private collectAnchors(root: Root, obj: JsonObject, ptr: string, res: Resource): void {
    const add = (anchor: string): void => {
      const prev = res.anchors.get(anchor);
      if (prev !== undefined) {
        if (prev === ptr) return;
        throw new SchemaCompileError(`duplicate anchor ${JSON.stringify(anchor)} in ${JSON.stringify(root.url)} at ${JSON.stringify(prev)} and ${JSON.stringify(ptr)}`);
      }
      res.anchors.set(anchor, ptr);
    };
    const version = res.draft.version;
    if (version < 2019) {
      if (has(obj, '$ref')) return;
      const id = strVal(obj, res.draft.id);
      if (id !== undefined) {
        const frag = splitFragment(id).frag;
        if (frag !== '' && !frag.startsWith('/')) add(frag);
      }
    }
    if (version >= 2019) {
      const a = strVal(obj, '$anchor');
      if (a !== undefined) add(a);
    }
    if (version >= 2020) {
      const a = strVal(obj, '$dynamicAnchor');
      if (a !== undefined) {
        add(a);
        res.dynamicAnchors.push(a);
      }
    }
  }

  private resourceAt(root: Root, ptr: string): Resource {
    for (let p = ptr; ; ) {
      const res = root.resources.get(p);
      if (res) return res;
      const slash = p.lastIndexOf('/');
      if (slash < 0) break;
      p = p.slice(0, slash);
    }
    return root.resources.get('')!;
  }

  private resolveFragmentIn(root: Root, frag: string, res: Resource): string {
    if (frag === '' || frag.startsWith('/')) return res.ptr + frag;
    const ptr = res.anchors.get(frag);
    if (ptr === undefined) {
      throw new SchemaCompileError(`anchor in ${JSON.stringify(`${res.id}#${encodeFragment(frag)}`)} not found in schema ${JSON.stringify(root.url)}`);
    }
    return ptr;
  }

  /** The compiled schema for a reference from a resource: local, another resource, or a new document. */
  private resolveRef(root: Root, res: Resource, ref: string, queue: Schema[]): Schema {
    const uf = joinUrl(res.id, ref);
    let target: Resource | undefined;
    if (uf.url === root.url) target = root.resources.get('');
    else for (const r of root.resources.values()) if (r.id === uf.url) target = r;
    if (target) return this.enqueue(queue, root.url, this.resolveFragmentIn(root, uf.frag, target));
    const other = this.orLoad(uf.url);
    return this.enqueue(queue, other.url, this.resolveFragmentIn(other, uf.frag, other.resources.get('')!));
  }

  private enqueue(queue: Schema[], url: string, ptr: string): Schema {
    const key = `${url}#${ptr}`;
    const known = this.schemas.get(key);
    if (known) return known;
    const s = newSchema(url, ptr);
    this.schemas.set(key, s);
    queue.push(s);
    return s;
  }

  private ensureSubschema(root: Root, ptr: string): void {
    if (root.processed.has(ptr)) return;
    const v = lookupPointer(root.doc, root.url, ptr);
    const base = this.resourceAt(root, ptr);
    this.collectResources(root, v, base.id, ptr, base.draft, base.vocabs);
    this.checkMeta(root, v, ptr);
  }

  private doCompile(url: string, ptr: string): Schema {
    const queue: Schema[] = [];
    const first = this.enqueue(queue, url, ptr);
    for (let i = 0; i < queue.length; i++) {
      if (i > MAX_SUBSCHEMAS) throw new SchemaCompileError(`schema has more than ${MAX_SUBSCHEMAS} subschemas`);
      const s = queue[i];
      const root = this.orLoad(s.url);
      this.ensureSubschema(root, s.ptr);
      const v = lookupPointer(root.doc, root.url, s.ptr);
      this.compileValue(root, s, v, queue);
    }
    return first;
  }

  private compileValue(root: Root, s: Schema, v: JsonValue, queue: Schema[]): void {
    const res = this.resourceAt(root, s.ptr);
    s.draft = res.draft.version;
    s.resource = this.enqueue(queue, root.url, res.ptr);
    if (s.draft >= 2020 && s.ptr === res.ptr) {
      for (const [anchor, at] of res.anchors) {
        if (!res.dynamicAnchors.includes(anchor)) continue;
        s.dynamicAnchors ??= new Map();
        s.dynamicAnchors.set(anchor, this.enqueue(queue, root.url, at));
      }
    }
    if (typeof v === 'boolean') s.bool = v;
    else if (isJsonObject(v)) {
      if (Object.keys(v).length === 0) s.bool = true;
      else new ObjectCompiler(this, root, res, s, v, queue).compile();
    }
    s.allPropsEvaluated = s.additionalProperties !== undefined;
    if (s.draft < 2020) {
      s.allItemsEvaluated = s.additionalItems !== undefined;
      if (Array.isArray(s.items)) s.numItemsEvaluated = s.items.length;
      else if (s.items) s.allItemsEvaluated = true;
    } else {
      s.allItemsEvaluated = s.items2020 !== undefined;
      s.numItemsEvaluated = s.prefixItems?.length ?? 0;
    }
  }

  /** For ObjectCompiler. */
  refFrom(root: Root, res: Resource, ref: string, queue: Schema[]): Schema {
    return this.resolveRef(root, res, ref, queue);
  }
  at(root: Root, ptr: string, queue: Schema[]): Schema {
    return this.enqueue(queue, root.url, ptr);
  }
  get assertFormat(): boolean {
    return this.opts.assertFormat;
  }
}

/** The subschemas of an object at the draft's keyword positions, in document order. */
function subschemasOf(obj: JsonObject, ptr: string, positions: readonly string[]): [string, JsonValue][] {
  const out: [string, JsonValue][] = [];
  for (const pos of positions) {
    const [kw, kind] = pos.split('/');
    if (!has(obj, kw)) continue;
    const v = obj[kw];
    const at = `${ptr}/${escapeToken(kw)}`;
    if (kind === undefined) {
      if (typeof v === 'boolean' || isJsonObject(v)) out.push([at, v]);
    } else if (kind === '*') {
      if (isJsonObject(v)) for (const k of Object.keys(v)) out.push([`${at}/${escapeToken(k)}`, v[k]]);
    } else if (Array.isArray(v)) v.forEach((item, i) => out.push([`${at}/${i}`, item]));
  }
  return out;
}

function numVal(v: JsonValue | undefined): Decimal | undefined {
  return v instanceof JsonNumber ? (parseDecimal(v.text) ?? undefined) : undefined;
}

/** Reads one schema object's keywords for its draft (objcompiler's order). */
class ObjectCompiler {
  constructor(
    private readonly c: Compiler,
    private readonly root: Root,
    private readonly res: Resource,
    private readonly s: Schema,
    private readonly obj: JsonObject,
    private readonly queue: Schema[],
  ) {}

  private get(key: string): JsonValue | undefined {
    return has(this.obj, key) ? this.obj[key] : undefined;
  }
  private vocab(name: string): boolean {
    return hasVocab(this.res.draft, this.res.vocabs, name);
  }
  private sub(key: string): Schema | undefined {
    return has(this.obj, key) ? this.c.at(this.root, `${this.s.ptr}/${escapeToken(key)}`, this.queue) : undefined;
  }
  private subArray(key: string): Schema[] | undefined {
    const v = this.get(key);
    if (!Array.isArray(v)) return undefined;
    return v.map((_, i) => this.c.at(this.root, `${this.s.ptr}/${escapeToken(key)}/${i}`, this.queue));
  }
  private subMap(key: string): [string, Schema][] | undefined {
    const v = this.get(key);
    if (!isJsonObject(v)) return undefined;
    return Object.keys(v).map((k) => [k, this.c.at(this.root, `${this.s.ptr}/${escapeToken(key)}/${escapeToken(k)}`, this.queue)]);
  }
  private additional(key: string): boolean | Schema | undefined {
    const v = this.get(key);
    if (typeof v === 'boolean') return v;
    return this.sub(key);
  }
  private ref(key: string): Schema | undefined {
    const v = this.get(key);
    return typeof v === 'string' ? this.c.refFrom(this.root, this.res, v, this.queue) : undefined;
  }
  private int(key: string): number | undefined {
    const d = numVal(this.get(key));
    return d ? (decimalToInt(d) ?? undefined) : undefined;
  }
  private bool(key: string): boolean {
    return this.get(key) === true;
  }
  private regex(src: string, where: string): Pattern {
    try {
      return compileGoRegexp(src);
    } catch (e) {
      throw new SchemaCompileError(`invalid regex ${JSON.stringify(src)} at ${JSON.stringify(where)}: ${(e as Error).message}`);
    }
  }

  compile(): void {
    const s = this.s;
    this.draft4();
    if (s.draft >= 6) this.draft6();
    if (s.draft >= 7) this.draft7();
    if (s.draft >= 2019) this.draft2019();
    if (s.draft >= 2020) this.draft2020();
  }

  private draft4(): void {
    const s = this.s;
    s.ref = this.ref('$ref');
    // Before 2019-09 a $ref hides every keyword of draft-04's set beside it.
    if (s.draft < 2019 && s.ref) return;
    if (this.vocab('applicator')) {
      s.allOf = this.subArray('allOf');
      s.anyOf = this.subArray('anyOf');
      s.oneOf = this.subArray('oneOf');
      s.not = this.sub('not');
      if (s.draft < 2020 && has(this.obj, 'items')) {
        if (Array.isArray(this.get('items'))) {
          s.items = this.subArray('items');
          s.additionalItems = this.additional('additionalItems');
        } else s.items = this.sub('items');
      }
      const props = this.subMap('properties');
      if (props) s.properties = new Map(props);
      const patterns = this.subMap('patternProperties');
      if (patterns) {
        const where = `${s.url}#${encodeFragment(s.ptr)}/patternProperties`;
        s.patternProperties = patterns.map(([src, sch]) => [this.regex(src, where), sch]);
      }
      s.additionalProperties = this.additional('additionalProperties');
      const deps = this.get('dependencies');
      if (isJsonObject(deps)) {
        s.dependencies = Object.keys(deps).map((k) => {
          const d = deps[k];
          return [k, Array.isArray(d) ? strings(d) : this.c.at(this.root, `${s.ptr}/dependencies/${escapeToken(k)}`, this.queue)];
        });
      }
    }
    if (this.vocab('validation')) {
      const t = this.get('type');
      if (t !== undefined) {
        let bits = 0;
        for (const name of typeof t === 'string' ? [t] : Array.isArray(t) ? t : []) {
          if (typeof name === 'string' && (TYPE_NAMES as readonly string[]).includes(name)) bits |= typeBit(name as TypeName);
        }
        if (bits !== 0) s.types = bits;
      }
      const e = this.get('enum');
      if (Array.isArray(e)) {
        let types = 0;
        for (const item of e) types |= typeBit(jsonTypeOfSchemaValue(item));
        s.enumValues = { values: e, types };
      }
      s.multipleOf = numVal(this.get('multipleOf'));
      s.maximum = numVal(this.get('maximum'));
      if (this.bool('exclusiveMaximum')) {
        s.exclusiveMaximum = s.maximum;
        s.maximum = undefined;
      } else s.exclusiveMaximum = numVal(this.get('exclusiveMaximum'));
      s.minimum = numVal(this.get('minimum'));
      if (this.bool('exclusiveMinimum')) {
        s.exclusiveMinimum = s.minimum;
        s.minimum = undefined;
      } else s.exclusiveMinimum = numVal(this.get('exclusiveMinimum'));
      s.minLength = this.int('minLength');
      s.maxLength = this.int('maxLength');
      const pat = this.get('pattern');
      if (typeof pat === 'string') s.pattern = this.regex(pat, `${s.url}#${encodeFragment(s.ptr)}/pattern`);
      s.minItems = this.int('minItems');
      s.maxItems = this.int('maxItems');
      s.uniqueItems = this.bool('uniqueItems');
      s.maxProperties = this.int('maxProperties');
      s.minProperties = this.int('minProperties');
      const req = this.get('required');
      if (Array.isArray(req)) s.required = strings(req);
    }
    const assert = this.c.assertFormat || s.draft < 2019 || (s.draft === 2019 ? this.vocab('format') : this.vocab('format-assertion'));
    const f = this.get('format');
    if (assert && typeof f === 'string') s.format = f === 'regex' ? regexFormat : formatFor(f);
  }

  private draft6(): void {
    const s = this.s;
    if (this.vocab('applicator')) {
      s.contains = this.sub('contains');
      s.propertyNames = this.sub('propertyNames');
    }
    if (this.vocab('validation') && has(this.obj, 'const')) {
      s.hasConst = true;
      s.constValue = this.obj.const;
    }
  }

  private draft7(): void {
    const s = this.s;
    if (!this.vocab('applicator')) return;
    s.if = this.sub('if');
    if (s.if) {
      const b = this.get('if');
      if (b !== false) s.then = this.sub('then');
      if (b !== true) s.else = this.sub('else');
    }
  }

  private draft2019(): void {
    const s = this.s;
    s.recursiveRef = this.ref('$recursiveRef');
    s.recursiveAnchor = this.bool('$recursiveAnchor');
    if (this.vocab('validation')) {
      if (s.contains) {
        s.minContains = this.int('minContains');
        s.maxContains = this.int('maxContains');
      }
      const dr = this.get('dependentRequired');
      if (isJsonObject(dr)) {
        s.dependentRequired = [];
        for (const k of Object.keys(dr)) {
          const v = dr[k];
          if (Array.isArray(v)) s.dependentRequired.push([k, strings(v)]);
        }
      }
    }
    if (this.vocab('applicator')) s.dependentSchemas = this.subMap('dependentSchemas');
    if (s.draft === 2019 ? this.vocab('applicator') : this.vocab('unevaluated')) {
      s.unevaluatedItems = this.sub('unevaluatedItems');
      s.unevaluatedProperties = this.sub('unevaluatedProperties');
    }
  }

  private draft2020(): void {
    const s = this.s;
    const dref = this.get('$dynamicRef');
    if (typeof dref === 'string') {
      const target = this.ref('$dynamicRef')!;
      const frag = splitFragment(dref).frag;
      s.dynamicRef = { ref: target, anchor: frag !== '' && !frag.startsWith('/') ? frag : '' };
    }
    s.dynamicAnchor = strVal(this.obj, '$dynamicAnchor');
    if (this.vocab('applicator')) {
      s.prefixItems = this.subArray('prefixItems');
      s.items2020 = this.sub('items');
    }
  }
}

function strings(arr: JsonValue[]): string[] {
  return arr.filter((x): x is string => typeof x === 'string');
}

export function jsonTypeOfSchemaValue(v: JsonValue): TypeName {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string') return 'string';
  if (v instanceof JsonNumber) return 'number';
  return Array.isArray(v) ? 'array' : 'object';
}
