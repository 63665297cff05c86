// The page messages of a workspace (chart or stack): a later message with the same id replaces the
// earlier one, so a repeated warning shows once, at its newest wording.
import { useCallback, useState } from 'react';
import type { PageMessage } from '../state/opening';

function upsert(list: readonly PageMessage[], added: readonly PageMessage[]): PageMessage[] {
  const ids = new Set(added.map((m) => m.id));
  return [...list.filter((m) => !ids.has(m.id)), ...added];
}

export function usePageMessages(initial: readonly PageMessage[]) {
  const [messages, setMessages] = useState<PageMessage[]>(() => [...initial]);
  const sayAll = useCallback((added: readonly PageMessage[]) => setMessages((prev) => upsert(prev, added)), []);
  const say = useCallback((message: PageMessage) => sayAll([message]), [sayAll]);
  const dismiss = useCallback((id: string) => setMessages((prev) => prev.filter((m) => m.id !== id)), []);
  /** After "Restore my previous …": the link message gives way to a note that the work is back. */
  const restored = useCallback(
    (message: PageMessage, text: string) =>
      setMessages((prev) => upsert(prev.filter((x) => x.id !== message.id), [{ id: 'link', severity: 'info', text }])),
    [],
  );
  return { messages, say, sayAll, dismiss, restored };
}
