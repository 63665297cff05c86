// Jumping to a field from elsewhere (problems panel): the form opens the field's section, then the
// field is scrolled into view, focused and briefly highlighted.
export interface FieldNavigator {
  reveal(path: string): void;
  onReveal(listener: (path: string) => void): () => void;
}

export function createFieldNavigator(): FieldNavigator {
  const listeners = new Set<(path: string) => void>();
  return {
    reveal(path) {
      for (const listener of listeners) listener(path);
    },
    onReveal(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const HIGHLIGHT_CLASS = 'field-highlight';

function fieldElement(path: string): HTMLElement | null {
  const escaped = CSS.escape(path);
  return (
    document.querySelector<HTMLElement>(`[data-param="${escaped}"]`) ??
    document.querySelector<HTMLElement>(`[data-param-heading="${escaped}"]`) ??
    // The release name and namespace (problem params `.Release.Name`, `.Release.Namespace`).
    document.querySelector<HTMLElement>(`[data-release-param="${escaped}"]`)
  );
}

/** Scrolls to the field, focuses its first input and highlights it; false when it is not on the page. */
export function focusField(path: string): boolean {
  const element = fieldElement(path);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'auto' });
  const input = element.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select, button, [tabindex]:not([tabindex="-1"])');
  input?.focus({ preventScroll: true });
  element.classList.remove(HIGHLIGHT_CLASS);
  // Restart the animation when the same field is revealed twice in a row.
  void element.offsetWidth;
  element.classList.add(HIGHLIGHT_CLASS);
  window.setTimeout(() => element.classList.remove(HIGHLIGHT_CLASS), 1800);
  return true;
}
