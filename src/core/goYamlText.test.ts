// Expectations are what helm 4's `toYaml` printed for the same data (checked with the real helm
// through kube-stager's ConfigMap; its config-text-quoting fixture keeps a part of it end to end).
import { describe, expect, it } from 'vitest';
import { toYamlText } from './goYamlText';

const item = (s: string) => toYamlText([s]);

describe('toYamlText quotes strings only where YAML would misread them', () => {
  it.each([
    ['plain', '- plain'],
    ['true', '- "true"'],
    ['yes', '- "yes"'],
    ['y', '- "y"'],
    ['on', '- "on"'],
    ['~', '- "~"'],
    ['', '- ""'],
    ['null', '- "null"'],
    ['123', '- "123"'],
    ['0x1F', '- "0x1F"'],
    ['0o17', '- "0o17"'],
    ['017', '- "017"'],
    ['08', '- "08"'],
    ['1e3', '- "1e3"'],
    ['.5', '- ".5"'],
    ['.', '- .'],
    ['1:20', '- "1:20"'],
    ['2024-01-02', '- "2024-01-02"'],
    ['2024-1-2 10:00:00', '- "2024-1-2 10:00:00"'],
    ['1_000', '- "1_000"'],
    ['+1', '- "+1"'],
    ['-', "- '-'"],
    ['- x', "- '- x'"],
    ['a: b', "- 'a: b'"],
    ['a:b', '- a:b'],
    ['a #b', "- 'a #b'"],
    ['a#b', '- a#b'],
    ['#x', "- '#x'"],
    ['x:', "- 'x:'"],
    [' lead', "- ' lead'"],
    ['trail ', "- 'trail '"],
    ['tab\there', '- "tab\\there"'],
    ['quote"d', '- quote"d'],
    ["'s", "- '''s'"],
    ['ünïcödé', '- ünïcödé'],
    ['emoji 🎉', '- "emoji \\U0001F389"'],
    ['<<', '- <<'],
    ['---x', "- '---x'"],
    ['?x', '- ?x'],
    [':x', '- :x'],
    ['-x', '- -x'],
    ['{a}', "- '{a}'"],
    ['127.0.0.1:8080', '- 127.0.0.1:8080'],
    [':8081', '- :8081'],
  ])('%j', (input, expected) => {
    expect(item(input)).toBe(expected);
  });
});

describe('toYamlText layout', () => {
  it('writes multi-line strings as literal blocks with the right chomping', () => {
    expect(item('multi\nline')).toBe('- |-\n  multi\n  line');
    expect(item('multi\nline\n')).toBe('- |\n  multi\n  line');
    expect(item(' indented\nline')).toBe('- |2-\n   indented\n  line');
    expect(item('space \nbreak')).toBe('- "space \\nbreak"');
  });

  it('folds long plain and single-quoted strings at a space past column 80', () => {
    const long = 'this is a rather long string with many words in it that goes past the eighty column limit for sure yes';
    expect(item(long)).toBe('- this is a rather long string with many words in it that goes past the eighty column\n  limit for sure yes');
    expect(toYamlText({ nested: { deeper: { long: long.replace(/ yes$/, '') } } })).toBe(
      'nested:\n  deeper:\n    long: this is a rather long string with many words in it that goes past the eighty\n      column limit for sure',
    );
    const noSpaces = 'x'.repeat(100);
    expect(item(noSpaces)).toBe(`- ${noSpaces}`);
  });

  it('sorts keys the go-yaml way and nests lists without indenting them under keys', () => {
    expect(toYamlText({ a10: 1, a9: 1, B: 1, _x: 1, '123': 3, '': 4, aaa: [] })).toBe('"": 4\n_x: 1\n"123": 3\nB: 1\na9: 1\na10: 1\naaa: []');
    expect(toYamlText({ fff: [['a', 'b'], [], {}, { x: 1, y: [1, 2] }, null] })).toBe(
      'fff:\n- - a\n  - b\n- []\n- {}\n- x: 1\n  "y":\n  - 1\n  - 2\n- null',
    );
  });

  it('prints numbers as JSON then go-yaml would', () => {
    expect(toYamlText({ a: 1.5, b: 1e20, c: 0.0000001, d: 1000000, e: 600, f: true, g: null })).toBe(
      'a: 1.5\nb: 1e+20\nc: 1e-07\nd: 1000000\ne: 600\nf: true\ng: null',
    );
  });

  it('prints empty and missing values the way helm does', () => {
    expect(toYamlText({})).toBe('{}');
    expect(toYamlText(undefined)).toBe('null');
    expect(toYamlText('text')).toBe('text');
  });
});
