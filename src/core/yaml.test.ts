import { describe, it, expect } from 'vitest';
import { dumpYaml, parseYamlText, yamlPathLocator } from './yaml';

describe('dumpYaml', () => {
  it('writes block style with quoted look-alike strings', () => {
    expect(dumpYaml({ a: 'true', b: 1, c: ['x'], d: {} })).toBe('a: "true"\nb: 1\nc:\n  - x\nd: {}\n');
  });
  it('never folds long lines', () => {
    const long = 'word '.repeat(60).trim();
    expect(dumpYaml({ long }).trim().split('\n')).toHaveLength(1);
  });
  it('writes repeated objects out instead of using anchors', () => {
    const shared = { k: 'v' };
    const text = dumpYaml({ a: shared, b: shared });
    expect(text).not.toContain('&');
    expect(text).not.toContain('*');
  });
  it('keeps insertion order of keys', () => {
    expect(dumpYaml({ z: 1, a: 2 })).toBe('z: 1\na: 2\n');
  });
  it('leaves undefined properties out', () => {
    expect(dumpYaml({ a: undefined, b: 1 })).toBe('b: 1\n');
  });
});

describe('parseYamlText', () => {
  it('parses a document', () => {
    expect(parseYamlText('a:\n  b: [1, 2]\n')).toEqual({ ok: true, value: { a: { b: [1, 2] } } });
  });
  it('reports a syntax error at its 1-based line', () => {
    const result = parseYamlText('a: 1\nb:\n  c: 1\n d: 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.line).toBe(4);
      expect(result.error.column).toBeGreaterThanOrEqual(1);
      expect(result.error.message).toMatch(/indentation/);
    }
  });
  it.each(['', '# only a comment\n', '---\n  \n'])('reads an empty document %j as null', (text) => {
    expect(parseYamlText(text)).toEqual({ ok: true, value: null });
  });
  it('reports duplicate keys', () => {
    const result = parseYamlText('a: 1\na: 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(2);
  });
  it('keeps the last of a repeated key, whole, when asked to read like helm', () => {
    const text = ['redis:', '  master:', '    persistence: {size: 8Gi}', '  auth: {enabled: true}', '  master:', '    resources: {}', 'x: 1'].join('\n');
    expect(parseYamlText(text, { duplicateKeys: 'last-wins' })).toEqual({
      ok: true,
      value: { redis: { master: { resources: {} }, auth: { enabled: true } }, x: 1 },
      duplicates: [{ path: 'redis.master', line: 5, firstLine: 2 }],
    });
  });
  it('names repeated keys inside lists, under dotted keys and repeated more than twice', () => {
    const text = ['hosts:', '  - host: a', '    host: b', 'ann:', '  x.y/z: "1"', '  x.y/z: "2"', '  x.y/z: "3"'].join('\n');
    const result = parseYamlText(text, { duplicateKeys: 'last-wins' });
    expect(result.ok && result.value).toEqual({ hosts: [{ host: 'b' }], ann: { 'x.y/z': '3' } });
    expect(result.ok && result.duplicates).toEqual([
      { path: 'hosts[0].host', line: 3, firstLine: 2 },
      { path: 'ann.x\\.y/z', line: 7, firstLine: 5 },
    ]);
  });
  it('has no duplicates entry when every key is unique', () => {
    expect(parseYamlText('a: 1\nb: {a: 2}\n', { duplicateKeys: 'last-wins' })).toEqual({ ok: true, value: { a: 1, b: { a: 2 } } });
  });
});

describe('yamlPathLocator', () => {
  const text = [
    'replicaCount: 2', // 1
    'ingress:', // 2
    '  annotations:', // 3
    '    nginx.ingress.kubernetes.io/rewrite-target: /', // 4
    '  hosts:', // 5
    '    - host: a.example', // 6
    '      paths:', // 7
    '        - /x', // 8
    '    - host: b.example', // 9
  ].join('\n');
  const locate = yamlPathLocator(text);

  it('finds top-level and nested keys', () => {
    expect(locate('replicaCount')).toEqual({ line: 1, column: 1 });
    expect(locate('ingress.hosts')).toEqual({ line: 5, column: 3 });
  });
  it('finds keys with escaped dots', () => {
    expect(locate('ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/rewrite-target')?.line).toBe(4);
  });
  it('finds list items and keys inside them', () => {
    expect(locate('ingress.hosts[1].host')?.line).toBe(9);
    expect(locate('ingress.hosts[0].paths[0]')?.line).toBe(8);
    expect(locate('ingress.hosts[1]')?.line).toBe(9);
  });
  it('follows the last occurrence of a repeated key', () => {
    expect(yamlPathLocator('a:\n  b: 1\na:\n  c: 2\n')('a.c')).toEqual({ line: 4, column: 3 });
  });
  it('gives undefined for paths the text does not hold', () => {
    expect(locate('ingress.tls')).toBeUndefined();
    expect(locate('ingress.hosts[5]')).toBeUndefined();
    expect(locate('replicaCount.x')).toBeUndefined();
  });
});
