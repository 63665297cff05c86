// Parameters a stack binding writes: the form shows them as following the bound release,
// read-only, with a way to unbind. On a chart page there is no binding and nothing changes.
import { createContext, useContext } from 'react';

export interface BoundParam {
  /** The release the parameter follows. */
  provider: string;
  /** The binding point's title (e.g. "Redis engine"). */
  title: string;
  unbind(): void;
}

/** Bound parameter paths (as the binding point names them) -> what they follow. */
export type FieldBindings = ReadonlyMap<string, BoundParam>;

export const BindingsContext = createContext<FieldBindings | null>(null);

/** The binding a field belongs to: its own path or an ancestor path is bound. */
export function boundParamFor(bindings: FieldBindings | null, path: string): BoundParam | undefined {
  if (!bindings || bindings.size === 0) return undefined;
  for (const [param, bound] of bindings) {
    if (path === param || path.startsWith(`${param}.`) || path.startsWith(`${param}[`)) return bound;
  }
  return undefined;
}

export function useBoundParam(path: string): BoundParam | undefined {
  return boundParamFor(useContext(BindingsContext), path);
}
