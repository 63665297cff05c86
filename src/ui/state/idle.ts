// Work a page can do once it is on screen and the main thread is free: loading the Monaco preview,
// compiling the schema validator. A chart page's first seconds belong to its form (the first
// fields, then the rest in a transition); these wait until that is done.

/** Past this, the task runs even if the page never went idle (a busy machine, a hidden tab). */
const DEFAULT_TIMEOUT_MS = 1500;

/** Runs `task` once the main thread is idle (or after `timeoutMs`). Returns a cancel function. */
export function whenIdle(task: () => void, timeoutMs = DEFAULT_TIMEOUT_MS): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  // Without idle callbacks (Safari): let the pending frames and tasks go first.
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
