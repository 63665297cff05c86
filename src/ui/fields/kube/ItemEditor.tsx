// The inputs of one item (a toleration, a probe, a port), the variant select when the item has
// mutually exclusive parts, and the item's problems under them.
import { activeVariant, hiddenKeys, itemProblems } from './check';
import { ChoiceInput } from './Controls';
import { getIn } from './edit';
import { InputControl } from './InputControl';
import { asItem, chooseVariant, writeInput } from './itemOps';
import type { InputSpec, ItemSpec } from './specs';

export function ItemEditor({
  spec, item, context, noun, firstId, onChange,
}: {
  spec: ItemSpec;
  item: unknown;
  /** "of toleration 2"; '' for a single map such as resources. */
  context: string;
  noun: string;
  /** The id the field's label points at, given to the first control. */
  firstId?: string;
  onChange(item: Record<string, unknown>): void;
}) {
  const variant = activeVariant(spec, item);
  const render = (input: InputSpec, index: number) => (
    <InputControl
      key={input.path.join('.')}
      input={input}
      value={getIn(item, input.path)}
      context={context}
      id={index === 0 && !(spec.variants && (spec.variants.placeAfter ?? 0) === 0) ? firstId : undefined}
      onWrite={(v) => onChange(writeInput(spec, item, input.path, v))}
    />
  );
  const variants = spec.variants;
  const placeAfter = variants?.placeAfter ?? 0;
  const before = spec.inputs.slice(0, variants ? placeAfter : spec.inputs.length);
  const after = variants ? spec.inputs.slice(placeAfter) : [];
  const problems = itemProblems(spec, item, noun);
  const hidden = hiddenKeys(spec, item);
  return (
    <>
      <div className="kf-inputs">
        {before.map(render)}
        {variants && (
          <ChoiceInput
            id={placeAfter === 0 ? firstId : undefined}
            label={variants.label}
            ariaLabel={context ? `${variants.label} ${context}` : variants.label}
            required={!variants.optional}
            value={variant?.id}
            options={variants.options.map((v) => v.id)}
            optionLabels={variants.options.map((v) => v.label)}
            unsetLabel="(none)"
            onChoose={(id) => onChange(chooseVariant(spec, asItem(item), id))}
          />
        )}
        {variant?.inputs.map((input, i) => render(input, i + 1))}
        {after.map((input, i) => render(input, i + 1 + before.length))}
      </div>
      {hidden.length > 0 && <p className="kf-note">Also set, kept as is (edit as YAML): {hidden.join(', ')}</p>}
      {problems.length > 0 && (
        <ul className="kf-problems" aria-label={`Problems ${context || 'here'}`}>
          {problems.map((p, i) => (
            <li key={`${i}:${p}`}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}
