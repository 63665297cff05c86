import { describe, expect, it } from 'vitest';
import { findChart } from '../charts';
import { analyzeValuesText } from './importValues';
import { MAX_VALUES_DEPTH, MAX_YAML_TEXT } from './limits';
import { ALIAS_BOMB } from './testing/hostileSamples';
import { readValuesText } from './yaml';
import { loadYamlDocuments, loadYamlText, splitYamlDocuments } from './yamlText';

const values = (text: string) => {
  const r = readValuesText(text);
  return r.ok ? r.values : r.error;
};

describe('loadYamlText: the one reader and its caps', () => {
  it('refuses an alias bomb at once, as helm does', () => {
    const started = performance.now();
    const r = loadYamlText(ALIAS_BOMB);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ limit: true, message: expect.stringMatching(/^excessive aliasing/) });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a recursive alias', () => {
    const r = loadYamlText('a: &x [*x]\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/refers to itself/);
  });

  it('expands a few aliases into separate nodes', () => {
    const r = loadYamlText('base: &b {x: 1}\none: *b\ntwo: *b\n');
    expect(r).toEqual({ ok: true, value: { base: { x: 1 }, one: { x: 1 }, two: { x: 1 } } });
    const v = (r.ok ? r.value : {}) as Record<string, object>;
    expect(v.one).not.toBe(v.two);
  });

  it.each([
    ['flow lists', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow maps', (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
    ['block lists', (n: number) => `${'- '.repeat(n)}x`],
  ])('refuses %s nested deeper than the cap, quickly', (_, make) => {
    for (const n of [MAX_VALUES_DEPTH + 1, 5_000, 200_000]) {
      const started = performance.now();
      const r = loadYamlText(make(n));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toBe(`it nests deeper than ${MAX_VALUES_DEPTH} levels`);
      expect(performance.now() - started).toBeLessThan(500);
    }
    expect(loadYamlText(make(MAX_VALUES_DEPTH - 2)).ok).toBe(true);
  });

  it('refuses a text over the size cap without parsing it', () => {
    const r = loadYamlText(`a: "${'x'.repeat(MAX_YAML_TEXT)}"\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/larger than 5 MiB/);
  });

  it('keeps a __proto__ key as an own key that does not leak into its siblings', () => {
    const r = loadYamlText('__proto__:\n  image: {tag: evil}\nimage: {tag: real}\nother: {}\n');
    const v = (r.ok ? r.value : {}) as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect(v.image).toEqual({ tag: 'real' });
    expect(v.other.image).toBeUndefined();
    expect(({} as Record<string, unknown>).image).toBeUndefined();
  });

  it('loadYamlDocuments applies the same caps to every document', () => {
    expect(loadYamlDocuments('a: 1\n---\nb: 2\n')).toEqual({ ok: true, documents: [{ a: 1 }, { b: 2 }] });
    const r = loadYamlDocuments(`a: 1\n---\n${ALIAS_BOMB}`);
    expect(r.ok).toBe(false);
  });
});

describe('splitYamlDocuments: helm cuts a values file at --- lines', () => {
  it('cuts at --- followed by nothing, spaces or a comment', () => {
    const r = splitYamlDocuments('a: 1\n--- # c\nb: 2\n---   \nc: 3\n');
    expect(r.ok && r.chunks.map((c) => c.firstLine)).toEqual([1, 3, 5]);
  });
  it.each([['a: 1\n--- b: 2\n', 'b: 2'], ['a: 1\n----\nb: 2\n', '-']])('refuses %j like helm ("invalid Yaml document separator")', (text, rest) => {
    expect(splitYamlDocuments(text)).toEqual({ ok: false, error: { message: `invalid YAML document separator: ${rest}`, line: 2, column: 4 } });
  });
});

// Expected values are what helm v4.1.4 rendered for `toJson .Values` with these files as -f.
describe('readValuesText: multi-document values files as helm reads them', () => {
  it.each([
    ['a: 1\n---\nb: 2\n', { a: 1, b: 2 }],
    ['---\na: 1\n---\nb: 2\n', { a: 1, b: 2 }],
    ['a: 1\n---\na: 2\n', { a: 2 }],
    ['a: {x: 1, z: 3}\n---\na: {w: 2}\n', { a: { x: 1, z: 3, w: 2 } }],
    ['a: {x: 1}\n---\na: null\n', { a: null }],
    ['a: [1, 2]\n---\na: [3]\n', { a: [3] }],
    ['a: 1\n---\n', { a: 1 }],
    ['a: 1\n---\n~\n', { a: 1 }],
    ['a: 1\n---\n---\n---\nb: 2\n', { a: 1, b: 2 }],
    ['a: |\n  x\n---\nb: 2\n', { a: 'x\n', b: 2 }],
    ['a: 1\r\n---\r\nb: 2\r\n', { a: 1, b: 2 }],
    ['a: 1\na: 2\n---\nb: 2\n', { a: 2, b: 2 }],
    ['\n', {}],
  ])('%j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['a: 1\n---\n"str"\n', 3, 'A values file must be a map of keys at its top level.'],
    ['a: &x 1\n---\nb: *x\n', 3, undefined],
    ['a: 1\n---\nb: [\n', 4, undefined],
  ])('refuses %j like helm, at the line of the file', (text, line, message) => {
    const r = readValuesText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.line).toBe(line);
      if (message) expect(r.error.message).toBe(message);
    }
  });

  it('places repeated keys and problems of a later document at their lines in the file', () => {
    const r = readValuesText('a: 1\n---\nb: 1\nb: 2\n');
    expect(r.ok && r.duplicates).toEqual([{ path: 'b', line: 4, firstLine: 3 }]);
    const chart = findChart('centrifugo')!;
    const analyzed = analyzeValuesText(chart, 'replicaCount: 2\n---\nnotAKey: 1\n');
    expect(analyzed.values).toEqual({ replicaCount: 2, notAKey: 1 });
    expect(analyzed.problems.find((p) => p.id === 'unknown-key')).toMatchObject({ params: ['notAKey'], line: 3 });
  });

  it('says a capped text cannot be read rather than calling it a syntax error', () => {
    const analyzed = analyzeValuesText(findChart('centrifugo')!, ALIAS_BOMB);
    expect(analyzed.values).toBeUndefined();
    expect(analyzed.problems[0].message).toMatch(/^The YAML cannot be read: excessive aliasing/);
  });
});
