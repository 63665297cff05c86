// The page messages of a workspace (chart or stack): a later message with the same id replaces the
// earlier one, so a repeated warning shows once, at its newest wording. Confirmations ("Downloaded
// ...", "Applied the preset ...") clear themselves after a while so they do not pile up; warnings,
// errors and messages that offer to restore work stay until dismissed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageMessage } from '../state/opening';

/** How long a confirmation stays on screen. */
export const TRANSIENT_MS = 8000;

/** Messages that only confirm what the person just did. */
export function isTransient(message: PageMessage): boolean {
  return (message.severity === 'success' || message.severity === 'info') && message.restore === undefined;
}

function upsert(list: readonly PageMessage[], added: readonly PageMessage[]): PageMessage[] {
  const ids = new Set(added.map((m) => m.id));
  return [...list.filter((m) => !ids.has(m.id)), ...added];
}

export function usePageMessages(initial: readonly PageMessage[]) {
  const [messages, setMessages] = useState<PageMessage[]>(() => [...initial]);
  const timers = useRef(new Map<PageMessage, ReturnType<typeof setTimeout>>());
  const sayAll = useCallback((added: readonly PageMessage[]) => setMessages((prev) => upsert(prev, added)), []);
  const say = useCallback((message: PageMessage) => sayAll([message]), [sayAll]);
  const dismiss = useCallback((id: string) => setMessages((prev) => prev.filter((m) => m.id !== id)), []);
  /** After "Restore my previous …": the link message gives way to a note that the work is back. */
  const restored = useCallback(
    (message: PageMessage, text: string) =>
      setMessages((prev) => upsert(prev.filter((x) => x.id !== message.id), [{ id: 'link', severity: 'info', text }])),
    [],
  );

  // One timer per shown confirmation; a replaced or dismissed message loses its timer.
  useEffect(() => {
    const live = timers.current;
    for (const [message, timer] of live) {
      if (!messages.includes(message)) {
        clearTimeout(timer);
        live.delete(message);
      }
    }
    for (const message of messages) {
      if (!isTransient(message) || live.has(message)) continue;
      live.set(message, setTimeout(() => {
        live.delete(message);
        setMessages((prev) => prev.filter((m) => m !== message));
      }, TRANSIENT_MS));
    }
  }, [messages]);
  useEffect(() => {
    const live = timers.current;
    return () => {
      for (const timer of live.values()) clearTimeout(timer);
      live.clear();
    };
  }, []);

  return { messages, say, sayAll, dismiss, restored };
}
