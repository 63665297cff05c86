import { describe, expect, it } from 'vitest';
import { globToRegExp, IgnoreRules } from './ignore';
import { loadChart } from './load';
import { chartFiles } from './testkit';

const CHART = 'apiVersion: v2\nname: c\nversion: 1.0.0\n';
const base = {
  'Chart.yaml': CHART,
  'a.txt': 'a',
  'keep.txt': 'k',
  'sub/s.txt': 's',
  'templates/t.yaml': 'x: 1',
  'templates/.hidden.yaml': 'h: 1',
  'templates/.hid/x.yaml': 'h: 2',
};

function filesWith(helmignore?: string): string[] {
  const files = helmignore === undefined ? base : { ...base, '.helmignore': helmignore };
  return loadChart(chartFiles(files)).files.map((f) => f.name);
}

describe('.helmignore (outputs checked with helm 4.1.4)', () => {
  it('skips dotfiles in templates/ by default', () => {
    expect(filesWith()).toEqual(['a.txt', 'keep.txt', 'sub/s.txt']);
    expect(loadChart(chartFiles(base)).templates.map((t) => t.name)).toEqual(['templates/t.yaml']);
  });

  it('matches base names, anchored paths and directories', () => {
    expect(filesWith('*.txt\n')).toEqual(['.helmignore']);
    expect(filesWith('sub/\n')).toEqual(['.helmignore', 'a.txt', 'keep.txt']);
    expect(filesWith('sub\n/a.txt\n')).toEqual(['.helmignore', 'keep.txt']);
    expect(filesWith('# comment\n\n  a.txt  \n')).toEqual(['.helmignore', 'keep.txt', 'sub/s.txt']);
  });

  it('keeps helm\'s negation quirk: a negated rule ignores everything it does not match', () => {
    expect(() => filesWith('!keep.txt\n')).toThrow('Chart.yaml file is missing');
    expect(() => filesWith('*.txt\n!keep.txt\n')).toThrow('Chart.yaml file is missing');
  });

  it('refuses ** and malformed globs with helm wording', () => {
    expect(() => filesWith('a**\n')).toThrow('double-star (**) syntax is not supported');
    expect(() => filesWith('a[\n')).toThrow('syntax error in pattern');
  });

  it('implements Go filepath.Match globs', () => {
    expect(globToRegExp('*.y?ml').test('values.yaml')).toBe(true);
    expect(globToRegExp('*').test('a/b')).toBe(false);
    expect(globToRegExp('[a-c]x').test('bx')).toBe(true);
    expect(globToRegExp('[^a-c]x').test('dx')).toBe(true);
    expect(globToRegExp('[^a-c]x').test('ax')).toBe(false);
    expect(globToRegExp('\\*').test('*')).toBe(true);
    expect(globToRegExp('.gitlab-ci.yml').test('.gitlab-ci.yml')).toBe(true);
    expect(() => globToRegExp('[]')).toThrow('syntax error in pattern');
    expect(() => globToRegExp('x\\')).toThrow('syntax error in pattern');
    const rules = IgnoreRules.parse('docs/\n');
    expect(rules.ignores('docs', true)).toBe(true);
    expect(rules.ignores('docs', false)).toBe(false);
  });
});
