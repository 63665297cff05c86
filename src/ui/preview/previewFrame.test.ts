import { describe, expect, it } from 'vitest';
import { rememberPlainTopLine, takePlainTopLine, topLineAt } from './previewFrame';

describe('the line Monaco opens at after the plain preview', () => {
  it('is the first line the plain text showed at its top', () => {
    expect(topLineAt(0)).toBe(1);
    expect(topLineAt(17, 18)).toBe(1);
    expect(topLineAt(18, 18)).toBe(2);
    expect(topLineAt(180, 18)).toBe(11);
    expect(topLineAt(Number.NaN)).toBe(1);
    expect(topLineAt(-40)).toBe(1);
  });

  it('is handed over once: a later preview starts at the top', () => {
    rememberPlainTopLine(360);
    expect(takePlainTopLine()).toBe(21);
    expect(takePlainTopLine()).toBe(1);
  });
});
