// The form's inputs as plain elements styled by one stylesheet (inputStyles.ts). A chart form holds
// 150+ inputs: MUI's TextField is six styled components each, and mounting them (emotion serialising
// and inserting styles) was the largest cost of opening a chart page. These look the same, keep the
// same ids, labels and aria wiring, and cost one element each.
import type { ButtonHTMLAttributes, ChangeEvent, ReactNode, TextareaHTMLAttributes, InputHTMLAttributes } from 'react';

interface BoxProps {
  /** Marks the box as holding an error (red outline). */
  invalid?: boolean;
  /** A message under the box (an input error), with the id the input's aria-describedby names. */
  helper?: { id: string; text: string };
  /** Something at the end of the box (a show/hide button). */
  end?: ReactNode;
  children: ReactNode;
}

/**
 * The outlined box around an input: the border, the error state and the helper line. The wrapper
 * is the same element with or without a helper, so an error appearing never remounts the input
 * (which would drop focus in the middle of typing).
 */
function InputBox({ invalid, helper, end, children }: BoxProps) {
  return (
    <div className="cf-box-wrap">
      <div className={invalid ? 'cf-box cf-invalid' : 'cf-box'}>
        {children}
        {end}
      </div>
      {helper && (
        <p className="cf-helper" id={helper.id}>
          {helper.text}
        </p>
      )}
    </div>
  );
}

function helperFor(id: string, text: string | undefined): { id: string; text: string } | undefined {
  return text ? { id: `${id}-helper`, text } : undefined;
}

/** aria-describedby with the helper line's id when there is one. */
function describedByWith(describedBy: string | undefined, helperId: string | undefined): string | undefined {
  return [describedBy, helperId].filter(Boolean).join(' ') || undefined;
}

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  id: string;
  value: string;
  invalid?: boolean;
  helperText?: string;
  describedBy?: string;
  end?: ReactNode;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
};

export function TextInput({ id, invalid, helperText, describedBy, end, className, ...rest }: TextInputProps) {
  const helper = helperFor(id, helperText);
  return (
    <InputBox invalid={invalid} end={end} helper={helper}>
      <input
        {...rest}
        id={id}
        className={className ? `cf-control ${className}` : 'cf-control'}
        aria-invalid={invalid || undefined}
        aria-describedby={describedByWith(describedBy, helper?.id)}
      />
    </InputBox>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
  id: string;
  value: string;
  invalid?: boolean;
  helperText?: string;
  describedBy?: string;
  mono?: boolean;
  onChange(event: ChangeEvent<HTMLTextAreaElement>): void;
};

export function TextArea({ id, invalid, helperText, describedBy, mono, className, ...rest }: TextAreaProps) {
  const helper = helperFor(id, helperText);
  const classes = ['cf-control', 'cf-textarea', mono ? 'cf-mono' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <InputBox invalid={invalid} helper={helper}>
      <textarea
        {...rest}
        id={id}
        className={classes}
        aria-invalid={invalid || undefined}
        aria-describedby={describedByWith(describedBy, helper?.id)}
      />
    </InputBox>
  );
}

type SelectProps = Omit<InputHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  id: string;
  value: string;
  invalid?: boolean;
  describedBy?: string;
  onChange(event: ChangeEvent<HTMLSelectElement>): void;
  children: ReactNode;
};

/** A native select: quick with the keyboard and for automation (selectOption). */
export function SelectInput({ id, invalid, describedBy, children, ...rest }: SelectProps) {
  return (
    <InputBox invalid={invalid}>
      <select {...rest} id={id} className="cf-control cf-select" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
        {children}
      </select>
    </InputBox>
  );
}

interface SwitchProps {
  id: string;
  checked: boolean;
  label: string;
  describedBy?: string;
  onChange(checked: boolean): void;
}

/** An on/off switch: a checkbox with the switch role, drawn by CSS. */
export function SwitchInput({ id, checked, label, describedBy, onChange }: SwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      className="cf-switch"
      id={id}
      checked={checked}
      aria-checked={checked}
      aria-label={label}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

type TextButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { outlined?: boolean };

/** MUI's small text (or outlined) button as one plain element. */
export function TextButton({ outlined, className, type, ...rest }: TextButtonProps) {
  const classes = ['cf-text-button', outlined ? 'cf-outlined' : '', className ?? ''].filter(Boolean).join(' ');
  return <button type={type ?? 'button'} className={classes} {...rest} />;
}

/** A small chip (a label such as "changed" or "secret"). */
export function Tag({ label, tone, outlined }: { label: string; tone: 'primary' | 'secondary' | 'error' | 'warning' | 'neutral'; outlined?: boolean }) {
  return <span className={`cf-tag cf-tag-${tone}${outlined ? ' cf-outlined' : ''}`}>{label}</span>;
}
