// Share links made with an earlier version of a chart keep opening (issue 12): the chart's earlier
// dictionaries are committed (npm run links:freeze) and loaded when a link names one of them.
import Type from 'typebox';
import { describe, expect, it, vi } from 'vitest';
import { charts } from '../charts';
import { decodeShareFragment, decodeShareLink, encodeShareLink, loadLinkDictionaries, type LinkChart } from './share';
import { chartDictionary, freezeDictionary, hashHex, thawDictionary, withCurrentFrozen, type FrozenLinkDictionaries } from './shareDictionary';
import { fakeChart, fakeSchema } from './testing/fakeChart';
import { validate } from './validate';

describe('the charts the app ships', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s has its current link dictionary frozen', async (id, chart) => {
    expect(chart.linkDictionaries, `${id} has no linkDictionaries hook`).toBeDefined();
    const frozen = await chart.linkDictionaries!();
    const current = hashHex(chartDictionary(chart.schema).hash);
    expect(
      Object.hasOwn(frozen, current),
      `The link dictionary of ${id} changed (its parameters or defaults did): run \`npm run links:freeze\` and commit src/charts/${id}/linkDictionaries.json, or links made now stop opening after the next change.`,
    ).toBe(true);
    for (const [hash, entry] of Object.entries(frozen)) {
      expect(thawDictionary(hash, entry), `${id}: frozen dictionary ${hash} no longer matches its hash (edited by hand?)`).toBeDefined();
    }
  });
});

// The chart as a later app version ships it: a parameter renamed, a default changed, one added.
const { extraArgs: _renamed, ...kept } = fakeSchema.properties;
const laterSchema = Type.Object(
  { ...kept, replicaCount: Type.Integer({ default: 2, minimum: 0 }), args: Type.Array(Type.String(), { default: [] }), debug: Type.Boolean({ default: false }) },
  { additionalProperties: false },
);

/** The later chart, whose committed file froze the earlier dictionary (the fake chart's) too. */
function laterChart(loader?: () => Promise<FrozenLinkDictionaries>): LinkChart {
  const earlier = withCurrentFrozen({}, fakeSchema, '1.0.0').dictionaries;
  const both = withCurrentFrozen(earlier, laterSchema, '1.1.0').dictionaries;
  return { id: 'fake', name: 'Fake', schema: laterSchema, linkDictionaries: loader ?? (async () => both) };
}

describe('a link made with an earlier dictionary', () => {
  const values = { replicaCount: 3, image: { tag: '2.0.0' }, extraArgs: ['--verbose'], podAnnotations: { team: 'a' } };
  const made = encodeShareLink({ chart: 'fake', values, release: { name: 'web', namespace: 'prod' } }, { includeSecrets: false, schema: fakeSchema }).fragment;

  it('differs from the current dictionary (else this test proves nothing)', () => {
    expect(chartDictionary(laterSchema).hash).not.toEqual(chartDictionary(fakeSchema).hash);
  });

  it('reads its values by path once the frozen dictionaries are loaded; a renamed parameter comes back as an unknown key', async () => {
    const chart = laterChart();
    expect(decodeShareFragment(made, chart)).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
    const loading = loadLinkDictionaries(made, chart);
    expect(loading).toBeInstanceOf(Promise);
    await loading;
    const decoded = decodeShareFragment(made, chart);
    expect(decoded).toMatchObject({ ok: true, state: { chart: 'fake', values, release: { name: 'web', namespace: 'prod' } } });
    if (!decoded.ok) return;
    // The old `extraArgs` is flagged as any unknown key is, and nothing else is wrong.
    const problems = validate({ ...fakeChart, schema: laterSchema }, decoded.state.values, { name: 'web', namespace: 'prod' }).problems;
    expect(problems.filter((p) => p.severity !== 'info').map((p) => [p.id, p.params])).toEqual([['unknown-key', ['extraArgs']]]);
  });

  it('decodeShareLink loads and reads in one call', async () => {
    expect(await decodeShareLink(made, laterChart())).toMatchObject({ ok: true, state: { values } });
  });

  it('a link made now needs nothing loaded: the loader is never called', async () => {
    const loader = vi.fn(async () => ({}));
    const chart = laterChart(loader);
    const now = encodeShareLink({ chart: 'fake', values: { debug: true, args: ['-v'] } }, { includeSecrets: false, schema: laterSchema }).fragment;
    expect(loadLinkDictionaries(now, chart)).toBeUndefined();
    expect(decodeShareFragment(now, chart)).toMatchObject({ ok: true, state: { values: { debug: true, args: ['-v'] } } });
    expect(await decodeShareLink(now, chart)).toMatchObject({ ok: true });
    expect(loader).not.toHaveBeenCalled();
  });

  it('is refused as "another version" when no frozen dictionary has its hash, or the loader fails or throws', async () => {
    const onlyLater = laterChart(async () => withCurrentFrozen({}, laterSchema).dictionaries);
    expect(await decodeShareLink(made, onlyLater)).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = laterChart(() => Promise.reject(new Error('offline')));
    expect(await decodeShareLink(made, failing)).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
    const throwing = laterChart(() => {
      throw new Error('no chunk');
    });
    expect(await decodeShareLink(made, throwing)).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
    const garbled = laterChart(async () => ({ [hashHex(chartDictionary(fakeSchema).hash)]: null }) as unknown as FrozenLinkDictionaries);
    expect(await decodeShareLink(made, garbled)).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
    expect(warn).toHaveBeenCalledTimes(2); // the two loaders that failed; a garbled entry is skipped
    // Not asked again: a caller that retries after the promise settles decodes at once.
    expect(loadLinkDictionaries(made, failing)).toBeUndefined();
    warn.mockRestore();
  });

  it('ignores a frozen entry whose data does not match its hash, never misreading values', async () => {
    const { hash, frozen } = freezeDictionary(fakeSchema);
    const tampered = { ...frozen, fields: [...frozen.fields].reverse() };
    const chart = laterChart(async () => ({ [hash]: tampered }));
    expect(thawDictionary(hash, tampered)).toBeUndefined();
    expect(await decodeShareLink(made, chart)).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
  });
});

describe('withCurrentFrozen', () => {
  it('adds a new dictionary, keeps the earlier ones and adds nothing twice', () => {
    const first = withCurrentFrozen({}, fakeSchema, '1.0.0');
    expect(first.added).toBe(hashHex(chartDictionary(fakeSchema).hash));
    const second = withCurrentFrozen(first.dictionaries, laterSchema, '1.1.0');
    expect(Object.keys(second.dictionaries)).toEqual([first.added, second.added]);
    expect(second.dictionaries[first.added!]).toEqual(first.dictionaries[first.added!]);
    const again = withCurrentFrozen(second.dictionaries, laterSchema, '1.2.0');
    expect(again.added).toBeUndefined();
    expect(again.dictionaries).toBe(second.dictionaries);
  });

  it('refuses to go on when the current hash is filed for other data', () => {
    const { hash, frozen } = freezeDictionary(fakeSchema);
    expect(() => withCurrentFrozen({ [hash]: { ...frozen, defaults: {} } }, fakeSchema)).toThrow(/does not match its hash/);
  });

  it('survives a JSON round trip (the committed file) with the same hash', () => {
    const { hash, frozen } = freezeDictionary(laterSchema, '1.1.0');
    const read = JSON.parse(JSON.stringify(frozen)) as typeof frozen;
    expect(hashHex(thawDictionary(hash, read)!.hash)).toBe(hash);
  });
});
