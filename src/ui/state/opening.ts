// What opening a chart page does with saved work and a share link, as a plan the page carries out:
// the state to start from, the named actions to dispatch, and the messages to show.
import { decodeShareFragment } from '../../core/share';
import { DEFAULT_RELEASE, type ChartModule, type Values } from '../../core/types';
import { deepEqual } from '../../core/values';
import { replaceValues, setRelease, type Action } from './actions';
import type { LoadResult } from './persistence';
import { secretsNotRestoredText } from './secretStorage';
import type { ValuesState } from './reducer';

export interface PageMessage {
  id: string;
  severity: 'error' | 'warning' | 'info' | 'success';
  text: string;
  /** Values the user can bring back (what a share link replaced). */
  restore?: Values;
}

/** How many secret paths a message names before it counts the rest. */
const LISTED_SECRETS = 20;

/** Tells the person who opened a link which secrets it left out, so they set them again. */
export function omittedSecretsMessage(paths: readonly string[], where = 'This link'): PageMessage | undefined {
  if (paths.length === 0) return undefined;
  const shown = paths.slice(0, LISTED_SECRETS).join(', ');
  const more = paths.length > LISTED_SECRETS ? ` and ${paths.length - LISTED_SECRETS} more` : '';
  const n = paths.length;
  return {
    id: 'link-omitted-secrets',
    severity: 'warning',
    text: `${where} left out ${n} secret${n === 1 ? '' : 's'} (passwords, tokens, keys, credentials in addresses); set ${n === 1 ? 'it' : 'them'} again: ${shown}${more}.`,
  };
}

export function initialState(saved: LoadResult): { state: ValuesState; messages: PageMessage[] } {
  if (saved.kind === 'loaded') {
    const omitted = saved.omittedSecrets ?? [];
    return { state: saved.state, messages: omitted.length > 0 ? [{ id: 'storage-secrets', severity: 'warning', text: secretsNotRestoredText(omitted) }] : [] };
  }
  const state: ValuesState = { userValues: {}, release: { ...DEFAULT_RELEASE } };
  if (saved.kind === 'ignored') return { state, messages: [{ id: 'storage', severity: 'warning', text: saved.message }] };
  return { state, messages: [] };
}

/** The actions and messages for a share link opened on `chart` while `current` holds the user's work. */
export function shareLinkPlan(
  chart: ChartModule<Values>,
  fragment: string,
  current: ValuesState,
): { actions: Action[]; messages: PageMessage[] } {
  const decoded = decodeShareFragment(fragment, chart);
  if (!decoded.ok) {
    const kept = Object.keys(current.userValues).length > 0 ? 'Showing your saved values instead.' : 'Showing the chart defaults instead.';
    return { actions: [], messages: [{ id: 'link', severity: 'error', text: `This share link could not be opened: ${decoded.error} ${kept}` }] };
  }
  if (decoded.state.chart !== chart.id) {
    return { actions: [], messages: [{ id: 'link', severity: 'error', text: `This share link holds settings for "${decoded.state.chart}", not ${chart.name}.` }] };
  }
  const actions: Action[] = [replaceValues(decoded.state.values, 'link')];
  if (decoded.state.release) actions.push(setRelease(decoded.state.release));
  const messages: PageMessage[] = [];
  const replaced = Object.keys(current.userValues).length > 0 && !deepEqual(current.userValues, decoded.state.values);
  messages.push({
    id: 'link',
    severity: 'success',
    text: `Opened a shared ${chart.name} configuration.${replaced ? ' It replaced the values you had here.' : ''}`,
    restore: replaced ? current.userValues : undefined,
  });
  if (decoded.secretsIncluded) {
    messages.push({ id: 'link-secrets', severity: 'warning', text: 'This link contains secrets (passwords, tokens or keys) the sender chose to include. Treat it like a password.' });
  }
  if (decoded.releaseDropped) {
    messages.push({ id: 'link-release', severity: 'warning', text: `The link's release name or namespace was left out (${decoded.releaseDropped}); the values are applied with your release.` });
  }
  const omitted = omittedSecretsMessage(decoded.omittedSecrets);
  if (omitted) messages.push(omitted);
  return { actions, messages };
}
