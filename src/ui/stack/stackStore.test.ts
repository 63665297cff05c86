import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import type { Stack } from '../../core/bundle';
import { stackPresets } from '../../charts/stackPresets';
import { getAt } from '../../core/values';
import { setRelease, setValue } from '../state/actions';
import { createStackStore } from './stackStore';

const centrifugo = findChart('centrifugo')!;
const valkey = findChart('percona-valkey')!;
const ADDRESS = 'config.engine.redis.address';

/** Valkey and Centrifugo in one namespace, Centrifugo pointed at Valkey by hand (no password). */
function typedByHand() {
  const stack = createStackStore(findChart, { releases: [], bindings: [] });
  const v = stack.add(valkey, { name: 'valkey', namespace: 'rt' });
  const c = stack.add(centrifugo, { name: 'centrifugo', namespace: 'rt' });
  const cf = stack.entry(c)!;
  cf.store.dispatch(setValue('config.engine.type', 'redis'));
  cf.store.dispatch(setValue(ADDRESS, 'redis://valkey-percona-valkey:6379'));
  return { stack, v, c, cf };
}

const ids = (stack: ReturnType<typeof createStackStore>) => stack.getEvaluation().problems.map((p) => `${p.release ?? '-'}:${p.severity}:${p.id}`);

describe('stack store', () => {
  it('keeps one values store per release and evaluates the stack from them', () => {
    const { stack, cf } = typedByHand();
    expect(stack.toStack().releases.map((r) => [r.name, r.chart, r.namespace])).toEqual([
      ['valkey', 'percona-valkey', 'rt'], ['centrifugo', 'centrifugo', 'rt'],
    ]);
    expect(getAt(stack.toStack().releases[1].values, ADDRESS)).toBe('redis://valkey-percona-valkey:6379');
    // The server wants a password, the client sends none: the NOAUTH rule, on centrifugo.
    expect(ids(stack)).toContain('centrifugo:error:stack-auth-missing');
    // The release's view carries that cross-release problem to its form.
    expect(cf.view.getEvaluation().problems.map((p) => p.id)).toContain('stack-auth-missing');
  });

  it('binding clears the NOAUTH error and the view shows the bound values; unbinding keeps them', () => {
    const { stack, v, c, cf } = typedByHand();
    const before = stack.getVersion();
    stack.bind(c, 'redis', v);
    expect(stack.getVersion()).toBeGreaterThan(before);
    expect(ids(stack)).not.toContain('centrifugo:error:stack-auth-missing');
    const view = cf.view.getEvaluation();
    expect(getAt(view.values, ADDRESS)).toBe('redis://valkey-percona-valkey:6379');
    expect(getAt(view.values, 'envSecret')).toEqual([
      { name: 'CENTRIFUGO_ENGINE_REDIS_PASSWORD', secretKeyRef: { name: 'valkey-percona-valkey', key: 'valkey-password' } },
    ]);
    expect(view.yaml).toContain('name: CENTRIFUGO_ENGINE_REDIS_PASSWORD');
    // The user's own store is untouched by the binding.
    expect(getAt(cf.store.getState().userValues, 'envSecret')).toBeUndefined();

    stack.unbind(c, 'redis');
    expect(stack.getState().bindings).toEqual([]);
    expect(getAt(cf.store.getState().userValues, 'envSecret')).toEqual(getAt(view.values, 'envSecret'));
    expect(ids(stack).filter((i) => i.includes(':error:'))).toEqual([]);
  });

  it('keeps bindings through a rename and notifies subscribers of other releases', () => {
    const { stack, v, c, cf } = typedByHand();
    stack.bind(c, 'redis', v);
    let calls = 0;
    const unsubscribe = cf.view.subscribe(() => calls++);
    const cfVersion = cf.view.getVersion();
    stack.entry(v)!.store.dispatch(setRelease({ name: 'cache' }));
    unsubscribe();
    expect(calls).toBe(1);
    expect(cf.view.getVersion()).not.toBe(cfVersion);
    expect(stack.toStack().bindings).toEqual([{ consumer: 'centrifugo', point: 'redis', provider: 'cache' }]);
    expect(getAt(cf.view.getEvaluation().values, ADDRESS)).toBe('redis://cache-percona-valkey:6379');
  });

  it('removes a release with its bindings and selects a neighbour', () => {
    const { stack, v, c } = typedByHand();
    stack.bind(c, 'redis', v);
    stack.select(v);
    stack.remove(v);
    expect(stack.getState().entries.map((e) => e.id)).toEqual([c]);
    expect(stack.getState().bindings).toEqual([]);
    expect(stack.getState().selected).toBe(c);
  });

  it('replaces the stack from a preset, leaving out releases of unknown charts', () => {
    const stack = createStackStore(findChart, { releases: [], bindings: [] });
    const preset = stackPresets.find((p) => p.id === 'centrifugo-valkey-ha')!;
    const withUnknown: Stack = { ...preset.stack, releases: [...preset.stack.releases, { name: 'x', namespace: 'a', chart: 'nope', values: {} }] };
    expect(stack.replace(withUnknown, 'centrifugo')).toEqual({ leftOut: ['x'] });
    expect(stack.toStack()).toEqual({
      releases: preset.stack.releases.map((r) => ({ ...r, values: expect.anything() })),
      bindings: preset.stack.bindings,
    });
    expect(stack.nameOf(stack.getState().selected!)).toBe('centrifugo');
    expect(stack.getEvaluation().problems.filter((p) => p.severity === 'error' && p.id.startsWith('stack-'))).toEqual([]);
  });

  it('shows a second release of the same name on its own, and the duplicate as a problem', () => {
    const stack = createStackStore(findChart, { releases: [], bindings: [] });
    stack.add(valkey, { name: 'same', namespace: 'a' });
    const second = stack.add(centrifugo, { name: 'same', namespace: 'a' });
    expect(ids(stack)).toContain('same:error:stack-duplicate-release');
    expect(stack.entry(second)!.view.getEvaluation().yaml).toContain('# Source: centrifugo/');
  });
});
