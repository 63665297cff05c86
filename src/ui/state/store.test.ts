import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { createAjvValidator } from '../../core/schemaValidator';
import { fakeChart } from '../../core/testing/fakeChart';
import type { ChartModule, Values } from '../../core/types';
import { setValue } from './actions';
import { autosave, createValuesStore, measureUpdate, UPDATE_MARK, UPDATE_MEASURE } from './store';

const chart = fakeChart as unknown as ChartModule<Values>;
const fresh = () => createValuesStore(chart, { userValues: {}, release: { name: 'web', namespace: 'default' } });

describe('createValuesStore', () => {
  beforeEach(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('notifies subscribers of changes, not of no-ops', () => {
    const store = fresh();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch(setValue('replicaCount', 2));
    store.dispatch(setValue('replicaCount', 2));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.dispatch(setValue('replicaCount', 3));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('evaluates once per state', () => {
    const store = fresh();
    const first = store.getEvaluation();
    expect(store.getEvaluation()).toBe(first);
    expect(first.yaml).toContain('replicas: 1');
    store.dispatch(setValue('replicaCount', 4));
    const second = store.getEvaluation();
    expect(second).not.toBe(first);
    expect(second.yaml).toContain('replicas: 4');
    expect(second.values.replicaCount).toBe(4);
  });

  it('marks the start of each change and leaves no mark for a no-op', () => {
    const store = fresh();
    store.dispatch(setValue('replicaCount', 2));
    expect(performance.getEntriesByName(UPDATE_MARK, 'mark')).toHaveLength(1);
    measureUpdate();
    expect(performance.getEntriesByName(UPDATE_MEASURE, 'measure')).toHaveLength(1);
    expect(performance.getEntriesByName(UPDATE_MARK, 'mark')).toHaveLength(0);
    store.dispatch(setValue('replicaCount', 2));
    expect(performance.getEntriesByName(UPDATE_MARK, 'mark')).toHaveLength(0);
    measureUpdate(); // no open mark: nothing measured
    expect(performance.getEntriesByName(UPDATE_MEASURE, 'measure')).toHaveLength(1);
  });

  it('keeps a render failure as renderError instead of throwing', () => {
    const store = fresh();
    store.dispatch(setValue('image.repository', ''));
    expect(store.getEvaluation().renderError).toMatch(/repository/);
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a quiet period, with the latest state', () => {
    const store = fresh();
    const save = vi.fn();
    autosave(store, save, 300);
    store.dispatch(setValue('replicaCount', 2));
    vi.advanceTimersByTime(200);
    store.dispatch(setValue('replicaCount', 3));
    vi.advanceTimersByTime(200);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0].userValues).toEqual({ replicaCount: 3 });
  });

  it('flushes pending work at once and stops listening', () => {
    const store = fresh();
    const save = vi.fn();
    const saver = autosave(store, save, 300);
    saver.flush();
    expect(save).not.toHaveBeenCalled();
    store.dispatch(setValue('replicaCount', 2));
    saver.stop();
    expect(save).toHaveBeenCalledTimes(1);
    store.dispatch(setValue('replicaCount', 5));
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('createValuesStore without a schema validator yet', () => {
  const bad = { replicaCount: 'three' };
  const waiting = () => createValuesStore(chart, { userValues: bad, release: { name: 'web', namespace: 'default' } });

  it('lists only the rules until the validator is set, then the schema problems too', () => {
    const store = waiting();
    expect(store.isSchemaCheckPending()).toBe(true);
    const before = store.getEvaluation();
    expect(before.problems.some((p) => p.id === 'schema')).toBe(false);

    const listener = vi.fn();
    store.subscribe(listener);
    const version = store.getVersion();
    store.setSchemaValidator(createAjvValidator(chart.schema));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getVersion()).not.toBe(version);
    expect(store.isSchemaCheckPending()).toBe(false);

    const after = store.getEvaluation();
    expect(after.problems).toEqual(evaluate(chart, bad, { name: 'web', namespace: 'default' }).problems);
    expect(after.problems.some((p) => p.id === 'schema' && p.params.includes('replicaCount'))).toBe(true);
    // The manifests did not change, so the preview has nothing to redo.
    expect(after.yaml).toBe(before.yaml);
    expect(after.objects).toBe(before.objects);
  });

  it('checks later states with the validator it was given', () => {
    const store = createValuesStore(chart, { userValues: {}, release: { name: 'web', namespace: 'default' } }, createAjvValidator(chart.schema));
    expect(store.isSchemaCheckPending()).toBe(false);
    store.dispatch(setValue('replicaCount', 'two'));
    expect(store.getEvaluation().problems.some((p) => p.id === 'schema')).toBe(true);
  });
});
