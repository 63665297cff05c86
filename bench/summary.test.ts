import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, meets, spread, summaryTable, verdict, type MeasuredRow } from './summary';
import { figures } from './stats';
import { eventTimingPerKey, typingKeys } from './typing';

const keystroke = (values: (number | undefined)[]): MeasuredRow => ({
  figure: 'keystroke to next paint',
  unit: 'ms',
  target: { text: 'p95 < 50 ms', limit: 50, compare: 'below' },
  runs: values.map((v) => (v === undefined ? undefined : { value: v, p50: v / 2 })),
});

describe('bench summary', () => {
  it('formats milliseconds with one decimal under 100 and separates thousands', () => {
    expect(formatNumber(7.25, 'ms')).toBe('7.3');
    expect(formatNumber(1234.4, 'ms')).toBe('1,234');
    expect(formatNumber(287.6, 'characters')).toBe('288');
    expect(formatNumber(NaN, 'ms')).toBe('—');
  });

  it('prints p50 / p95 in a run cell, and says when a run measured nothing', () => {
    expect(formatCell({ value: 40, p50: 12 }, 'ms')).toBe('12.0 / 40.0 ms');
    expect(formatCell({ value: 241 }, 'characters')).toBe('241 characters');
    expect(formatCell(undefined, 'ms')).toBe('not measured');
  });

  it('spreads the target statistic from the lowest to the highest run', () => {
    expect(spread(keystroke([44, 31.5, 60]))).toBe('31.5–60.0 ms');
    expect(spread(keystroke([44, 44]))).toBe('44.0 ms');
    expect(spread(keystroke([undefined]))).toBe('—');
  });

  it('holds "below" strictly and "at most" inclusively, with a run’s own limit first', () => {
    const below = { text: '', limit: 50, compare: 'below' as const };
    expect(meets({ value: 50 }, below)).toBe(false);
    expect(meets({ value: 49.9 }, below)).toBe(true);
    const helm = { text: '≤ helm', compare: 'at most' as const };
    expect(meets({ value: 90, limit: 90 }, helm)).toBe(true);
    expect(meets({ value: 91, limit: 90 }, helm)).toBe(false);
    expect(meets({ value: 91 }, helm)).toBeUndefined();
  });

  it('says yes, no, or in how many runs the target was met', () => {
    expect(verdict(keystroke([44, 31, 49]))).toBe('yes');
    expect(verdict(keystroke([51, 70]))).toBe('no');
    expect(verdict(keystroke([44, 70, 30]))).toBe('in 2 of 3 runs');
    expect(verdict(keystroke([44, undefined]))).toBe('yes (1 of 2 runs measured)');
    expect(verdict(keystroke([undefined]))).toBe('not measured');
    expect(verdict({ ...keystroke([10]), target: undefined })).toBe('');
  });

  it('lays the rows out as an aligned Markdown table with a column per run', () => {
    const table = summaryTable([keystroke([44, 70]), { figure: 'load average', cells: ['1.2 → 3.4', '3.4 → 2.0'] }], 2);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| figure +\| target +\| run 1 +\| run 2 +\| spread +\| met\? +\|$/);
    expect(lines[2]).toContain('| 22.0 / 44.0 ms | 35.0 / 70.0 ms | 44.0–70.0 ms | in 1 of 2 runs |');
    expect(lines[3]).toContain('| 1.2 → 3.4');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe('bench statistics', () => {
  it('takes nearest-rank percentiles: p95 of 60 samples is the third slowest', () => {
    const f = figures(Array.from({ length: 60 }, (_, i) => 60 - i));
    expect(f).toEqual({ p50: 31, p95: 58, max: 60, n: 60 });
    expect(figures([]).p95).toBeNaN();
  });
});

describe('bench typing', () => {
  it('only types keys that change the rendered name: letters and digits up to 40, Backspace down to 10', () => {
    const keys = typingKeys(100);
    let value = '';
    const lengths: number[] = [];
    for (const key of keys) {
      expect(key === 'Backspace' || /^[a-z0-9]$/.test(key)).toBe(true);
      value = key === 'Backspace' ? value.slice(0, -1) : value + key;
      lengths.push(value.length);
    }
    expect(Math.max(...lengths)).toBe(40);
    expect(Math.min(...lengths.slice(40))).toBe(10);
    expect(lengths.slice(0, 41).at(-1)).toBe(39);
  });

  it('gives each keystroke the longest event entry before the next keydown, none when unreported', () => {
    const starts = [100, 200, 300];
    const events = [
      { start: 100, duration: 24 },
      { start: 101, duration: 32 },
      { start: 150, duration: 16 },
      { start: 300.4, duration: 40 },
    ];
    expect(eventTimingPerKey(starts, events)).toEqual([32, undefined, 40]);
  });
});
