// The fuzz script's properties with a small count, so CI runs them on every change
// (`npm run fuzz` runs 10^4 cases per input path).
import { describe, expect, it } from 'vitest';
import { fuzzTarget, loadTargets } from './inputTargets';

const RUNS = 200;
const { targets, loadError } = await loadTargets();

describe('fuzzing every input path', () => {
  it('loads every target, the command line included', () => {
    expect(loadError).toBeUndefined();
  });

  it.each(targets.map((t) => [t.name, t] as const))('%s: no exception, no case over 1 s, no pollution', (_, target) => {
    const report = fuzzTarget(target, RUNS);
    expect(report.failure).toBeUndefined();
    expect(report.cases).toBe(RUNS);
    // Both kinds of answer occur: the generators reach past the first check.
    expect(report.accepted).toBeGreaterThan(0);
    expect(report.refused).toBeGreaterThan(0);
  }, 120_000);
});
