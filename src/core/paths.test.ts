import { describe, it, expect } from 'vitest';
import { formatPath, parsePath } from './paths';

describe('parsePath', () => {
  it('splits keys and list indexes', () => {
    expect(parsePath('a.b[0].c')).toEqual(['a', 'b', 0, 'c']);
  });
  it('reads nested indexes', () => {
    expect(parsePath('matrix[1][2]')).toEqual(['matrix', 1, 2]);
  });
  it('keeps escaped dots inside a key', () => {
    expect(parsePath('ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/x')).toEqual([
      'ingress',
      'annotations',
      'nginx.ingress.kubernetes.io/x',
    ]);
  });
  it('treats a non-numeric bracket as part of the key', () => {
    expect(parsePath('a[x]')).toEqual(['a[x]']);
  });
  it('gives no segments for the empty path', () => {
    expect(parsePath('')).toEqual([]);
  });
});

describe('formatPath', () => {
  it('joins keys and indexes', () => {
    expect(formatPath(['a', 'b', 0, 'c'])).toBe('a.b[0].c');
  });
  it('escapes dots in keys', () => {
    expect(formatPath(['nodeSelector', 'kubernetes.io/role'])).toBe('nodeSelector.kubernetes\\.io/role');
  });
  it.each([
    [['a', 'b.c', 2, 'd']],
    [['weird\\key', 'x[1]']],
    [[0, 'top']],
  ])('round-trips %j', (segs) => {
    expect(parsePath(formatPath(segs))).toEqual(segs);
  });
});
