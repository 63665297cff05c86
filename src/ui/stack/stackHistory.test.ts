import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { nestedJson } from '../../core/testing/hostileSamples';
import { getAt } from '../../core/values';
import { setValue } from '../state/actions';
import type { KeyValueStorage } from '../state/persistence';
import { attachStackHistory, loadStackHistory, saveStackHistory, STACK_HISTORY_KEY } from './stackHistory';
import { createStackStore } from './stackStore';

const centrifugo = findChart('centrifugo')!;
const valkey = findChart('percona-valkey')!;
const settled = () => Promise.resolve();

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function twoReleases() {
  let clock = 0;
  const stack = createStackStore(findChart, { releases: [], bindings: [] });
  const history = attachStackHistory(stack, undefined, () => clock);
  const v = stack.add(valkey, { name: 'valkey', namespace: 'rt' });
  const c = stack.add(centrifugo, { name: 'centrifugo', namespace: 'rt' });
  return { stack, history, v, c, advance: (ms: number) => (clock += ms) };
}

describe('stack undo history', () => {
  it('undoes adding and removing releases', async () => {
    const { stack, history } = twoReleases();
    await settled();
    // Both adds happened in one tick: one step.
    expect(history.getHistory().past).toHaveLength(1);
    history.undo();
    expect(stack.getState().entries).toHaveLength(0);
    history.redo();
    expect(stack.toStack().releases.map((r) => r.name)).toEqual(['valkey', 'centrifugo']);
    stack.remove(stack.idOf('valkey')!);
    await settled();
    history.undo();
    expect(stack.toStack().releases.map((r) => r.name)).toEqual(['valkey', 'centrifugo']);
  });

  it('undoes wiring and a field edit, keeping the release stores (no remount)', async () => {
    const { stack, history, v, c, advance } = twoReleases();
    await settled();
    const cf = stack.entry(c)!;
    cf.store.dispatch(setValue('replicaCount', 2));
    advance(200);
    cf.store.dispatch(setValue('replicaCount', 3));
    await settled();
    advance(5000);
    stack.bind(c, 'redis', v);
    await settled();
    expect(stack.getState().bindings).toHaveLength(1);
    history.undo();
    expect(stack.getState().bindings).toHaveLength(0);
    expect(stack.entry(c)).toBe(cf);
    // Unbinding wrote the bound values; the undo took them back out.
    expect(getAt(stack.toStack().releases[1].values, 'config.engine.type')).toBeUndefined();
    history.undo();
    // Two keystrokes in one field within a second: one step.
    expect(getAt(cf.store.getState().userValues, 'replicaCount')).toBeUndefined();
    history.redo();
    history.redo();
    expect(stack.getState().bindings).toHaveLength(1);
    expect(getAt(cf.store.getState().userValues, 'replicaCount')).toBe(3);
  });

  it('saves and restores the steps in the saved stack format', async () => {
    const { stack, history } = twoReleases();
    await settled();
    stack.entry(stack.idOf('valkey'))!.store.dispatch(setValue('replicas', 5));
    await settled();
    const storage = memoryStorage();
    saveStackHistory(storage, history.getHistory());
    const loaded = loadStackHistory(storage, stack.toStack());
    expect(loaded?.past.map((s) => s.stack.releases.length)).toEqual([0, 2]);
    // A stack saved since by another tab: the steps are dropped.
    expect(loadStackHistory(storage, { releases: [], bindings: [] })).toBeUndefined();

    const again = createStackStore(findChart, stack.toStack());
    const restored = attachStackHistory(again, loaded);
    restored.undo();
    expect(getAt(again.toStack().releases[0].values, 'replicas')).toBeUndefined();
  });

  it('drops damaged or hostile saved history', () => {
    const empty = { releases: [], bindings: [] };
    const present = '{"selected":null,"saved":{"format":1,"releases":[],"bindings":[]}}';
    for (const raw of [
      '{nope',
      `{"format":1,"past":[{"saved":{"format":1,"releases":[{"name":"a","namespace":"b","chart":"centrifugo","values":${nestedJson(5000)}}],"bindings":[]}}],"present":${present},"future":[]}`,
      `{"format":1,"past":[{"saved":{"format":9}}],"present":${present},"future":[]}`,
      `{"format":1,"past":[],"present":${present},"future":"x"}`,
    ]) {
      expect(loadStackHistory(memoryStorage({ [STACK_HISTORY_KEY]: raw }), empty), raw.slice(0, 60)).toBeUndefined();
    }
    expect(loadStackHistory(memoryStorage({ [STACK_HISTORY_KEY]: `{"format":1,"past":[${present}],"present":${present},"future":[]}` }), empty)?.past).toHaveLength(1);
  });
});
