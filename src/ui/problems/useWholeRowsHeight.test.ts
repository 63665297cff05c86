import { describe, expect, it } from 'vitest';
import { wholeRowsHeight } from './useWholeRowsHeight';

describe('problems list height', () => {
  it('ends at a row boundary within the budget', () => {
    expect(wholeRowsHeight([120, 140, 90], 300)).toBe(260);
    expect(wholeRowsHeight([120, 140, 90], 259)).toBe(120);
  });

  it('shows a first row taller than the budget whole', () => {
    expect(wholeRowsHeight([400, 50], 300)).toBe(400);
  });

  it('needs no cap when every row fits, or there are none', () => {
    expect(wholeRowsHeight([100, 100], 300)).toBeUndefined();
    expect(wholeRowsHeight([], 300)).toBeUndefined();
  });
});
