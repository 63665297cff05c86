// The one way charts write rules: an id, a one-line title and a check that returns findings. The
// check gets typed value readers for the merged values; findings carry the rule's id unless they
// name their own, cite the rule's documentation section unless they name their own, and name each
// parameter once.
import type { Problem, Rule, RuleContext, Values } from './types';
import { readerOf, type ValueReader } from './valueReaders';

/** A problem as a check reports it: the id defaults to the rule's. */
export type Finding = Omit<Problem, 'id'> & { id?: string };

export interface RuleDefaults {
  /** Documentation section for findings that name none. */
  doc?: string;
}

export function defineRule<V = Values>(
  id: string,
  title: string,
  check: (ctx: RuleContext<V>, read: ValueReader) => readonly Finding[],
  defaults: RuleDefaults = {},
): Rule<V> {
  return {
    id,
    title,
    check: (ctx) =>
      check(ctx, readerOf(ctx.values)).map((finding) => {
        const { id: own, ...rest } = finding;
        const problem: Problem = own === undefined ? { id, ...rest } : { ...finding, id: own };
        const params = [...new Set(problem.params)];
        return {
          ...problem,
          params: params.length === problem.params.length ? problem.params : params,
          ...(problem.doc === undefined && defaults.doc !== undefined ? { doc: defaults.doc } : {}),
        };
      }),
  };
}
