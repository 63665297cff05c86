// React bindings of the stack store, like state/hooks.ts for one release: components subscribe to
// the slice they show and re-render when it changes.
import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { StackStore } from './stackStore';

export const StackContext = createContext<StackStore | null>(null);

export function useStack(): StackStore {
  const stack = useContext(StackContext);
  if (!stack) throw new Error('useStack outside the stack page');
  return stack;
}

/** `select` must be stable (useCallback) or depend only on its argument. */
export function useStackSelector<T>(select: (stack: StackStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  return useSelectorOf(useStack(), select, equal);
}

/** The same for the component that creates the store (and provides the context). */
export function useSelectorOf<T>(stack: StackStore, select: (stack: StackStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ stack: StackStore; version: number; select: unknown; value: T } | null>(null);
  const getSnapshot = () => {
    const version = stack.getVersion();
    const cached = cache.current;
    if (cached && cached.stack === stack && cached.version === version && cached.select === select) return cached.value;
    const value = select(stack);
    const kept = cached && equal(cached.value, value) ? cached.value : value;
    cache.current = { stack, version, select, value: kept };
    return kept;
  };
  return useSyncExternalStore(stack.subscribe, getSnapshot, getSnapshot);
}

/** Shallow equality of two arrays (lists of strings or entries). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
