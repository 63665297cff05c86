import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import {
  acceptsNull, emptyYamlValue, enumOptions, extraKeys, formatDefault, mapFromRows, parseIntOrString, parseNumberInput,
  parseYamlField, rowsDescribe, rowsFromMap, stringFromInput, textRows, textToShow, withExtraKeys, yamlFieldText, yamlPlaceholder,
} from './logic';

describe('parseNumberInput', () => {
  it('accepts numbers and says why other text is not stored', () => {
    expect(parseNumberInput('42', 'integer', false)).toEqual({ ok: true, value: 42 });
    expect(parseNumberInput(' -3 ', 'integer', false)).toEqual({ ok: true, value: -3 });
    expect(parseNumberInput('0.25', 'number', false)).toEqual({ ok: true, value: 0.25 });
    expect(parseNumberInput('1e3', 'integer', false)).toEqual({ ok: true, value: 1000 });
    expect(parseNumberInput('1.5', 'integer', false)).toMatchObject({ ok: false, error: expect.stringMatching(/whole/) });
    expect(parseNumberInput('12a', 'integer', false)).toMatchObject({ ok: false, error: expect.stringMatching(/not a number/) });
    expect(parseNumberInput('-', 'number', false).ok).toBe(false);
    expect(parseNumberInput('1e400', 'number', false).ok).toBe(false);
    expect(parseNumberInput('9007199254740993', 'integer', false).ok).toBe(false);
  });

  it('reads an empty input as null only where null is allowed', () => {
    expect(parseNumberInput('', 'integer', true)).toEqual({ ok: true, value: null });
    expect(parseNumberInput('', 'integer', false).ok).toBe(false);
  });
});

describe('parseIntOrString', () => {
  it('stores canonical integers as numbers and everything else as typed', () => {
    expect(parseIntOrString('8080', false)).toBe(8080);
    expect(parseIntOrString('0', false)).toBe(0);
    expect(parseIntOrString('-1', false)).toBe(-1);
    expect(parseIntOrString('25%', false)).toBe('25%');
    expect(parseIntOrString('08', false)).toBe('08');
    expect(parseIntOrString('http', false)).toBe('http');
    expect(parseIntOrString('', false)).toBe('');
    expect(parseIntOrString('', true)).toBeNull();
  });
});

describe('acceptsNull / stringFromInput', () => {
  const nullable = Type.Union([Type.String(), Type.Null()], { default: null });
  it('knows nullable schemas', () => {
    expect(acceptsNull(nullable)).toBe(true);
    expect(acceptsNull(Type.String())).toBe(false);
  });
  it('turns an emptied nullable string with a null default back into null', () => {
    expect(stringFromInput('', true, null)).toBeNull();
    expect(stringFromInput('', true, '')).toBe('');
    expect(stringFromInput('', false, null)).toBe('');
    expect(stringFromInput('x', true, null)).toBe('x');
  });
});

describe('formatDefault', () => {
  it.each([
    [undefined, 'none'], [null, 'null'], ['', '""'], ['abc', 'abc'], [3, '3'], [false, 'false'], [[], '[]'], [{}, '{}'],
    [{ a: 1 }, '{"a":1}'], ['x'.repeat(80), `${'x'.repeat(57)}...`],
  ])('%j -> %s', (value, text) => {
    expect(formatDefault(value)).toBe(text);
  });
});

describe('key/value rows', () => {
  it('round-trips maps, skips rows without a key and refuses repeated keys', () => {
    const rows = rowsFromMap({ 'nginx.ingress.kubernetes.io/rewrite': '/', n: 3 });
    expect(rows).toEqual([{ key: 'nginx.ingress.kubernetes.io/rewrite', value: '/' }, { key: 'n', value: '3' }]);
    expect(mapFromRows([...rows, { key: '', value: 'typing' }])).toEqual({ ok: true, value: { 'nginx.ingress.kubernetes.io/rewrite': '/', n: '3' } });
    expect(mapFromRows([{ key: 'a', value: '1' }, { key: 'a', value: '2' }])).toMatchObject({ ok: false, error: expect.stringMatching(/"a"/) });
  });

  it('keeps a __proto__ key as data', () => {
    const parsed = mapFromRows([{ key: '__proto__', value: 'x' }]);
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(['__proto__']);
  });

  it('tells whether rows on screen already describe a value', () => {
    expect(rowsDescribe([{ key: 'a', value: '1' }, { key: '', value: '' }], { a: '1' })).toBe(true);
    expect(rowsDescribe([{ key: 'a', value: '1' }], { a: '2' })).toBe(false);
    expect(rowsDescribe([], undefined)).toBe(true);
  });
});

describe('inline YAML fields', () => {
  const list = Type.Array(Type.Object({ name: Type.String() }), { default: [] });
  const map = Type.Object({}, { additionalProperties: true, default: {} });

  it('reads an empty text as the empty value of the field type', () => {
    expect(emptyYamlValue(list)).toEqual([]);
    expect(emptyYamlValue(map)).toEqual({});
    expect(emptyYamlValue(Type.Union([Type.String(), Type.Integer()]))).toBeNull();
    expect(parseYamlField('', list)).toEqual({ ok: true, value: [] });
    expect(parseYamlField('# only a comment\n', map)).toEqual({ ok: true, value: {} });
  });

  it('parses YAML and reports syntax errors with their line', () => {
    expect(parseYamlField('limits:\n  cpu: 100m\n', map)).toEqual({ ok: true, value: { limits: { cpu: '100m' } } });
    const bad = parseYamlField('a: 1\nb: [1, 2\n', map);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Line \d+, column \d+:/);
  });

  it('shows empty maps and lists as an empty text', () => {
    expect(yamlFieldText({})).toBe('');
    expect(yamlFieldText([])).toBe('');
    expect(yamlFieldText(null)).toBe('');
    expect(yamlFieldText({ a: 1 })).toBe('a: 1\n');
  });

  it('shows a scalar as one line that parses back to the same value', () => {
    const addressSchema = Type.Union([Type.String(), Type.Array(Type.String())]);
    for (const value of ['redis://redis-master:6379', 'true', '12', 'two\nlines', 7]) {
      const text = yamlFieldText(value);
      expect(text.endsWith('\n')).toBe(false);
      expect(parseYamlField(text, addressSchema)).toEqual({ ok: true, value });
    }
    expect(yamlFieldText('redis://redis-master:6379')).toBe('redis://redis-master:6379');
    expect(yamlFieldText(['a', 'b'])).toBe('- a\n- b\n');
  });

  it('suggests text that fits the schema', () => {
    expect(yamlPlaceholder(Type.Union([Type.String(), Type.Array(Type.String())]))).toBe('One value, or a YAML list of values:\n- first\n- second');
    expect(yamlPlaceholder(Type.Array(Type.String()))).toBe('A YAML list, e.g.\n- first\n- second');
    expect(yamlPlaceholder(list)).toBe('A YAML list, e.g.\n- name: example');
    expect(yamlPlaceholder(Type.Array(Type.Unknown()))).toBe('A YAML list of entries, one per "- " line');
    // The keys a list's items declare, required ones first; never a made-up `name`.
    const hosts = Type.Array(Type.Object({ paths: Type.Array(Type.String()), host: Type.String({ default: 'a.example.com' }) }, { required: ['host'] }));
    expect(yamlPlaceholder(hosts)).toBe('A YAML list, e.g.\n- host: a.example.com\n  paths: []');
    expect(yamlPlaceholder(Type.Object({ port: Type.Integer() }))).toBe('A YAML map, e.g.\nport: 1');
    // A Kubernetes shape known by name shows that shape.
    const tolerations = yamlPlaceholder(Type.Array(Type.Unknown()), ['tolerations'], []);
    expect(tolerations.startsWith('For example:\n- ')).toBe(true);
    expect(tolerations).toContain('effect: NoSchedule');
    expect(yamlPlaceholder(map)).toBe('A YAML map, e.g.\nkey: value');
    expect(yamlPlaceholder(Type.Unknown())).toBe('A YAML value');
  });

  it('keeps the text being typed while it means the incoming value', () => {
    const parse = (t: string) => parseYamlField(t, map);
    expect(textToShow('a:   1 # mine\n', { a: 1 }, parse, yamlFieldText)).toBe('a:   1 # mine\n');
    expect(textToShow('a: 1\n', { a: 2 }, parse, yamlFieldText)).toBe('a: 2\n');
    expect(textToShow('a: [', { a: 2 }, parse, yamlFieldText)).toBe('a: 2\n');
  });
});

describe('open objects with extra keys', () => {
  const schema = Type.Object({ engine: Type.String(), admin: Type.Boolean() }, { additionalProperties: true });
  it('separates the keys the schema does not name and puts new ones back', () => {
    const value = { engine: 'memory', admin: true, log_level: 'info', x: 1 };
    expect(extraKeys(schema, value)).toEqual({ log_level: 'info', x: 1 });
    expect(withExtraKeys(schema, value, { log_level: 'debug' })).toEqual({ engine: 'memory', admin: true, log_level: 'debug' });
    expect(withExtraKeys(schema, undefined, { y: 2 })).toEqual({ y: 2 });
  });
});

describe('enumOptions', () => {
  it('labels null and empty choices and keys options by their text', () => {
    expect(enumOptions(['a', null, '', 3])).toEqual([
      { label: 'a', value: 'a', key: 'a' }, { label: '(none)', value: null, key: 'null' }, { label: '(empty)', value: '', key: '' },
      { label: '3', value: 3, key: '3' },
    ]);
  });

  it('falls back to index keys when two values would share a key', () => {
    expect(enumOptions(['3', 3]).map((o) => o.key)).toEqual(['#0', '#1']);
  });
});

describe('textRows', () => {
  it('sizes a textarea by its lines, within bounds', () => {
    expect(textRows('')).toBe(2);
    expect(textRows('a\nb\nc')).toBe(3);
    expect(textRows('\n'.repeat(40))).toBe(18);
    expect(textRows('a', 1, 5)).toBe(1);
  });
});
