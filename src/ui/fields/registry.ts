// The field kinds of the form, one entry each; the highest-ranked tester picks the input for a
// field (see testers.ts). Adding a kind is one component and one entry here.
import type { ComponentType } from 'react';
import type { FieldInfo } from '../../core/schemaWalk';
import { BooleanField } from './BooleanField';
import { EnumField } from './EnumField';
import { IntOrStringField } from './IntOrStringField';
import { KeyValueField } from './KeyValueField';
import { kubeTester } from './kube/fieldShape';
import { KubeField } from './kube/KubeField';
import { NumberField } from './NumberField';
import { SecretField } from './SecretField';
import { StringField } from './StringField';
import { StringListField } from './StringListField';
import { pickRanked, testers, type RankedEntry } from './testers';
import type { FieldInputProps } from './types';
import { YamlField } from './YamlField';

export interface FieldRenderer {
  Input: ComponentType<FieldInputProps>;
  /**
   * inline: before the label (switches); row: beside the label (one-line inputs); block: below
   * the label, full width (lists, maps, YAML).
   */
  layout: 'inline' | 'row' | 'block';
}

export const fieldRegistry: RankedEntry<FieldRenderer>[] = [
  { id: 'string', tester: testers.string, component: { Input: StringField, layout: 'row' } },
  { id: 'secret', tester: testers.secret, component: { Input: SecretField, layout: 'row' } },
  { id: 'number', tester: testers.number, component: { Input: NumberField, layout: 'row' } },
  { id: 'boolean', tester: testers.boolean, component: { Input: BooleanField, layout: 'inline' } },
  { id: 'enum', tester: testers.enum, component: { Input: EnumField, layout: 'row' } },
  { id: 'intOrString', tester: testers.intOrString, component: { Input: IntOrStringField, layout: 'row' } },
  { id: 'stringList', tester: testers.stringList, component: { Input: StringListField, layout: 'block' } },
  { id: 'keyValue', tester: testers.keyValue, component: { Input: KeyValueField, layout: 'block' } },
  { id: 'yaml', tester: testers.yaml, component: { Input: YamlField, layout: 'block' } },
  { id: 'kube', tester: kubeTester, component: { Input: KubeField, layout: 'block' } },
];

const fallback: FieldRenderer = { Input: YamlField, layout: 'block' };

export function rendererFor(field: FieldInfo): FieldRenderer {
  return pickRanked(fieldRegistry, field)?.component ?? fallback;
}
