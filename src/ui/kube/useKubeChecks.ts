// What a chart page does for its Kubernetes checks: follow the version picked in this browser (the
// store re-checks, charts opened at run time render again) and, once idle, load the validators of
// the kinds it renders (renderedKindsLoader.ts).
import { useEffect } from 'react';
import { setRenderKubeVersion } from '../../charts/generic/renderKubeVersion';
import { whenIdle } from '../state/idle';
import type { KubeVersionPreference } from './kubeVersionPreference';
import { loadRenderedKinds, type KubeCheckedStore } from './renderedKindsLoader';

/** A chart page's store, or the stack page's (every release checked for the one version). */
export interface KubeFollowingStore extends KubeCheckedStore {
  setKubeVersion(version: string): void;
}

/** The version a new chart page's store starts with (also set for renders before the first one). */
export function initialKubeVersion(preference: KubeVersionPreference): string {
  setRenderKubeVersion(preference.get());
  return preference.get();
}

export function useKubeChecks(store: KubeFollowingStore, preference: KubeVersionPreference): void {
  useEffect(() => {
    const follow = () => {
      setRenderKubeVersion(preference.get());
      store.setKubeVersion(preference.get());
    };
    follow();
    const unsubscribe = preference.subscribe(follow);
    let stopLoading: (() => void) | undefined;
    const cancelIdle = whenIdle(() => {
      stopLoading = loadRenderedKinds(store);
    });
    return () => {
      unsubscribe();
      cancelIdle();
      stopLoading?.();
      // Other pages render opened charts for helm's default version until they set one.
      setRenderKubeVersion(undefined);
    };
  }, [store, preference]);
}
