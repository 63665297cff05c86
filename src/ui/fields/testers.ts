// Ranked testers (the JSON Forms idea): each renderer says how well it fits a field; the highest
// rank wins, so a new kind of field is one more entry. Kept apart from the components for tests.
import type { FieldInfo } from '../../core/schemaWalk';

export type RendererId =
  | 'string' | 'secret' | 'number' | 'boolean' | 'enum' | 'intOrString' | 'stringList' | 'keyValue' | 'yaml' | 'object';

export const NOT_APPLICABLE = -1;

export interface RankedEntry<C> {
  /** 'kube': the Kubernetes shapes (resources, tolerations...), whose tester lives in kube/fieldShape.ts. */
  id: RendererId | 'kube';
  tester(field: FieldInfo): number;
  component: C;
}

const kindIs = (...kinds: FieldInfo['kind'][]) => (field: FieldInfo) => (kinds.includes(field.kind) ? 1 : NOT_APPLICABLE);

export const testers: Record<RendererId, (field: FieldInfo) => number> = {
  string: kindIs('string'),
  secret: (f) => (f.kind === 'string' && f.secret ? 2 : NOT_APPLICABLE),
  number: kindIs('integer', 'number'),
  boolean: kindIs('boolean'),
  enum: kindIs('enum'),
  intOrString: kindIs('intOrString'),
  stringList: kindIs('stringList'),
  keyValue: kindIs('keyValue'),
  object: kindIs('object'),
  // The fallback: anything the others do not take (lists of objects, free-form blocks) as YAML.
  yaml: (f) => (f.kind === 'yaml' ? 1 : 0),
};

export function pickRanked<C>(entries: readonly RankedEntry<C>[], field: FieldInfo): RankedEntry<C> | undefined {
  let best: RankedEntry<C> | undefined;
  let bestRank = NOT_APPLICABLE;
  for (const entry of entries) {
    const rank = entry.tester(field);
    if (rank > bestRank) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}
