// The baselines of a chart page: kept per chart, capped, secrets left out of storage on request,
// and whatever storage holds read as hostile input.
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { memoryStorage } from '../state/memoryStorage.testing';
import type { KeyValueStorage } from '../state/persistence';
import { BASELINE_LIMITS, baselinesKey, capBaselines, readBaselines, serializeBaselines, type Baseline } from './baselines';
import { createBaselineStore } from './baselineStore';

function clock(start = 1_700_000_000_000) {
  let t = start;
  return () => (t += 1000);
}

const centrifugo = findChart('centrifugo')!;

describe('baseline store', () => {
  it('starts with the chart defaults chosen, and keeps snapshots per chart across page loads', () => {
    const storage = memoryStorage();
    const store = createBaselineStore('fake', storage, undefined, clock());
    expect(store.list().map((b) => b.kind)).toEqual(['defaults']);
    expect(store.selected().kind).toBe('defaults');
    const { baseline } = store.add({ kind: 'snapshot', values: { replicaCount: 2 }, release: { name: 'shop', namespace: 'prod' } });
    expect(store.selected().id).toBe(baseline.id);
    const again = createBaselineStore('fake', storage);
    expect(again.list().map((b) => [b.kind, b.values, b.release])).toEqual([
      ['defaults', {}, undefined],
      ['snapshot', { replicaCount: 2 }, { name: 'shop', namespace: 'prod' }],
    ]);
    expect(createBaselineStore('other', storage).list()).toHaveLength(1);
  });

  it('keeps one last download, which does not change the chosen baseline', () => {
    const store = createBaselineStore('fake', memoryStorage(), undefined, clock());
    store.add({ kind: 'download', values: { a: 1 } });
    store.add({ kind: 'download', values: { a: 2 } });
    const downloads = store.list().filter((b) => b.kind === 'download');
    expect(downloads.map((b) => b.values)).toEqual([{ a: 2 }]);
    expect(store.selected().kind).toBe('defaults');
  });

  it('caps snapshots at the newest ones and removes on request', () => {
    const store = createBaselineStore('fake', memoryStorage(), undefined, clock());
    for (let i = 0; i < BASELINE_LIMITS.snapshots + 3; i++) store.add({ kind: 'snapshot', values: { n: i } });
    const snapshots = store.list().filter((b) => b.kind === 'snapshot');
    expect(snapshots).toHaveLength(BASELINE_LIMITS.snapshots);
    expect(snapshots[0].values).toEqual({ n: BASELINE_LIMITS.snapshots + 2 });
    store.remove(snapshots[0].id);
    expect(store.list().some((b) => b.id === snapshots[0].id)).toBe(false);
    expect(store.selected().kind).toBe('defaults');
  });

  it('drops the oldest entries to fit the byte budget, and refuses one that cannot fit', () => {
    const big = 'x'.repeat(Math.floor(BASELINE_LIMITS.chars / 3));
    const store = createBaselineStore('fake', memoryStorage(), undefined, clock());
    for (let i = 0; i < 4; i++) store.add({ kind: 'snapshot', values: { big, n: i } });
    const kept = store.list().filter((b) => b.kind === 'snapshot').map((b) => b.values.n);
    expect(kept).toEqual([3, 2]);
    const huge = store.add({ kind: 'imported', values: { big: big + big + big + big } });
    expect(huge.warning).toMatch(/too large/);
    expect(store.list().some((b) => b.id === huge.baseline.id)).toBe(false);
  });

  it('writes no secret while secrets stay in memory, but compares with them in this page', () => {
    const storage = memoryStorage();
    const store = createBaselineStore('centrifugo', storage, () => centrifugo.schema, clock());
    const values = { config: { admin: { password: 'hunter2-secret' } }, replicaCount: 2 };
    store.add({ kind: 'snapshot', values });
    expect(storage.data.get(baselinesKey('centrifugo'))).not.toContain('hunter2-secret');
    expect(store.selected().values).toEqual(values);
  });

  it('reports a refusing storage and keeps the baseline for the page', () => {
    const storage: KeyValueStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    const store = createBaselineStore('fake', storage, undefined, clock());
    const { warning } = store.add({ kind: 'snapshot', values: { a: 1 } });
    expect(warning).toMatch(/could not be saved.*QuotaExceededError/);
    expect(store.selected().values).toEqual({ a: 1 });
  });

  it('survives storage that throws on reading', () => {
    const storage: KeyValueStorage = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => {}, removeItem: () => {} };
    const store = createBaselineStore('fake', storage);
    expect(store.list()).toHaveLength(1);
    expect(store.notice()).toMatch(/storage blocked/);
  });

  it('tells subscribers about each change', () => {
    const store = createBaselineStore('fake', undefined, undefined, clock());
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    const { baseline } = store.add({ kind: 'snapshot', values: {} });
    store.select('defaults');
    store.select('no-such-id');
    store.remove(baseline.id);
    stop();
    store.add({ kind: 'snapshot', values: {} });
    expect(heard).toBe(3);
  });
});

describe('stored baselines as hostile input', () => {
  const good = { id: 'snapshot-1', kind: 'snapshot', label: 'Snapshot', at: 5, values: { a: 1 } };
  const wrap = (baselines: unknown) => JSON.stringify({ format: 1, baselines });

  it('ignores damaged or foreign data with a message', () => {
    for (const raw of ['{not json', '[]', '{"format":2,"baselines":[]}', '{"format":1,"baselines":{}}', 'null']) {
      const read = readBaselines(raw);
      expect(read.baselines, raw).toEqual([]);
      expect(read.error, raw).toBeDefined();
    }
  });

  it('drops each entry that is not what we write, keeping the rest', () => {
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 150; i++) cursor = (cursor.a = {}) as Record<string, unknown>;
    const bad = [
      { ...good, id: 'defaults' }, { ...good, id: 'x', kind: 'defaults' }, { ...good, id: 'y', kind: 'other' }, { ...good, id: '' },
      { ...good, id: 'z'.repeat(500) }, { ...good, id: 'v', values: [] }, { ...good, id: 'w', values: deep },
      { ...good, id: 'r', release: { name: 1 } }, { ...good, id: 't', at: 'now' }, { ...good, id: 'l', label: 7 }, 'text', null,
      { ...good }, // the same id twice: the first one wins
    ];
    const read = readBaselines(wrap([good, ...bad]));
    expect(read.baselines.map((b) => b.id)).toEqual(['snapshot-1']);
    expect(read.dropped).toBe(bad.length);
  });

  it('keeps __proto__ keys as own data without touching any prototype', () => {
    const raw = `{"format":1,"baselines":[{"id":"s","kind":"snapshot","label":"L","at":1,"values":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}}]}`;
    const [entry] = readBaselines(raw).baselines;
    expect(Object.hasOwn(entry.values, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(entry.values)).toBe(Object.prototype);
  });

  it('reads only so many entries, caps long labels, and refuses text far over the budget', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...good, id: `s${i}`, at: i, label: 'L'.repeat(1000) }));
    const read = readBaselines(wrap(many));
    expect(read.baselines.length).toBe(BASELINE_LIMITS.snapshots);
    expect(read.baselines.every((b) => b.label.length <= BASELINE_LIMITS.label)).toBe(true);
    expect(readBaselines('"' + 'x'.repeat(BASELINE_LIMITS.chars * 2 + 1) + '"').error).toMatch(/too large/);
  });

  it('round-trips what it writes', () => {
    const list: Baseline[] = [{ id: 'download-1', kind: 'download', label: 'Last download', at: 9, values: { a: { b: [1, 2] } }, release: { name: 'n', namespace: 'ns' } }];
    expect(readBaselines(serializeBaselines(capBaselines(list))).baselines).toEqual(list);
  });
});
