// What the stack page keeps and restores, free of React: the saved stack in localStorage, the plan
// for a stack link, release names, and the "all releases" manifests text.
import { decodeStackFragment, type ChartResolver, type Stack, type StackBinding, type StackEvaluation, type StackRelease } from '../../core/bundle';
import type { ChartModule, Values } from '../../core/types';
import { depthExceeds, MAX_STACK_RELEASES } from '../../core/limits';
import { isMap } from '../../core/values';
import { omittedSecretsMessage, type PageMessage } from '../state/opening';
import type { KeyValueStorage } from '../state/persistence';
import { storableValues } from '../state/secretStorage';

/** One key for the stack, beside the per-chart keys (`chart-configurator:v1:<chart>`). */
export const STACK_STORAGE_KEY = 'chart-configurator:v1:stack';
const FORMAT = 1;

export const EMPTY_STACK: Stack = { releases: [], bindings: [] };

export interface SavedStack {
  stack: Stack;
  /** Name of the release that was open. */
  selected?: string;
  /** Secrets (`release:path`) the last save left out (kept in memory only), to be set again. */
  omittedSecrets?: string[];
}

export type StackLoadResult = { kind: 'empty' } | { kind: 'loaded'; saved: SavedStack } | { kind: 'ignored'; message: string };

const isString = (v: unknown): v is string => typeof v === 'string';

function readRelease(v: unknown): StackRelease | undefined {
  // Saved values are as untrusted as a link's: too deep a tree makes the release unreadable.
  if (!isMap(v) || !isString(v.name) || !isString(v.namespace) || !isString(v.chart) || !isMap(v.values) || depthExceeds(v.values)) return undefined;
  const needs = Array.isArray(v.needs) ? v.needs.filter(isString) : [];
  return { name: v.name, namespace: v.namespace, chart: v.chart, values: v.values, ...(needs.length > 0 ? { needs } : {}) };
}

function readBinding(v: unknown): StackBinding | undefined {
  return isMap(v) && isString(v.consumer) && isString(v.point) && isString(v.provider) ? { consumer: v.consumer, point: v.point, provider: v.provider } : undefined;
}

export function loadSavedStack(storage: KeyValueStorage | undefined): StackLoadResult {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(STACK_STORAGE_KEY) : null;
  } catch {
    return { kind: 'ignored', message: 'The browser does not allow reading the saved stack (storage blocked); starting with an empty stack.' };
  }
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'ignored', message: 'Your saved stack could not be read (damaged data) and was ignored.' };
  }
  if (!isMap(parsed) || parsed.format !== FORMAT || !Array.isArray(parsed.releases)) {
    return { kind: 'ignored', message: 'Your saved stack is in a form this version does not know and was ignored.' };
  }
  if (parsed.releases.length > MAX_STACK_RELEASES) return { kind: 'ignored', message: `Your saved stack holds more than ${MAX_STACK_RELEASES} releases and was ignored.` };
  const releases = parsed.releases.map(readRelease);
  if (releases.some((r) => r === undefined)) return { kind: 'ignored', message: 'Your saved stack has releases this version cannot read and was ignored.' };
  const bindings = (Array.isArray(parsed.bindings) ? parsed.bindings : []).map(readBinding).filter((b): b is StackBinding => b !== undefined);
  const selected = isString(parsed.selected) ? parsed.selected : undefined;
  const omitted = Array.isArray(parsed.omitted) ? parsed.omitted.filter(isString).slice(0, 200) : [];
  return {
    kind: 'loaded',
    saved: { stack: { releases: releases as StackRelease[], bindings }, ...(selected ? { selected } : {}), ...(omitted.length > 0 ? { omittedSecrets: omitted } : {}) },
  };
}

/**
 * Returns an error message when the browser refused to store. With `secretsOf` (memory-only
 * secrets), each release is saved without the secrets of its chart, which are listed instead.
 */
export function saveStack(storage: KeyValueStorage | undefined, saved: SavedStack, secretsOf?: ChartResolver): string | undefined {
  if (!storage) return undefined;
  try {
    const omitted: string[] = [];
    const releases = saved.stack.releases.map((r) => {
      const stored = storableValues(r.values, secretsOf?.(r.chart)?.schema);
      omitted.push(...stored.omitted.map((p) => `${r.name}:${p}`));
      return { ...r, values: stored.values };
    });
    storage.setItem(STACK_STORAGE_KEY, JSON.stringify({ format: FORMAT, releases, bindings: saved.stack.bindings, selected: saved.selected, ...(omitted.length > 0 ? { omitted } : {}) }));
    return undefined;
  } catch (e) {
    return `The stack could not be saved in this browser (${e instanceof Error ? e.message : String(e)}). Download the bundle to keep it.`;
  }
}

/** What opening a stack link does: the stack to show and what to tell the user. */
export function stackLinkPlan(fragment: string, current: Stack): { stack?: Stack; messages: PageMessage[] } {
  const decoded = decodeStackFragment(fragment);
  if (!decoded.ok) {
    const kept = current.releases.length > 0 ? 'Showing your saved stack instead.' : 'Start a stack below instead.';
    return { messages: [{ id: 'link', severity: 'error', text: `This stack link could not be opened: ${decoded.error} ${kept}` }] };
  }
  const replaced = current.releases.length > 0 && JSON.stringify(current) !== JSON.stringify(decoded.stack);
  const names = decoded.stack.releases.map((r) => r.name).join(', ') || 'no releases';
  const messages: PageMessage[] = [{
    id: 'link',
    severity: 'success',
    text: `Opened a shared stack (${names}).${replaced ? ' It replaced the stack you had here.' : ''}`,
    ...(replaced ? { restore: { stack: current } } : {}),
  }];
  if (decoded.secretsIncluded) {
    messages.push({ id: 'link-secrets', severity: 'warning', text: 'This link contains secrets (passwords, tokens or keys) the sender chose to include. Treat it like a password.' });
  }
  const omitted = omittedSecretsMessage(decoded.omittedSecrets);
  if (omitted) messages.push(omitted);
  return { stack: decoded.stack, messages };
}

/** The stack a "restore" message carries (see stackLinkPlan). */
export function restoredStack(restore: Values | undefined): Stack | undefined {
  const stack = restore?.stack;
  return isMap(stack) && Array.isArray(stack.releases) && Array.isArray(stack.bindings) ? (stack as unknown as Stack) : undefined;
}

/** `base`, or `base-2`, `base-3`... : the first name no release of the stack has. */
export function uniqueReleaseName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** Releases whose chart the configurator does not know, as one sentence (undefined when none). */
export function unknownChartsMessage(stack: Stack, resolve: (id: string) => ChartModule<Values> | undefined): string | undefined {
  const unknown = stack.releases.filter((r) => !resolve(r.chart));
  if (unknown.length === 0) return undefined;
  return `Left out ${unknown.map((r) => `release "${r.name}" (chart "${r.chart}")`).join(', ')}: the configurator does not know ${unknown.length > 1 ? 'those charts' : 'that chart'}.`;
}

/** Every release's manifests in install order, each under a header naming the release. */
export function allManifestsText(evaluation: StackEvaluation): string {
  return evaluation.plans
    .map((plan) => {
      const header = `# ==== Release ${plan.release.name}: ${plan.chart.name} ${plan.chart.version}, namespace ${plan.release.namespace} ====\n`;
      const body = plan.evaluation.renderError
        ? `# The chart could not be rendered with these values:\n# ${plan.evaluation.renderError.replace(/\n/g, '\n# ')}\n`
        : plan.evaluation.yaml;
      return header + body;
    })
    .join('\n');
}
