// Labels, annotations, node selectors and matchLabels as rows of key and value, with the rules
// Kubernetes applies to label keys and values said as you type.
import { deepEqual, isMap } from '../../../core/values';
import { useKeyValueRows } from '../useKeyValueRows';
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
  // Only a real change reaches the values: rows that say the same map again leave them alone.
  const { rows, error, change, remove, add } = useKeyValueRows(value, (map) => {
    if (!deepEqual(map, isMap(value) ? value : {})) onChange(map);
  });
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
            <button type="button" className="kf-button kf-remove" aria-label={`Remove ${name} from ${context}`} onClick={() => remove(i)}>
              Remove
            </button>
            {problem && <span className="kf-error kf-row-error">{problem}</span>}
          </div>
        );
      })}
      {error && <span className="kf-error" role="alert">{error}</span>}
      <button type="button" className="kf-button" id={rows.length === 0 ? id : undefined} aria-label={`Add ${what} to ${context}`} onClick={add}>
        Add {what}
      </button>
    </div>
  );
}
