// Which rendered objects an upgrade adds, removes or changes. Objects are matched as Kubernetes
// matches them: by kind, namespace and name (helm upgrade patches the object of the same identity).
import { sortForInstall } from '../render';
import type { RenderedObject } from '../types';
import { deepEqual } from '../values';

export type ObjectChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ObjectChange {
  kind: ObjectChangeKind;
  /** `Kind/namespace/name`; a second object of the same identity gets ` #2` (helm would refuse it). */
  key: string;
  apiKind: string;
  name: string;
  before?: RenderedObject;
  after?: RenderedObject;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** `Kind/namespace/name` of a rendered object (namespace empty when the manifest names none). */
export function objectKey(entry: RenderedObject): string {
  const { kind, metadata } = entry.object;
  return `${text(kind)}/${text(metadata?.namespace)}/${text(metadata?.name)}`;
}

/** Objects by key, in render order; repeated identities numbered so none is lost. */
function keyed(objects: readonly RenderedObject[]): Map<string, RenderedObject> {
  const out = new Map<string, RenderedObject>();
  for (const entry of objects) {
    const base = objectKey(entry);
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base} #${n}`;
    out.set(key, entry);
  }
  return out;
}

/**
 * Every object of either render, once, in the order `helm template` prints the new render (objects
 * only in the old one placed as the old render would print them among the others).
 */
export function diffObjects(before: RenderedObject[], after: RenderedObject[]): ObjectChange[] {
  const old = keyed(before);
  const next = keyed(after);
  // Sorted through stand-ins: one rendered object may be the `after` of one change and the `before` of another.
  const changes = new Map<RenderedObject, ObjectChange>();
  for (const [key, entry] of next) {
    const prev = old.get(key);
    const kind: ObjectChangeKind = !prev ? 'added' : deepEqual(prev.object, entry.object) ? 'unchanged' : 'changed';
    changes.set({ ...entry }, { kind, key, apiKind: entry.object.kind, name: text(entry.object.metadata?.name), before: prev, after: entry });
  }
  for (const [key, entry] of old) {
    if (next.has(key)) continue;
    changes.set({ ...entry }, { kind: 'removed', key, apiKind: entry.object.kind, name: text(entry.object.metadata?.name), before: entry });
  }
  return sortForInstall([...changes.keys()]).map((standIn) => changes.get(standIn)!);
}
