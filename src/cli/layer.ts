// Layers user-supplied values the way helm does before it meets the chart defaults: later files win,
// maps merge, lists and scalars replace, and nulls are KEPT (they delete a chart default only when
// the layered result is coalesced with the defaults in core/values).
import type { Values } from '../core/types';

function isMap(v: unknown): v is Values {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function layerValues(base: Values, override: Values): Values {
  const out: Values = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const prev = out[key];
    out[key] = isMap(prev) && isMap(value) ? layerValues(prev, value) : value;
  }
  return out;
}
