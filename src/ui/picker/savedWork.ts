// What the start page says about work saved in this browser: which charts hold changed values
// (and under which release), and whether a stack is saved. Reads the autosave entries only; a
// damaged entry is simply not mentioned (the chart page explains it when opened).
import { DEFAULT_RELEASE } from '../../core/types';
import { isMap } from '../../core/values';
import { storageKey, type KeyValueStorage } from '../state/persistence';

/** The stack page's autosave key (kept equal to stack/model.ts by a test; importing it would load the stack code). */
export const SAVED_STACK_KEY = 'chart-configurator:v1:stack';
const MAX_COUNT_DEPTH = 100;

export interface SavedChartWork {
  /** Parameters set apart from the defaults. */
  changed: number;
  release?: { name: string; namespace: string };
}

function countLeaves(value: unknown, depth = 0): number {
  if (!isMap(value) || depth > MAX_COUNT_DEPTH) return 1;
  let n = 0;
  for (const key of Object.keys(value)) n += countLeaves(value[key], depth + 1);
  return n;
}

function readJson(storage: KeyValueStorage | undefined, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

export function savedChartWork(storage: KeyValueStorage | undefined, chartId: string): SavedChartWork | undefined {
  const saved = readJson(storage, storageKey(chartId));
  if (!isMap(saved) || !isMap(saved.values)) return undefined;
  const changed = Object.keys(saved.values).length === 0 ? 0 : countLeaves(saved.values);
  const r = saved.release;
  const release = isMap(r) && typeof r.name === 'string' && typeof r.namespace === 'string' ? { name: r.name, namespace: r.namespace } : undefined;
  const releaseChanged = release !== undefined && (release.name !== DEFAULT_RELEASE.name || release.namespace !== DEFAULT_RELEASE.namespace);
  if (changed === 0 && !releaseChanged) return undefined;
  return { changed, ...(releaseChanged ? { release } : {}) };
}

/** Release names of the saved stack, when one is saved with at least one release. */
export function savedStackReleases(storage: KeyValueStorage | undefined): string[] {
  const saved = readJson(storage, SAVED_STACK_KEY);
  if (!isMap(saved) || !Array.isArray(saved.releases)) return [];
  return saved.releases.flatMap((r) => (isMap(r) && typeof r.name === 'string' ? [r.name] : [])).slice(0, 20);
}

export function savedWorkText(work: SavedChartWork): string {
  const values = work.changed === 0 ? 'release settings' : `${work.changed} changed value${work.changed === 1 ? '' : 's'}`;
  return `Saved work: ${values}${work.release ? `, release ${work.release.name} in ${work.release.namespace}` : ''}`;
}
