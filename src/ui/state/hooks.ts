// React bindings of the values store: components subscribe to the slice they show, so a keystroke
// re-renders the field it changed, the problems and the preview, not the whole form.
import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { Evaluation } from '../../core/evaluate';
import type { Problem } from '../../core/types';
import { deepEqual, getAt } from '../../core/values';
import { chartFieldPaths } from '../form/model';
import { problemsByField, sameProblems } from './derived';
import type { ValuesState } from './reducer';
import type { ValuesStore } from './store';

export const StoreContext = createContext<ValuesStore | null>(null);

export function useStore(): ValuesStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside a chart page');
  return store;
}

/**
 * Subscribes to `select(store)`; re-renders only when the selected value changes by `equal`.
 * The selector must be stable (wrap it in useCallback) or depend only on its argument.
 */
export function useStoreSelector<T>(select: (store: ValuesStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const store = useStore();
  const cache = useRef<{ store: ValuesStore; version: unknown; select: unknown; value: T } | null>(null);
  const getSnapshot = () => {
    const version = store.getVersion();
    const cached = cache.current;
    if (cached && cached.store === store && cached.version === version && cached.select === select) return cached.value;
    const value = select(store);
    const kept = cached && equal(cached.value, value) ? cached.value : value;
    cache.current = { store, version, select, value: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

export function useValuesState(): ValuesState {
  return useStoreSelector(useCallback((s: ValuesStore) => s.getState(), []));
}

export function useEvaluation(): Evaluation {
  return useStoreSelector(useCallback((s: ValuesStore) => s.getEvaluation(), []));
}

/** Problems by the field that shows them, once per evaluation. */
const problemIndexCache = new WeakMap<Evaluation, Map<string, Problem[]>>();

export function problemIndex(store: ValuesStore): Map<string, Problem[]> {
  const evaluation = store.getEvaluation();
  let index = problemIndexCache.get(evaluation);
  if (!index) {
    index = problemsByField(evaluation.problems, chartFieldPaths(store.chart.schema));
    problemIndexCache.set(evaluation, index);
  }
  return index;
}

export interface FieldState {
  value: unknown;
  problems: Problem[] | undefined;
}

function sameFieldState(a: FieldState, b: FieldState): boolean {
  return deepEqual(a.value, b.value) && sameProblems(a.problems, b.problems);
}

/** A field's effective value and its problems, in one subscription (there are ~150 fields). */
export function useFieldState(path: string): FieldState {
  return useStoreSelector(
    useCallback((s: ValuesStore) => ({ value: getAt(s.getEvaluation().values, path), problems: problemIndex(s).get(path) }), [path]),
    sameFieldState,
  );
}

export interface SectionStatus {
  changed: number;
  errors: number;
  warnings: number;
}

function sameStatus(a: SectionStatus, b: SectionStatus): boolean {
  return a.changed === b.changed && a.errors === b.errors && a.warnings === b.warnings;
}

/** How many of these fields differ from their defaults, and how many problems they show. */
export function useSectionStatus(paths: readonly string[]): SectionStatus {
  return useStoreSelector(
    useCallback(
      (s: ValuesStore) => {
        const values = s.getEvaluation().values;
        const index = problemIndex(s);
        const status: SectionStatus = { changed: 0, errors: 0, warnings: 0 };
        const counted = new Set<Problem>();
        for (const path of paths) {
          if (!deepEqual(getAt(values, path), getAt(s.defaults, path))) status.changed++;
          for (const p of index.get(path) ?? []) {
            if (counted.has(p)) continue;
            counted.add(p);
            if (p.severity === 'error') status.errors++;
            else if (p.severity === 'warning') status.warnings++;
          }
        }
        return status;
      },
      [paths],
    ),
    sameStatus,
  );
}
