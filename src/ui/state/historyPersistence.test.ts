import { afterEach, describe, expect, it } from 'vitest';
import { fakeChart } from '../../core/testing/fakeChart';
import { nestedJson } from '../../core/testing/hostileSamples';
import { pollutionReport } from '../../core/testing/pristine';
import type { ChartModule, Values } from '../../core/types';
import { record, startHistory, type History } from './history';
import { historyKey, historyText, loadHistory, saveHistory } from './historyPersistence';
import type { KeyValueStorage } from './persistence';
import type { ValuesState } from './reducer';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const release = { name: 'web', namespace: 'default' };
const at = (userValues: Values): ValuesState => ({ userValues, release });

function threeSteps(): History<ValuesState> {
  let h = startHistory(at({}));
  h = record(h, at({ replicaCount: 2 }), undefined, 0);
  h = record(h, at({ replicaCount: 3 }), undefined, 1);
  h = record(h, at({ replicaCount: 3, image: { tag: 'v2' } }), undefined, 2);
  return { ...h, past: h.past, future: [at({ replicaCount: 9 })] };
}

afterEach(() => {
  expect(pollutionReport()).toBeUndefined();
});

describe('saved undo history', () => {
  it('round-trips when its present is what the page starts with', () => {
    const storage = memoryStorage();
    const h = threeSteps();
    saveHistory(storage, 'fake', h);
    const current = at({ replicaCount: 3, image: { tag: 'v2' } });
    const loaded = loadHistory(storage, 'fake', current);
    expect(loaded?.present).toBe(current);
    expect(loaded?.past.map((s) => s.userValues)).toEqual([{}, { replicaCount: 2 }, { replicaCount: 3 }]);
    expect(loaded?.future.map((s) => s.userValues)).toEqual([{ replicaCount: 9 }]);
  });

  it('is dropped when another tab saved other values since', () => {
    const storage = memoryStorage();
    saveHistory(storage, 'fake', threeSteps());
    expect(loadHistory(storage, 'fake', at({ replicaCount: 4 }))).toBeUndefined();
    expect(loadHistory(storage, 'fake', { userValues: { replicaCount: 3, image: { tag: 'v2' } }, release: { name: 'other', namespace: 'default' } })).toBeUndefined();
  });

  it('keeps the newest steps within the size cap', () => {
    let h = startHistory(at({}));
    for (let i = 0; i < 50; i++) h = record(h, at({ note: `${i}`.padEnd(100, 'x') }), undefined, i);
    const text = historyText(h, undefined, 1000);
    expect(text.length).toBeLessThanOrEqual(1100);
    const storage = memoryStorage({ [historyKey('fake')]: text });
    const loaded = loadHistory(storage, 'fake', h.present);
    expect(loaded?.past.length).toBeGreaterThan(3);
    expect(loaded?.past.length).toBeLessThan(10);
    expect(loaded?.past.at(-1)?.userValues).toEqual(h.past.at(-1)?.userValues);
  });

  it('leaves secrets out of every step when they are kept in memory only', () => {
    const storage = memoryStorage();
    let h = startHistory(at({}));
    h = record(h, at({ auth: { enabled: true, password: 'hunter2-secret' } }), undefined, 0);
    h = record(h, at({ auth: { enabled: true, password: 'hunter2-secret' }, replicaCount: 2 }), undefined, 1);
    saveHistory(storage, 'fake', h, (fakeChart as unknown as ChartModule<Values>).schema);
    const text = storage.data.get(historyKey('fake')) ?? '';
    expect(text).not.toContain('hunter2');
    expect(text).toContain('"enabled":true');
  });

  it('saves nothing (and removes what was there) when there is nothing to undo or redo', () => {
    const storage = memoryStorage({ [historyKey('fake')]: 'old' });
    saveHistory(storage, 'fake', startHistory(at({})));
    expect(storage.data.has(historyKey('fake'))).toBe(false);
  });

  it('drops damaged, foreign, oversized or hostile history without throwing', () => {
    const present = '{"v":{},"r":{"name":"web","namespace":"default"}}';
    const samples = [
      '{not json',
      '[]',
      '{"format":2,"past":[],"present":' + present + ',"future":[]}',
      '{"format":1,"past":{},"present":' + present + ',"future":[]}',
      '{"format":1,"past":[{"v":[],"r":{"name":"web","namespace":"default"}}],"present":' + present + ',"future":[]}',
      '{"format":1,"past":[{"v":{},"r":{"name":1}}],"present":' + present + ',"future":[]}',
      '{"format":1,"past":[{"v":' + nestedJson(5000) + ',"r":{"name":"web","namespace":"default"}}],"present":' + present + ',"future":[]}',
      '{"format":1,"past":[' + Array(101).fill(present).join(',') + '],"present":' + present + ',"future":[]}',
      '{"format":1,"past":[],"present":' + present + ',"future":[],"pad":"' + 'x'.repeat(900_000) + '"}',
    ];
    for (const raw of samples) {
      expect(loadHistory(memoryStorage({ [historyKey('fake')]: raw }), 'fake', at({})), raw.slice(0, 80)).toBeUndefined();
    }
    const blocked: KeyValueStorage = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(loadHistory(blocked, 'fake', at({}))).toBeUndefined();
    expect(() => saveHistory(blocked, 'fake', threeSteps())).not.toThrow();
  });

  it('keeps prototype keys as ordinary keys', () => {
    const raw = '{"format":1,"past":[{"v":{"__proto__":{"polluted":1}},"r":{"name":"web","namespace":"default"}}],"present":{"v":{},"r":{"name":"web","namespace":"default"}},"future":[]}';
    const loaded = loadHistory(memoryStorage({ [historyKey('fake')]: raw }), 'fake', at({}));
    const step = loaded?.past[0].userValues;
    expect(step && Object.prototype.hasOwnProperty.call(step, '__proto__')).toBe(true);
  });
});
