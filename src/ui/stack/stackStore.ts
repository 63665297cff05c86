// The stack page's state: a list of releases, each with its own values store (the same store a
// chart page uses, so the form, the YAML editor and imports work unchanged), and the bindings
// between them. Everything else (the core Stack, its evaluation, each release's view of it) is
// derived here, once per change, and never stored twice.
import {
  consumersOf, evaluateStack, type ChartResolver, type Stack, type StackBinding, type StackEvaluation,
} from '../../core/bundle';
import type { Evaluation } from '../../core/evaluate';
import { DEFAULT_KUBE_VERSION } from '../../core/kube/versions';
import { cachedValidator } from '../../core/schemaValidator';
import type { ChartModule, Release, Values } from '../../core/types';
import { diffValues, getAt, mergeValues } from '../../core/values';
import { resetValue, setValue } from '../state/actions';
import { createValuesStore, type PageValuesStore, type ValuesStore } from '../state/store';

export interface StackEntry {
  /** Stable id for the page's lifetime (the release name can change). */
  id: string;
  chart: ChartModule<Values>;
  /** The release's own values store: name, namespace and the user's values. */
  store: PageValuesStore;
  /** The same store as the form sees it in the stack: bound values and the stack's problems. */
  view: ValuesStore;
  /** Releases (by name) to install first besides what bindings imply (from imports and links). */
  needs: string[];
}

/** A binding by entry id, so renaming a release keeps it. */
export interface BindingRef {
  consumer: string;
  point: string;
  provider: string;
}

export interface StackState {
  entries: readonly StackEntry[];
  bindings: readonly BindingRef[];
  selected: string | undefined;
}

export interface StackStore {
  getState(): StackState;
  /** Changes with every change of the stack or of any release's values. */
  getVersion(): number;
  subscribe(listener: () => void): () => void;
  /** The stack as the core sees it (names, normalised values, bindings by name). */
  toStack(): Stack;
  getEvaluation(): StackEvaluation;
  /** One release as its form and preview see it. */
  releaseEvaluation(id: string): Evaluation;
  entry(id: string | undefined): StackEntry | undefined;
  nameOf(id: string): string;
  idOf(name: string): string | undefined;
  add(chart: ChartModule<Values>, release: Release, values?: Values): string;
  remove(id: string): void;
  select(id: string): void;
  bind(consumer: string, point: string, provider: string): void;
  /** Ends a binding; the values it wrote stay as the release's own (now editable). */
  unbind(consumer: string, point: string): void;
  /** Replaces the whole stack; releases of unknown charts are left out (named in the result). */
  replace(stack: Stack, selectedName?: string): { leftOut: string[] };
  /** The Kubernetes version every release is checked against (the chart page's picker, shared). */
  getKubeVersion(): string;
  /** Checks again for another version; not a change of the stack (no undo step, nothing to save). */
  setKubeVersion(version: string): void;
  /** The problems again: Kubernetes validators that just loaded take part. */
  recheck(): void;
  dispose(): void;
}

const NO_RELEASE: Evaluation = { values: {}, problems: [], objects: [], yaml: '' };

export function createStackStore(resolveChart: ChartResolver, initial: Stack, selectedName?: string, options: { kubeVersion?: string } = {}): StackStore {
  let entries: StackEntry[] = [];
  let bindings: BindingRef[] = [];
  let selected: string | undefined;
  let state: StackState = { entries, bindings, selected };
  let version = 0;
  /** Bumped by data changes only (not by selection), so the evaluation is not redone needlessly. */
  let dataVersion = 0;
  /** Bumped with the data and by what changes the checks alone (the Kubernetes version, validators loaded). */
  let checkVersion = 0;
  let kubeVersion = options.kubeVersion ?? DEFAULT_KUBE_VERSION;
  /** Set while the release stores follow a new version, so that is not taken for a change of values. */
  let following = false;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const unsubscribers = new Map<string, () => void>();

  /** `recheck`: the evaluation is redone (data changes, or the checks alone); a selection keeps it. */
  const notify = (data: boolean, recheck = data) => {
    version++;
    if (data) dataVersion++;
    if (recheck) checkVersion++;
    state = { entries, bindings, selected };
    for (const listener of listeners) listener();
  };

  let stackCache: { at: number; stack: Stack } | undefined;
  let evaluationCache: { at: number; evaluation: StackEvaluation } | undefined;
  let releaseCache: { at: number; byId: Map<string, Evaluation> } | undefined;

  const nameOf = (id: string) => entries.find((e) => e.id === id)?.store.getState().release.name ?? '';

  function toStack(): Stack {
    if (stackCache?.at === dataVersion) return stackCache.stack;
    const stack: Stack = {
      releases: entries.map((e) => {
        const { release, userValues } = e.store.getState();
        // The store may hold YAML-editor text as typed; the stack gets the minimal diff.
        const values = diffValues(e.store.defaults, mergeValues(e.store.defaults, userValues));
        return { name: release.name, namespace: release.namespace, chart: e.chart.id, values, ...(e.needs.length > 0 ? { needs: e.needs } : {}) };
      }),
      bindings: bindings.map((b): StackBinding => ({ consumer: nameOf(b.consumer), point: b.point, provider: nameOf(b.provider) })),
    };
    stackCache = { at: dataVersion, stack };
    return stack;
  }

  function getEvaluation(): StackEvaluation {
    if (evaluationCache?.at === checkVersion) return evaluationCache.evaluation;
    const evaluation = evaluateStack(toStack(), resolveChart, { kubeVersion });
    evaluationCache = { at: checkVersion, evaluation };
    return evaluation;
  }

  function releaseEvaluation(id: string): Evaluation {
    if (releaseCache?.at !== checkVersion) releaseCache = { at: checkVersion, byId: new Map() };
    const cached = releaseCache.byId.get(id);
    if (cached) return cached;
    const entry = entries.find((e) => e.id === id);
    // A component of a release just removed may ask once more before it unmounts.
    if (!entry) return NO_RELEASE;
    const name = entry.store.getState().release.name;
    const evaluation = getEvaluation();
    // The core keeps the first release of a name; a later one with the same name is shown alone.
    const first = entries.find((e) => e.store.getState().release.name === name) === entry;
    const plan = first ? evaluation.plans.find((p) => p.release.name === name) : undefined;
    const base = plan?.evaluation ?? entry.store.getEvaluation();
    // The render failure is shown by the panels from renderError; the rest names this release.
    const problems = evaluation.problems.filter((p) => p.release === name && p.id !== 'render-failed');
    const result: Evaluation = { ...base, problems };
    releaseCache.byId.set(id, result);
    return result;
  }

  function makeEntry(chart: ChartModule<Values>, release: Release, values: Values, needs: string[] = []): StackEntry {
    const id = `r${nextId++}`;
    // The stack evaluates every release with ajv anyway (evaluateStack); compiled on first use.
    const store = createValuesStore(chart, { userValues: values, release }, { validate: (v) => cachedValidator(chart.schema).validate(v) }, { kubeVersion });
    const view: ValuesStore = {
      chart,
      defaults: store.defaults,
      getState: store.getState,
      dispatch: store.dispatch,
      onAction: store.onAction,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      getVersion: () => version,
      getEvaluation: () => releaseEvaluation(id),
      isSchemaCheckPending: store.isSchemaCheckPending,
    };
    unsubscribers.set(id, store.subscribe(() => {
      if (!following) notify(true);
    }));
    return { id, chart, store, view, needs };
  }

  function dropEntries(): void {
    for (const unsubscribe of unsubscribers.values()) unsubscribe();
    unsubscribers.clear();
  }

  function load(stack: Stack, selectedName?: string): { leftOut: string[] } {
    dropEntries();
    const leftOut: string[] = [];
    const next: StackEntry[] = [];
    for (const r of stack.releases) {
      const chart = resolveChart(r.chart) as ChartModule<Values> | undefined;
      if (!chart) {
        leftOut.push(r.name);
        continue;
      }
      next.push(makeEntry(chart, { name: r.name, namespace: r.namespace }, structuredClone(r.values), r.needs ?? []));
    }
    entries = next;
    const idByName = (name: string) => entries.find((e) => e.store.getState().release.name === name)?.id;
    bindings = stack.bindings
      .map((b) => ({ consumer: idByName(b.consumer), point: b.point, provider: idByName(b.provider) }))
      .filter((b): b is BindingRef => b.consumer !== undefined && b.provider !== undefined);
    selected = (selectedName !== undefined ? idByName(selectedName) : undefined) ?? entries[0]?.id;
    return { leftOut };
  }

  load(initial, selectedName);
  state = { entries, bindings, selected };

  return {
    getState: () => state,
    getVersion: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toStack,
    getEvaluation,
    releaseEvaluation,
    entry: (id) => (id === undefined ? undefined : entries.find((e) => e.id === id)),
    nameOf,
    idOf: (name) => entries.find((e) => e.store.getState().release.name === name)?.id,
    add(chart, release, values = {}) {
      const entry = makeEntry(chart, release, values);
      entries = [...entries, entry];
      selected = entry.id;
      notify(true);
      return entry.id;
    },
    remove(id) {
      const index = entries.findIndex((e) => e.id === id);
      if (index < 0) return;
      unsubscribers.get(id)?.();
      unsubscribers.delete(id);
      entries = entries.filter((e) => e.id !== id);
      bindings = bindings.filter((b) => b.consumer !== id && b.provider !== id);
      if (selected === id) selected = (entries[index] ?? entries[index - 1])?.id;
      notify(true);
    },
    select(id) {
      if (selected === id || !entries.some((e) => e.id === id)) return;
      selected = id;
      notify(false);
    },
    bind(consumer, point, provider) {
      bindings = [...bindings.filter((b) => !(b.consumer === consumer && b.point === point)), { consumer, point, provider }];
      notify(true);
    },
    unbind(consumer, point) {
      const entry = entries.find((e) => e.id === consumer);
      if (!entry) return;
      const name = entry.store.getState().release.name;
      const bound = getEvaluation().plans.find((p) => p.release.name === name)?.userValues;
      bindings = bindings.filter((b) => !(b.consumer === consumer && b.point === point));
      const spec = consumersOf(entry.chart).find((c) => c.point === point);
      if (bound && spec) {
        // Keep what the binding wrote, so nothing changes under the user's eyes; now editable.
        for (const param of spec.params) {
          const value = getAt(bound, param);
          entry.store.dispatch(value === undefined ? resetValue(param) : setValue(param, value));
        }
      }
      notify(true);
    },
    replace(stack, selectedName) {
      const result = load(stack, selectedName);
      notify(true);
      return result;
    },
    getKubeVersion: () => kubeVersion,
    setKubeVersion(next) {
      if (next === kubeVersion) return;
      kubeVersion = next;
      following = true;
      try {
        for (const e of entries) e.store.setKubeVersion(next);
      } finally {
        following = false;
      }
      notify(false, true);
    },
    recheck: () => notify(false, true),
    dispose: dropEntries,
  };
}
