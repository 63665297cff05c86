// The colour scheme in force (light or dark), for code outside React's tree: Monaco's theme is
// global to the page, so the editors follow this value rather than a prop.
import { DARK_CLASS } from './theme';

export type Scheme = 'light' | 'dark';

const listeners = new Set<(scheme: Scheme) => void>();

/** The scheme the page shows now: MUI marks dark with a class on <html>. */
export function currentScheme(): Scheme {
  return typeof document !== 'undefined' && document.documentElement.classList.contains(DARK_CLASS) ? 'dark' : 'light';
}

/** Calls `listener` whenever the page switches scheme; returns the unsubscribe. */
export function onSchemeChange(listener: (scheme: Scheme) => void): () => void {
  listeners.add(listener);
  ensureObserver();
  return () => listeners.delete(listener);
}

let observer: MutationObserver | undefined;
let last: Scheme | undefined;

function ensureObserver(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  last = currentScheme();
  observer = new MutationObserver(() => {
    const now = currentScheme();
    if (now === last) return;
    last = now;
    for (const listener of listeners) listener(now);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
}
