// One input of an item, by kind: text, quantity, number, port, choice, yes/no, comma list, nested
// key-value map or nested rows.
import { inputProblem } from './check';
import { ChoiceInput, DraftInput } from './Controls';
import { csvText, parseCsv, parseIntegerInput, parsePortInput, parseQuantity, parseTextInput, scalarText } from './edit';
import { ListEditor } from './ListEditor';
import { MapRows } from './MapRows';
import type { InputSpec } from './specs';

export interface InputControlProps {
  input: InputSpec;
  value: unknown;
  /** "of toleration 2", appended to the accessible name; '' for a single map. */
  context: string;
  id?: string;
  onWrite(value: unknown): void;
}

const BOOLEAN_OPTIONS = ['true', 'false'];

export function InputControl({ input, value, context, id, onWrite }: InputControlProps) {
  const ariaLabel = context ? `${input.label} ${context}` : input.label;
  const problem = inputProblem(input, value);
  const common = { id, label: input.label, ariaLabel, required: input.required, problem };
  switch (input.kind) {
    case 'select':
      return <ChoiceInput {...common} value={value} options={input.options ?? []} onChoose={onWrite} />;
    case 'boolean':
      return (
        <ChoiceInput
          {...common}
          value={typeof value === 'boolean' ? String(value) : value}
          options={BOOLEAN_OPTIONS}
          optionLabels={['yes', 'no']}
          onChoose={(v) => onWrite(v === undefined ? undefined : v === 'true')}
        />
      );
    case 'quantity':
      return <DraftInput {...common} value={value} parse={parseQuantity} format={scalarText} onCommit={onWrite} placeholder={input.placeholder} />;
    case 'integer':
      return <DraftInput {...common} value={value} parse={(raw) => parseIntegerInput(raw, input.min, input.max)} format={scalarText} onCommit={onWrite} placeholder={input.placeholder} />;
    case 'port':
      return <DraftInput {...common} value={value} parse={parsePortInput} format={scalarText} onCommit={onWrite} placeholder={input.placeholder} />;
    case 'csv':
      return <DraftInput {...common} value={value} parse={parseCsv} format={csvText} onCommit={onWrite} placeholder={input.placeholder} wide />;
    case 'text':
      return <DraftInput {...common} value={value} parse={parseTextInput} format={scalarText} onCommit={onWrite} placeholder={input.placeholder} />;
    case 'map':
      return (
        <fieldset className="kf-nested">
          <legend className="kf-label">{input.label}</legend>
          <MapRows value={value} rules={input.mapRules ?? 'annotation'} context={ariaLabel} id={id} onChange={(m) => onWrite(Object.keys(m).length === 0 ? undefined : m)} />
        </fieldset>
      );
    case 'rows':
      return input.rows ? (
        <fieldset className="kf-nested">
          <legend className="kf-label">{input.label}</legend>
          <ListEditor spec={input.rows} value={value} context={ariaLabel} id={id} onChange={(items) => onWrite(items.length === 0 ? undefined : items)} />
        </fieldset>
      ) : null;
  }
}
