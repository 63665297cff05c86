// helm's render loop (pkg/engine/engine.go, v4.1.4): every template of the chart and of each enabled
// dependency is parsed into one set (deepest paths first, reverse lexical order within a depth, so a
// parent's define wins over a subchart's of the same name), then every non-partial one is executed
// in that order with its chart's data; "<no value>" is removed from the output.
import { isLibraryChart, isPartial, templateFullName, type Chart } from '../chart/types';
import { Templates, TemplateError } from '../template';
import { hasKey, isGoMap, mapSet, newMap, type GoMap, type GoValue } from '../value';
import { cleanupParseError, HelmError, reformatExecError } from './errors';
import { Files } from './files';
import { dropNoValue, helmFunctions, type TemplateScope } from './funcs';
import { chartMetadataMap, templateMap } from './objects';

/** A template to render: its bytes, the data it sees, and its chart's templates folder. */
interface Renderable {
  source: Uint8Array;
  data: GoMap;
  basePath: string;
}

const utf8 = new TextDecoder('utf-8');

/** common.Values.Table: walks dotted names through nested maps; null when one is missing or not a map. */
function table(values: GoMap, path: string): GoMap | null {
  let cur: GoMap = values;
  for (const part of path.split('.')) {
    if (!hasKey(cur, part)) return null;
    const next = cur[part];
    if (!isGoMap(next)) return null;
    cur = next;
  }
  return cur;
}

/**
 * helm's recAllTpls: the data of `chart` (Chart, Files, Release, Capabilities, Values scoped to the
 * chart, Subcharts) and its templates, added to `out`; returns the data so the parent can list it
 * under .Subcharts.
 */
function collect(chart: Chart, parentData: GoMap, out: Map<string, Renderable>, dump: (v: GoValue) => string): GoMap {
  const subcharts = newMap();
  const isRoot = chart.parent === null;
  // The root sees all values; a subchart the table under its name (an empty map when there is none).
  const values: GoValue = isRoot ? (parentData.Values ?? newMap()) : (table(parentData, `Values.${chart.metadata.name}`) ?? newMap());
  const data = newMap();
  mapSet(data, 'Chart', chartMetadataMap(chart.metadata, isRoot));
  mapSet(data, 'Files', new Files(new Map(chart.files.map((f) => [f.name, f.data])), dump));
  mapSet(data, 'Release', parentData.Release ?? null);
  mapSet(data, 'Capabilities', parentData.Capabilities ?? null);
  mapSet(data, 'Values', values);
  mapSet(data, 'Subcharts', subcharts);
  for (const dep of chart.dependencies) mapSet(subcharts, dep.metadata.name, collect(dep, data, out, dump));
  const library = isLibraryChart(chart);
  for (const file of chart.templates) {
    if (library && !isPartial(file)) continue;
    out.set(templateFullName(chart, file), {
      source: file.data,
      data,
      basePath: `${chart.fullPath}/templates`,
    });
  }
  return data;
}

function slashes(s: string): number {
  let n = 0;
  for (const c of s) if (c === '/') n++;
  return n;
}

/** helm's sortTemplates: most slashes first, then reverse byte order. */
export function renderOrder(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => {
    const d = slashes(b) - slashes(a);
    if (d !== 0) return d;
    return a < b ? 1 : a > b ? -1 : 0;
  });
}

/** Go's errors.Unwrap chain of an error, as texts. */
export function errorChain(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; cur instanceof Error && i < 10_000; i++) {
    out.push(cur.message);
    cur = (cur as { cause?: unknown }).cause;
  }
  return out;
}

class Scope implements TemplateScope {
  readonly includeDepth = new Map<string, number>();
  includesRunning = 0;
  private readonly stack: Templates[] = [];
  root!: Templates;
  reset(): void {
    this.includeDepth.clear();
    this.includesRunning = 0;
    this.stack.length = 0;
  }
  current(): Templates {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : this.root;
  }
  within<T>(set: Templates, fn: () => T): T {
    this.stack.push(set);
    try {
      return fn();
    } finally {
      this.stack.pop();
    }
  }
}

interface ParsedSet {
  /** The names in render order (renderOrder). */
  order: string[];
  templates: Templates;
  scope: Scope;
}

/**
 * Parsed template sets per loaded chart, keyed by the template names (which dependencies are
 * enabled decides them): parsing is most of a render's cost and the texts of a loaded chart never
 * change. A set is immutable once parsed (tpl works on clones), so renders reuse it; its
 * engine-bound functions read the scope reset below.
 */
const parsedSets = new WeakMap<object, Map<string, ParsedSet>>();
const MAX_SETS_PER_CHART = 8;

function parseAll(renderables: Map<string, Renderable>): ParsedSet {
  const order = renderOrder(renderables.keys());
  const scope = new Scope();
  const templates = new Templates(helmFunctions(scope));
  scope.root = templates;
  for (const name of order) {
    try {
      templates.parse(name, utf8.decode(renderables.get(name)!.source));
    } catch (e) {
      if (e instanceof TemplateError) throw new HelmError(cleanupParseError(name, e.message), 'render');
      throw e;
    }
  }
  return { order, templates, scope };
}

function parsedSet(renderables: Map<string, Renderable>, cacheKey: object | undefined): ParsedSet {
  if (!cacheKey) return parseAll(renderables);
  let sets = parsedSets.get(cacheKey);
  if (!sets) parsedSets.set(cacheKey, (sets = new Map()));
  const key = [...renderables.keys()].join('\n');
  let set = sets.get(key);
  if (!set) {
    set = parseAll(renderables);
    if (sets.size >= MAX_SETS_PER_CHART) sets.delete(sets.keys().next().value!);
    sets.set(key, set);
  }
  set.scope.reset();
  return set;
}

/**
 * Renders every template of `chart` (prepared: enabled dependencies only) with `top` = {Chart,
 * Capabilities, Release, Values}. Returns file name -> output for every non-partial template, in
 * render order. Throws HelmError worded as helm's. `cacheKey` (the loaded chart, whose template
 * texts are fixed) lets renders share the parsed templates.
 */
export function renderTemplates(chart: Chart, top: GoMap, dump: (v: GoValue) => string, cacheKey?: object): Map<string, string> {
  const renderables = new Map<string, Renderable>();
  collect(chart, top, renderables, dump);
  const { order, templates } = parsedSet(renderables, cacheKey);
  const rendered = new Map<string, string>();
  for (const name of order) {
    if (name.slice(name.lastIndexOf('/') + 1).startsWith('_')) continue; // partials only lend defines
    const r = renderables.get(name)!;
    mapSet(r.data, 'Template', templateMap(name, r.basePath));
    let out: string;
    try {
      out = templates.execute(name, r.data);
    } catch (e) {
      if (e instanceof TemplateError && e.kind === 'exec') throw new HelmError(reformatExecError(name, errorChain(e)), 'render');
      if (e instanceof RangeError) throw new HelmError(`rendering template failed: runtime: ${e.message}`, 'render');
      throw e;
    }
    rendered.set(name, dropNoValue(out));
  }
  return rendered;
}
