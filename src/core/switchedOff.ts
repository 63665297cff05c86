// Values set under a switch that is off (issue 14, item 6): `ingress.hosts` filled in while
// `ingress.enabled` is false renders nothing, and without a word the user cannot tell why. A chart
// adds this rule with the switches whose sections its templates skip entirely when off.
import { formatPath, type PathSeg } from './paths';
import { defineRule, type Finding } from './rules';
import type { Rule, Values } from './types';
import { getAt, isMap } from './values';

export interface SwitchedOffValue {
  /** The parameter the user set. */
  path: string;
  /** The switch that is off, e.g. `ingress.enabled`. */
  switchPath: string;
}

const SWITCH_KEY = 'enabled';
/** Deep enough for any chart's values; hostile trees are capped before they get here. */
const MAX_DEPTH = 12;

/**
 * Parameters the user set inside a section whose `enabled` is false in the merged values, the
 * outermost switch first; `exempt` lists switches whose section is read even when off.
 */
export function switchedOffValues(userValues: Values, values: Values, exempt: ReadonlySet<string> = new Set()): SwitchedOffValue[] {
  const out: SwitchedOffValue[] = [];
  // Rules must not throw on values of the wrong type.
  if (!isMap(userValues) || !isMap(values)) return out;
  const walk = (user: Values, segs: PathSeg[]) => {
    if (segs.length > MAX_DEPTH) return;
    const here = segs.length > 0 ? getAt(values, segs) : values;
    const switchPath = formatPath([...segs, SWITCH_KEY]);
    const off = segs.length > 0 && isMap(here) && Object.hasOwn(here, SWITCH_KEY) && here[SWITCH_KEY] === false && !exempt.has(switchPath);
    for (const key of Object.keys(user)) {
      const child = user[key];
      const childSegs = [...segs, key];
      if (off) {
        if (key !== SWITCH_KEY && child !== null) out.push({ path: formatPath(childSegs), switchPath });
      } else if (isMap(child)) {
        walk(child, childSegs);
      }
    }
  };
  walk(userValues, []);
  return out;
}

export interface SwitchedOffOptions {
  /** The docs section that lists the chart's parameters. */
  doc: string;
  /** Switches whose section the templates read even when off. */
  exempt?: readonly string[];
}

export const SWITCHED_OFF_ID = 'switched-off';
export const SWITCHED_OFF_TITLE = 'Values set in a section whose switch is off';

/** The hint's wording, one for the curated charts and for charts opened at run time. */
export function switchedOffFinding({ path, switchPath }: SwitchedOffValue, why = 'The chart renders nothing of this section while its switch is off.'): Finding {
  return {
    severity: 'info',
    message: `${path} is set, but ${switchPath} is off, so the chart does not use it.`,
    why,
    fix: `Turn ${switchPath} on, or reset ${path}.`,
    params: [path, switchPath],
  };
}

/** The rule a chart lists: an info hint per parameter set under a switch that is off. */
export function switchedOffRule<V>({ doc, exempt = [] }: SwitchedOffOptions): Rule<V> {
  const exemptSet = new Set(exempt);
  return defineRule<V>(SWITCHED_OFF_ID, SWITCHED_OFF_TITLE, (ctx) =>
    switchedOffValues(ctx.userValues, ctx.values as Values, exemptSet).map((found) => switchedOffFinding(found)),
    { doc },
  );
}
