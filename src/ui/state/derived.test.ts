import { describe, expect, it } from 'vitest';
import { fakeSchema } from '../../core/testing/fakeChart';
import type { Problem } from '../../core/types';
import { parseYamlText } from '../../core/yaml';
import { countBySeverity, EMPTY_VALUES_TEXT, ownerField, problemsByField, sameProblems, valuesEditorText } from './derived';

const fields = new Set(['image', 'image.tag', 'resources', 'ingress.hosts', 'a\\.b']);
const problem = (id: string, severity: Problem['severity'], params: string[]): Problem => ({ id, severity, message: id, params });

describe('ownerField', () => {
  it('finds the field itself or its nearest listed ancestor', () => {
    expect(ownerField(fields, 'image.tag')).toBe('image.tag');
    expect(ownerField(fields, 'resources.limits.cpu')).toBe('resources');
    expect(ownerField(fields, 'ingress.hosts[0].host')).toBe('ingress.hosts');
    expect(ownerField(fields, 'image.nope')).toBe('image');
    expect(ownerField(fields, 'a\\.b.c')).toBe('a\\.b');
    expect(ownerField(fields, 'unknown.key')).toBeUndefined();
  });
});

describe('problemsByField', () => {
  it('files each problem under every field it names, once per field', () => {
    const p1 = problem('p1', 'error', ['image.tag', 'resources.limits.cpu', 'resources.requests.cpu']);
    const p2 = problem('p2', 'info', ['nowhere']);
    const index = problemsByField([p1, p2], fields);
    expect(index.get('image.tag')).toEqual([p1]);
    expect(index.get('resources')).toEqual([p1]);
    expect([...index.keys()].sort()).toEqual(['image.tag', 'resources']);
  });
});

describe('sameProblems / countBySeverity', () => {
  it('compares lists by content and counts severities', () => {
    const a = [problem('x', 'error', []), problem('y', 'info', [])];
    expect(sameProblems(a, a.map((p) => ({ ...p })))).toBe(true);
    expect(sameProblems(a, [a[0]])).toBe(false);
    expect(sameProblems(undefined, undefined)).toBe(true);
    expect(countBySeverity(a)).toEqual({ error: 1, warning: 0, info: 1 });
  });
});

describe('valuesEditorText', () => {
  it('writes keys in the chart order and a comment when nothing is set', () => {
    expect(valuesEditorText(fakeSchema, { extraArgs: ['--x'], image: { tag: '2' }, replicaCount: 2 })).toBe(
      'replicaCount: 2\nimage:\n  tag: "2"\nextraArgs:\n  - --x\n',
    );
    const empty = parseYamlText(EMPTY_VALUES_TEXT);
    expect(valuesEditorText(fakeSchema, {})).toBe(EMPTY_VALUES_TEXT);
    expect(empty).toEqual({ ok: true, value: null });
  });
});
