import { deflateSync } from 'fflate';
import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from './base64url';
import { MAX_VALUES_DEPTH } from './limits';
import { sha256Hex } from './sha256';
import { chartDictionary, entriesToValues, GENERAL_DICTIONARY, valuesToEntries } from './shareDictionary';
import { inflateBounded, MAX_INFLATED_BYTES, MAX_SECTIONS, newBudget, openSection, packSections, splitSections } from './sharePack';
import { pollutionReport } from './testing/pristine';
import { fakeSchema } from './testing/fakeChart';

const dictionary = chartDictionary(fakeSchema);
const indexOf = (path: string) => dictionary.indexOf.get(JSON.stringify(path.split('.')));

describe('the general dictionary', () => {
  it('is frozen: every format 2 link was packed against exactly these bytes', () => {
    // Changing it garbles links already shared. A new dictionary needs a new link format.
    expect(sha256Hex(GENERAL_DICTIONARY)).toBe('634702f9a9591a7bb3bdc5af9045854094990fb649086465bfe1f1ae4b2f2704');
  });
});

describe('chartDictionary', () => {
  it('lists the parameters in schema walk order, objects apart', () => {
    expect(dictionary.fields.slice(0, 4)).toEqual([['replicaCount'], ['image'], ['image', 'repository'], ['image', 'tag']]);
    expect(dictionary.objects.has(indexOf('image')!)).toBe(true);
    expect(dictionary.objects.has(indexOf('podAnnotations')!)).toBe(false);
  });

  it('has the same hash for the same chart, another when a parameter or default changes', () => {
    const again = Type.Object({ ...fakeSchema.properties }, { additionalProperties: false });
    expect(chartDictionary(again).hash).toEqual(dictionary.hash);
    const otherDefault = Type.Object({ ...fakeSchema.properties, replicaCount: Type.Integer({ default: 2 }) });
    expect(chartDictionary(otherDefault).hash).not.toEqual(dictionary.hash);
    const moreFields = Type.Object({ ...fakeSchema.properties, extra: Type.String({ default: '' }) });
    expect(chartDictionary(moreFields).hash).not.toEqual(dictionary.hash);
  });

  it('keeps within deflate’s 32 KiB window for a chart with huge defaults', () => {
    const huge = Type.Object({ blob: Type.String({ default: 'x'.repeat(100_000) }), replicaCount: Type.Integer({ default: 1 }) });
    const big = chartDictionary(huge);
    expect(big.deflate.length).toBe(32_768);
    expect(new TextDecoder().decode(big.deflate.subarray(0, 40))).toBe(GENERAL_DICTIONARY.slice(0, 40));
  });
});

describe('values as entries', () => {
  it('sends known parameters by index, descending only into objects with parameters', () => {
    const values = { image: { tag: '2' }, podAnnotations: { 'a.b/c': 'x' }, replicaCount: 3 };
    expect(valuesToEntries(values, dictionary)).toEqual([indexOf('image.tag'), '2', indexOf('podAnnotations'), { 'a.b/c': 'x' }, indexOf('replicaCount'), 3]);
  });

  it('keeps keys the chart does not know, nulls, empty maps and non-map values of objects', () => {
    const values = { unknown: { deep: [1, { a: null }] }, image: { extra: true, tag: null }, service: {}, auth: 'odd', 'dot.key': 1 };
    const entries = valuesToEntries(values, dictionary);
    expect(entries).toContainEqual([indexOf('image'), 'extra']);
    expect(entriesToValues(JSON.parse(JSON.stringify(entries)), dictionary, MAX_VALUES_DEPTH)).toEqual({ ok: true, values });
  });

  it('round-trips without a chart dictionary (paths only)', () => {
    const values = { a: { b: 1 }, replicaCount: 2 };
    const entries = valuesToEntries(values, undefined);
    expect(entries).toEqual([['a'], { b: 1 }, ['replicaCount'], 2]);
    expect(entriesToValues(entries, undefined, MAX_VALUES_DEPTH)).toEqual({ ok: true, values });
  });

  it('keeps __proto__, constructor and prototype as own keys, touching no prototype', () => {
    const entries = JSON.parse('[["__proto__","polluted"],1,[1,"__proto__"],{"tag":"evil"},["constructor","prototype"],{"x":1}]') as unknown[];
    const read = entriesToValues(entries, dictionary, MAX_VALUES_DEPTH);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.hasOwn(read.values, '__proto__')).toBe(true);
    expect(JSON.stringify(read.values)).toBe('{"__proto__":{"polluted":1},"image":{"__proto__":{"tag":"evil"}},"constructor":{"prototype":{"x":1}}}');
    expect(pollutionReport()).toBeUndefined();
  });

  it.each([
    ['not a list', { a: 1 }, /not a list/],
    ['an odd length', [0], /not a list/],
    ['an index out of range', [999, 1], /parameter 999/],
    ['a negative index', [-1, 1], /parameter -1/],
    ['a fractional index', [0.5, 1], /parameter 0.5/],
    ['an index only', [[0], 1], /no valid path/],
    ['a path with a number inside', [['a', 0], 1], /no valid path/],
    ['an empty path', [[], 1], /no valid path/],
    ['a path deeper than the cap', [Array.from({ length: MAX_VALUES_DEPTH + 1 }, () => 'a'), 1], /no valid path/],
    ['entries that disagree', [['a'], 1, ['a', 'b'], 2], /disagree about "a.b"/],
  ])('refuses %s', (_name, entries, message) => {
    const read = entriesToValues(entries, dictionary, MAX_VALUES_DEPTH);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(message);
  });
});

describe('sections', () => {
  it('round-trip, empty ones included, each with its dictionary', () => {
    const text = packSections([{ json: { a: 1 } }, {}, { json: [1, 'x'], dictionary }]);
    const split = splitSections(text);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    const budget = newBudget();
    expect(split.sections.map((s) => openSection(s, dictionary, budget))).toEqual([
      { ok: true, json: { a: 1 } },
      { ok: true, json: undefined },
      { ok: true, json: [1, 'x'] },
    ]);
    expect(split.sections[2].hash).toEqual(dictionary.hash);
  });

  it('refuse a chart section without the chart, or with another dictionary', () => {
    const split = splitSections(packSections([{ json: [0, 1], dictionary }]));
    if (!split.ok) throw new Error(split.error);
    expect(openSection(split.sections[0], undefined, newBudget())).toMatchObject({ ok: false, error: expect.stringMatching(/need the chart/) });
    const other = chartDictionary(Type.Object({ replicaCount: Type.Integer({ default: 5 }) }));
    expect(openSection(split.sections[0], other, newBudget())).toMatchObject({ ok: false, error: expect.stringMatching(/another version of this chart/) });
  });

  it.each([
    ['an unknown kind', new Uint8Array([7, 0]), /unknown kind/],
    ['a cut hash', new Uint8Array([1, 1]), /cut short/],
    ['a length past the end', new Uint8Array([0, 9, 1]), /cut short/],
    ['an endless length', new Uint8Array([0, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), /cut short/],
    ['too many parts', new Uint8Array(2 * (MAX_SECTIONS + 1)), /more than 128 parts/],
  ])('refuse %s', (_name, bytes, message) => {
    const split = splitSections(encodeBase64Url(bytes));
    expect(split).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('share one inflate budget, so many small bombs cannot add up', () => {
    const bomb = deflateSync(new Uint8Array(MAX_INFLATED_BYTES / 2 + 1), { level: 9 });
    const budget = newBudget();
    expect(inflateBounded(bomb, undefined, budget).length).toBe(MAX_INFLATED_BYTES / 2 + 1);
    expect(() => inflateBounded(bomb, undefined, budget)).toThrow(/more data/);
  });
});
