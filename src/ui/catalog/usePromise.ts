// A page's code as a value that is there or not yet, without Suspense. React renders what a
// Suspense boundary reveals in a retry lane, which it time-slices: the chart page's first render
// of ~150 fields then took several hundred ms of 5 ms slices. Here the settled promise wakes the
// page with a plain state update, which React renders in one go.
import { useEffect, useReducer } from 'react';

type Settled = { status: 'fulfilled'; value: unknown } | { status: 'rejected'; reason: unknown };

const settled = new WeakMap<Promise<unknown>, Settled>();
const tracked = new WeakSet<Promise<unknown>>();

function track(promise: Promise<unknown>): void {
  if (tracked.has(promise)) return;
  tracked.add(promise);
  promise.then(
    (value) => settled.set(promise, { status: 'fulfilled', value }),
    (reason) => settled.set(promise, { status: 'rejected', reason }),
  );
}

/** The promise's value once it has settled (undefined before); a rejection is thrown to the error boundary. */
export function usePromise<T>(promise: Promise<T>): T | undefined {
  track(promise);
  const [, wake] = useReducer((n: number) => n + 1, 0);
  const state = settled.get(promise);
  useEffect(() => {
    if (settled.has(promise)) return;
    let live = true;
    const done = () => {
      if (live) wake();
    };
    // Registered after track's handlers, so the state is recorded when this runs.
    promise.then(done, done);
    return () => {
      live = false;
    };
  }, [promise]);
  if (!state) return undefined;
  if (state.status === 'rejected') throw state.reason;
  return state.value as T;
}
