import { useState } from 'react';
import { deepEqual } from '../../core/values';
import { TextArea } from './NativeInputs';
import { parseYamlField, textRows, textToShow, yamlFieldText, yamlPlaceholder } from './logic';
import type { FieldInputProps } from './types';

/**
 * Free-form Kubernetes blocks (resources, affinity, probes, extra volumes...) as inline YAML. A
 * syntax error is shown under the text and the last valid value stays in effect.
 */
export function YamlField({ field, value, inputId, describedBy, invalid, onChange }: FieldInputProps) {
  return <YamlTextInput schemaForEmpty={field.schema} placeholder={yamlPlaceholder(field.schema, field.segs, field.defaultValue)} value={value} inputId={inputId} describedBy={describedBy} invalid={invalid} onChange={onChange} />;
}

/** What a YAML box of a field takes (also the volumes editor, KubeYamlInput). */
export interface YamlTextInputProps {
  schemaForEmpty: FieldInputProps['field']['schema'];
  value: unknown;
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  onChange(value: unknown): void;
  placeholder?: string;
  autoFocus?: boolean;
}

export function YamlTextInput({ schemaForEmpty, value, inputId, describedBy, invalid, onChange, placeholder, autoFocus }: YamlTextInputProps) {
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
    <TextArea
      id={inputId}
      mono
      value={text}
      placeholder={placeholder ?? yamlPlaceholder(schemaForEmpty)}
      autoFocus={autoFocus}
      invalid={invalid || error !== undefined}
      helperText={error ? `${error} (the last valid value is kept)` : undefined}
      describedBy={describedBy}
      spellCheck={false}
      rows={textRows(text)}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parse(e.target.value);
        setError(parsed.ok ? undefined : parsed.error);
        if (parsed.ok) onChange(parsed.value);
      }}
    />
  );
}
