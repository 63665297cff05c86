// Reading Chromium traces for the bench scripts: the events, and each complete event's own CPU time
// (its thread time minus that of the events nested in it), which stays true on a loaded machine.
import { readFileSync } from 'node:fs';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

export function readTraceEvents(path: string): TraceEvent[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** Complete events of one thread with their own CPU time in ms (thread time minus their children's). */
export function selfCpu(events: TraceEvent[]): { event: TraceEvent; self: number }[] {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: { event: TraceEvent; self: number }[] = [];
  const stack: { event: TraceEvent; self: number }[] = [];
  for (const event of complete) {
    while (stack.length > 0 && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= event.ts) stack.pop();
    const entry = { event, self: (event.tdur ?? 0) / 1000 };
    const parent = stack.at(-1);
    if (parent) parent.self -= entry.self;
    stack.push(entry);
    out.push(entry);
  }
  return out;
}
