import { describe, expect, it } from 'vitest';
import type { GoValue } from '../value';
import { GoObject, hasKey, mapSet, newMap } from '../value';
import { compareCodePoints, fromJson, fromJsonArray, jsonFloat, marshalJson, parseJson, toJson, toPrettyJson, toRawJson } from './json';

function m(o: Record<string, GoValue>) {
  const r = newMap();
  for (const [k, v] of Object.entries(o)) mapSet(r, k, v);
  return r;
}

// [value, toJson, toPrettyJson, toRawJson] as helm 4.1.4 printed them
const encoded: [GoValue, string, string, string][] = [
  ["0o17", "\"0o17\"", "\"0o17\"", "\"0o17\""],
  [m({ "a": true }), "{\"a\":true}", "{\n  \"a\": true\n}", "{\"a\":true}"],
  [m({ "10": "'q'1.5" }), "{\"10\":\"'q'1.5\"}", "{\n  \"10\": \"'q'1.5\"\n}", "{\"10\":\"'q'1.5\"}"],
  ["dolor  consectetur  ipsum  é  consectetur     consectetur  lorem  #b  é  consectetur  amet,  a:", "\"dolor  consectetur  ipsum  é  consectetur     consectetur  lorem  #b  é  consectetur  amet,  a:\"", "\"dolor  consectetur  ipsum  é  consectetur     consectetur  lorem  #b  é  consectetur  amet,  a:\"", "\"dolor  consectetur  ipsum  é  consectetur     consectetur  lorem  #b  é  consectetur  amet,  a:\""],
  [2860307.6934814453, "2860307.6934814453", "2860307.6934814453", "2860307.6934814453"],
  [[1394, [1e+21, m({  }), [2.302945852279663e-7, "2001-12-14t21:59:43.10-05:00", "amet,   amet, ipsum amet,   #b #b"]]], "[1394,[1e+21,{},[2.302945852279663e-7,\"2001-12-14t21:59:43.10-05:00\",\"amet,   amet, ipsum amet,   #b #b\"]]]", "[\n  1394,\n  [\n    1e+21,\n    {},\n    [\n      2.302945852279663e-7,\n      \"2001-12-14t21:59:43.10-05:00\",\n      \"amet,   amet, ipsum amet,   #b #b\"\n    ]\n  ]\n]", "[1394,[1e+21,{},[2.302945852279663e-7,\"2001-12-14t21:59:43.10-05:00\",\"amet,   amet, ipsum amet,   #b #b\"]]]"],
  [true, "true", "true", "true"],
  [0.004689137935638428, "0.004689137935638428", "0.004689137935638428", "0.004689137935638428"],
  ["x: y\nz", "\"x: y\\nz\"", "\"x: y\\nz\"", "\"x: y\\nz\""],
  [[[m({ "1e3": false }), false], -219337n, -392668n], "[[{\"1e3\":false},false],-219337,-392668]", "[\n  [\n    {\n      \"1e3\": false\n    },\n    false\n  ],\n  -219337,\n  -392668\n]", "[[{\"1e3\":false},false],-219337,-392668]"],
  [m({ "TRUE": m({ "#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b": 383877n, "-0": m({  }), "1": m({  }), "a10": [] }), "é": [m({ "  indented\nmore": 46639, "%x": "1,000", "a": 0.5 }), "dolor ipsum   consectetur #b #b é sit", "ON? x"] }), "{\"TRUE\":{\"#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b\":383877,\"-0\":{},\"1\":{},\"a10\":[]},\"é\":[{\"  indented\\nmore\":46639,\"%x\":\"1,000\",\"a\":0.5},\"dolor ipsum   consectetur #b #b é sit\",\"ON? x\"]}", "{\n  \"TRUE\": {\n    \"#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b\": 383877,\n    \"-0\": {},\n    \"1\": {},\n    \"a10\": []\n  },\n  \"é\": [\n    {\n      \"  indented\\nmore\": 46639,\n      \"%x\": \"1,000\",\n      \"a\": 0.5\n    },\n    \"dolor ipsum   consectetur #b #b é sit\",\n    \"ON? x\"\n  ]\n}", "{\"TRUE\":{\"#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b\":383877,\"-0\":{},\"1\":{},\"a10\":[]},\"é\":[{\"  indented\\nmore\":46639,\"%x\":\"1,000\",\"a\":0.5},\"dolor ipsum   consectetur #b #b é sit\",\"ON? x\"]}"],
  [false, "false", "false", "false"],
  [false, "false", "false", "false"],
  [m({ "consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   ": m({ "=": m({  }) }), "key": ["a  b", "2024-01-02.5"] }), "{\"consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   \":{\"=\":{}},\"key\":[\"a  b\",\"2024-01-02.5\"]}", "{\n  \"consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   \": {\n    \"=\": {}\n  },\n  \"key\": [\n    \"a  b\",\n    \"2024-01-02.5\"\n  ]\n}", "{\"consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   \":{\"=\":{}},\"key\":[\"a  b\",\"2024-01-02.5\"]}"],
  [55458, "55458", "55458", "55458"],
  [false, "false", "false", "false"],
  [[], "[]", "[]", "[]"],
  [false, "false", "false", "false"],
  [null, "null", "null", "null"],
  [null, "null", "null", "null"],
  [m({ "#xnULL": 497391n, "_x": m({ "12345678901234567890": null, "a": "@x", "a.b": m({ "_x": "1,000", "a.b": "", "b\n-éZ-:éZ':1#a:-Z\"\"": "':1b\"b#--" }), "line1\n\nline3\n\n": -481137n }), "key2": m({ ":x": "é ipsum consectetur #b lorem consectetur consectetur dolor dolor   é   consectetur é ipsum x dolor a: a:   a:", "a.b": -0.00003737621307373046, "x01": null }), "x\ny{a}": m({  }) }), "{\"#xnULL\":497391,\"_x\":{\"12345678901234567890\":null,\"a\":\"@x\",\"a.b\":{\"_x\":\"1,000\",\"a.b\":\"\",\"b\\n-éZ-:éZ':1#a:-Z\\\"\\\"\":\"':1b\\\"b#--\"},\"line1\\n\\nline3\\n\\n\":-481137},\"key2\":{\":x\":\"é ipsum consectetur #b lorem consectetur consectetur dolor dolor   é   consectetur é ipsum x dolor a: a:   a:\",\"a.b\":-0.00003737621307373046,\"x01\":null},\"x\\ny{a}\":{}}", "{\n  \"#xnULL\": 497391,\n  \"_x\": {\n    \"12345678901234567890\": null,\n    \"a\": \"@x\",\n    \"a.b\": {\n      \"_x\": \"1,000\",\n      \"a.b\": \"\",\n      \"b\\n-éZ-:éZ':1#a:-Z\\\"\\\"\": \"':1b\\\"b#--\"\n    },\n    \"line1\\n\\nline3\\n\\n\": -481137\n  },\n  \"key2\": {\n    \":x\": \"é ipsum consectetur #b lorem consectetur consectetur dolor dolor   é   consectetur é ipsum x dolor a: a:   a:\",\n    \"a.b\": -0.00003737621307373046,\n    \"x01\": null\n  },\n  \"x\\ny{a}\": {}\n}", "{\"#xnULL\":497391,\"_x\":{\"12345678901234567890\":null,\"a\":\"@x\",\"a.b\":{\"_x\":\"1,000\",\"a.b\":\"\",\"b\\n-éZ-:éZ':1#a:-Z\\\"\\\"\":\"':1b\\\"b#--\"},\"line1\\n\\nline3\\n\\n\":-481137},\"key2\":{\":x\":\"é ipsum consectetur #b lorem consectetur consectetur dolor dolor   é   consectetur é ipsum x dolor a: a:   a:\",\"a.b\":-0.00003737621307373046,\"x01\":null},\"x\\ny{a}\":{}}"],
  [false, "false", "false", "false"],
  [null, "null", "null", "null"],
  [m({ "1-b.#:#a\"\"": -437498927116.39404, "1.e5ON": [], "a.b": [477202n, m({ "1": "-.inf", "key": 123456789 }), true], "a:   sit lorem lorem a:": "0x1f" }), "{\"1-b.#:#a\\\"\\\"\":-437498927116.39404,\"1.e5ON\":[],\"a.b\":[477202,{\"1\":\"-.inf\",\"key\":123456789},true],\"a:   sit lorem lorem a:\":\"0x1f\"}", "{\n  \"1-b.#:#a\\\"\\\"\": -437498927116.39404,\n  \"1.e5ON\": [],\n  \"a.b\": [\n    477202,\n    {\n      \"1\": \"-.inf\",\n      \"key\": 123456789\n    },\n    true\n  ],\n  \"a:   sit lorem lorem a:\": \"0x1f\"\n}", "{\"1-b.#:#a\\\"\\\"\":-437498927116.39404,\"1.e5ON\":[],\"a.b\":[477202,{\"1\":\"-.inf\",\"key\":123456789},true],\"a:   sit lorem lorem a:\":\"0x1f\"}"],
  ["a \nby", "\"a \\nby\"", "\"a \\nby\"", "\"a \\nby\""],
];

describe('toJson, toPrettyJson, toRawJson match helm', () => {
  it.each(encoded.map((row, i) => [i, ...row] as const))('value %i', (_i, v, json, pretty, raw) => {
    expect(toJson(v)).toBe(json);
    expect(toPrettyJson(v)).toBe(pretty);
    expect(toRawJson(v)).toBe(raw);
  });

  it('writes floats as encoding/json does', () => {
    expect([1e21, 1e20, 1e-7, 1e-6, -0, 123456789, 0.1, 5e-324].map(jsonFloat)).toEqual([
      '1e+21', '100000000000000000000', '1e-7', '0.000001', '-0', '123456789', '0.1', '5e-324',
    ]);
  });

  it('fails on NaN and infinities as Go does, and toJson then prints nothing', () => {
    expect(() => marshalJson(m({ a: NaN }))).toThrow('json: unsupported value: NaN');
    expect(() => marshalJson([Infinity])).toThrow('json: unsupported value: +Inf');
    expect(toJson(m({ a: -Infinity }))).toBe('');
  });

  it('escapes HTML characters, line separators and control characters', () => {
    expect(toJson('<a href="x">&</a>\u2028\u0001\b\f\n')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e\\u2028\\u0001\\b\\f\\n"');
    expect(toRawJson('<&>\u2029')).toBe('"<&>\\u2029"');
  });

  it('sorts keys by code point, astral characters last', () => {
    expect(['\uffff', '😀', 'a', '\ue000'].sort(compareCodePoints)).toEqual(['a', '\ue000', '\uffff', '😀']);
    expect(toJson(m({ '😀': 1n, '\uff01': 2n }))).toBe('{"！":2,"😀":1}');
  });

  it('marshals Go objects through their JSON form when they have one', () => {
    class Meta extends GoObject {
      readonly goType = '*chart.Metadata';
      field(): GoValue | undefined {
        return undefined;
      }
      format(): string {
        return '{}';
      }
      jsonValue(): GoValue {
        return m({ name: 'x', version: '1.0.0' });
      }
    }
    expect(toJson([new Meta()])).toBe('[{"name":"x","version":"1.0.0"}]');
  });
});

// [text, toJson (fromJson text), toJson (fromJsonArray text)] as helm 4.1.4 printed them
const decoded: [string, string, string][] = [
  ["{\"a\":1,}", "{\"Error\":\"invalid character '}' looking for beginning of object key string\"}", "[\"invalid character '}' looking for beginning of object key string\"]"],
  ["[1,2]", "{\"Error\":\"json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[1,2]"],
  ["{\"a\": tru}", "{\"Error\":\"invalid character '}' in literal true (expecting 'e')\"}", "[\"invalid character '}' in literal true (expecting 'e')\"]"],
  ["", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"],
  ["{\"a\":1e400, \"b\": 2}", "{\"Error\":\"json: cannot unmarshal number 1e400 into Go value of type float64\",\"a\":null,\"b\":2}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["{\"a\":1} x", "{\"Error\":\"invalid character 'x' after top-level value\"}", "[\"invalid character 'x' after top-level value\"]"],
  ["{}", "{}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["{\"a\" 1}", "{\"Error\":\"invalid character '1' after object key\"}", "[\"invalid character '1' after object key\"]"],
  ["{\"a\":\"\\x\"}", "{\"Error\":\"invalid character 'x' in string escape code\"}", "[\"invalid character 'x' in string escape code\"]"],
  ["{\"a\":01}", "{\"Error\":\"invalid character '1' after object key:value pair\"}", "[\"invalid character '1' after object key:value pair\"]"],
  ["{\"a\":-}", "{\"Error\":\"invalid character '}' in numeric literal\"}", "[\"invalid character '}' in numeric literal\"]"],
  ["{\"a\":1.}", "{\"Error\":\"invalid character '}' after decimal point in numeric literal\"}", "[\"invalid character '}' after decimal point in numeric literal\"]"],
  ["{\"a\":1e}", "{\"Error\":\"invalid character '}' in exponent of numeric literal\"}", "[\"invalid character '}' in exponent of numeric literal\"]"],
  ["{\"a\":\"\\ud800x\",\"b\":[1e2, 1E-2, -0, 0.5, 12345678901234567890]}", "{\"a\":\"�x\",\"b\":[100,0.01,-0,0.5,12345678901234567000]}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["null", "null", "null"],
  [" {\"a\":\"\t\"}", "{\"Error\":\"invalid character '\\\\t' in string literal\"}", "[\"invalid character '\\\\t' in string literal\"]"],
  ["{\"a\":1,\"a\":2}", "{\"a\":2}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["{\"\\u00e9\":[], \"__proto__\": {\"x\": null}, \"constructor\": true}", "{\"__proto__\":{\"x\":null},\"constructor\":true,\"é\":[]}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"str\"", "{\"Error\":\"json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["5", "{\"Error\":\"json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"json: cannot unmarshal number into Go value of type []interface {}\"]"],
  ["é", "{\"Error\":\"invalid character 'Ã' looking for beginning of value\"}", "[\"invalid character 'Ã' looking for beginning of value\"]"],
  ["{\"a\":[1,2,{\"b\":false}]}", "{\"a\":[1,2,{\"b\":false}]}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["[", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"],
  ["{\"a\":\"b\\u0041\\n\"}", "{\"a\":\"bA\\n\"}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["{\"a\":1 ,\"b\" : [ ] }", "{\"a\":1,\"b\":[]}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["'x'", "{\"Error\":\"invalid character '\\\\'' looking for beginning of value\"}", "[\"invalid character '\\\\'' looking for beginning of value\"]"],
  ["{\"x\":nul", "{\"Error\":\"invalid character ' ' in literal null (expecting 'l')\"}", "[\"invalid character ' ' in literal null (expecting 'l')\"]"],
  ["  ", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"],
  ["[1,]", "{\"Error\":\"invalid character ']' looking for beginning of value\"}", "[\"invalid character ']' looking for beginning of value\"]"],
  ["[1 2]", "{\"Error\":\"invalid character '2' after array element\"}", "[\"invalid character '2' after array element\"]"],
  ["{,}", "{\"Error\":\"invalid character ',' looking for beginning of object key string\"}", "[\"invalid character ',' looking for beginning of object key string\"]"],
  ["{\"a\":\"\u0001\"}", "{\"Error\":\"invalid character '\\\\x01' in string literal\"}", "[\"invalid character '\\\\x01' in string literal\"]"],
  ["-01", "{\"Error\":\"invalid character '1' after top-level value\"}", "[\"invalid character '1' after top-level value\"]"],
  ["1.5e+3", "{\"Error\":\"json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"json: cannot unmarshal number into Go value of type []interface {}\"]"],
  ["{\"a\": 1e-400}", "{\"a\":0}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"],
];

describe('fromJson and fromJsonArray match helm', () => {
  it.each(decoded)('%j', (text, asMap, asList) => {
    expect(toJson(fromJson(text))).toBe(asMap);
    expect(toJson(fromJsonArray(text))).toBe(asList);
  });

  it('reads every number as float64 and keeps __proto__ as an ordinary key', () => {
    const v = parseJson('{"__proto__": {"polluted": 1}, "n": [1, 2.5, -0]}');
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(hasKey(v as Record<string, GoValue>, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((v as Record<string, GoValue>).n).toEqual([1, 2.5, -0]);
  });

  it('reads deeply nested input without overflowing', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(Array.isArray(parseJson(deep))).toBe(true);
    expect(fromJson('['.repeat(200000))).toEqual(expect.objectContaining({ Error: 'unexpected end of JSON input' }));
  });
});
