// Baselines a chart page compares its manifests with: the chart defaults, the last download, the
// snapshots the person took, and imported "what runs now" values. All but the defaults are kept per
// chart in local storage; whatever is read back is checked as hostile input (another tab, an
// extension or a hand edit may have written it).
import { depthExceeds } from '../../core/limits';
import type { Release, Values } from '../../core/types';
import { isMap } from '../../core/values';

export type BaselineKind = 'defaults' | 'download' | 'snapshot' | 'imported';

export interface Baseline {
  id: string;
  kind: BaselineKind;
  /** What the picker shows, e.g. "Snapshot 14:02" or the imported file's name. */
  label: string;
  /** When it was taken (ms since the epoch); 0 for the defaults. */
  at: number;
  /** User values as in a values file (a diff against the chart defaults, or a full set). */
  values: Values;
  /** The release it was rendered for; absent: the page's current release. */
  release?: Release;
}

export const DEFAULTS_BASELINE: Baseline = Object.freeze({ id: 'defaults', kind: 'defaults', label: 'Chart defaults', at: 0, values: Object.freeze({}) as Values });

/** Caps on what one chart keeps: a few of each kind, and a byte budget for all of them. */
export const BASELINE_LIMITS = {
  snapshots: 10,
  imported: 5,
  /** Serialised JSON of one chart's baselines (UTF-16 units, a cheap stand-in for bytes). */
  chars: 2_000_000,
  label: 120,
  id: 80,
  /** Entries read from storage before any is checked (a crafted list may be huge). */
  readEntries: 50,
} as const;

const FORMAT = 1;
const KEY_PREFIX = 'chart-configurator:baselines:v1:';

export function baselinesKey(chartId: string): string {
  return `${KEY_PREFIX}${chartId}`;
}

const STORED_KINDS: ReadonlySet<string> = new Set<BaselineKind>(['download', 'snapshot', 'imported']);

function isRelease(value: unknown): value is Release {
  return isMap(value) && typeof value.name === 'string' && typeof value.namespace === 'string' && value.name.length <= 253 && value.namespace.length <= 253;
}

/** One stored entry, or undefined when any part of it is not what we write. */
function readEntry(raw: unknown): Baseline | undefined {
  if (!isMap(raw)) return undefined;
  const { id, kind, label, at, values, release } = raw;
  if (typeof id !== 'string' || id.length === 0 || id.length > BASELINE_LIMITS.id || id === DEFAULTS_BASELINE.id) return undefined;
  if (typeof kind !== 'string' || !STORED_KINDS.has(kind)) return undefined;
  if (typeof label !== 'string' || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  if (!isMap(values) || depthExceeds(values)) return undefined;
  if (release !== undefined && !isRelease(release)) return undefined;
  const entry: Baseline = { id, kind: kind as BaselineKind, label: label.slice(0, BASELINE_LIMITS.label), at, values };
  if (release) entry.release = { name: release.name, namespace: release.namespace };
  return entry;
}

export type ReadResult = { baselines: Baseline[]; dropped: number; error?: string };

/** Reads the stored text; entries that fail a check are dropped (and counted), never thrown on. */
export function readBaselines(text: string | null): ReadResult {
  if (text === null) return { baselines: [], dropped: 0 };
  if (text.length > BASELINE_LIMITS.chars * 2) return { baselines: [], dropped: 0, error: 'The saved baselines for this chart are too large and were ignored.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { baselines: [], dropped: 0, error: 'The saved baselines for this chart could not be read (damaged data) and were ignored.' };
  }
  if (!isMap(parsed) || parsed.format !== FORMAT || !Array.isArray(parsed.baselines)) {
    return { baselines: [], dropped: 0, error: 'The saved baselines for this chart are in a form this version does not know and were ignored.' };
  }
  const raw = parsed.baselines as unknown[];
  const seen = new Set<string>();
  const baselines: Baseline[] = [];
  for (const item of raw.slice(0, BASELINE_LIMITS.readEntries)) {
    const entry = readEntry(item);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    baselines.push(entry);
  }
  const kept = capBaselines(baselines);
  return { baselines: kept, dropped: raw.length - kept.length };
}

export function serializeBaselines(baselines: readonly Baseline[]): string {
  return JSON.stringify({ format: FORMAT, baselines });
}

/**
 * At most one download, the newest snapshots and imports up to their counts, then the oldest
 * snapshots and imports dropped until the whole list fits the byte budget (the download goes last).
 */
export function capBaselines(baselines: readonly Baseline[]): Baseline[] {
  const newestFirst = [...baselines].sort((a, b) => b.at - a.at);
  const download = newestFirst.find((b) => b.kind === 'download');
  const snapshots = newestFirst.filter((b) => b.kind === 'snapshot').slice(0, BASELINE_LIMITS.snapshots);
  const imported = newestFirst.filter((b) => b.kind === 'imported').slice(0, BASELINE_LIMITS.imported);
  const kept = [...(download ? [download] : []), ...imported, ...snapshots];
  while (kept.length > 0 && serializeBaselines(kept).length > BASELINE_LIMITS.chars) {
    // Oldest first among snapshots and imports; the download is dropped only when alone.
    const candidates = kept.filter((b) => b.kind !== 'download');
    const victim = (candidates.length > 0 ? candidates : kept).reduce((old, b) => (b.at < old.at ? b : old));
    kept.splice(kept.indexOf(victim), 1);
  }
  return kept;
}

/** The picker's order: defaults, then the last download, imports and snapshots, newest first. */
export function pickerOrder(stored: readonly Baseline[]): Baseline[] {
  const rank: Record<BaselineKind, number> = { defaults: 0, download: 1, imported: 2, snapshot: 3 };
  return [DEFAULTS_BASELINE, ...[...stored].sort((a, b) => rank[a.kind] - rank[b.kind] || b.at - a.at)];
}

/** "14:02:05" style time, for labels; in the page's own time zone. */
export function timeLabel(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = new Date();
  const sameDay = d.toDateString() === today.toDateString();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return sameDay ? time : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
}
