// Go template truth (if, with, and, or, not) and the list view of values range, len and index take.
import type { GoValue } from '../value';
import { GoObject, isGoMap, mapLikeOf } from '../value';

/**
 * A GoObject that Go sees as a slice (helm's `.Capabilities.APIVersions` is a []string with a Has
 * method): implement `goElements` and range, len, index and truth treat it as a list.
 */
export interface GoListLike {
  goElements(): GoValue[];
}

/** The elements of a list or list-like GoObject; undefined for anything else. */
export function listOf(v: GoValue): GoValue[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof GoObject && typeof (v as unknown as Partial<GoListLike>).goElements === 'function') {
    return (v as unknown as GoListLike).goElements();
  }
  return undefined;
}

/** Go's truth: false, 0, nil, and empty strings, lists and maps are false; structs are true. */
export function isTrue(v: GoValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof GoObject) {
    const list = listOf(v);
    if (list) return list.length > 0;
    const m = mapLikeOf(v);
    return m ? m.goEntries().length > 0 : true;
  }
  if (isGoMap(v)) {
    for (const _ in v) return true;
    return false;
  }
  return true;
}
