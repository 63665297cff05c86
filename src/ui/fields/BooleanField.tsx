import { SwitchInput } from './NativeInputs';
import type { FieldInputProps } from './types';

/**
 * A switch's name is its whole path in words ("ingress enabled", "serviceInternal enabled"): many
 * switches are called just "enabled", and a screen reader announcing only that cannot tell them apart.
 */
export function switchName(path: string): string {
  // Split at unescaped dots and brackets only: `example\.com` is one key.
  const words = path.split(/(?<!\\)[.[\]]+/).filter((w) => w !== '');
  return words.map((w) => w.replace(/\\\./g, '.')).join(' ');
}

export function BooleanField({ field, value, inputId, describedBy, onChange }: FieldInputProps) {
  return <SwitchInput id={inputId} checked={value === true} label={switchName(field.path)} describedBy={describedBy} onChange={onChange} />;
}
