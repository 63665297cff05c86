// Labels, annotations, node selectors and matchLabels as rows of key and value, with the rules
// Kubernetes applies to label keys and values said as you type.
import { useState } from 'react';
import { deepEqual, isMap } from '../../../core/values';
import { mapFromRows, rowsDescribe, rowsFromMap, type KeyValueRow } from '../logic';
import { rowProblem } from './check';

export function MapRows({
  value, rules, context, id, onChange,
}: {
  value: unknown;
  rules: 'label' | 'annotation';
  context: string;
  id?: string;
  onChange(map: Record<string, string>): void;
}) {
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
    if (parsed.ok && !deepEqual(parsed.value, isMap(value) ? value : {})) onChange(parsed.value);
  };
  const change = (i: number, patch: Partial<KeyValueRow>) => update(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const what = rules === 'label' ? 'label' : 'annotation';
  return (
    <div className="kf-list">
      {rows.map((row, i) => {
        const problem = rowProblem(row, rules);
        const name = row.key || `${what} ${i + 1}`;
        return (
          <div key={i} className="kf-map-row">
            <input
              id={i === 0 ? id : undefined}
              className="kf-input"
              value={row.key}
              placeholder={rules === 'label' ? 'app.kubernetes.io/name' : 'example.com/key'}
              spellCheck={false}
              aria-label={`Key ${i + 1} in ${context}`}
              aria-invalid={problem !== undefined || undefined}
              onChange={(e) => change(i, { key: e.target.value })}
            />
            <input
              className="kf-input"
              value={row.value}
              placeholder="value"
              spellCheck={false}
              aria-label={`Value of ${name} in ${context}`}
              onChange={(e) => change(i, { value: e.target.value })}
            />
            <button type="button" className="kf-button kf-remove" aria-label={`Remove ${name} from ${context}`} onClick={() => update(rows.filter((_, j) => j !== i))}>
              Remove
            </button>
            {problem && <span className="kf-error kf-row-error">{problem}</span>}
          </div>
        );
      })}
      {error && <span className="kf-error" role="alert">{error}</span>}
      <button type="button" className="kf-button" id={rows.length === 0 ? id : undefined} aria-label={`Add ${what} to ${context}`} onClick={() => setRows([...rows, { key: '', value: '' }])}>
        Add {what}
      </button>
    </div>
  );
}
