// The edits the structured editors make, as pure functions: write one input of an item (keeping the
// chosen variant's key when its last input is cleared), switch variant, add and remove list items.
import type { PathSeg } from '../../../core/paths';
import { isMap } from '../../../core/values';
import { activeVariant } from './check';
import { getIn, setIn, type Item } from './edit';
import type { ItemSpec, VariantSpec } from './specs';

function samePath(a: readonly PathSeg[], b: readonly PathSeg[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** What a variant's key holds while its inputs are still empty: '' for a leaf (env `value`), else {}. */
function variantSeed(variant: VariantSpec): unknown {
  return variant.inputs.some((i) => samePath(i.path, variant.keyPath)) ? '' : {};
}

export function asItem(value: unknown): Item {
  return isMap(value) ? value : {};
}

/** `item` with `next` at `path`; the active variant stays chosen even when its inputs are cleared. */
export function writeInput(spec: ItemSpec, item: unknown, path: readonly PathSeg[], next: unknown): Item {
  const variant = activeVariant(spec, item);
  let out = asItem(setIn(asItem(item), path, next));
  if (variant && getIn(out, variant.keyPath) === undefined) out = asItem(setIn(out, variant.keyPath, variantSeed(variant)));
  return out;
}

/** `item` using variant `id` (undefined: none): the other variants' keys go, this one's is seeded. */
export function chooseVariant(spec: ItemSpec, item: unknown, id: string | undefined): Item {
  let out = asItem(item);
  const options = spec.variants?.options ?? [];
  const chosen = options.find((v) => v.id === id);
  for (const variant of options) {
    if (variant !== chosen && getIn(out, variant.keyPath) !== undefined) out = asItem(setIn(out, variant.keyPath, undefined));
  }
  if (chosen && getIn(out, chosen.keyPath) === undefined) out = asItem(setIn(out, chosen.keyPath, variantSeed(chosen)));
  return out;
}

export function replaceItem(items: readonly unknown[], index: number, item: unknown): unknown[] {
  return items.map((old, i) => (i === index ? item : old));
}

export function removeItem(items: readonly unknown[], index: number): unknown[] {
  return items.filter((_, i) => i !== index);
}
