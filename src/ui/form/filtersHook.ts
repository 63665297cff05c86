// The form's "Changed only" / "With problems" filter as a subscription to the store. A parameter
// the filter showed stays shown until the filter changes, so a field does not vanish under the
// cursor when typing makes it equal its default again (or fixes its problem).
import { useCallback, useMemo, useState } from 'react';
import type { FieldInfo } from '../../core/schemaWalk';
import { problemIndex, useStoreSelector } from '../state/hooks';
import type { ValuesStore } from '../state/store';
import { isFiltering, matchingFields, visibleWithHeadings, type FieldFilter } from './filters';

export interface FilteredFields {
  /** Paths to show (parameters and their headings); undefined when not filtering. */
  visible: ReadonlySet<string> | undefined;
  /** How many parameters match now (the kept ones that stopped matching are not counted). */
  matching: number;
}

export function useFieldFilter(fields: readonly FieldInfo[], filter: FieldFilter, search: ReadonlySet<string> | undefined): FilteredFields {
  const on = isFiltering(filter);
  // A string compares by value, so a keystroke that changes nothing here re-renders nothing.
  const joined = useStoreSelector(
    useCallback(
      (s: ValuesStore) => (on ? matchingFields(fields, filter, s.getEvaluation().values, s.defaults, problemIndex(s)).join('\n') : ''),
      [on, fields, filter],
    ),
  );
  const [kept, setKept] = useState<{ filter: FieldFilter; paths: ReadonlySet<string> }>({ filter, paths: new Set() });
  const now = useMemo(() => (joined === '' ? [] : joined.split('\n')), [joined]);
  let paths = kept.paths;
  if (kept.filter !== filter) {
    paths = new Set(now);
    setKept({ filter, paths });
  } else if (now.some((p) => !kept.paths.has(p))) {
    paths = new Set([...kept.paths, ...now]);
    setKept({ filter, paths });
  }
  const byPath = useMemo(() => new Map(fields.map((f) => [f.path, f])), [fields]);
  const visible = useMemo(() => (on ? visibleWithHeadings(paths, byPath, search) : undefined), [on, paths, byPath, search]);
  return { visible, matching: now.length };
}
