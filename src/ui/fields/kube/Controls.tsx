// The small native controls the structured editors are built from: cheap to render by the dozen
// (a chart has ~30 Kubernetes blocks), labelled, and keeping the text being typed until it parses.
import { useState, type ReactNode } from 'react';
import { deepEqual } from '../../../core/values';
import type { Parsed } from '../logic';

export interface ControlProps {
  id?: string;
  label: string;
  /** The accessible name when the visible label alone is ambiguous ("Effect of toleration 2"). */
  ariaLabel: string;
  required?: boolean;
  /** A problem the checks found with the stored value. */
  problem?: string;
}

/** A visible label above a control. */
export function Labelled({ label, required, wide, children }: { label: string; required?: boolean; wide?: boolean; children: ReactNode }) {
  return (
    <label className={wide ? 'kf-control kf-wide' : 'kf-control'}>
      <span className="kf-label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </span>
      {children}
    </label>
  );
}

/**
 * A text input writing parsed values: while the text does not parse, the message shows and the last
 * valid value stays (as the form's number fields do).
 */
export function DraftInput<T>({
  id, label, ariaLabel, required, problem, value, parse, format, onCommit, placeholder, wide,
}: ControlProps & {
  value: unknown;
  parse(raw: string): Parsed<T>;
  format(value: unknown): string;
  onCommit(value: T): void;
  placeholder?: string;
  wide?: boolean;
}) {
  const [raw, setRaw] = useState(() => format(value));
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState(value);
  if (!deepEqual(seen, value)) {
    setSeen(value);
    const current = parse(raw);
    if (!current.ok || !deepEqual(current.value, value)) {
      setRaw(format(value));
      setError(undefined);
    }
  }
  const message = error ?? problem;
  return (
    <Labelled label={label} required={required} wide={wide}>
      <input
        id={id}
        className="kf-input"
        value={raw}
        placeholder={placeholder}
        spellCheck={false}
        aria-label={ariaLabel}
        aria-required={required || undefined}
        aria-invalid={message !== undefined || undefined}
        title={message}
        onChange={(e) => {
          setRaw(e.target.value);
          const parsed = parse(e.target.value);
          setError(parsed.ok ? undefined : parsed.error);
          if (parsed.ok) onCommit(parsed.value);
        }}
      />
      {error && <span className="kf-error" role="alert">{error}</span>}
    </Labelled>
  );
}

const UNSET = '\u0000unset';
const OTHER = '\u0000other';

/**
 * A native select over string choices. Unset shows as "(not set)"; a value outside the choices (typed
 * in the YAML box) stays visible as such, so it can be seen and replaced.
 */
export function ChoiceInput({
  id, label, ariaLabel, required, problem, value, options, optionLabels, onChoose, unsetLabel = '(not set)',
}: ControlProps & {
  value: unknown;
  options: readonly string[];
  optionLabels?: readonly string[];
  onChoose(value: string | undefined): void;
  unsetLabel?: string;
}) {
  const unset = value === undefined || value === null || value === '';
  const known = typeof value === 'string' && options.includes(value);
  const selected = unset ? UNSET : known ? (value as string) : OTHER;
  return (
    <Labelled label={label} required={required}>
      <select
        id={id}
        className="kf-input"
        value={selected}
        aria-label={ariaLabel}
        aria-required={required || undefined}
        aria-invalid={problem !== undefined || undefined}
        title={problem}
        onChange={(e) => {
          const v = e.target.value;
          if (v === OTHER) return;
          onChoose(v === UNSET ? undefined : v);
        }}
      >
        {(unset || !required) && <option value={UNSET}>{unsetLabel}</option>}
        {!unset && !known && <option value={OTHER}>{`${JSON.stringify(value)} (not allowed)`}</option>}
        {options.map((o, i) => (
          <option key={o} value={o}>
            {optionLabels?.[i] ?? o}
          </option>
        ))}
      </select>
    </Labelled>
  );
}
