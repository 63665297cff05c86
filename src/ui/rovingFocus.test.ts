import { describe, expect, it } from 'vitest';
import { rovingTarget } from './rovingFocus';

describe('roving focus in a list', () => {
  it('moves by one within the list and stops at its ends', () => {
    expect(rovingTarget('ArrowDown', 0, 3)).toBe(1);
    expect(rovingTarget('ArrowDown', 2, 3)).toBe(2);
    expect(rovingTarget('ArrowUp', 2, 3)).toBe(1);
    expect(rovingTarget('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps to the first and last entry', () => {
    expect(rovingTarget('Home', 2, 5)).toBe(0);
    expect(rovingTarget('End', 1, 5)).toBe(4);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(rovingTarget('Enter', 1, 3)).toBeUndefined();
    expect(rovingTarget('ArrowLeft', 1, 3)).toBeUndefined();
    expect(rovingTarget('ArrowDown', 0, 0)).toBeUndefined();
    expect(rovingTarget('End', 0, 0)).toBeUndefined();
  });
});
