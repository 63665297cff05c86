// Link formats over time: links made before format 2 keep opening, format 2 is short for real
// configurations, names its chart dictionary and refuses to misread values of another chart version.
import { deflateSync } from 'fflate';
import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { charts, findChart } from '../charts';
import { stackPresets } from '../charts/stackPresets';
import { encodeBase64Url } from './base64url';
import { decodeStackFragment, encodeStackLink } from './bundle/stackLink';
import { decodeShareFragment, encodeShareLink, shareLinkOrigin } from './share';
import { chartDictionary } from './shareDictionary';
import { packSections } from './sharePack';
import { fakeChart, fakeSchema } from './testing/fakeChart';
import { pollutionReport } from './testing/pristine';
import type { Values } from './types';
import { defaultsFromSchema, diffValues, mergeValues } from './values';

const centrifugo = findChart('centrifugo')!;
const fake = { id: 'fake', schema: fakeSchema };

/** Links the format 1 encoder made (before format 2), kept byte for byte. */
const FORMAT_1 = {
  haRedis:
    '#/centrifugo?s=1.dVDLUsMwDPwXn0tfDK_cSrkwwCnDqdODaiuJpo5t_GjJMPl3pGZguHCSrF1pvfuldAcxq0ppdDlSU1qvZuoEtmBSFcPeNdRKh64lh9LlIXBVEQ0lJk-V52BMxMTtNKoWi0u96iFljNXt9d2DGsdRNoIlDVtfHEtfyyD5EvUkGfGDxfMkHwqfWy2XPQv12Ps4yHt9_0aKD1nqaSL-YjertWAMZh-89e1Qh4hgtt6lHIGc8He8AJ_1Ec-qWs3UuUP37hJkSg3BwYq7WndoisWNG84wsLqFA9oaLers40USsu5eZTq5D2F-LAeMDjOmOfmFg14u_UmW3e9nKnjzRCmWkMm7x2Ja5BQkYJE2qsqxILsltzkBsaz8Zy2OEuqIOT07bYsRZgM2MdVzClneu_9N75b7-Q_4goPaj98',
  release: '#/fake?s=1.HU07DsIwDL3LmyMY2LIhJo5hEletCHYUJyxVb8bGxXCYnt5_R1qpdUQs9GQEvKkMNsQdjWvZEt10iPuXgKr5KqKd-qbyj9DpcU7e_X5wHAHGqXG3u6QyMmfEhYpx8KXCZDwbQi9H2KrVzyazSmlKtWn2lR8',
  omitted: '#/fake?s=1.HYvBDYAgEAR72TexADqwBuPjhDMYEQx36IPQu8HXZDKZBheoKCx2OhkGD8XKAttAVcMgJ9oie1gtlXs3EHaFVebkYvUj7BSFDfJ1qA5f_ne6SeTNxWPtHw',
  secrets: '#/fake?s=1.Fco7DoAgEEXRvbyaypIduIwJjCGRoJmPFmT2Lla3uGeiNBJDxkEnI-Gh7qzIE-TW_t6k-l5Sl2k-jGVDRIJyETbdR-leeV0T5_gA',
  stack:
    '#/stack?s=1.lY-xDoMwDET_xTNqK0bWTv0GxGASA1FDEsUJDIh_b0wk9o5nn9-dD4hkCZkYuv4AhytBBwrVQtBckgMqmYXodRmpBWMqcsKvODa0WW6FE6xR-PbZlX17ns2N22n8E2ZWnIvvgIRz2bePFxQgOCItRa_7Z205nEMDo3HauLk-obzjvFK8k4M30qlU1IZFR78ZfRkqQxBMKlLij1M2a9LQTWiZGvCrSUl0X80d5rQ8AjLvPuoS_wM',
  opened:
    '#/open.podinfo?s=1.TY09DsMgDEbv4hkRtUMrsXbqAXoACk5iidgIQ5eIuxeGSl2_n_dOCLsvFRxIRrZZIvEqYODjU0MFd0LBnCj4hzQeu6uBRjM-UNVvOJ47Qe8GFEPBqk8OqUWM4FafFA1IoY14Xtgfc_8nwaIko4ObvdvLSIZMXiVNaq1Z3bJoxdVzLhI9243q3t6WZPlBev8C',
};

/** The stack both formats' stack links were made from: its secret (cache's password) left out and listed. */
const STACK_DECODED = {
  ok: true, secretsIncluded: false, omittedSecrets: ['cache:auth.password'],
  stack: {
    releases: [
      { name: 'cache', namespace: 'prod', chart: 'fake', values: { replicaCount: 2 } },
      { name: 'web', namespace: 'prod', chart: 'fake', values: { image: { tag: '2.0' } }, needs: ['prod/cache'] },
    ],
    bindings: [{ consumer: 'web', point: 'redis', provider: 'cache' }],
  },
};

const haValues = (): Values => {
  const defaults = defaultsFromSchema(centrifugo.schema);
  return diffValues(defaults, mergeValues(defaults, centrifugo.presets.find((p) => p.id === 'ha-redis')!.values));
};

describe('format 1 links keep opening', () => {
  it('the Centrifugo HA configuration, with or without the chart at hand', () => {
    const expected = {
      ok: true,
      state: { chart: 'centrifugo', values: haValues() },
      secretsIncluded: false,
      omittedSecrets: ['topologySpreadConstraints[0].topologyKey'],
    };
    // Format 1 left out what looked like a secret; the rest is the preset.
    delete ((expected.state.values.topologySpreadConstraints as Values[])[0] as Values).topologyKey;
    expect(decodeShareFragment(FORMAT_1.haRedis, centrifugo)).toEqual(expected);
    expect(decodeShareFragment(FORMAT_1.haRedis)).toEqual(expected);
  });

  it('a release, omitted secrets, included secrets and a chart origin', () => {
    expect(decodeShareFragment(FORMAT_1.release, fake)).toEqual({
      ok: true, state: { chart: 'fake', release: { name: 'shop', namespace: 'prod' }, values: { replicaCount: 3, podAnnotations: { 'a.b/c': 'ü' } } },
      secretsIncluded: false, omittedSecrets: [],
    });
    expect(decodeShareFragment(FORMAT_1.omitted)).toEqual({ ok: true, state: { chart: 'fake', values: { auth: { enabled: true } } }, secretsIncluded: false, omittedSecrets: ['auth.password'] });
    expect(decodeShareFragment(FORMAT_1.secrets)).toEqual({ ok: true, state: { chart: 'fake', values: { auth: { password: 'hunter2' } } }, secretsIncluded: true, omittedSecrets: [] });
    const origin = { name: 'podinfo', version: '6.7.1', repoUrl: 'https://stefanprodan.github.io/podinfo' };
    expect(decodeShareFragment(FORMAT_1.opened)).toEqual({ ok: true, state: { chart: 'open.podinfo', origin, values: { replicaCount: 2, ui: { message: 'hi' } } }, secretsIncluded: false, omittedSecrets: [] });
    expect(shareLinkOrigin(FORMAT_1.opened)).toEqual(origin);
  });

  it('a stack, its secret left out and listed', () => {
    expect(decodeStackFragment(FORMAT_1.stack)).toEqual(STACK_DECODED);
  });
});

/** Format 2 links made when it was introduced: they must keep opening too (dictionary frozen, fake chart unchanged). */
const FORMAT_2 = {
  chart: '#/fake?s=2.ACZDKp_gTRBgUxlUYSD3gcBFB6gDhOg7AVtwGXoFwLwHLKFSgAkLAAHYUCAwizbQMQZCJSOgA3SiQX4FSQObr4Y6wNY3MCHpJekDG5FKh_cAzYsGuSofKAnydywA',
  stack: '#/stack?s=2.AEbD3kFLTgSGI1o3CFp6wHpqaYnZoGQP1wLsjxKhAal7B5LWh1iEt6MHMRhPXw9iBsgIpJ4dWNAK2MrM0CsAlg_AUjQFaA0AAAqLjkbVFqtjFAsAABKLjoa2q2KBfTVIi8lIzwCYygA',
};

describe('format 2 links made before keep opening', () => {
  it('a chart link with a release, an unknown key, an open map and a secret left out', () => {
    expect(decodeShareFragment(FORMAT_2.chart, fake)).toEqual({
      ok: true,
      state: { chart: 'fake', release: { name: 'shop', namespace: 'prod' }, values: { replicaCount: 3, image: { tag: '2.0', extra: 1 }, podAnnotations: { 'a.b/c': 'ü' }, typo: true } },
      secretsIncluded: false,
      omittedSecrets: ['auth.password'],
    });
  });

  it('a stack link', () => {
    expect(decodeStackFragment(FORMAT_2.stack)).toEqual(STACK_DECODED);
  });
});

describe('format 2', () => {
  const base = 'https://example.org/app';

  it('packs the Centrifugo HA configuration into a link under 300 characters, secrets in or out', () => {
    for (const includeSecrets of [false, true]) {
      const { fragment } = encodeShareLink({ chart: 'centrifugo', values: haValues() }, { includeSecrets, schema: centrifugo.schema });
      const url = `${base}/${fragment}`;
      expect(url.length, url).toBeLessThan(300);
      const decoded = decodeShareFragment(fragment, centrifugo);
      expect(decoded.ok).toBe(true);
      if (decoded.ok && includeSecrets) expect(decoded.state.values).toEqual(haValues());
    }
  });

  it('makes every preset of every chart shorter than format 1 would, and reads it back', () => {
    for (const chart of charts) {
      const defaults = defaultsFromSchema(chart.schema);
      for (const preset of chart.presets) {
        const values = diffValues(defaults, mergeValues(defaults, preset.values));
        const { fragment } = encodeShareLink({ chart: chart.id, values }, { includeSecrets: true, schema: chart.schema });
        const payload = JSON.stringify({ chart: chart.id, values, secretsIncluded: true });
        const format1 = `#/${chart.id}?s=1.${encodeBase64Url(deflateSync(new TextEncoder().encode(payload), { level: 9 }))}`;
        expect(fragment.length, `${chart.id}/${preset.id}`).toBeLessThan(format1.length);
        expect(decodeShareFragment(fragment, chart), `${chart.id}/${preset.id}`).toMatchObject({ ok: true, state: { chart: chart.id, values } });
      }
    }
  });

  it('needs the chart for the values, not for the header', () => {
    const origin = { name: 'podinfo', version: '6.7.1' };
    const { fragment } = encodeShareLink({ chart: 'open.podinfo', origin, values: { replicaCount: 2 } }, { includeSecrets: false, schema: fakeSchema });
    expect(decodeShareFragment(fragment)).toEqual({ ok: false, error: expect.stringMatching(/need the chart/) });
    expect(shareLinkOrigin(fragment)).toEqual(origin);
    expect(decodeShareFragment(fragment, { id: 'open.podinfo', schema: fakeSchema })).toMatchObject({ ok: true, state: { origin, values: { replicaCount: 2 } } });
  });

  it('refuses values made for another version of the chart instead of misreading them', () => {
    const { fragment } = encodeShareLink({ chart: 'fake', values: { replicaCount: 2 } }, { includeSecrets: false, schema: fakeSchema });
    const newer = Type.Object({ ...fakeSchema.properties, extra: Type.Boolean({ default: false }) });
    expect(decodeShareFragment(fragment, { id: 'fake', schema: newer })).toEqual({ ok: false, error: expect.stringMatching(/another version of this chart/) });
  });

  it('says which chart a link is for when opened on another one', () => {
    const { fragment } = encodeShareLink({ chart: 'fake', values: { replicaCount: 2 } }, { includeSecrets: false, schema: fakeSchema });
    expect(decodeShareFragment(fragment, centrifugo)).toEqual({ ok: false, error: 'The link holds settings for "fake", not Centrifugo.' });
    expect(decodeShareFragment(fragment, { id: 'other', schema: fakeSchema })).toEqual({ ok: false, error: 'The link holds settings for "fake", not "other".' });
  });

  it('carries keys the chart does not know, and nulls that delete a default', () => {
    const values = { typo: { x: 1 }, image: { tag: null, extra: 'y' }, '__proto__': 1 };
    const { fragment } = encodeShareLink({ chart: 'fake', values: JSON.parse(JSON.stringify(values)) as Values }, { includeSecrets: false, schema: fakeSchema });
    const decoded = decodeShareFragment(fragment, fake);
    expect(decoded.ok && JSON.stringify(decoded.state.values)).toBe(JSON.stringify(values));
  });
});

describe('format 2 stack links', () => {
  it('are shorter than format 1 for every stack preset, and read back without the charts', () => {
    for (const { id, stack } of stackPresets) {
      const { fragment } = encodeStackLink(stack, { includeSecrets: true, resolveChart: findChart });
      expect(fragment, id).toMatch(/^#\/stack\?s=2\./);
      const format1 = `#/stack?s=1.${encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify({ ...stack, secretsIncluded: true })), { level: 9 }))}`;
      expect(fragment.length, id).toBeLessThan(format1.length);
      expect(decodeStackFragment(fragment), id).toMatchObject({ ok: true, stack });
    }
  });

  const stackLink = (sections: Parameters<typeof packSections>[0]) => `#/stack?s=2.${packSections(sections)}`;
  const header = (n: number) => ({ json: { releases: Array.from({ length: n }, (_, i) => ({ name: `r${i}`, namespace: 'd', chart: 'fake' })), bindings: [] } });

  it.each([
    ['fewer value parts than releases', () => stackLink([header(2), { json: [] }]), /does not describe a stack/],
    ['more releases than a stack holds', () => stackLink([header(101), ...Array.from({ length: 101 }, () => ({}))]), /at most 100/],
    ['values that nest too deep', () => stackLink([header(1), { json: [['a'], JSON.parse(`${'['.repeat(120)}${']'.repeat(120)}`) as unknown] }]), /deeper than 100/],
    ['values packed with a chart dictionary', () => stackLink([header(1), { json: [], dictionary: chartDictionary(fakeSchema) }]), /need the chart/],
  ])('refuse %s', (_name, make, message) => {
    expect(decodeStackFragment(make())).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('keep prototype keys inert', () => {
    const json = JSON.parse('{"__proto__":{"secretsIncluded":true},"releases":[{"name":"a","namespace":"d","chart":"fake","__proto__":{"x":1}}],"bindings":[{"__proto__":{"consumer":"a"}}]}') as unknown;
    const decoded = decodeStackFragment(stackLink([{ json }, { json: JSON.parse('[["__proto__"],{"polluted":1}]') as unknown }]));
    expect(decoded).toMatchObject({ ok: true, secretsIncluded: false, stack: { bindings: [] } });
    expect(decoded.ok && Object.hasOwn(decoded.stack.releases[0].values, '__proto__')).toBe(true);
    expect(pollutionReport()).toBeUndefined();
  });
});

describe('format 2 against crafted links', () => {
  const dictionary = chartDictionary(fakeChart.schema);
  const link = (sections: Parameters<typeof packSections>[0]) => `#/fake?s=2.${packSections(sections)}`;

  it('keeps the depth cap on values', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 150; i++) deep = { a: deep };
    expect(decodeShareFragment(link([{}, { json: [['x'], deep], dictionary }]), fake)).toEqual({ ok: false, error: expect.stringMatching(/deeper than 100/) });
  });

  it('keeps prototype keys inert in the header and the values', () => {
    const header = JSON.parse('{"__proto__":{"secretsIncluded":true},"release":{"name":"a","namespace":"b","__proto__":{"x":1}}}') as unknown;
    const entries = JSON.parse('[["__proto__"],{"polluted":1},["constructor"],{"prototype":{"x":1}}]') as unknown;
    const decoded = decodeShareFragment(link([{ json: header }, { json: entries, dictionary }]), fake);
    expect(decoded).toMatchObject({ ok: true, secretsIncluded: false, state: { release: { name: 'a', namespace: 'b' } } });
    expect(decoded.ok && Object.hasOwn(decoded.state.values, '__proto__')).toBe(true);
    expect(pollutionReport()).toBeUndefined();
  });

  it.each([
    ['one section only', () => link([{}]), /does not describe/],
    ['three sections', () => link([{}, { json: [], dictionary }, {}]), /does not describe/],
    ['a header that is a list', () => link([{ json: [] }, { json: [], dictionary }]), /does not describe/],
    ['values that are not entries', () => link([{}, { json: { a: 1 }, dictionary }]), /not a list of entries/],
    ['an unknown parameter index', () => link([{}, { json: [9999, 1], dictionary }]), /parameter 9999/],
    ['a header using a chart dictionary', () => link([{ json: {}, dictionary }, { json: [], dictionary }]), /need the chart/],
    ['a bad release', () => link([{ json: { release: { name: 1 } } }, { json: [], dictionary }]), /release/],
    ['garbage bytes', () => `#/fake?s=2.${encodeBase64Url(new Uint8Array([0, 3, 0xff, 0xff, 0xff, 0]))}`, /unpacked|damaged/],
  ])('refuses %s', (_name, make, message) => {
    expect(decodeShareFragment(make(), fake)).toEqual({ ok: false, error: expect.stringMatching(message) });
  });
});
