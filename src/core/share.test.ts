import { describe, it, expect } from 'vitest';
import { deflateSync } from 'fflate';
import Type from 'typebox';
import { encodeBase64Url } from './base64url';
import { decodeShareFragment, encodeShareLink, MAX_FRAGMENT_LENGTH } from './share';
import { fakeSchema } from './testing/fakeChart';

const schema = Type.Object({
  ...fakeSchema.properties,
  config: Type.Object({ name: Type.Optional(Type.String()) }, { additionalProperties: true, default: {} }),
});
/** The chart the links of these tests are opened with (format 2 values need its dictionary). */
const chart = { id: 'fake', schema };

function fragmentOf(json: string, version = '1'): string {
  return `#/fake?s=${version}.${encodeBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;
}

describe('encodeShareLink / decodeShareFragment', () => {
  it('round-trips chart, release and values', () => {
    const state = { chart: 'fake', release: { name: 'shop', namespace: 'prod' }, values: { replicaCount: 3, podAnnotations: { 'a.b/c': 'ü' } } };
    const { fragment, omittedSecrets } = encodeShareLink(state, { includeSecrets: false, schema });
    expect(fragment).toMatch(/^#\/fake\?s=2\.[A-Za-z0-9_-]+$/);
    expect(omittedSecrets).toEqual([]);
    expect(decodeShareFragment(fragment, chart)).toEqual({ ok: true, state, secretsIncluded: false, omittedSecrets: [] });
  });

  it('accepts the fragment without its leading #', () => {
    const { fragment } = encodeShareLink({ chart: 'fake', values: {} }, { includeSecrets: false, schema });
    expect(decodeShareFragment(fragment.slice(1), chart)).toMatchObject({ ok: true, state: { chart: 'fake', values: {} } });
  });

  it('accepts a hand-typed fragment without the slash, or with a trailing one', () => {
    const state = { chart: 'fake', values: { replicaCount: 2 } };
    const { fragment } = encodeShareLink(state, { includeSecrets: false, schema });
    const query = fragment.slice(fragment.indexOf('?'));
    for (const typed of [`#fake${query}`, `fake${query}`, `#/fake/${query}`]) {
      expect(decodeShareFragment(typed, chart), typed).toEqual({ ok: true, state, secretsIncluded: false, omittedSecrets: [] });
    }
    expect(decodeShareFragment(`#/${query}`)).toMatchObject({ ok: false, error: expect.stringMatching(/name a chart/) });
  });

  it('leaves out writeOnly values and secret-looking keys of open maps, and lists them', () => {
    const values = { auth: { enabled: true, password: 'hunter2' }, config: { name: 'x', token_hmac_secret_key: 'k', nested: { api_key: 'z' } } };
    const { fragment, omittedSecrets } = encodeShareLink({ chart: 'fake', values }, { includeSecrets: false, schema });
    expect(omittedSecrets.sort()).toEqual(['auth.password', 'config.nested.api_key', 'config.token_hmac_secret_key']);
    const decoded = decodeShareFragment(fragment, chart);
    expect(decoded).toEqual({
      ok: true, state: { chart: 'fake', values: { auth: { enabled: true }, config: { name: 'x' } } }, secretsIncluded: false,
      omittedSecrets: ['auth.password', 'config.token_hmac_secret_key', 'config.nested.api_key'],
    });
  });

  it('keeps secrets when the user opts in, and says so', () => {
    const values = { auth: { password: 'hunter2' } };
    const { fragment, omittedSecrets } = encodeShareLink({ chart: 'fake', values }, { includeSecrets: true, schema });
    expect(omittedSecrets).toEqual([]);
    expect(decodeShareFragment(fragment, chart)).toEqual({ ok: true, state: { chart: 'fake', values }, secretsIncluded: true, omittedSecrets: [] });
  });

  it('does not modify the state it encodes', () => {
    const values = { auth: { password: 'hunter2' } };
    encodeShareLink({ chart: 'fake', values }, { includeSecrets: false, schema });
    expect(values.auth.password).toBe('hunter2');
  });
});

describe('decodeShareFragment failures', () => {
  it.each([
    ['no chart', '#?s=1.abc', /name a chart/],
    ['no settings', '#/fake?x=1', /s= part/],
    ['another format version', fragmentOf('{}', '3'), /format "3"/],
    ['bad base64', '#/fake?s=1.ab+c', /damaged/],
    ['bad deflate data', `#/fake?s=1.${encodeBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`, /unpacked/],
    ['bad JSON', fragmentOf('{"chart":'), /not valid JSON/],
    ['wrong shape', fragmentOf('{"chart":"fake","values":[1]}'), /does not describe/],
    ['bad release', fragmentOf('{"chart":"fake","values":{},"release":{"name":1}}'), /release/],
    ['chart mismatch', fragmentOf('{"chart":"other","values":{}}'), /"fake".*"other"/],
  ])('%s', (_name, fragment, message) => {
    const result = decodeShareFragment(fragment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('rejects over-long fragments before decoding', () => {
    const result = decodeShareFragment(`#/fake?s=1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too long/) });
  });

  it('refuses data that inflates beyond a sane size', () => {
    const bomb = encodeBase64Url(deflateSync(new Uint8Array(20_000_000), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    const result = decodeShareFragment(`#/fake?s=1.${bomb}`);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/more data/) });
  });
});
