// Caps on what hostile input (a file, a link, a flag, saved storage) can make us build. Every
// reader checks a values tree here before anything recursive (merge, diff, ajv, render) walks it.
import { put } from './values';

/**
 * Deepest nesting of maps and lists any values tree may have. js-yaml refuses deeper text by
 * default and no chart reads values this deep; our merge, diff and validation recurse per level.
 */
export const MAX_VALUES_DEPTH = 100;

/** Nodes that aliases (`*ref`) may add beyond the document's own: what stops "billion laughs". */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Largest YAML text any reader parses (helm caps a chart's files at 5 MiB the same way). */
export const MAX_YAML_TEXT = 5 * 1024 * 1024;

/**
 * List slots (padding nulls included) that all --set / helmfile `set` entries of one evaluation
 * may create together. Helm caps each index at 65536 but not their sum: 300 entries of
 * `a<i>[65536]` hold 20 million slots (helm itself takes 11 s). Our budget is lower than even one
 * such list, since every slot is then checked, rendered and printed (65,537 wrong items took about
 * a second); 16,384 is far above any real list.
 */
export const MAX_SET_LIST_SLOTS = 16_384;

/** Releases one stack may hold (a link, saved storage, a helmfile): each is checked and rendered. */
export const MAX_STACK_RELEASES = 100;

export type TreeCheck = { ok: true; value: unknown } | { ok: false; error: string };

class TreeLimit extends Error {}

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null;

function children(v: object): unknown[] {
  return Array.isArray(v) ? v : Object.values(v);
}

/**
 * Checks a parsed tree: no cycle, at most MAX_VALUES_DEPTH levels, and shared nodes (YAML
 * aliases) adding at most MAX_ALIAS_EXPANSION nodes. A tree with shared nodes comes back as a
 * plain copy (each alias its own nodes), so nothing downstream sees one object in two places.
 * Linear in the distinct nodes; never recurses deeper than the cap.
 */
export function checkValuesTree(root: unknown): TreeCheck {
  const seen = new Map<object, { size: number; depth: number }>();
  const open = new Set<object>();
  let aliasExtra = 0;
  // Returns the expanded size and height of `v`, reached at nesting level `level`.
  const measure = (v: unknown, level: number): { size: number; depth: number } => {
    if (!isContainer(v)) return { size: 1, depth: 0 };
    if (level >= MAX_VALUES_DEPTH) throw new TreeLimit(`it nests deeper than ${MAX_VALUES_DEPTH} levels`);
    if (open.has(v)) throw new TreeLimit('it refers to itself (a recursive alias)');
    const known = seen.get(v);
    if (known) {
      if (level + known.depth > MAX_VALUES_DEPTH) throw new TreeLimit(`it nests deeper than ${MAX_VALUES_DEPTH} levels`);
      aliasExtra += known.size;
      if (aliasExtra > MAX_ALIAS_EXPANSION) {
        throw new TreeLimit(`excessive aliasing: aliases expand to more than ${MAX_ALIAS_EXPANSION} extra nodes`);
      }
      return known;
    }
    open.add(v);
    let size = 1;
    let depth = 1;
    for (const child of children(v)) {
      const m = measure(child, level + 1);
      size += m.size;
      depth = Math.max(depth, m.depth + 1);
    }
    open.delete(v);
    const result = { size, depth };
    seen.set(v, result);
    return result;
  };
  try {
    measure(root, 0);
  } catch (e) {
    if (e instanceof TreeLimit) return { ok: false, error: e.message };
    throw e;
  }
  return { ok: true, value: aliasExtra > 0 ? expand(root) : root };
}

/** A copy in which no node appears twice (only called on checked, bounded trees). */
function expand(v: unknown): unknown {
  if (!isContainer(v)) return v;
  if (Array.isArray(v)) return v.map(expand);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(v)) put(out, key, expand(child));
  return out;
}

/**
 * Whether a tree nests deeper than `cap` maps and lists (a cycle counts as too deep). Stops at the
 * cap and visits a shared node again only when reached higher up, so hostile input costs little.
 */
export function depthExceeds(root: unknown, cap = MAX_VALUES_DEPTH): boolean {
  const highest = new Map<object, number>();
  const open = new Set<object>();
  const walk = (v: unknown, level: number): boolean => {
    if (!isContainer(v)) return false;
    if (level >= cap || open.has(v)) return true;
    const before = highest.get(v);
    if (before !== undefined && before <= level) return false;
    highest.set(v, level);
    open.add(v);
    const deeper = children(v).some((child) => walk(child, level + 1));
    open.delete(v);
    return deeper;
  };
  return walk(root, 0);
}
