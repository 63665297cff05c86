// What an upgrade check sees: both evaluations, the values on each side and what changed between them.
import type { Evaluation } from '../pipeline';
import type { KubeObject, Problem, Release, Values } from '../types';
import type { ObjectChange } from './objects';
import type { ValueChange } from './valueChanges';

export interface UpgradeInput {
  before: Evaluation;
  after: Evaluation;
  /** The user's values on each side (the evaluations hold them merged with the defaults). */
  beforeValues: Values;
  afterValues: Values;
  release: Release;
  /** Every object of either render (diffObjects). */
  objects: ObjectChange[];
  /** Merged values that differ between the sides (valueChanges). */
  values: ValueChange[];
}

/** A chart's own impacts. A problem with the id of a generic kind replaces that kind's generic findings. */
export type UpgradeCheck = (input: UpgradeInput) => Problem[];

/** An object of both renders (same identity), not a hook: what `helm upgrade` patches in place. */
export interface PatchedObject {
  change: ObjectChange;
  before: KubeObject;
  after: KubeObject;
}

export function patched(input: UpgradeInput): PatchedObject[] {
  const out: PatchedObject[] = [];
  for (const change of input.objects) {
    // Hooks are created afresh by helm each time they run (and usually deleted before), not patched.
    if (change.kind !== 'changed' || !change.before || !change.after || change.before.hook || change.after.hook) continue;
    out.push({ change, before: change.before.object, after: change.after.object });
  }
  return out;
}

/** `Kind name` as kubectl names it in messages. */
export function describe(object: KubeObject): string {
  return `${object.kind} ${typeof object.metadata?.name === 'string' ? object.metadata.name : '(unnamed)'}`;
}

/** `-n NS` for a kubectl command, empty when the object names no namespace. */
export function nsFlag(object: KubeObject): string {
  const ns = object.metadata?.namespace;
  return typeof ns === 'string' && ns !== '' ? ` -n ${ns}` : '';
}

/** Unique, in first-seen order. */
export function unique(items: Iterable<string>): string[] {
  return [...new Set(items)];
}
