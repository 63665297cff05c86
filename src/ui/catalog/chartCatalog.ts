// The charts as the UI sees them: every chart's meta at once (the picker shows them) and its module
// only when a page needs it, each chart in its own chunk. Both are found by glob in src/charts, so a
// new chart folder needs no line here; the order is the registry's (src/charts/index.ts), read from
// its source so that file stays the one list of charts.
import { loaders as validatorLoaders } from 'virtual:chart-validators';
import registrySource from '../../charts/index.ts?raw';
import { registerValidator, validatorFromCheck, type CompiledCheck } from '../../core/schemaIssues';
import type { ChartMeta, ChartModule, Values } from '../../core/types';
import { registryOrder } from './registryOrder';

const metas = import.meta.glob<ChartMeta>('../../charts/*/meta.ts', { eager: true, import: 'meta' });
const modules = import.meta.glob<Record<string, unknown>>('../../charts/*/index.ts');

export interface CatalogEntry {
  meta: ChartMeta;
  /** The chart module; the same promise on every call while it loads or once it has. */
  load(): Promise<ChartModule<Values>>;
}

function folderOf(globKey: string): string {
  return globKey.split('/').at(-2) ?? globKey;
}

function isModuleOf(id: string, value: unknown): value is ChartModule<Values> {
  const candidate = value as Partial<ChartModule<Values>> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.id === id && typeof candidate.render === 'function';
}

/**
 * The chart's schema validator compiled at build time (none under the dev server): the page's
 * Content-Security-Policy forbids compiling one at run time (ajv uses `new Function`).
 */
function precompiledCheck(id: string): Promise<CompiledCheck | undefined> {
  const load = Object.hasOwn(validatorLoaders, id) ? validatorLoaders[id] : undefined;
  return load ? load().then((module) => module.default) : Promise.resolve(undefined);
}

function entryFor(folder: string, meta: ChartMeta, importModule: () => Promise<Record<string, unknown>>): CatalogEntry {
  let loading: Promise<ChartModule<Values>> | undefined;
  return {
    meta,
    load() {
      loading ??= Promise.all([importModule(), precompiledCheck(meta.id)]).then(
        ([exports, check]) => {
          const chart = Object.values(exports).find((value) => isModuleOf(meta.id, value));
          if (!chart) throw new Error(`src/charts/${folder}/index.ts exports no chart module with the id "${meta.id}"`);
          // Every check of this chart (page, imports, values editor, stack, bundle) uses it from now on.
          if (check) registerValidator(chart.schema, validatorFromCheck(check));
          return chart;
        },
        (error: unknown) => {
          // A failed chunk download may succeed on the next try.
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}

function buildCatalog(): CatalogEntry[] {
  const byFolder = new Map<string, CatalogEntry>();
  for (const [key, importModule] of Object.entries(modules)) {
    const folder = folderOf(key);
    const meta = metas[key.replace(/index\.ts$/, 'meta.ts')];
    if (meta) byFolder.set(folder, entryFor(folder, meta, importModule));
  }
  const order = registryOrder(registrySource);
  // A folder the registry's source does not name (should it be written differently) still shows, last.
  const rank = (folder: string) => (order.includes(folder) ? order.indexOf(folder) : order.length);
  return [...byFolder.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((folder) => byFolder.get(folder)!);
}

/** Every chart, in the registry's order. */
export const catalog: readonly CatalogEntry[] = buildCatalog();

export function findEntry(id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.meta.id === id);
}

/** Every chart module, in the registry's order (the stack page needs them all). */
export function loadAllCharts(): Promise<ChartModule<Values>[]> {
  return Promise.all(catalog.map((entry) => entry.load()));
}
