// The values store of one chart page: state, the one dispatch, subscriptions, and what is derived
// from the state (evaluation, values.yaml text), each computed once per state.
// The schema validator (ajv) may arrive after the store is made: loading ajv and compiling a chart
// schema is the largest single task of opening a chart, so the chart page paints first and sets
// the validator once it is idle.
import { evaluateWith, recheckWith, type Evaluation } from '../../core/pipeline';
import type { SchemaValidator } from '../../core/schemaValidator';
import type { ChartModule, Values } from '../../core/types';
import { defaultsFromSchema } from '../../core/values';
import { DEFAULT_KUBE_VERSION } from '../../core/kube/versions';
import type { Action } from './actions';
import { reduce, type ReducerContext, type ValuesState } from './reducer';

export const UPDATE_MARK = 'configurator:update:start';
export const UPDATE_MEASURE = 'configurator:update';

export interface ValuesStore {
  readonly chart: ChartModule<Values>;
  readonly defaults: Values;
  getState(): ValuesState;
  /**
   * Changes whenever anything a subscriber may read changes (the state here; in a stack also
   * the other releases, since bindings and cross-release problems depend on them).
   */
  getVersion(): unknown;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
  /** validate -> render -> YAML of the current state (memoised per state). */
  getEvaluation(): Evaluation;
  /** Called with every action after it changed the state (autosave, logging). */
  onAction(listener: (action: Action, state: ValuesState) => void): () => void;
  /** True while no schema validator is set: the problems hold the chart's rules only. */
  isSchemaCheckPending(): boolean;
  /** The Kubernetes version the objects are checked against (chart pages; absent: core/kube's default). */
  getKubeVersion?(): string;
}

/** A chart page's store: its schema validator can be set after it was made. */
export interface PageValuesStore extends ValuesStore {
  /** Checks the values against the schema from now on; subscribers hear of the new problems. */
  setSchemaValidator(validator: SchemaValidator): void;
  getKubeVersion(): string;
  /** Checks (and, for charts opened at run time, renders) for another Kubernetes version from now on. */
  setKubeVersion(version: string): void;
  /** The problems again for the same objects: Kubernetes validators that just loaded take part. */
  recheck(): void;
}

/** Stands in until the validator is set: no schema issues (the chart's rules still run). */
const NO_SCHEMA_CHECK: SchemaValidator = { validate: () => [] };

function markUpdateStart(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(UPDATE_MARK);
}

function clearUpdateMark(): void {
  if (typeof performance !== 'undefined' && typeof performance.clearMarks === 'function') performance.clearMarks(UPDATE_MARK);
}

/**
 * Closes the `configurator:update` measure opened by dispatch, once; for previews that are not
 * Monaco (the plain fallback while Monaco loads). Best effort: timing never breaks the page.
 */
export function measureUpdate(): void {
  try {
    if (performance.getEntriesByName(UPDATE_MARK, 'mark').length === 0) return;
    performance.measure(UPDATE_MEASURE, UPDATE_MARK);
    performance.clearMarks(UPDATE_MARK);
  } catch {
    // ignore
  }
}

/** `validator` checks values against the chart schema; without it, call setSchemaValidator later. */
export function createValuesStore(
  chart: ChartModule<Values>,
  initial: ValuesState,
  validator?: SchemaValidator,
  options: { kubeVersion?: string } = {},
): PageValuesStore {
  const ctx: ReducerContext = { chart, defaults: defaultsFromSchema(chart.schema) };
  let state = initial;
  let schemaValidator = validator;
  let kubeVersion = options.kubeVersion ?? DEFAULT_KUBE_VERSION;
  /** Changes with the state and when the validator arrives (both change what subscribers read). */
  let version = 0;
  let evaluated: { state: ValuesState; evaluation: Evaluation } | undefined;
  const listeners = new Set<() => void>();
  const actionListeners = new Set<(action: Action, state: ValuesState) => void>();
  const notify = () => {
    version++;
    for (const listener of listeners) listener();
  };
  // Only the problems change: the objects and the manifest text stay the same objects, so the
  // preview has nothing to redo.
  const recheckProblems = () => {
    if (!evaluated) return;
    const problems = recheckWith(chart, state.userValues, state.release, schemaValidator ?? NO_SCHEMA_CHECK, evaluated.evaluation.objects, { kubeVersion });
    evaluated = { state, evaluation: { ...evaluated.evaluation, problems } };
  };

  return {
    chart,
    defaults: ctx.defaults,
    getState: () => state,
    getVersion: () => version,
    dispatch(action) {
      markUpdateStart();
      const next = reduce(ctx, state, action);
      if (next === state) {
        clearUpdateMark();
        return;
      }
      state = next;
      version++;
      for (const listener of actionListeners) listener(action, state);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onAction(listener) {
      actionListeners.add(listener);
      return () => actionListeners.delete(listener);
    },
    getEvaluation() {
      if (evaluated?.state !== state) {
        evaluated = { state, evaluation: evaluateWith(chart, state.userValues, state.release, schemaValidator ?? NO_SCHEMA_CHECK, { kubeVersion }) };
      }
      return evaluated.evaluation;
    },
    isSchemaCheckPending: () => schemaValidator === undefined,
    setSchemaValidator(next) {
      if (schemaValidator === next) return;
      schemaValidator = next;
      recheckProblems();
      notify();
    },
    getKubeVersion: () => kubeVersion,
    setKubeVersion(next) {
      if (next === kubeVersion) return;
      kubeVersion = next;
      // A chart the engine renders may print another manifest for another version
      // (.Capabilities.KubeVersion); our own renderers do not read it, so only the checks change.
      if (chart.renderText) evaluated = undefined;
      else recheckProblems();
      notify();
    },
    recheck() {
      recheckProblems();
      notify();
    },
  };
}

/** Saves after `delayMs` of quiet; flush() saves at once (page hide). Returns a stop function too. */
export function autosave(
  store: ValuesStore,
  save: (state: ValuesState) => void,
  delayMs: number,
): { flush(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending) {
      pending = false;
      save(store.getState());
    }
  };
  const unsubscribe = store.onAction(() => {
    pending = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return {
    flush,
    stop() {
      flush();
      unsubscribe();
    },
  };
}
