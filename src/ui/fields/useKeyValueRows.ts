import { useState } from 'react';
import { deepEqual } from '../../core/values';
import { mapFromRows, rowsDescribe, rowsFromMap, type KeyValueRow } from './logic';

/**
 * The rows of a string map being edited (the form's map field and the Kubernetes label editors).
 * Rows are kept while they still describe the value, so a half-typed row (empty key, a repeated
 * key) survives a re-render; a value changed elsewhere (undo, the YAML editor) replaces them.
 * `onMap` gets each valid map; an invalid one sets `error` instead.
 */
export function useKeyValueRows(value: unknown, onMap: (map: Record<string, string>) => void) {
  const [rows, setRows] = useState<KeyValueRow[]>(() => rowsFromMap(value));
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState(value);
  if (!deepEqual(seen, value)) {
    setSeen(value);
    if (!rowsDescribe(rows, value)) {
      setRows(rowsFromMap(value));
      setError(undefined);
    }
  }
  const update = (next: KeyValueRow[]) => {
    setRows(next);
    const parsed = mapFromRows(next);
    setError(parsed.ok ? undefined : parsed.error);
    if (parsed.ok) onMap(parsed.value);
  };
  return {
    rows,
    error,
    /** Edits row `i` (its key or value). */
    change: (i: number, patch: Partial<KeyValueRow>) => update(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))),
    remove: (i: number) => update(rows.filter((_, j) => j !== i)),
    /** A new empty row: not a change to the map until it has a key. */
    add: () => setRows([...rows, { key: '', value: '' }]),
  };
}
