// The baselines of one chart page: what the Compare tab lists and picks from. Kept in memory with
// their full values, written to local storage (without secrets while "secrets in memory only" is
// on, as autosave does); the chosen baseline lives as long as the page.
import type { TSchema } from 'typebox';
import type { Release, Values } from '../../core/types';
import type { KeyValueStorage } from '../state/persistence';
import { storableValues } from '../state/secretStorage';
import { baselinesKey, capBaselines, DEFAULTS_BASELINE, pickerOrder, readBaselines, serializeBaselines, timeLabel, type Baseline, type BaselineKind } from './baselines';

export interface NewBaseline {
  kind: Exclude<BaselineKind, 'defaults'>;
  values: Values;
  release?: Release;
  /** Defaults to the kind and the time. */
  label?: string;
}

export interface BaselineStore {
  /** Defaults first, then the stored baselines (see pickerOrder). Same array until a change. */
  list(): readonly Baseline[];
  selected(): Baseline;
  select(id: string): void;
  /** Adds (and selects) a baseline; returns it, or an error when the browser refused to keep it. */
  add(input: NewBaseline): { baseline: Baseline; warning?: string };
  remove(id: string): void;
  /** A message about what loading or saving could not do (damaged data, storage full), if any. */
  notice(): string | undefined;
  subscribe(listener: () => void): () => void;
}

const KIND_LABEL: Record<NewBaseline['kind'], string> = { download: 'Last download', snapshot: 'Snapshot', imported: 'What runs now' };

/**
 * `secretsOf()` returns the chart schema while secrets are to stay in memory (their paths are
 * left out of what is written), undefined otherwise.
 */
export function createBaselineStore(chartId: string, storage: KeyValueStorage | undefined, secretsOf: () => TSchema | undefined = () => undefined, now: () => number = Date.now): BaselineStore {
  let stored: Baseline[] = [];
  let notice: string | undefined;
  try {
    const read = readBaselines(storage ? storage.getItem(baselinesKey(chartId)) : null);
    stored = read.baselines;
    notice = read.error ?? (read.dropped > 0 ? `${read.dropped} saved baseline(s) could not be read and were left out.` : undefined);
  } catch {
    notice = 'The browser does not allow reading saved baselines (storage blocked).';
  }
  let listed = pickerOrder(stored);
  let selectedId = DEFAULTS_BASELINE.id;
  let counter = 0;
  const listeners = new Set<() => void>();

  const changed = () => {
    listed = pickerOrder(stored);
    if (!listed.some((b) => b.id === selectedId)) selectedId = DEFAULTS_BASELINE.id;
    for (const listener of listeners) listener();
  };

  /** Writes the list; a refusal (quota, private mode) is reported, the page keeps the baselines. */
  const persist = (): string | undefined => {
    if (!storage) return undefined;
    const schema = secretsOf();
    const toWrite = schema ? stored.map((b) => ({ ...b, values: storableValues(b.values, schema).values })) : stored;
    try {
      storage.setItem(baselinesKey(chartId), serializeBaselines(toWrite));
      return undefined;
    } catch (e) {
      return `The baselines could not be saved in this browser (${e instanceof Error ? e.message : String(e)}); they last until the page is closed.`;
    }
  };

  return {
    list: () => listed,
    selected: () => listed.find((b) => b.id === selectedId) ?? DEFAULTS_BASELINE,
    select(id) {
      if (id === selectedId || !listed.some((b) => b.id === id)) return;
      selectedId = id;
      changed();
    },
    add(input) {
      const at = now();
      const baseline: Baseline = {
        id: `${input.kind}-${at.toString(36)}-${(counter++).toString(36)}`,
        kind: input.kind,
        label: (input.label ?? `${KIND_LABEL[input.kind]} ${timeLabel(at)}`).slice(0, 120),
        at,
        values: input.values,
        ...(input.release ? { release: { ...input.release } } : {}),
      };
      // One "last download": the new one replaces the old.
      const others = input.kind === 'download' ? stored.filter((b) => b.kind !== 'download') : stored;
      stored = capBaselines([...others, baseline]);
      const kept = stored.includes(baseline);
      if (kept && input.kind !== 'download') selectedId = baseline.id;
      notice = kept ? persist() : 'This baseline is too large to keep.';
      changed();
      return { baseline, warning: notice };
    },
    remove(id) {
      const next = stored.filter((b) => b.id !== id);
      if (next.length === stored.length) return;
      stored = next;
      notice = persist();
      changed();
    },
    notice: () => notice,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
