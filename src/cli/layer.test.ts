import { describe, expect, it } from 'vitest';
import { layerValues } from './layer';

describe('layerValues', () => {
  it('merges maps, replaces lists and keeps nulls for the later coalesce', () => {
    const a = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const b = { a: { c: [3], e: null }, d: null };
    expect(layerValues(a, b)).toEqual({ a: { b: 1, c: [3], e: null }, d: null });
    expect(a).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
  });
});
