// Charts opened at run time, kept so a reload (or a link to one) finds them again: the chart's files
// in IndexedDB (localStorage holds strings of a few MB at most; a chart is binary and can be larger),
// and in memory for this page's life. Values are autosaved like any chart's, under the chart's id.
import type { GenericSource } from '../../charts/generic/source';

export interface OpenedChart {
  id: string;
  name: string;
  version: string;
  source: GenericSource;
  /** The chart as it came: a .tgz's bytes or a folder's files (path -> bytes). */
  payload: { kind: 'archive'; bytes: Uint8Array } | { kind: 'folder'; files: [string, Uint8Array][] };
  openedAt: number;
}

const DB_NAME = 'chart-configurator';
const STORE = 'opened-charts';
const memory = new Map<string, OpenedChart>();

function openDb(): Promise<IDBDatabase | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    // Private windows and blocked storage: keep charts in memory only.
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
  });
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return openDb().then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        try {
          const request = act(db.transaction(STORE, mode).objectStore(STORE));
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

/** The chart's files as the engine takes them (folders are stored as [path, bytes] pairs). */
export function payloadOf(record: OpenedChart): { kind: 'archive'; bytes: Uint8Array } | { kind: 'folder'; files: Map<string, Uint8Array> } {
  return record.payload.kind === 'archive' ? record.payload : { kind: 'folder', files: new Map(record.payload.files) };
}

function isOpenedChart(v: unknown): v is OpenedChart {
  const c = v as Partial<OpenedChart> | null;
  return typeof c === 'object' && c !== null && typeof c.id === 'string' && typeof c.name === 'string' && typeof c.payload === 'object' && c.payload !== null;
}

/** Keeps a chart for later; storage failures are not errors (the chart stays open in memory). */
export async function rememberChart(chart: OpenedChart): Promise<void> {
  memory.set(chart.id, chart);
  await run('readwrite', (store) => store.put(chart));
}

export async function recallChart(id: string): Promise<OpenedChart | undefined> {
  const inMemory = memory.get(id);
  if (inMemory) return inMemory;
  const stored = await run('readonly', (store) => store.get(id));
  if (!isOpenedChart(stored)) return undefined;
  memory.set(id, stored);
  return stored;
}

export async function listOpenedCharts(): Promise<OpenedChart[]> {
  const stored = (await run('readonly', (store) => store.getAll())) ?? [];
  const byId = new Map<string, OpenedChart>();
  for (const c of [...stored.filter(isOpenedChart), ...memory.values()]) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => b.openedAt - a.openedAt);
}

export async function forgetChart(id: string): Promise<void> {
  memory.delete(id);
  await run('readwrite', (store) => store.delete(id));
}
