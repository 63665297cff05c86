import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { deepEqual } from '../../core/values';
import { MONO_FONTS } from '../theme';
import { parseYamlField, textToShow, yamlFieldText } from './logic';
import type { FieldInputProps } from './types';

/**
 * Free-form Kubernetes blocks (resources, affinity, probes, extra volumes...) as inline YAML. A
 * syntax error is shown under the text and the last valid value stays in effect.
 */
export function YamlField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  return <YamlTextInput schemaForEmpty={field.schema} value={value} inputId={inputId} describedBy={describedBy} invalid={invalid} onChange={onChange} />;
}

export function YamlTextInput({
  schemaForEmpty, value, inputId, describedBy, invalid, onChange, placeholder,
}: {
  schemaForEmpty: FieldInputProps['field']['schema'];
  value: unknown;
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  onChange(value: unknown): void;
  placeholder?: string;
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
      multiline
      minRows={2}
      maxRows={18}
      value={text}
      placeholder={placeholder ?? 'YAML, e.g.\nkey: value'}
      error={invalid || error !== undefined}
      helperText={error ? `${error} (the last valid value is kept)` : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parse(e.target.value);
        setError(parsed.ok ? undefined : parsed.error);
        if (parsed.ok) onChange(parsed.value);
      }}
      slotProps={{
        htmlInput: { 'aria-describedby': describedBy, spellCheck: false, style: { fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: 1.45 } },
      }}
    />
  );
}
