// Which Kubernetes validators a page loads: the kinds it renders, each once per version, more when
// a change renders a new kind or picks another version.
import { describe, expect, it, vi } from 'vitest';
import { kindsToLoad, loadedValidator, loadKubeSchemas } from '../../core/kube/openapi';
import type { RenderedObject } from '../../core/types';
import { loadRenderedKinds, type KubeCheckedStore } from './renderedKindsLoader';

const object = (apiVersion: string, kind: string): RenderedObject => ({ template: `templates/${kind}.yaml`, object: { apiVersion, kind, metadata: { name: 'x' } } });

function fakeStore(objects: RenderedObject[], kubeVersion: string) {
  const listeners = new Set<() => void>();
  const state = { objects, kubeVersion };
  const store: KubeCheckedStore = {
    getKubeVersion: () => state.kubeVersion,
    getEvaluation: () => ({ objects: state.objects }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recheck: vi.fn(),
  };
  const change = (next: Partial<typeof state>) => {
    Object.assign(state, next);
    for (const listener of listeners) listener();
  };
  return { store, change };
}

function recordingLoad() {
  const calls: string[][] = [];
  const load = async (version: string, kinds: readonly { apiVersion: string; kind: string }[]) => {
    calls.push([version, ...kinds.map((k) => `${k.apiVersion}/${k.kind}`)]);
    await loadKubeSchemas(version, kinds);
  };
  return { calls, load };
}

describe('kindsToLoad', () => {
  it('lists each kind not asked for yet once, whatever the shape of the items', async () => {
    const items = [object('apps/v1', 'Deployment'), object('apps/v1', 'Deployment'), { apiVersion: 'v1', kind: 'Service' }, { kind: 'NoApiVersion' }, null, 'text'];
    expect(kindsToLoad('1.36', items)).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment' }, { apiVersion: 'v1', kind: 'Service' }]);
    await loadKubeSchemas('1.36', [{ apiVersion: 'v1', kind: 'Service' }]);
    expect(kindsToLoad('1.36', items)).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment' }]);
    // Another version is its own set (a version between two we carry shares the older one's).
    expect(kindsToLoad('1.33', items)).toHaveLength(2);
    expect(kindsToLoad('1.37', items)).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment' }]);
  }, 60_000);
});

describe('loadRenderedKinds', () => {
  it('loads the rendered kinds, then only kinds a change adds, then the set of a newly picked version', async () => {
    const { calls, load } = recordingLoad();
    const { store, change } = fakeStore([object('apps/v1', 'StatefulSet'), object('v1', 'ConfigMap'), object('example.com/v1', 'Widget')], '1.36');
    const stop = loadRenderedKinds(store, load);
    await vi.waitFor(() => expect(store.recheck).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(calls).toEqual([['1.36', 'apps/v1/StatefulSet', 'v1/ConfigMap', 'example.com/v1/Widget']]);
    expect(typeof loadedValidator('1.36', 'apps/v1', 'StatefulSet')).toBe('function');
    expect(loadedValidator('1.36', 'example.com/v1', 'Widget')).toBeNull(); // a custom resource: no schema, asked once
    expect(loadedValidator('1.36', 'batch/v1', 'CronJob')).toBeUndefined(); // never rendered, never loaded

    // A keystroke that renders the same kinds loads nothing.
    change({ objects: [object('apps/v1', 'StatefulSet'), object('example.com/v1', 'Widget')] });
    change({ objects: [object('apps/v1', 'StatefulSet'), object('batch/v1', 'CronJob'), object('example.com/v1', 'Widget')] });
    await vi.waitFor(() => expect(store.recheck).toHaveBeenCalledTimes(2), { timeout: 30_000 });
    expect(calls.slice(1)).toEqual([['1.36', 'batch/v1/CronJob']]);

    change({ kubeVersion: '1.33' });
    await vi.waitFor(() => expect(store.recheck).toHaveBeenCalledTimes(3), { timeout: 30_000 });
    expect(calls.slice(2)).toEqual([['1.33', 'apps/v1/StatefulSet', 'batch/v1/CronJob', 'example.com/v1/Widget']]);

    stop();
    change({ objects: [object('policy/v1', 'PodDisruptionBudget')] });
    expect(calls).toHaveLength(3);
  }, 90_000);

  it('runs one load at a time and looks again when a change came meanwhile', async () => {
    let release: () => void = () => undefined;
    const calls: string[][] = [];
    const load = async (version: string, kinds: readonly { apiVersion: string; kind: string }[]) => {
      calls.push(kinds.map((k) => k.kind));
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      await loadKubeSchemas(version, kinds);
    };
    const { store, change } = fakeStore([object('v1', 'Secret')], '1.36');
    const stop = loadRenderedKinds(store, load);
    change({ objects: [object('v1', 'Secret'), object('v1', 'ServiceAccount')] });
    expect(calls).toEqual([['Secret']]);
    release();
    await vi.waitFor(() => expect(store.recheck).toHaveBeenCalledTimes(2), { timeout: 30_000 });
    expect(calls).toEqual([['Secret'], ['ServiceAccount']]);
    stop();
  }, 60_000);
});
