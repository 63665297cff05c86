// The `switched-off` hint for a chart opened at run time. A curated chart lists the switches its
// templates skip when off; here nobody has read the templates, so a value under `enabled: false` is
// hinted only when it is proven unused: helm's output (manifests and NOTES.txt) is the very same
// with and without it. That costs a second render, so it runs only when the user changed something
// under a switch that is off, once per switch (at most MAX_PROBES), and the module caches the
// result with the keystroke's values.
import { SWITCHED_OFF_ID, switchedOffFinding, switchedOffValues, type SwitchedOffValue } from '../../core/switchedOff';
import type { Problem, Values } from '../../core/types';
import { deleteAt } from '../../core/values';

/** A render's text as compared here; undefined when the templates failed (then nothing is proven). */
export type RenderedText = { yaml: string; notes?: string } | undefined;

/** A chart with more switched-off sections the user filled in gets hints for the first few only. */
export const MAX_PROBES = 4;

const WHY = 'Rendering the chart without this value gives the same manifests and notes: its templates read nothing of it while the switch is off.';

/**
 * The values of `user` (the minimal diff against the chart's values) under a switch that is off in
 * `values` whose removal leaves the output as `current` is; `renderWith` renders other user values.
 */
export function provenSwitchedOff(
  user: Values,
  values: Values,
  current: () => RenderedText,
  renderWith: (user: Values) => RenderedText,
): SwitchedOffValue[] {
  const found = switchedOffValues(user, values);
  if (found.length === 0) return [];
  const now = current();
  if (now === undefined) return [];
  const bySwitch = new Map<string, SwitchedOffValue[]>();
  for (const f of found) bySwitch.set(f.switchPath, [...(bySwitch.get(f.switchPath) ?? []), f]);
  const proven: SwitchedOffValue[] = [];
  for (const group of [...bySwitch.values()].slice(0, MAX_PROBES)) {
    // The section's values leave together: one render per switch, not per value.
    const without = group.reduce((acc, f) => deleteAt(acc, f.path), user);
    const other = renderWith(without);
    if (other !== undefined && other.yaml === now.yaml && (other.notes ?? '') === (now.notes ?? '')) proven.push(...group);
  }
  return proven;
}

export function switchedOffProblems(proven: readonly SwitchedOffValue[]): Problem[] {
  return proven.map((f) => ({ id: SWITCHED_OFF_ID, ...switchedOffFinding(f, WHY) }));
}
