// Keystroke figures, measured in the page while typing into a field of a chart page:
//  - update: the app's `configurator:update` measure (values changed -> preview text applied);
//  - paint: keydown -> the next frame painted (requestAnimationFrame, then a task: a task queued in
//    a frame's rAF runs after that frame is painted), whatever that frame shows;
//  - eventTiming: the browser's own Event Timing of the keystroke (keydown, keypress and keyup share
//    an interaction; its duration is from the keydown to the paint after its handlers, as INP counts
//    it). The API reports only durations of 16 ms and more (its floor), rounded to 8 ms: a keystroke
//    it does not report took under 16 ms and is counted as 16, an upper bound;
//  - repaint: keydown -> the frame in which the Monaco preview's DOM shows the new value. Monaco
//    writes its visible lines (`.view-lines`) in an animation frame; a MutationObserver sees that
//    write and queues a task, which runs once that frame is painted; the task then checks that a
//    visible line holds the field's new value as a whole word (so a frame still showing the old text,
//    or a longer earlier value, does not count).
// Every keystroke changes the rendered name: letters and digits only (helm's `trimSuffix "-"` would
// swallow a dash), typed up to 40 characters then taken back with Backspace to 10 and so on (the
// chart's `trunc 63` would swallow characters past 63).
import type { Page } from 'playwright-core';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SHORTEST = 10;
const LONGEST = 40;

/** The keys to press: characters while growing to LONGEST, Backspace while shrinking to SHORTEST. */
export function typingKeys(count: number): string[] {
  const keys: string[] = [];
  let length = 0;
  let growing = true;
  for (let i = 0; i < count; i++) {
    if (growing && length === LONGEST) growing = false;
    else if (!growing && length === SHORTEST) growing = true;
    if (growing) keys.push(ALPHABET[length++ % ALPHABET.length]);
    else {
      keys.push('Backspace');
      length--;
    }
  }
  return keys;
}

/** Event Timing's smallest reported duration: shorter interactions are not reported at all. */
export const EVENT_TIMING_FLOOR = 16;

// A string, not a function: tsx would wrap named functions in helpers the page lacks.
const PROBE = `(() => {
  const w = window;
  const keys = (w.__keys = []);
  const events = (w.__events = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId > 0) events.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: ${EVENT_TIMING_FLOOR} });
  const editor = w.__previewEditor;
  const view = editor && editor.getDomNode() && editor.getDomNode().querySelector('.view-lines');
  if (!view) throw new Error('the Monaco preview is not on the page');
  const shows = (value) => {
    const word = new RegExp('(^|[^A-Za-z0-9])' + value + '($|[^A-Za-z0-9])');
    for (const line of view.children) if (word.test(line.textContent)) return true;
    return false;
  };
  document.addEventListener('keydown', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement)) return;
    const before = input.value;
    const from = input.selectionStart ?? before.length;
    const to = input.selectionEnd ?? before.length;
    const expected = e.key === 'Backspace'
      ? (from === to ? before.slice(0, Math.max(0, from - 1)) : before.slice(0, from)) + before.slice(to)
      : before.slice(0, from) + e.key + before.slice(to);
    const key = { start: e.timeStamp, expected };
    keys.push(key);
    requestAnimationFrame(() => setTimeout(() => { key.paint = performance.now() - key.start; }, 0));
  }, true);
  new MutationObserver(() => {
    setTimeout(() => {
      const now = performance.now();
      for (let i = keys.length - 1; i >= 0; i--) {
        if (keys[i].repaint !== undefined || !shows(keys[i].expected)) continue;
        // This frame shows keystroke i, so it also shows the earlier ones still waiting (typed
        // before the previous frame's update ran, they were drawn together).
        for (let j = 0; j <= i; j++) if (keys[j].repaint === undefined) keys[j].repaint = now - keys[j].start;
        break;
      }
    }, 0);
  }).observe(view, { childList: true, subtree: true, characterData: true });
})()`;

interface KeyRecord {
  start: number;
  paint?: number;
  repaint?: number;
}

export interface TypingResult {
  update: number[];
  paint: number[];
  repaint: number[];
  eventTiming: number[];
  /** Keystrokes Event Timing did not report (under its floor, counted as the floor). */
  eventTimingUnderFloor: number;
  /** Keystrokes whose new value never showed in the preview's visible lines. */
  repaintMissing: number;
  /** Keystrokes whose preview frame came after their next painted frame (the preview lagged a frame or more). */
  repaintLate: number;
}

/** Each keystroke's interaction duration: the longest event entry between its keydown and the next. */
export function eventTimingPerKey(starts: readonly number[], events: readonly { start: number; duration: number }[]): (number | undefined)[] {
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? Infinity;
    const own = events.filter((e) => e.start >= start - 1 && e.start < end - 1).map((e) => e.duration);
    return own.length === 0 ? undefined : Math.max(...own);
  });
}

/** Types `keystrokes` keys (after `warmup` more) into the field `param` of the open chart page. */
export async function measureTyping(page: Page, param: string, keystrokes: number, warmup: number): Promise<TypingResult> {
  await page.waitForFunction(() => window.__previewEditor !== undefined, undefined, { timeout: 60_000 });
  const input = page.locator(`[data-param="${param}"] input`).first();
  await input.click();
  await input.press('End');
  await page.evaluate(PROBE);
  const keys = typingKeys(keystrokes + warmup);
  for (let i = 0; i < keys.length; i++) {
    if (i === warmup) {
      await page.evaluate(`performance.clearMeasures('configurator:update'); window.__keys.length = 0; window.__events.length = 0;`);
    }
    await page.keyboard.press(keys[i]);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  const raw = (await page.evaluate(`({
    update: performance.getEntriesByName('configurator:update').map((e) => e.duration),
    keys: window.__keys.map((k) => ({ start: k.start, paint: k.paint, repaint: k.repaint })),
    events: window.__events.slice(),
  })`)) as { update: number[]; keys: KeyRecord[]; events: { start: number; duration: number }[] };
  const timing = eventTimingPerKey(raw.keys.map((k) => k.start), raw.events);
  const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
  return {
    update: raw.update,
    paint: defined(raw.keys.map((k) => k.paint)),
    repaint: defined(raw.keys.map((k) => k.repaint)),
    eventTiming: timing.map((t) => t ?? EVENT_TIMING_FLOOR),
    eventTimingUnderFloor: timing.filter((t) => t === undefined).length,
    repaintMissing: raw.keys.filter((k) => k.repaint === undefined).length,
    // Both are read in tasks queued after a paint; over a millisecond apart means different frames.
    repaintLate: raw.keys.filter((k) => k.repaint !== undefined && k.paint !== undefined && k.repaint > k.paint + 1).length,
  };
}
