// A list of Kubernetes items (tolerations, ports, env vars...): one bordered row per item with its
// inputs and a remove button, then "Add <noun>".
import { itemsOf } from './edit';
import { ItemEditor } from './ItemEditor';
import { removeItem, replaceItem } from './itemOps';
import type { ListSpec } from './specs';

export function ListEditor({
  spec, value, context, id, onChange,
}: {
  spec: ListSpec;
  value: unknown;
  /** Where the list is, for accessible names: the field path or the parent input. */
  context: string;
  /** The id the field's label points at: the first item's first control, else the add button. */
  id?: string;
  onChange(items: unknown[]): void;
}) {
  const items = itemsOf(value);
  return (
    <div className="kf-list">
      {items.map((item, i) => {
        const itemContext = `of ${spec.noun} ${i + 1}${context ? ` in ${context}` : ''}`;
        return (
          <div key={i} className="kf-item" role="group" aria-label={`${spec.noun} ${i + 1}`}>
            <ItemEditor spec={spec.item} item={item} noun={spec.noun} context={itemContext} firstId={i === 0 ? id : undefined} onChange={(next) => onChange(replaceItem(items, i, next))} />
            <button type="button" className="kf-button kf-remove" aria-label={`Remove ${spec.noun} ${i + 1}${context ? ` from ${context}` : ''}`} onClick={() => onChange(removeItem(items, i))}>
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="kf-button"
        id={items.length === 0 ? id : undefined}
        aria-label={`Add ${spec.noun}${context ? ` to ${context}` : ''}`}
        onClick={() => onChange([...items, spec.newItem()])}
      >
        Add {spec.noun}
      </button>
    </div>
  );
}
