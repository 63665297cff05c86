// Go regular expressions for `pattern`, `patternProperties` and format "regex": Go's regexp
// (../../go/regexp.ts, checked and worded as Go's parser) behind the validator's Pattern. Matching is
// unanchored, as Go's MatchString.
import { compileGoRegexp as compileRegExp } from '../../go/regexp';
import type { Pattern } from './schema';

/** Patterns longer than this are refused: matching runs on a backtracking engine. */
export const MAX_PATTERN = 10_000;

const cache = new Map<string, Pattern>();

/** regexp.Compile for a schema: a Pattern, or a thrown Error with Go's text. */
export function compileGoRegexp(expr: string): Pattern {
  const known = cache.get(expr);
  if (known) return known;
  if (expr.length > MAX_PATTERN) throw new Error(`error parsing regexp: expression too large`);
  const re = compileRegExp(expr);
  const p: Pattern = { source: expr, test: (s) => re.test(s) };
  if (cache.size > 2000) cache.clear();
  cache.set(expr, p);
  return p;
}
