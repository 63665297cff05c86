import { describe, it, expect } from 'vitest';
import { GENERATED_PLACEHOLDER } from '../types';
import { differences, markRandomValues, normaliseHelmText, SCRIPT_PLACEHOLDER } from './fixtureKit';

describe('normaliseHelmText', () => {
  const text = [
    'kind: Job',
    'spec:',
    '  containers:',
    '    - name: job',
    '      command:',
    '        - sh',
    '        - -c',
    '        - |',
    '          echo our own script',
    '          exit 0',
    '      livenessProbe:',
    '        exec:',
    '          command:',
    '            - sh',
    '            - -c',
    '            - |',
    '              valkey-cli ping | grep -q PONG',
    '        periodSeconds: 10',
  ].join('\n');

  it('blanks container scripts but keeps probe commands, which are the chart\'s own checks', () => {
    const out = normaliseHelmText(text).split('\n');
    expect(out).toContain(`        - "${SCRIPT_PLACEHOLDER}"`);
    expect(out).not.toContain('          echo our own script');
    expect(out).toContain('              valkey-cli ping | grep -q PONG');
    expect(out).toContain('        periodSeconds: 10');
  });
});

describe('markRandomValues', () => {
  it('replaces the values of lines that differ between two renders', () => {
    const a = 'data:\n  password: "YWJj"\n  user: "dXNlcg=="\n';
    const b = 'data:\n  password: "eHl6"\n  user: "dXNlcg=="\n';
    expect(markRandomValues(a, b)).toBe(`data:\n  password: "${GENERATED_PLACEHOLDER}"\n  user: "dXNlcg=="\n`);
  });

  it('leaves the text alone when the renders differ in shape', () => {
    expect(markRandomValues('a: 1\n', 'a: 1\nb: 2\n')).toBe('a: 1\n');
  });
});

describe('fixture comparison', () => {
  it('reports changed values, missing keys and key order', () => {
    expect(differences({ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'x' } })).toEqual([]);
    expect(differences({ a: 1 }, { a: '1' })).toEqual(['.a: expected 1, got "1"']);
    expect(differences({ a: 1, b: 2 }, { a: 1 })).toEqual(['.b: missing (expected 2)']);
    expect(differences({ a: 1, b: 2 }, { b: 2, a: 1 })).toHaveLength(1);
    expect(differences({ l: [1, 2] }, { l: [1] })).toEqual(['.l: expected 2 items, got 1']);
  });
});
