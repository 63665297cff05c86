// Registers public/sw.js in production builds, so the app works offline after the first visit.
// The dev server and tests get none (a worker caching dev modules would serve stale code).
import { whenIdle } from './state/idle';

/** The worker registers by then even if the page never went idle. */
const SW_IDLE_TIMEOUT_MS = 10_000;

/** Set by the build (vite.config.ts): changes with every build, so a new build installs a new worker. */
const BUILD_ID: unknown = import.meta.env.APP_BUILD;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof BUILD_ID !== 'string' || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`./sw.js?build=${encodeURIComponent(BUILD_ID)}`).catch(() => {
      // Without a worker the app still works online; nothing to tell the user.
    });
  };
  // Installing downloads every file of the build: once the page is idle, not while it is still
  // rendering (main.tsx calls this once a chart page's own files are in; see bench/openTrace.ts).
  const afterLoad = () => whenIdle(register, SW_IDLE_TIMEOUT_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
