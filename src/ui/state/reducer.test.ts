import { describe, expect, it } from 'vitest';
import { fakeChart } from '../../core/testing/fakeChart';
import type { ChartModule, Values } from '../../core/types';
import { defaultsFromSchema } from '../../core/values';
import { applyPreset, replaceValues, resetAll, resetValue, setRelease, setValue } from './actions';
import { reduce, type ReducerContext, type ValuesState } from './reducer';

const chart = fakeChart as unknown as ChartModule<Values>;
const ctx: ReducerContext = { chart, defaults: defaultsFromSchema(chart.schema) };
const empty: ValuesState = { userValues: {}, release: { name: 'release-name', namespace: 'default' } };

describe('reduce', () => {
  it('setValue stores only what differs from the defaults', () => {
    const s1 = reduce(ctx, empty, setValue('replicaCount', 3));
    expect(s1.userValues).toEqual({ replicaCount: 3 });
    const s2 = reduce(ctx, s1, setValue('image.tag', '2.0'));
    expect(s2.userValues).toEqual({ replicaCount: 3, image: { tag: '2.0' } });
    // Typing the default back removes the override.
    expect(reduce(ctx, s2, setValue('replicaCount', 1)).userValues).toEqual({ image: { tag: '2.0' } });
  });

  it('setValue on a map with defaults records removed keys as null (helm deletes them)', () => {
    const withDefaults: ReducerContext = { chart, defaults: { ...ctx.defaults, podAnnotations: { a: '1', b: '2' } } };
    const next = reduce(withDefaults, empty, setValue('podAnnotations', { b: '2', c: '3' }));
    expect(next.userValues).toEqual({ podAnnotations: { a: null, c: '3' } });
  });

  it('resetValue brings a parameter back to its default and drops emptied maps', () => {
    const state = reduce(ctx, empty, replaceValues({ replicaCount: 4, image: { tag: 'x' } }, 'import'));
    const next = reduce(ctx, state, resetValue('image.tag'));
    expect(next.userValues).toEqual({ replicaCount: 4 });
    expect(reduce(ctx, next, resetValue('image')).userValues).toEqual({ replicaCount: 4 });
  });

  it('resetValue of a key the chart does not define removes it', () => {
    const state: ValuesState = { ...empty, userValues: { extra: { a: 1 }, replicaCount: 2 } };
    expect(reduce(ctx, state, resetValue('extra.a')).userValues).toEqual({ replicaCount: 2 });
  });

  it('replaceValues from an import or a link normalises to the minimal diff', () => {
    const imported = { replicaCount: 1, image: { repository: 'example/web', tag: '9' }, unknown: true };
    expect(reduce(ctx, empty, replaceValues(imported, 'import')).userValues).toEqual({ image: { tag: '9' }, unknown: true });
    expect(reduce(ctx, empty, replaceValues(imported, 'link')).userValues).toEqual({ image: { tag: '9' }, unknown: true });
  });

  it('replaceValues from the YAML editor keeps the text as typed (so the editor is not rewritten)', () => {
    const typed = { replicaCount: 1, image: { tag: '9' } };
    const next = reduce(ctx, empty, replaceValues(typed, 'yaml-editor'));
    expect(next.userValues).toEqual(typed);
    expect(next.userValues).not.toBe(typed);
    // The next form change normalises again.
    expect(reduce(ctx, next, setValue('service.port', 8080)).userValues).toEqual({ image: { tag: '9' }, service: { port: 8080 } });
  });

  it('applyPreset replaces the values with the preset; an unknown preset changes nothing', () => {
    const state = reduce(ctx, empty, setValue('replicaCount', 5));
    expect(reduce(ctx, state, applyPreset('secure')).userValues).toEqual({ auth: { enabled: true } });
    expect(reduce(ctx, state, applyPreset('nope'))).toBe(state);
  });

  it('setRelease merges a partial release', () => {
    const next = reduce(ctx, empty, setRelease({ namespace: 'prod' }));
    expect(next.release).toEqual({ name: 'release-name', namespace: 'prod' });
    expect(next.userValues).toBe(empty.userValues);
  });

  it('returns the same state when an action changes nothing', () => {
    const state = reduce(ctx, empty, setValue('replicaCount', 2));
    expect(reduce(ctx, state, setValue('replicaCount', 2))).toBe(state);
    expect(reduce(ctx, state, setRelease({ name: 'release-name' }))).toBe(state);
    expect(reduce(ctx, empty, resetAll())).toBe(empty);
  });

  it('resetAll clears the values but keeps the release', () => {
    const state = reduce(ctx, reduce(ctx, empty, setValue('replicaCount', 2)), setRelease({ name: 'shop' }));
    const next = reduce(ctx, state, resetAll());
    expect(next).toEqual({ userValues: {}, release: { name: 'shop', namespace: 'default' } });
  });
});
