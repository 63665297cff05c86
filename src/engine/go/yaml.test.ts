import { describe, expect, it } from 'vitest';
import type { GoValue } from '../value';
import { hasKey, mapSet, newMap } from '../value';
import { toJson } from './json';
import { fromYaml, fromYamlArray, marshalYaml, parseYaml, parseYamlDocuments, readValues, toYaml, YamlError } from './yaml';

function m(o: Record<string, GoValue>) {
  const r = newMap();
  for (const [k, v] of Object.entries(o)) mapSet(r, k, v);
  return r;
}

// [value, what helm 4.1.4's toYaml printed]: random values (YAML-ish words, numbers, nesting)
const written: [GoValue, string][] = [
  [5e-324, "5e-324"],
  [[2.037297487258911e-9], "- 2.037297487258911e-09"],
  ["#b ipsum #b consectetur lorem é amet,   #b consectetur sit consectetur consectetur", "'#b ipsum #b consectetur lorem é amet,   #b consectetur sit consectetur consectetur'"],
  ["-1", "\"-1\""],
  [123456789, "123456789"],
  [m({  }), "{}"],
  [347620n, "347620"],
  [[], "[]"],
  [m({ "B": [], "a.b": [m({ "a: b ": -0.00045042681694030764, "key2": m({ "2024-01-02": "1-\n-x1. é::\nZ", "x consectetur amet, amet, a:   lorem a: consectetur consectetur dolor": "0o17%x" }), "x1y": 19985, "z": [0, 86562] }), null], "~": m({ "09.5": ["yes", m({ "_x": 485900n, "é": "é" })], "back\\slashnULL": false, "y": m({  }) }) }), "\"~\":\n  \"09.5\":\n  - \"yes\"\n  - _x: 485900\n    é: é\n  back\\slashnULL: false\n  \"y\": {}\nB: []\na.b:\n- 'a: b ': -0.00045042681694030764\n  key2:\n    \"2024-01-02\": |-\n      1-\n      -x1. é::\n      Z\n    'x consectetur amet, amet, a:   lorem a: consectetur consectetur dolor': 0o17%x\n  x1y: 19985\n  z:\n  - 0\n  - 86562\n- null"],
  [m({ "key2": 3.8531291484832765e-8, "{a}": false }), "'{a}': false\nkey2: 3.8531291484832765e-08"],
  [[], "[]"],
  ["a,b", "a,b"],
  [["x\r\ny", 26686], "- \"x\\r\\ny\"\n- 26686"],
  [m({  }), "{}"],
  [[83172, [-109374n, "consectetur ipsum ipsum consectetur #b a: ipsum amet, é sit a: ipsum dolor consectetur sit ipsum x consectetur dolor ipsum #b é amet,   lorem amet, sit", -472432971000.6714], [m({ "#x": m({ "1.e5a b": 4825949668884.277 }), "0x1f": [false, "é.. éé'b\"\n. "], "1:20": true, "a9": "dolor  #b  x  sit  é  ipsum" }), m({ "0xG.": 43714, "1,000": m({  }), "é": m({ "\"\"b:#a'-é-\"\n:Z:..'x\"éa-": -174273610115051260, "10": "!x'q'", "Z": "@x0xG" }) }), "True0.0"]], "- 83172\n- - -109374\n  - 'consectetur ipsum ipsum consectetur #b a: ipsum amet, é sit a: ipsum dolor consectetur\n    sit ipsum x consectetur dolor ipsum #b é amet,   lorem amet, sit'\n  - -4.724329710006714e+11\n- - '#x':\n      ? '1.e5a         b'\n      : 4.825949668884277e+12\n    \"0x1f\":\n    - false\n    - \"é.. éé'b\\\"\\n. \"\n    \"1:20\": true\n    a9: 'dolor  #b  x  sit  é  ipsum'\n  - 0xG.: 43714\n    1,000: {}\n    é:\n      ? |-\n        \"\"b:#a'-é-\"\n        :Z:..'x\"éa-\n      : -174273610115051260\n      \"10\": '!x''q'''\n      Z: '@x0xG'\n  - True0.0"],
  [null, "null"],
  ["<<a\n b", "|-\n  <<a\n   b"],
  ["lorem #b consectetur amet, ipsum     amet, lorem #b a:", "'lorem #b consectetur amet, ipsum     amet, lorem #b a:'"],
  [[["a: a: a: #b   dolor consectetur", [m({ "a-b": "0", "off": "ipsum  lorem  x  consectetur  x  lorem  lorem  sit  ipsum  x  dolor  amet," })]], 85507n, m({ "a:b": m({ "a-b": 1e+21, "x01": "é amet, consectetur ipsum é é consectetur #b dolor sit #b sit a: x ipsum a: dolor consectetur   lorem consectetur", "x1y": m({ "1": -22.844672203063965, "Z": null }) }), "consectetur consectetur dolor #b lorem   dolor lorem amet, ipsum   sit lorem": 98473 })], "- - 'a: a: a: #b   dolor consectetur'\n  - - a-b: \"0\"\n      \"off\": ipsum  lorem  x  consectetur  x  lorem  lorem  sit  ipsum  x  dolor  amet,\n- 85507\n- a:b:\n    a-b: 1e+21\n    x1y:\n      \"1\": -22.844672203063965\n      Z: null\n    x01: 'é amet, consectetur ipsum é é consectetur #b dolor sit #b sit a: x ipsum\n      a: dolor consectetur   lorem consectetur'\n  'consectetur consectetur dolor #b lorem   dolor lorem amet, ipsum   sit lorem': 98473"],
  [m({ "a": true }), "a: true"],
  [298367n, "298367"],
  [m({ "!x": "0", "ONline1\n\nline3\n\n": true, "Za": m({  }), "key": "lorem é x lorem amet,   dolor sit sit é #b é sit amet, é a:   a: amet, #b ipsum ipsum consectetur a:" }), "'!x': \"0\"\n? |+\n  ONline1\n\n  line3\n\n: true\nZa: {}\nkey: 'lorem é x lorem amet,   dolor sit sit é #b é sit amet, é a:   a: amet, #b ipsum\n  ipsum consectetur a:'"],
  ["<<", "<<"],
  [[[306015n], m({ "#x": [-2.25], "'Z \n\n": null, "a": 9.098660945892333e-9 })], "- - 306015\n- '#x':\n  - -2.25\n  ? \"'Z \\n\\n\"\n  : null\n  a: 9.098660945892333e-09"],
  [[m({  })], "- {}"],
  [m({ "a  bFalse": true, "x1y": 3 }), "a  bFalse: true\nx1y: 3"],
  [m({ "---": m({ "_x": 0.034993529319763184, "a-b": ".nan1e400", "key": m({ "a.b": m({ " ": "1e3", "z": "x ipsum ipsum dolor ipsum" }), "a9": "1a\"' a-Z1\"Z\n\"Z Z#", "true": "-0*a" }), "x\ny": false }), "a -x\n.axa 1\"": " ", "bxb\n-é#\"x#aa a1.#x": m({ "10": m({ "\n\"'\n\n'1-#\"Z:": null, "- x": m({ "0x1f": 37709, "x1y": -160059n }), "_x": 0.13943099975585938, "a10": "a,b" }), "_x": 19534, "a": [m({ "key2": "a,b" })], "no": m({ "_x": "consectetur dolor consectetur lorem   consectetur ipsum dolor   lorem #b ipsum #b consectetur consectetur dolor x consectetur ipsum sit é", "a9": 31093633174896.242, "key": [] }) }), "key": "n" }), "'---':\n  _x: 0.034993529319763184\n  a-b: .nan1e400\n  key:\n    a.b:\n      ' ': \"1e3\"\n      z: x ipsum ipsum dolor ipsum\n    a9: |-\n      1a\"' a-Z1\"Z\n      \"Z Z#\n    \"true\": -0*a\n  ? |-\n    x\n    y\n  : false\n? |-\n  a -x\n  .axa 1\"\n: ' '\n? |-\n  bxb\n  -é#\"x#aa a1.#x\n: _x: 19534\n  \"10\":\n    ? |2-\n\n      \"'\n\n      '1-#\"Z:\n    : null\n    '- x':\n      \"0x1f\": 37709\n      x1y: -160059\n    _x: 0.13943099975585938\n    a10: a,b\n  a:\n  - key2: a,b\n  \"no\":\n    _x: 'consectetur dolor consectetur lorem   consectetur ipsum dolor   lorem #b\n      ipsum #b consectetur consectetur dolor x consectetur ipsum sit é'\n    a9: 3.1093633174896242e+13\n    key: []\nkey: \"n\""],
  [true, "true"],
  [m({ "B": -0.0000037240481376647945, "a": 11103, "a9": 1e+21 }), "B: -3.7240481376647945e-06\na: 11103\na9: 1e+21"],
  ["Yes", "\"Yes\""],
  [m({ "a": m({  }), "x1y": 47052n }), "a: {}\nx1y: 47052"],
  [[], "[]"],
  [402533n, "402533"],
  [m({ "2024-01-02T10:00:00Z": 2162010669708252, "=": m({ "1": 20320n }), "~1_000": m({ "b": "yes", "é\nb'": -12093.961238861084 }) }), "=:\n  \"1\": 20320\n~1_000:\n  b: \"yes\"\n  ? |-\n    é\n    b'\n  : -12093.961238861084\n\"2024-01-02T10:00:00Z\": 2162010669708252"],
  ["a,b", "a,b"],
  [m({ "B": null, "e5y": "0xG", "x\ny": m({ "#'": m({ "0": 2441132068634.033, "2001-12-14t21:59:43.10-05:00": "dolor     é     amet,  #b  ipsum  amet,  amet,  amet,  ipsum  x  #b  sit", "key": false, "z": "20021214" }), "_x": 27287n, "x1y": "back\\slash" }) }), "B: null\ne5y: 0xG\n? |-\n  x\n  y\n: '#''':\n    \"0\": 2.441132068634033e+12\n    \"2001-12-14t21:59:43.10-05:00\": 'dolor     é     amet,  #b  ipsum  amet,  amet,  amet,  ipsum  x  #b  sit'\n    key: false\n    z: \"20021214\"\n  _x: 27287\n  x1y: back\\slash"],
  [208680391.3116455, "2.086803913116455e+08"],
  ["ipsum #b a: dolor dolor #b consectetur ipsum a: #b consectetur #b sit   x ipsum consectetur consectetur #b a:", "'ipsum #b a: dolor dolor #b consectetur ipsum a: #b consectetur #b sit   x ipsum consectetur\n  consectetur #b a:'"],
  ["x éaé.\"\":##:\n\n.", "|-\n  x éaé.\"\":##:\n\n  ."],
  ["a: dolor ipsum     sit a: a: x", "'a: dolor ipsum     sit a: a: x'"],
  // long strings: folding at column 80, quoting styles, block scalars, escapes
  ["\u0001 é - longerword      \\ \"q\" \"q\" \\ \n é é \n\n \t x \t    😀 x word tab\tx   é x\n", "\"\\x01 é - longerword      \\\\ \\\"q\\\" \\\"q\\\" \\\\ \\n é é \\n\\n \\t x \\t    \\U0001F600 x word\n  tab\\tx   é x\\n\""],
  ["\u0001 : é \n\n \t é \n é \u0001 😀 😀 a b a b : word \t # it's   # \n\n é é \u0001 : \n é    é it's x \u0001 a b \"q\"   : \u0001    # \u0001 \"q\" \n \t \\ -      {} x \"q\" # it's é 😀 {} é \u0001 😀 é é \n\n\n", "\"\\x01 : é \\n\\n \\t é \\n é \\x01 \\U0001F600 \\U0001F600 a\\Lb a\\Lb : word \\t # it's   #\n  \\n\\n é é \\x01 : \\n é    é it's x \\x01 a\\Lb \\\"q\\\"   : \\x01    # \\x01 \\\"q\\\" \\n \\t\n  \\\\ -      {} x \\\"q\\\" # it's é \\U0001F600 {} é \\x01 \\U0001F600 é é \\n\\n\\n\""],
  ["\"q\" longerword \"q\" \n a b # \n word \n\n {} longerword \\ \u0001   é it's it's word x é \n\n \n tab\tx é tab\tx it's \n\n    é \u0001 word {} \n \n - \u0001 \\ word tab\tx   \t - \n\n word word x    it's     {} {} {} \n \u0001 tab\tx tab\tx x word # \t it's 😀 \n \"q\"", "\"\\\"q\\\" longerword \\\"q\\\" \\n a\\Lb # \\n word \\n\\n {} longerword \\\\ \\x01   é it's it's\n  word x é \\n\\n \\n tab\\tx é tab\\tx it's \\n\\n    é \\x01 word {} \\n \\n - \\x01 \\\\ word\n  tab\\tx   \\t - \\n\\n word word x    it's     {} {} {} \\n \\x01 tab\\tx tab\\tx x word\n  # \\t it's \\U0001F600 \\n \\\"q\\\"\""],
  ["  longerword \n x    \"q\" -   word \n\n word it's {} é longerword \\ \"q\" 😀 \u0001 longerword \n\n \t    😀 \n\n é it's word \t a b \n é \u0001 é    \u0001    \\ - \n \n    \t tab\tx x \\ x longerword tab\tx longerword", "\"  longerword \\n x    \\\"q\\\" -   word \\n\\n word it's {} é longerword \\\\ \\\"q\\\" \\U0001F600\n  \\x01 longerword \\n\\n \\t    \\U0001F600 \\n\\n é it's word \\t a\\Lb \\n é \\x01 é    \\x01\n  \\   \\\\ - \\n \\n    \\t tab\\tx x \\\\ x longerword tab\\tx longerword\""],
  [" \u0001 é \n\n \t x \u0001 😀 \"q\" longerword \n\n \u0001 é \t    \u0001 é é word x it's : \n\n tab\tx # it's : \n    \u0001 :   : é word   \n    {} - it's word {} : x \"q\" \n \n {} word   \n longerword    \\ 😀 tab\tx\n", "\" \\x01 é \\n\\n \\t x \\x01 \\U0001F600 \\\"q\\\" longerword \\n\\n \\x01 é \\t    \\x01 é é word\n  x it's : \\n\\n tab\\tx # it's : \\n    \\x01 :   : é word   \\n    {} - it's word {}\n  : x \\\"q\\\" \\n \\n {} word   \\n longerword    \\\\ \\U0001F600 tab\\tx\\n\""],
  ["- it's x é 😀 # #    \n\n \"q\" é \\ : it's {} \"q\" \"q\" é x {} it's : \\ é a b \n\n \u0001 longerword é it's :", "\"- it's x é \\U0001F600 # #    \\n\\n \\\"q\\\" é \\\\ : it's {} \\\"q\\\" \\\"q\\\" é x {} it's :\n  \\\\ é a\\Lb \\n\\n \\x01 longerword é it's :\""],
  [m({ "a": m({ "key": "a b \\ it's word x word \"q\" tab\tx - é longerword é - \n    : \u0001 😀 word \t 😀 \\ longerword   \n\n \n\n \u0001   é tab\tx tab\tx {} longerword \t é a b \u0001 \\ : {} a b " }) }), "a:\n  key: \"a\\Lb \\\\ it's word x word \\\"q\\\" tab\\tx - é longerword é - \\n    : \\x01 \\U0001F600\n    word \\t \\U0001F600 \\\\ longerword   \\n\\n \\n\\n \\x01   é tab\\tx tab\\tx {} longerword\n    \\t é a\\Lb \\x01 \\\\ : {} a\\Lb \""],
  [m({ "b": ": tab\tx - - 😀 é \"q\" tab\tx word it's \"q\" x a b \\ {} é    : word x {} word - {}    \t   it's {} \t \t longerword tab\tx \\ \"q\" - a b \n\n it's \"q\" 😀 é \u0001 tab\tx - longerword 😀 \t é word    \\ {} {} {} \u0001 it's tab\tx x longerword", "é \t word \u0001 \n \\ x é longerword é \n\n # é    word : {} longerword   : \n\n tab\tx \\ 😀 é a b      😀 é it's tab\tx \u0001 é # \n\n \n longerword tab\tx é \n\n \t a b longerword it's \u0001   longerword longerword   longerword \\ : : ": "\u0001😀:#wordtab\tx\\\\longerwordtab\tx  longerword" }), "b: \": tab\\tx - - \\U0001F600 é \\\"q\\\" tab\\tx word it's \\\"q\\\" x a\\Lb \\\\ {} é    : word\n  x {} word - {}    \\t   it's {} \\t \\t longerword tab\\tx \\\\ \\\"q\\\" - a\\Lb \\n\\n it's\n  \\\"q\\\" \\U0001F600 é \\x01 tab\\tx - longerword \\U0001F600 \\t é word    \\\\ {} {} {}\n  \\x01 it's tab\\tx x longerword\"\n? \"é \\t word \\x01 \\n \\\\ x é longerword é \\n\\n # é    word : {} longerword   : \\n\\n\n  tab\\tx \\\\ \\U0001F600 é a\\Lb      \\U0001F600 é it's tab\\tx \\x01 é # \\n\\n \\n longerword\n  tab\\tx é \\n\\n \\t a\\Lb longerword it's \\x01   longerword longerword   longerword\n  \\\\ : : \"\n: \"\\x01\\U0001F600:#wordtab\\tx\\\\\\\\longerwordtab\\tx  longerword\""],
  [" \n \t tab\tx \\ tab\tx longerword \"q\"   tab\tx \n\n      \"q\" é a b {} \u0001 \u0001 x it's é \u0001 # \n\n \u0001 \u0001 \t x \n\n {} \"q\" it's \n \"q\" \t longerword - \u0001 tab\tx   \n\n it's \"q\" \n {} \t", "\" \\n \\t tab\\tx \\\\ tab\\tx longerword \\\"q\\\"   tab\\tx \\n\\n      \\\"q\\\" é a\\Lb {} \\x01\n  \\x01 x it's é \\x01 # \\n\\n \\x01 \\x01 \\t x \\n\\n {} \\\"q\\\" it's \\n \\\"q\\\" \\t longerword\n  - \\x01 tab\\tx   \\n\\n it's \\\"q\\\" \\n {} \\t\""],
  ["# é \\ 😀 - # # word {} 😀 x tab\tx 😀 {} é x # it's \n\n tab\tx word    # it's - é    x    a b #   -   \"q\"    longerword   \"q\" \u0001 word    é \n\n é   \"q\" \n \u0001 it's \"q\"    é \n\n # a b \"q\" \"q\" longerword tab\tx : {}  ", "\"# é \\\\ \\U0001F600 - # # word {} \\U0001F600 x tab\\tx \\U0001F600 {} é x # it's \\n\\n\n  tab\\tx word    # it's - é    x    a\\Lb #   -   \\\"q\\\"    longerword   \\\"q\\\" \\x01\n  word    é \\n\\n é   \\\"q\\\" \\n \\x01 it's \\\"q\\\"    é \\n\\n # a\\Lb \\\"q\\\" \\\"q\\\" longerword\n  tab\\tx : {}  \""],
  [m({ "a": "\ttab\tx  \"q\"\n\n{}é\"q\"{}éé {}\\#:\tword  it's😀longerword  tab\txword\n-it's#xtab\txéa b\n\n\"q\"longerwordé\u0001a b\"q\"\\word😀#xa b:word\"q\"tab\tx\\a btab\tx\u0001{}-\téit's😀a blongerword\\\t \\" }), "a: \"\\ttab\\tx  \\\"q\\\"\\n\\n{}é\\\"q\\\"{}éé {}\\\\#:\\tword  it's\\U0001F600longerword  tab\\txword\\n-it's#xtab\\txéa\\Lb\\n\\n\\\"q\\\"longerwordé\\x01a\\Lb\\\"q\\\"\\\\word\\U0001F600#xa\\Lb:word\\\"q\\\"tab\\tx\\\\a\\Lbtab\\tx\\x01{}-\\téit's\\U0001F600a\\Lblongerword\\\\\\t\n  \\\\\""],
  [m({ "key": m({ "a": "\\ 😀 {} \"q\" tab\tx : a b    x   \u0001 é x \t tab\tx \"q\" word \n\n - \t \n # it's -    \\ tab\tx - it's 😀", "b": "😀 a b it's a b longerword é # it's \t - :    - # longerword \"q\"" }) }), "key:\n  a: \"\\\\ \\U0001F600 {} \\\"q\\\" tab\\tx : a\\Lb    x   \\x01 é x \\t tab\\tx \\\"q\\\" word \\n\\n\n    - \\t \\n # it's -    \\\\ tab\\tx - it's \\U0001F600\"\n  b: \"\\U0001F600 a\\Lb it's a\\Lb longerword é # it's \\t - :    - # longerword \\\"q\\\"\""],
];

describe('toYaml matches helm', () => {
  it.each(written.map((row, i) => [i, ...row] as const))('value %i', (_i, v, want) => {
    expect(toYaml(v)).toBe(want);
  });

  it('trims exactly one final newline, as helm does', () => {
    expect(marshalYaml(m({ a: 'x\n' }))).toBe('a: |\n  x\n');
    expect(toYaml(m({ a: 'x\n' }))).toBe('a: |\n  x');
    expect(toYaml('a\n\n')).toBe('|+\n  a\n');
    expect(toYaml('\n')).toBe('|2+\n');
    expect(toYaml(null)).toBe('null');
    expect(toYaml(m({}))).toBe('{}');
    expect(toYaml([])).toBe('[]');
  });

  it('writes numbers as the JSON round trip leaves them', () => {
    expect(toYaml([1e6, 1e21, 1e20, 2 ** 63, 0.000001, 1.5, -0, 3n, 12345678901])).toBe(
      '- 1000000\n- 1e+21\n- 1e+20\n- 9223372036854776000\n- 1e-06\n- 1.5\n- 0\n- 3\n- 12345678901',
    );
  });

  it('writes long or multi-line keys as ? / : pairs', () => {
    expect(toYaml(m({ 'a\nb': 1n }))).toBe('? |-\n  a\n  b\n: 1');
    expect(toYaml(m({ ['k'.repeat(129)]: [1n, 2n] }))).toBe(`? ${'k'.repeat(129)}\n: - 1\n  - 2`);
    expect(toYaml(m({ ['k'.repeat(128)]: 'v' }))).toBe(`${'k'.repeat(128)}: v`);
  });

  it('prints nothing where go-yaml cannot read the JSON back (NaN, DEL, NEL or 1023+ characters in a key)', () => {
    expect(toYaml(m({ a: NaN }))).toBe('');
    expect(toYaml('del\u007f')).toBe('');
    expect(toYaml(m({ 'a\u0085b': 1n }))).toBe('');
    expect(toYaml(m({ ['k'.repeat(1023)]: 1n }))).toBe('');
    expect(toYaml(m({ ['k'.repeat(1022)]: 1n }))).toBe(`? ${'k'.repeat(1022)}\n: 1`);
    expect(toYaml(['a \u0085  b', '\u0085\u0085x'])).toBe('- a b\n- |2-\n\n  x');
  });
});

// [text, toJson (fromYaml text), toJson (fromYamlArray text)] as helm 4.1.4 printed them
const read: [string, string, string][] = [
  ["k: yes\n", "{\"k\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: no\n", "{\"k\":false}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: on\n", "{\"k\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: off\n", "{\"k\":false}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: y\n", "{\"k\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: n\n", "{\"k\":false}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: Y\n", "{\"k\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: N\n", "{\"k\":false}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: true\n", "{\"k\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: False\n", "{\"k\":false}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: TRUE\n", "{\"k\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: tRue\n", "{\"k\":\"tRue\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: null\n", "{\"k\":null}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: Null\n", "{\"k\":null}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: ~\n", "{\"k\":null}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: \n", "{\"k\":null}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0\n", "{\"k\":0}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 012\n", "{\"k\":10}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 08\n", "{\"k\":8}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 09.5\n", "{\"k\":9.5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0x1f\n", "{\"k\":31}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0X1F\n", "{\"k\":31}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0o17\n", "{\"k\":15}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0O17\n", "{\"k\":15}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0b101\n", "{\"k\":5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -0b101\n", "{\"k\":-5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: +0b1\n", "{\"k\":1}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0b\n", "{\"k\":\"0b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1e3\n", "{\"k\":1000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1E3\n", "{\"k\":1000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1.5\n", "{\"k\":1.5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: .5\n", "{\"k\":0.5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -.5\n", "{\"k\":-0.5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: +.5\n", "{\"k\":0.5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: .5e3\n", "{\"k\":500}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1.\n", "{\"k\":1}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1.e5\n", "{\"k\":100000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1e\n", "{\"k\":\"1e\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -1\n", "{\"k\":-1}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: +1\n", "{\"k\":1}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -0\n", "{\"k\":0}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: +0\n", "{\"k\":0}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1_000\n", "{\"k\":1000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1__0\n", "{\"k\":10}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: _1\n", "{\"k\":\"_1\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1_0.5\n", "{\"k\":10.5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1:20\n", "{\"k\":\"1:20\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -1:20\n", "{\"k\":\"-1:20\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 190:20:30.15\n", "{\"k\":\"190:20:30.15\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-01-02\n", "{\"k\":\"2024-01-02\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-1-2\n", "{\"k\":\"2024-1-2\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-13-02\n", "{\"k\":\"2024-13-02\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-02-30\n", "{\"k\":\"2024-02-30\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-01-02T10:00:00Z\n", "{\"k\":\"2024-01-02T10:00:00Z\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-01-02t10:00:00.5+01:00\n", "{\"k\":\"2024-01-02t10:00:00.5+01:00\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-01-02 10:00:00\n", "{\"k\":\"2024-01-02 10:00:00\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 2024-01-02 25:00:00\n", "{\"k\":\"2024-01-02 25:00:00\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: .inf\n", "{\"Error\":\"error converting YAML to JSON: json: unsupported value: +Inf\"}", "[\"error converting YAML to JSON: json: unsupported value: +Inf\"]"],
  ["k: -.Inf\n", "{\"Error\":\"error converting YAML to JSON: json: unsupported value: -Inf\"}", "[\"error converting YAML to JSON: json: unsupported value: -Inf\"]"],
  ["k: +.INF\n", "{\"Error\":\"error converting YAML to JSON: json: unsupported value: +Inf\"}", "[\"error converting YAML to JSON: json: unsupported value: +Inf\"]"],
  ["k: .nan\n", "{\"Error\":\"error converting YAML to JSON: json: unsupported value: NaN\"}", "[\"error converting YAML to JSON: json: unsupported value: NaN\"]"],
  ["k: .NaN\n", "{\"Error\":\"error converting YAML to JSON: json: unsupported value: NaN\"}", "[\"error converting YAML to JSON: json: unsupported value: NaN\"]"],
  ["k: 1e999\n", "{\"k\":\"1e999\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -1e999\n", "{\"k\":\"-1e999\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: .5e999\n", "{\"k\":\".5e999\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 1e-999\n", "{\"k\":0}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 9223372036854775807\n", "{\"k\":9223372036854776000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 9223372036854775808\n", "{\"k\":9223372036854776000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -9223372036854775808\n", "{\"k\":-9223372036854776000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -9223372036854775809\n", "{\"k\":-9223372036854776000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 18446744073709551615\n", "{\"k\":18446744073709552000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 18446744073709551616\n", "{\"k\":18446744073709552000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0x7FFFFFFFFFFFFFFF\n", "{\"k\":9223372036854776000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0xFFFFFFFFFFFFFFFF\n", "{\"k\":18446744073709552000}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0x10000000000000000\n", "{\"k\":\"0x10000000000000000\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 123456789012345678901234567890\n", "{\"k\":1.2345678901234568e+29}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0.1\n", "{\"k\":0.1}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 3.14159265358979323846\n", "{\"k\":3.141592653589793}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: <<\n", "{\"k\":\"\\u003c\\u003c\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: =\n", "{\"k\":\"=\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: a b\n", "{\"k\":\"a b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: \"quoted\"\n", "{\"k\":\"quoted\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 'single'\n", "{\"k\":\"single\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: \"yes\"\n", "{\"k\":\"yes\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: '1'\n", "{\"k\":\"1\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!str 1\n", "{\"k\":\"1\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!int \"5\"\n", "{\"k\":5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!float 5\n", "{\"k\":5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!bool yes\n", "{\"k\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!null ~\n", "{\"k\":null}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!int x\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int\"]"],
  ["k: !!float x\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!float\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!float\"]"],
  ["k: !!null x\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!null\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!null\"]"],
  ["k: !!bool 1\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!int `1` as a !!bool\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!int `1` as a !!bool\"]"],
  ["k: !!str yes\n", "{\"k\":\"yes\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !foo bar\n", "{\"k\":\"bar\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: ! 5\n", "{\"k\":\"5\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!binary aGVsbG8=\n", "{\"k\":\"hello\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!binary \"aGVsbG8gd29ybGQ=\"\n", "{\"k\":\"hello world\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!timestamp 2001-01-01\n", "{\"k\":\"2001-01-01\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: !!timestamp 5\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!int `5` as a !!timestamp\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!int `5` as a !!timestamp\"]"],
  ["k: !!int 2001-01-01\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!int\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!int\"]"],
  ["k: !!float 2001-01-01\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!float\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!float\"]"],
  ["k: !!str ~\n", "{\"k\":\"~\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0o8\n", "{\"k\":\"0o8\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 00\n", "{\"k\":0}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: -012\n", "{\"k\":-10}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 0777\n", "{\"k\":511}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: +0x10\n", "{\"k\":16}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: - x\n", "{\"Error\":\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"]"],
  ["k: [1, 2]\n", "{\"k\":[1,2]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: {a: 1}\n", "{\"k\":{\"a\":1}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: |\n  text\n\n", "{\"k\":\"text\\n\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: >\n  folded\n  text\n\n", "{\"k\":\"folded text\\n\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: &a 5\n", "{\"k\":5}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: \"\\x41\\u00e9\"\n", "{\"k\":\"Aé\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["k: 'it''s'\n", "{\"k\":\"it's\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["yes: v\n", "{\"true\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["no: v\n", "{\"false\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["on: v\n", "{\"true\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["off: v\n", "{\"false\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["y: v\n", "{\"true\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["n: v\n", "{\"false\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["Y: v\n", "{\"true\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["N: v\n", "{\"false\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["true: v\n", "{\"true\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["False: v\n", "{\"false\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["TRUE: v\n", "{\"true\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["tRue: v\n", "{\"tRue\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["null: v\n", "{\"Error\":\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"}", "[\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"]"],
  ["Null: v\n", "{\"Error\":\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"}", "[\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"]"],
  ["~: v\n", "{\"Error\":\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"}", "[\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"]"],
  ["0: v\n", "{\"0\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["012: v\n", "{\"10\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["08: v\n", "{\"8\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["09.5: v\n", "{\"9.5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0x1f: v\n", "{\"31\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0X1F: v\n", "{\"31\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0o17: v\n", "{\"15\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0O17: v\n", "{\"15\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0b101: v\n", "{\"5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-0b101: v\n", "{\"-5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["+0b1: v\n", "{\"1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0b: v\n", "{\"0b\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1e3: v\n", "{\"1000\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1E3: v\n", "{\"1000\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1.5: v\n", "{\"1.5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  [".5: v\n", "{\"0.5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-.5: v\n", "{\"-0.5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["+.5: v\n", "{\"0.5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  [".5e3: v\n", "{\"500\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1.: v\n", "{\"1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1.e5: v\n", "{\"100000\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1e: v\n", "{\"1e\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-1: v\n", "{\"-1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["+1: v\n", "{\"1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-0: v\n", "{\"0\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["+0: v\n", "{\"0\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1_000: v\n", "{\"1000\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1__0: v\n", "{\"10\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["_1: v\n", "{\"_1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1_0.5: v\n", "{\"10.5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1:20: v\n", "{\"1:20\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-1:20: v\n", "{\"-1:20\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["190:20:30.15: v\n", "{\"190:20:30.15\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-01-02: v\n", "{\"2024-01-02\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-1-2: v\n", "{\"2024-1-2\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-13-02: v\n", "{\"2024-13-02\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-02-30: v\n", "{\"2024-02-30\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-01-02T10:00:00Z: v\n", "{\"2024-01-02T10:00:00Z\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-01-02t10:00:00.5+01:00: v\n", "{\"2024-01-02t10:00:00.5+01:00\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-01-02 10:00:00: v\n", "{\"2024-01-02 10:00:00\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["2024-01-02 25:00:00: v\n", "{\"2024-01-02 25:00:00\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  [".inf: v\n", "{\".inf\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-.Inf: v\n", "{\"-.inf\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["+.INF: v\n", "{\".inf\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  [".nan: v\n", "{\".nan\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  [".NaN: v\n", "{\".nan\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1e999: v\n", "{\"1e999\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-1e999: v\n", "{\"-1e999\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  [".5e999: v\n", "{\".5e999\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1e-999: v\n", "{\"0\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["9223372036854775807: v\n", "{\"9223372036854775807\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["9223372036854775808: v\n", "{\"Error\":\"error converting YAML to JSON: unsupported map key of type: uint64, key: 0x8000000000000000, value: \\\"v\\\"\"}", "[\"error converting YAML to JSON: unsupported map key of type: uint64, key: 0x8000000000000000, value: \\\"v\\\"\"]"],
  ["-9223372036854775808: v\n", "{\"-9223372036854775808\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-9223372036854775809: v\n", "{\"-9.223372e+18\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["18446744073709551615: v\n", "{\"Error\":\"error converting YAML to JSON: unsupported map key of type: uint64, key: 0xffffffffffffffff, value: \\\"v\\\"\"}", "[\"error converting YAML to JSON: unsupported map key of type: uint64, key: 0xffffffffffffffff, value: \\\"v\\\"\"]"],
  ["18446744073709551616: v\n", "{\"1.8446744e+19\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0x7FFFFFFFFFFFFFFF: v\n", "{\"9223372036854775807\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0xFFFFFFFFFFFFFFFF: v\n", "{\"Error\":\"error converting YAML to JSON: unsupported map key of type: uint64, key: 0xffffffffffffffff, value: \\\"v\\\"\"}", "[\"error converting YAML to JSON: unsupported map key of type: uint64, key: 0xffffffffffffffff, value: \\\"v\\\"\"]"],
  ["0x10000000000000000: v\n", "{\"0x10000000000000000\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["123456789012345678901234567890: v\n", "{\"1.2345679e+29\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0.1: v\n", "{\"0.1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["3.14159265358979323846: v\n", "{\"3.1415927\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["<<: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\"}", "[\"error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\"]"],
  ["=: v\n", "{\"=\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a b: v\n", "{\"a b\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"quoted\": v\n", "{\"quoted\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["'single': v\n", "{\"single\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"yes\": v\n", "{\"yes\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["'1': v\n", "{\"1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!str 1: v\n", "{\"1\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!int \"5\": v\n", "{\"5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!float 5: v\n", "{\"5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!bool yes: v\n", "{\"true\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!null ~: v\n", "{\"Error\":\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"}", "[\"error converting YAML to JSON: unsupported map key of type: %!s(\\u003cnil\\u003e), key: \\u003cnil\\u003e, value: \\\"v\\\"\"]"],
  ["!!int x: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int\"]"],
  ["!!float x: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!float\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!float\"]"],
  ["!!null x: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!null\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!null\"]"],
  ["!!bool 1: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!int `1` as a !!bool\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!int `1` as a !!bool\"]"],
  ["!!str yes: v\n", "{\"yes\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!foo bar: v\n", "{\"bar\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["! 5: v\n", "{\"5\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!binary aGVsbG8=: v\n", "{\"hello\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!binary \"aGVsbG8gd29ybGQ=\": v\n", "{\"hello world\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!timestamp 2001-01-01: v\n", "{\"2001-01-01\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["!!timestamp 5: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!int `5` as a !!timestamp\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!int `5` as a !!timestamp\"]"],
  ["!!int 2001-01-01: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!int\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!int\"]"],
  ["!!float 2001-01-01: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!float\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `2001-01-01` as a !!float\"]"],
  ["!!str ~: v\n", "{\"~\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0o8: v\n", "{\"0o8\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["00: v\n", "{\"0\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["-012: v\n", "{\"-10\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0777: v\n", "{\"511\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["+0x10: v\n", "{\"16\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["[1, 2]: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: invalid map key: []interface {}{1, 2}\"}", "[\"error converting YAML to JSON: yaml: invalid map key: []interface {}{1, 2}\"]"],
  ["{a: 1}: v\n", "{\"Error\":\"error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{\\\"a\\\":1}\"}", "[\"error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{\\\"a\\\":1}\"]"],
  ["\"\\x41\\u00e9\": v\n", "{\"Aé\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["'it''s': v\n", "{\"it's\":\"v\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: &x {b: 1, c: 2}\nd: *x\ne:\n  <<: *x\n  c: 3\n", "{\"a\":{\"b\":1,\"c\":2},\"d\":{\"b\":1,\"c\":2},\"e\":{\"b\":1,\"c\":3}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: {x: 1}\nb: {y: 2}\nc:\n  <<: [*a, *b]\n", "{\"Error\":\"error converting YAML to JSON: yaml: unknown anchor 'a' referenced\"}", "[\"error converting YAML to JSON: yaml: unknown anchor 'a' referenced\"]"],
  ["a: &a {x: 1}\nb: &b {x: 2}\nc:\n  <<: [*a, *b]\n", "{\"a\":{\"x\":1},\"b\":{\"x\":2},\"c\":{\"x\":1}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: &a {x: 1}\nc:\n  x: 5\n  <<: *a\n", "{\"a\":{\"x\":1},\"c\":{\"x\":1}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: &a {x: 1}\nc:\n  <<: *a\n  x: 5\n", "{\"a\":{\"x\":1},\"c\":{\"x\":5}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["c:\n  <<: 5\n", "{\"Error\":\"error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\"}", "[\"error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\"]"],
  ["a: &a [1]\nc:\n  <<: *a\n", "{\"Error\":\"error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\"}", "[\"error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\"]"],
  ["c:\n  \"<<\": {a: 1}\n", "{\"c\":{\"\\u003c\\u003c\":{\"a\":1}}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["c:\n  !!merge <<: {a: 1}\n", "{\"c\":{\"a\":1}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: &x 1\nb: *x\nb2: &x 2\nc: *x\n", "{\"a\":1,\"b\":1,\"b2\":2,\"c\":2}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: *nope\n", "{\"Error\":\"error converting YAML to JSON: yaml: unknown anchor 'nope' referenced\"}", "[\"error converting YAML to JSON: yaml: unknown anchor 'nope' referenced\"]"],
  ["a: &x [*x]\n", "{\"Error\":\"error converting YAML to JSON: yaml: anchor 'x' value contains itself\"}", "[\"error converting YAML to JSON: yaml: anchor 'x' value contains itself\"]"],
  ["a: &x\n  b: *x\n", "{\"Error\":\"error converting YAML to JSON: yaml: anchor 'x' value contains itself\"}", "[\"error converting YAML to JSON: yaml: anchor 'x' value contains itself\"]"],
  ["- &a\n  - 1\n- *a\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[[1],[1]]"],
  ["a: b\n---\nc: d\n", "{\"a\":\"b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["---\n", "{}", "[]"],
  ["# just a comment\n", "{}", "[]"],
  ["", "{}", "[]"],
  ["   \n", "{}", "[]"],
  ["~\n", "{}", "[]"],
  ["null\n", "{}", "[]"],
  ["- 1\n- 2\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[1,2]"],
  ["[]", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[]"],
  ["{}", "{}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["x", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["\"x\"", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["5", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type []interface {}\"]"],
  ["true", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type []interface {}\"]"],
  ["a: 1\na: 2\n", "{\"a\":2}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1: a\n\"1\": b\n", "{\"1\":\"b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a:\n  - b\n  -\n  - c: d\n", "{\"a\":[\"b\",null,{\"c\":\"d\"}]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: [1, [2, 3], {b: c}]\n", "{\"a\":[1,[2,3],{\"b\":\"c\"}]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: {b: [1, 2], c: {d: e}}\n", "{\"a\":{\"b\":[1,2],\"c\":{\"d\":\"e\"}}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["? a\n? b\n: c\n", "{\"a\":null,\"b\":\"c\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["? [1, 2]\n: x\n", "{\"Error\":\"error converting YAML to JSON: yaml: invalid map key: []interface {}{1, 2}\"}", "[\"error converting YAML to JSON: yaml: invalid map key: []interface {}{1, 2}\"]"],
  ["? {a: 1}\n: x\n", "{\"Error\":\"error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{\\\"a\\\":1}\"}", "[\"error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{\\\"a\\\":1}\"]"],
  ["a: |-\n  l1\n  l2\n\n", "{\"a\":\"l1\\nl2\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: |+\n  l1\n\n", "{\"a\":\"l1\\n\\n\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: >-\n  f1\n  f2\n\n  f3\n", "{\"a\":\"f1 f2\\nf3\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: \"multi\n  line\"\n", "{\"a\":\"multi line\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: 'multi\n\n  line'\n", "{\"a\":\"multi\\nline\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: plain\n  continued\n", "{\"a\":\"plain continued\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a:    spaced   \n", "{\"a\":\"spaced\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: x # comment\n", "{\"a\":\"x\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: \"x\" # c\n", "{\"a\":\"x\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"a b\": 1\n'c': 2\n", "{\"a b\":1,\"c\":2}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: [1,2", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'\"]"],
  ["a: b: c", "{\"Error\":\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"]"],
  ["a:\n\t- b\n", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: found character that cannot start any token\"}", "[\"error converting YAML to JSON: yaml: line 2: found character that cannot start any token\"]"],
  ["{a: 1, b}\n", "{\"a\":1,\"b\":null}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["[a: 1, b]\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[{\"a\":1},\"b\"]"],
  ["%YAML 1.1\n---\na: 1\n", "{\"a\":1}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: !!omap [b: 1]\n", "{\"a\":[{\"b\":1}]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: !!set {b}\n", "{\"a\":{\"b\":null}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: !!map {b: 1}\n", "{\"a\":{\"b\":1}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: !!seq [1]\n", "{\"a\":[1]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["é: ü\n", "{\"é\":\"ü\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"\\u2028\": x\n", "{\"\\u2028\":\"x\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: \"\\t\\n\\r\"\n", "{\"a\":\"\\t\\n\\r\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: ~\nb:\nc: null\n", "{\"a\":null,\"b\":null,\"c\":null}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["__proto__: {polluted: 1}\nconstructor: x\n", "{\"__proto__\":{\"polluted\":1},\"constructor\":\"x\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: 1.0\nb: 1e6\nc: 100000000000000000000000\n", "{\"a\":1,\"b\":1000000,\"c\":1e+23}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["list:\n- a\n- b\n", "{\"list\":[\"a\",\"b\"]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: -\n", "{\"Error\":\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"]"],
  ["a: - b\n", "{\"Error\":\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"]"],
  ["a: ?\n", "{\"Error\":\"error converting YAML to JSON: yaml: mapping keys are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: mapping keys are not allowed in this context\"]"],
  ["a: :\n", "{\"Error\":\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"]"],
  ["a: \"\\N\\_\\L\\P\\e\\a\\v\\0\"\n", "{\"a\":\" \\u2028\\u2029\\u001b\\u0007\\u000b\\u0000\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: 0.0000001\n", "{\"a\":1e-7}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: '''\n", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: found unexpected end of stream\"}", "[\"error converting YAML to JSON: yaml: line 2: found unexpected end of stream\"]"],
  ["a:\n  b:\n    c:\n      d: [[[[1]]]]\n", "{\"a\":{\"b\":{\"c\":{\"d\":[[[[1]]]]}}}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"0o17\"\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["a: true\n", "{\"a\":true}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"10\": '''q''1.5'\n", "{\"10\":\"'q'1.5\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["'dolor  consectetur  ipsum  é  consectetur     consectetur  lorem  #b  é  consectetur  amet,  a:'\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["2.8603076934814453e+06\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type []interface {}\"]"],
  ["- 1394\n- - 1e+21\n  - {}\n  - - 2.302945852279663e-07\n    - a10: 36858\n    - true\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[1394,[1e+21,{},[2.302945852279663e-7,{\"a10\":36858},true]]]"],
  ["z: 4.0100657939910885e-05\n", "{\"z\":0.000040100657939910885}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["0.004689137935638428\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type []interface {}\"]"],
  ["|-\n  x: y\n  z\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["- - \"1e3\": false\n  - false\n- -219337\n- -392668\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[[{\"1e3\":false},false],-219337,-392668]"],
  ["\"TRUE\":\n  '#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b': 383877\n  \"-0\": {}\n  \"1\": {}\n  a10: []\né:\n- ? |2-\n      indented\n    more\n  : 46639\n  '%x': 1,000\n  a: 0.5\n- 'dolor ipsum   consectetur #b #b é sit'\n- ON? x\n", "{\"TRUE\":{\"#b     dolor amet, é #b sit consectetur sit lorem a: ipsum x amet, é sit é a: lorem é #b\":383877,\"-0\":{},\"1\":{},\"a10\":[]},\"é\":[{\"  indented\\nmore\":46639,\"%x\":\"1,000\",\"a\":0.5},\"dolor ipsum   consectetur #b #b é sit\",\"ON? x\"]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["false\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type []interface {}\"]"],
  ["false\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type []interface {}\"]"],
  ["'consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   ':\n  =: {}\nkey:\n- a  b\n- 2024-01-02.5\n", "{\"consectetur  ipsum  ipsum  lorem  lorem  ipsum  x  sit  a:  amet,   \":{\"=\":{}},\"key\":[\"a  b\",\"2024-01-02.5\"]}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["55458\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type []interface {}\"]"],
  ["false\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type []interface {}\"]"],
  ["[]\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[]"],
  ["false\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal bool into Go value of type []interface {}\"]"],
  ["null\n", "{}", "[]"],
  ["null\n", "{}", "[]"],
  ["'#xnULL': 497391\n_x:\n  \"-.5\": false\n  a.b:\n    '...': true\n    _x: {}\n    \"1\": |2-\n\n      -é\n  'x consectetur sit #b consectetur amet, ipsum   ipsum consectetur amet, x a: é x amet, a: sit lorem #b é sit dolor a:  ': 60163\n  x01: :-\nkey2:\n  :x: 'é ipsum consectetur #b lorem consectetur consectetur dolor dolor   é   consectetur\n    é ipsum x dolor a: a:   a:'\n  a.b: -3.737621307373046e-05\n  x01: null\n? |-\n  x\n  y{a}\n: {}\n", "{\"#xnULL\":497391,\"_x\":{\"-.5\":false,\"a.b\":{\"...\":true,\"1\":\"\\n-é\",\"_x\":{}},\"x consectetur sit #b consectetur amet, ipsum   ipsum consectetur amet, x a: é x amet, a: sit lorem #b é sit dolor a:  \":60163,\"x01\":\":-\"},\"key2\":{\":x\":\"é ipsum consectetur #b lorem consectetur consectetur dolor dolor   é   consectetur é ipsum x dolor a: a:   a:\",\"a.b\":-0.00003737621307373046,\"x01\":null},\"x\\ny{a}\":{}}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["1.e5ON: []\na.b:\n- 477202\n- \"1\": {}\n  key: 123456789\n- - {}\n  - '*a'\n  - \"2002-12-14\"\nx1y: 1e400\nz: 75592\n", "{\"1.e5ON\":[],\"a.b\":[477202,{\"1\":{},\"key\":123456789},[{},\"*a\",\"2002-12-14\"]],\"x1y\":\"1e400\",\"z\":75592}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["- \"1\": {}\n  ? \"a \\nby\"\n  : '&a'\n  a9: \"0x1f\"\n- - \".nan\"\n  - 0xG\n  - 'consectetur   é sit ipsum lorem   a: a: lorem'\n- e5\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[{\"1\":{},\"a \\nby\":\"\\u0026a\",\"a9\":\"0x1f\"},[\".nan\",\"0xG\",\"consectetur   é sit ipsum lorem   a: a: lorem\"],\"e5\"]"],
  ["\"~\"\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["\"off\"\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type []interface {}\"]"],
  ["{}\n", "{}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["\"Yes\":\n- 'dolor  lorem     ipsum  ipsum  sit     amet,  a:  sit     é  a:  amet,  #b  sit  é  #b': -418.4587001800537\nb: -302638\n", "{\"Yes\":[{\"dolor  lorem     ipsum  ipsum  sit     amet,  a:  sit     é  a:  amet,  #b  sit  é  #b\":-418.4587001800537}],\"b\":-302638}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["22118\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type []interface {}\"]"],
  [":x: 'dolor a: amet, amet, consectetur'\n\"012\": {}\n", "{\"012\":{},\":x\":\"dolor a: amet, amet, consectetur\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["389781\n", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type []interface {}\"]"],
];

describe('fromYaml and fromYamlArray match helm', () => {
  it.each(read.map((row, i) => [i, ...row] as const))('document %i: %j', (_i, text, asMap, asList) => {
    expect(toJson(fromYaml(text))).toBe(asMap);
    expect(toJson(fromYamlArray(text))).toBe(asList);
  });

  it('still reports syntax errors whose libyaml wording is not reproduced', () => {
    for (const text of ['- a\nb: c\n', 'a: 1\n b: 2\n', 'k: !!binary !!!\n']) {
      expect(String(fromYaml(text).Error)).toMatch(/^error converting YAML to JSON: yaml: /);
    }
  });
});

describe('reading values', () => {
  it('gives float64 numbers, YAML 1.1 booleans and string timestamps', () => {
    const v = readValues('a: 1\nb: yes\nc: on\nd: 2024-01-02\ne: 0x1F\nf: 1e999\ng: 0777\n');
    expect(toJson(v)).toBe('{"a":1,"b":true,"c":true,"d":"2024-01-02","e":31,"f":"1e999","g":511}');
    expect(typeof v.a).toBe('number');
  });

  it('keeps __proto__ as an ordinary key in a prototype-free map', () => {
    const v = readValues('__proto__:\n  polluted: 1\nconstructor: x\n');
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(hasKey(v, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads an empty text as an empty map and refuses a list', () => {
    expect(toJson(readValues(''))).toBe('{}');
    expect(toJson(readValues('# only a comment\n'))).toBe('{}');
    expect(() => readValues('- 1\n')).toThrow(YamlError);
    expect(() => readValues('- 1\n')).toThrow('json: cannot unmarshal array into Go value of type map[string]interface {}');
  });

  it('refuses excessive aliasing and absurd nesting instead of hanging', () => {
    let laughs = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) laughs += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(() => parseYaml(laughs)).toThrow('document contains excessive aliasing');
    expect(() => parseYaml('a: ' + '['.repeat(20000) + ']'.repeat(20000))).toThrow(YamlError);
  });

  it('reads every document of a multi-document text', () => {
    expect(parseYamlDocuments('a: 1\n---\n- x\n---\n').map((d) => toJson(d))).toEqual(['{"a":1}', '["x"]', 'null']);
  });
});

// Syntax errors and block scalars at the end of the text, as helm 4.1.4's fromYaml/fromYamlArray print them.
const helmSyntax: [string, string, string][] = [
  ["a: b: c", "{\"Error\":\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"]"],
  ["{\"a\": 1", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'\"]"],
  ["a: [", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"]"],
  ["[1, 2", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'\"]"],
  ["a: {b: 1", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'\"]"],
  ["a:\n  b: c\n d: e", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: did not find expected key\"}", "[\"error converting YAML to JSON: yaml: line 2: did not find expected key\"]"],
  ["a: b\nc", "{\"Error\":\"error converting YAML to JSON: yaml: line 3: could not find expected ':'\"}", "[\"error converting YAML to JSON: yaml: line 3: could not find expected ':'\"]"],
  ["- a\nb: c", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected '-' indicator\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected '-' indicator\"]"],
  ["a: \"x", "{\"Error\":\"error converting YAML to JSON: yaml: found unexpected end of stream\"}", "[\"error converting YAML to JSON: yaml: found unexpected end of stream\"]"],
  ["a: 'x", "{\"Error\":\"error converting YAML to JSON: yaml: found unexpected end of stream\"}", "[\"error converting YAML to JSON: yaml: found unexpected end of stream\"]"],
  ["a:\n\t- b", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: found character that cannot start any token\"}", "[\"error converting YAML to JSON: yaml: line 2: found character that cannot start any token\"]"],
  ["a: b: c\nd: e", "{\"Error\":\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"]"],
  ["x: 1\na: b: c", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context\"]"],
  ["a: &x 1\nb: *y", "{\"Error\":\"error converting YAML to JSON: yaml: unknown anchor 'y' referenced\"}", "[\"error converting YAML to JSON: yaml: unknown anchor 'y' referenced\"]"],
  ["{a: 1]", "{\"Error\":\"error converting YAML to JSON: yaml: did not find expected ',' or '}'\"}", "[\"error converting YAML to JSON: yaml: did not find expected ',' or '}'\"]"],
  ["[a, b}", "{\"Error\":\"error converting YAML to JSON: yaml: did not find expected ',' or ']'\"}", "[\"error converting YAML to JSON: yaml: did not find expected ',' or ']'\"]"],
  [": x", "{\"Error\":\"error converting YAML to JSON: yaml: did not find expected key\"}", "[\"error converting YAML to JSON: yaml: did not find expected key\"]"],
  ["a: - b", "{\"Error\":\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: block sequence entries are not allowed in this context\"]"],
  ["a:\n- b\n c: d", "{\"Error\":\"error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context\"]"],
  ["- a: b: c", "{\"Error\":\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"]"],
  ["a: [\n", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"]"],
  ["{\"a\": 1\n", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'\"]"],
  ["a: b: c\n", "{\"Error\":\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: mapping values are not allowed in this context\"]"],
  ["a: b\n  c: d: e", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context\"]"],
  ["[", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"]"],
  ["{", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"]"],
  ["a: !!int x", "{\"Error\":\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int\"}", "[\"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int\"]"],
  ["a: b\n- c", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected key\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected key\"]"],
  ["key: \"a\\qb\"", "{\"Error\":\"error converting YAML to JSON: yaml: found unknown escape character\"}", "[\"error converting YAML to JSON: yaml: found unknown escape character\"]"],
  ["a: |\n b\n c", "{\"a\":\"b\\nc\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a:\n  - b\n  c: d", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator\"}", "[\"error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator\"]"],
  ["a: {b: c: d}", "{\"Error\":\"error converting YAML to JSON: yaml: did not find expected ',' or '}'\"}", "[\"error converting YAML to JSON: yaml: did not find expected ',' or '}'\"]"],
  ["a: [b: c: d]", "{\"Error\":\"error converting YAML to JSON: yaml: did not find expected ',' or ']'\"}", "[\"error converting YAML to JSON: yaml: did not find expected ',' or ']'\"]"],
  ["\"a\": \"b\" \"c\"", "{\"Error\":\"error converting YAML to JSON: yaml: did not find expected key\"}", "[\"error converting YAML to JSON: yaml: did not find expected key\"]"],
  ["a: b #c\n  d", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected key\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected key\"]"],
  ["a: |+\n b\n", "{\"a\":\"b\\n\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: |+\n b", "{\"a\":\"b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: >\n b\n c", "{\"a\":\"b c\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: |-\n b", "{\"a\":\"b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: |\n b\n\n", "{\"a\":\"b\\n\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: |+\n b\n\n", "{\"a\":\"b\\n\\n\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: |\n b\nc: 1", "{\"a\":\"b\\n\",\"c\":1}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["- |\n  x", "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[\"x\"]"],
  ["a: |2\n   b", "{\"a\":\" b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: >+\n b", "{\"a\":\"b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["a: 1\n: x", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected key\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected key\"]"],
  ["a: b\nc\n", "{\"Error\":\"error converting YAML to JSON: yaml: line 3: could not find expected ':'\"}", "[\"error converting YAML to JSON: yaml: line 3: could not find expected ':'\"]"],
  ["a: b\nc\nd: e", "{\"Error\":\"error converting YAML to JSON: yaml: line 3: could not find expected ':'\"}", "[\"error converting YAML to JSON: yaml: line 3: could not find expected ':'\"]"],
  ["{a:", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"]"],
  ["[a,", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"]"],
  ["{a: [", "{\"Error\":\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"}", "[\"error converting YAML to JSON: yaml: line 1: did not find expected node content\"]"],
  ["a: \"x\ny", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: found unexpected end of stream\"}", "[\"error converting YAML to JSON: yaml: line 2: found unexpected end of stream\"]"],
  ["a: b\n  c\n", "{\"a\":\"b c\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
  ["- a\n- b\nc: d", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator\"}", "[\"error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator\"]"],
  ["a:\n  b: 1\n   c: 2", "{\"Error\":\"error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context\"}", "[\"error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context\"]"],
  ["x:\n  - a\n  -b: c\n  d: e", "{\"Error\":\"error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator\"}", "[\"error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator\"]"],
  ["a: x\n  - b", "{\"a\":\"x - b\"}", "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]"],
];

describe('libyaml wording of syntax errors, and texts ending inside a block scalar', () => {
  it.each(helmSyntax.map((row, i) => [i, ...row] as const))('case %i: %j', (_i, text, asMap, asList) => {
    expect(toJson(fromYaml(text))).toBe(asMap);
    expect(toJson(fromYamlArray(text))).toBe(asList);
  });
});
