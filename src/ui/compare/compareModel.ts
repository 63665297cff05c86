// What the Compare tab derives from a baseline and the current values: the baseline rendered the
// way the page renders, and where each changed object sits in the two manifest texts.
import { evaluateWith, type Evaluation } from '../../core/pipeline';
import { resourceOutline } from '../../core/render';
import type { SchemaValidator } from '../../core/schemaValidator';
import type { ChartModule, Release, Values } from '../../core/types';
import type { ObjectChange, ObjectChangeKind, UpgradeCheck } from '../../core/diff';
import type { Baseline } from '../baseline/baselines';

/**
 * The baseline through the page's own pipeline: same chart module (engine text for opened charts)
 * and the Kubernetes version the page checks against (undefined: core/kube's default).
 */
export function evaluateBaseline(chart: ChartModule<Values>, baseline: Baseline, currentRelease: Release, validator: SchemaValidator, kubeVersion?: string): Evaluation {
  return evaluateWith(chart, baseline.values, baseline.release ?? currentRelease, validator, { kubeVersion });
}

/** The chart's own upgrade checks (optional on a module; opened charts have none). */
export function upgradeChecksOf(chart: ChartModule<Values> & { upgradeChecks?: UpgradeCheck[] }): UpgradeCheck[] | undefined {
  return chart.upgradeChecks;
}

export type DiffSide = 'original' | 'modified';

/** Lines of one object in one of the two texts (1-based, end inclusive). */
export interface ObjectLocation {
  side: DiffSide;
  startLine: number;
  endLine: number;
}

/**
 * `Kind/name` -> line ranges of its documents, in text order. The outline has no namespace, so
 * two objects of one kind and name (in two namespaces) take the ranges in order.
 */
function documentRanges(text: string): Map<string, { startLine: number; endLine: number }[]> {
  const outline = resourceOutline(text);
  const lineCount = text.split('\n').length;
  const ranges = new Map<string, { startLine: number; endLine: number }[]>();
  outline.forEach((entry, i) => {
    const endLine = i + 1 < outline.length ? outline[i + 1].line - 1 : lineCount;
    const key = `${entry.kind}/${entry.name}`;
    const list = ranges.get(key);
    const range = { startLine: entry.line, endLine };
    if (list) list.push(range);
    else ranges.set(key, [range]);
  });
  return ranges;
}

/**
 * Where the diff editor shows each change: removed objects in the baseline (original) text,
 * the others in the current (modified) text. Keyed by the change's key.
 */
export function changeLocations(changes: readonly ObjectChange[], beforeText: string, afterText: string): Map<string, ObjectLocation> {
  const before = documentRanges(beforeText);
  const after = documentRanges(afterText);
  const taken = new Map<string, number>();
  const out = new Map<string, ObjectLocation>();
  for (const change of changes) {
    const side: DiffSide = change.kind === 'removed' ? 'original' : 'modified';
    const key = `${change.apiKind}/${change.name}`;
    const takenKey = `${side}:${key}`;
    const index = taken.get(takenKey) ?? 0;
    const range = (side === 'original' ? before : after).get(key)?.[index];
    if (!range) continue;
    taken.set(takenKey, index + 1);
    out.set(change.key, { side, ...range });
  }
  return out;
}

export type ChangeCounts = Record<ObjectChangeKind, number>;

export function countChanges(changes: readonly ObjectChange[]): ChangeCounts {
  const counts: ChangeCounts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}

const KIND_ORDER: Record<ObjectChangeKind, number> = { removed: 0, changed: 1, added: 2, unchanged: 3 };

/** What the outline lists: removals first (they are what an upgrade deletes), then changes, additions. */
export function outlineChanges(changes: readonly ObjectChange[]): ObjectChange[] {
  return changes.filter((c) => c.kind !== 'unchanged').sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** "1 changed, 2 added" (nothing listed: "No object differs"). */
export function changeSummary(counts: ChangeCounts): string {
  const parts = (['changed', 'added', 'removed'] as const).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  return parts.length > 0 ? parts.join(', ') : 'No object differs';
}
