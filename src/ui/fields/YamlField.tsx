import { useState, type ElementType } from 'react';
import type { InputBaseComponentProps } from '@mui/material/InputBase';
import type { OutlinedInputProps } from '@mui/material/OutlinedInput';
import TextField from '@mui/material/TextField';
import { deepEqual } from '../../core/values';
import { MONO_FONTS } from '../theme';
import { parseYamlField, textRows, textToShow, yamlFieldText, yamlPlaceholder } from './logic';
import type { FieldInputProps } from './types';

/**
 * Free-form Kubernetes blocks (resources, affinity, probes, extra volumes...) as inline YAML. A
 * syntax error is shown under the text and the last valid value stays in effect.
 */
export function YamlField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  return <YamlTextInput schemaForEmpty={field.schema} placeholder={yamlPlaceholder(field.schema, field.segs, field.defaultValue)} value={value} inputId={inputId} describedBy={describedBy} invalid={invalid} onChange={onChange} />;
}

/**
 * A plain <textarea> inside the MUI input: MUI's multiline mode auto-sizes each textarea in a
 * layout effect, which for the dozens of YAML fields of a chart cost ~300 ms on first render.
 */
export const PLAIN_TEXTAREA: Partial<OutlinedInputProps> = {
  inputComponent: 'textarea' as unknown as ElementType<InputBaseComponentProps>,
  sx: { py: 1 },
};
const TEXTAREA_STYLE = { fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: 1.45, height: 'auto', resize: 'vertical' } as const;

export function YamlTextInput({
  schemaForEmpty, value, inputId, describedBy, invalid, onChange, placeholder, autoFocus,
}: {
  schemaForEmpty: FieldInputProps['field']['schema'];
  value: unknown;
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  onChange(value: unknown): void;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const parse = (t: string) => parseYamlField(t, schemaForEmpty);
  const [text, setText] = useState(() => yamlFieldText(value));
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState(value);
  if (!deepEqual(seen, value)) {
    setSeen(value);
    const next = textToShow(text, value, parse, yamlFieldText);
    if (next !== text) {
      setText(next);
      setError(undefined);
    }
  }
  return (
    <TextField
      id={inputId}
      fullWidth
      value={text}
      placeholder={placeholder ?? yamlPlaceholder(schemaForEmpty)}
      autoFocus={autoFocus}
      error={invalid || error !== undefined}
      helperText={error ? `${error} (the last valid value is kept)` : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parse(e.target.value);
        setError(parsed.ok ? undefined : parsed.error);
        if (parsed.ok) onChange(parsed.value);
      }}
      slotProps={{
        input: PLAIN_TEXTAREA,
        htmlInput: { 'aria-describedby': describedBy, spellCheck: false, rows: textRows(text), style: TEXTAREA_STYLE },
      }}
    />
  );
}
