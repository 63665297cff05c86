// The one updater of a chart's values. Pure: (context, state, action) -> state.
import type { ChartModule, Release, Values } from '../../core/types';
import { depthExceeds } from '../../core/limits';
import { deepEqual, deleteAt, diffValues, getAt, mergeValues, setAt } from '../../core/values';
import type { Action } from './actions';

export interface ValuesState {
  /**
   * The user's own values, as in a values file. Normally the minimal diff against the chart
   * defaults; text typed in the YAML editor is kept as typed (so the editor is not rewritten under
   * the user's hands) until the next form change normalises it again.
   */
  userValues: Values;
  release: Release;
}

export interface ReducerContext {
  chart: ChartModule<Values>;
  /** defaultsFromSchema(chart.schema), computed once per chart. */
  defaults: Values;
}

function normalised(ctx: ReducerContext, merged: Values): Values {
  return diffValues(ctx.defaults, merged);
}

/** The same state object when nothing changed, so subscribers and autosave stay quiet. */
function withValues(state: ValuesState, userValues: Values): ValuesState {
  return deepEqual(state.userValues, userValues) ? state : { ...state, userValues };
}

/**
 * Values from links, files and storage are checked before they get here (depth cap); should a
 * value slip past, the state stays as it was rather than the page falling over.
 */
export function reduce(ctx: ReducerContext, state: ValuesState, action: Action): ValuesState {
  if (action.type === 'replaceValues' && depthExceeds(action.values)) return state;
  if (action.type === 'setValue' && depthExceeds(action.value)) return state;
  if (action.type === 'restoreHistory' && depthExceeds(action.state.userValues)) return state;
  try {
    return reduceChecked(ctx, state, action);
  } catch {
    return state;
  }
}

function reduceChecked(ctx: ReducerContext, state: ValuesState, action: Action): ValuesState {
  switch (action.type) {
    case 'setValue': {
      const merged = mergeValues(ctx.defaults, state.userValues);
      return withValues(state, normalised(ctx, setAt(merged, action.path, action.value)));
    }
    case 'resetValue': {
      const merged = mergeValues(ctx.defaults, state.userValues);
      const fallback = getAt(ctx.defaults, action.path);
      const next = fallback === undefined ? deleteAt(merged, action.path) : setAt(merged, action.path, fallback);
      return withValues(state, normalised(ctx, next));
    }
    case 'replaceValues':
      if (action.source === 'yaml-editor') return withValues(state, structuredClone(action.values));
      return withValues(state, normalised(ctx, mergeValues(ctx.defaults, action.values)));
    case 'applyPreset': {
      const preset = ctx.chart.presets.find((p) => p.id === action.id);
      if (!preset) return state;
      return withValues(state, normalised(ctx, mergeValues(ctx.defaults, preset.values)));
    }
    case 'setRelease': {
      const release = { ...state.release, ...action.release };
      return deepEqual(release, state.release) ? state : { ...state, release };
    }
    case 'resetAll':
      return withValues(state, {});
    case 'restoreHistory':
      return action.state;
  }
}
