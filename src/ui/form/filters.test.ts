import { describe, expect, it } from 'vitest';
import { fakeChart } from '../../core/testing/fakeChart';
import { defaultsFromSchema, mergeValues } from '../../core/values';
import { changedRows, matchingFields, NO_FILTER, visibleWithHeadings } from './filters';
import { chartFieldPaths, chartFields, searchFields } from './model';

const fields = chartFields(fakeChart.schema);
const paths = chartFieldPaths(fakeChart.schema);
const byPath = new Map(fields.map((f) => [f.path, f]));
const defaults = defaultsFromSchema(fakeChart.schema);
const values = mergeValues(defaults, { replicaCount: 3, image: { tag: 'v2' }, auth: { password: 's3cret' } });

describe('form filters', () => {
  it('"Changed only" keeps the parameters that differ from their defaults, in form order', () => {
    expect(matchingFields(fields, { changed: true, problems: false }, values, defaults, new Set())).toEqual(['replicaCount', 'image.tag', 'auth.password']);
    expect(matchingFields(fields, { changed: true, problems: false }, defaults, defaults, new Set())).toEqual([]);
  });

  it('"With problems" keeps the parameters a problem names; both toggles keep what is both', () => {
    const withProblems = new Set(['service.port', 'image.tag']);
    expect(matchingFields(fields, { changed: false, problems: true }, values, defaults, withProblems)).toEqual(['image.tag', 'service.port']);
    expect(matchingFields(fields, { changed: true, problems: true }, values, defaults, withProblems)).toEqual(['image.tag']);
    expect(matchingFields(fields, NO_FILTER, values, defaults, withProblems)).toHaveLength(fields.filter((f) => f.kind !== 'object').length);
  });

  it('shows the headings above a kept parameter, and only what the search keeps too', () => {
    const visible = visibleWithHeadings(['image.tag', 'replicaCount'], byPath, undefined);
    expect([...visible].sort()).toEqual(['image', 'image.tag', 'replicaCount']);
    const search = searchFields(fields, 'tag');
    expect([...visibleWithHeadings(['image.tag', 'replicaCount'], byPath, search)].sort()).toEqual(['image', 'image.tag']);
  });
});

describe('changedRows', () => {
  it('lists each changed parameter with its default and value, secrets marked', () => {
    const rows = changedRows(fields, paths, values, defaults);
    expect(rows.map((r) => [r.path, r.defaultValue, r.value])).toEqual([
      ['replicaCount', 1, 3],
      ['image.tag', '1.0.0', 'v2'],
      ['auth.password', '', 's3cret'],
    ]);
    expect(rows.find((r) => r.path === 'auth.password')?.secret).toBe(true);
  });

  it('lists keys the chart does not know after the parameters, prototype keys included', () => {
    const odd = mergeValues(defaults, JSON.parse('{"replicaCount":2,"typo":{"deep":1},"__proto__":{"x":1}}') as Record<string, unknown>);
    const rows = changedRows(fields, paths, odd, defaults);
    expect(rows.map((r) => [r.path, r.known])).toEqual([
      ['replicaCount', true],
      ['typo.deep', false],
      ['__proto__.x', false],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('is empty at the defaults', () => {
    expect(changedRows(fields, paths, defaults, defaults)).toEqual([]);
  });
});
