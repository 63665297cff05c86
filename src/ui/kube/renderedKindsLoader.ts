// A chart page loads the Kubernetes validators (core/kube/openapi, one chunk per kind) of the kinds
// it renders, not of every kind we carry: once when idle, then whenever a change renders a kind (or
// the version changes to one) not loaded yet. Each load ends with a recheck, so the problems gain
// the schema findings without a keystroke.
import { kindsToLoad, loadKubeSchemas } from '../../core/kube/openapi';
import type { RenderedObject } from '../../core/types';

/** What the loader needs of a page's store. */
export interface KubeCheckedStore {
  getKubeVersion(): string;
  getEvaluation(): { objects: readonly RenderedObject[] };
  subscribe(listener: () => void): () => void;
  /** The problems again for the same objects (the validators just loaded take part). */
  recheck(): void;
}

/** Starts loading for `store` now and after each change; returns the stop function. */
export function loadRenderedKinds(store: KubeCheckedStore, load = loadKubeSchemas): () => void {
  let live = true;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true; // one load at a time; the loop below looks again when it ends
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const version = store.getKubeVersion();
        const kinds = kindsToLoad(version, store.getEvaluation().objects);
        if (kinds.length === 0) continue;
        await load(version, kinds); // never rejects: a kind that fails to load is checked without schema
        if (live) store.recheck();
      } while (again && live);
    } finally {
      running = false;
    }
  };
  void run();
  const unsubscribe = store.subscribe(() => void run());
  return () => {
    live = false;
    unsubscribe();
  };
}
