// Hash routes: `#/` the chart picker, `#/<chart>` a chart, `#/<chart>?s=...` a share link,
// `#/stack` the stack page and `#/stack?s=...` a stack link.
import { useSyncExternalStore } from 'react';

/**
 * The stack page's path: core/bundle's STACK_ROUTE, which stack links are made with (a test keeps
 * the two equal). Written here so the first page does not load the bundle code for one word.
 */
export const STACK_ROUTE = 'stack';

/** The page that opens any chart (a dropped folder or .tgz, or one from a repository). */
export const OPEN_ROUTE = 'open';
export const OPEN_HREF = `#/${OPEN_ROUTE}`;

export type Route =
  | { kind: 'picker' }
  | { kind: 'chart'; chartId: string; /** The whole fragment when it carries a query (a share link). */ share?: string }
  | { kind: 'stack'; /** The whole fragment when it carries a query (a stack link). */ share?: string };

export function parseRoute(hash: string): Route {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const path = fragment.startsWith('/') ? fragment.slice(1) : fragment;
  const q = path.indexOf('?');
  const rawId = (q < 0 ? path : path.slice(0, q)).replace(/\/+$/, '');
  if (rawId === '') return { kind: 'picker' };
  let chartId = rawId;
  try {
    chartId = decodeURIComponent(rawId);
  } catch {
    // Keep the raw text; the page will say no chart has that id.
  }
  const query = q < 0 ? '' : path.slice(q + 1);
  if (rawId === STACK_ROUTE) return query === '' ? { kind: 'stack' } : { kind: 'stack', share: `#${fragment}` };
  return query === '' ? { kind: 'chart', chartId } : { kind: 'chart', chartId, share: `#${fragment}` };
}

export function chartHref(chartId: string): string {
  return `#/${encodeURIComponent(chartId)}`;
}

export const STACK_HREF = `#/${STACK_ROUTE}`;

/** Replaces the fragment without a navigation or history entry (after a share link was applied). */
export function replaceHash(hash: string): void {
  const url = `${location.pathname}${location.search}${hash}`;
  history.replaceState(history.state, '', url);
  // replaceState fires no hashchange; tell our subscribers ourselves.
  window.dispatchEvent(new Event('app:hashreplaced'));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('app:hashreplaced', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('app:hashreplaced', onChange);
  };
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash, () => '');
}
