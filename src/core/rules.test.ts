import { describe, expect, it } from 'vitest';
import { defineRule } from './rules';
import { DEFAULT_RELEASE, type Values } from './types';

const ctx = (values: Values) => ({ values, userValues: values, release: DEFAULT_RELEASE });

describe('defineRule', () => {
  it('gives findings the rule id (first, as every problem lists it) unless they name their own', () => {
    const rule = defineRule('port-low', 'Ports below 1024 need privileges', (_, read) => {
      const port = read.number('service.port');
      if (port === undefined || port >= 1024) return [];
      return [
        { severity: 'warning', message: `Port ${port} is privileged.`, params: ['service.port'] },
        { id: 'port-zero', severity: 'error', message: 'Port 0.', params: ['service.port'] },
      ];
    });
    expect(rule.id).toBe('port-low');
    expect(rule.title).toBe('Ports below 1024 need privileges');
    expect(rule.check(ctx({ service: { port: 8080 } }))).toEqual([]);
    const found = rule.check(ctx({ service: { port: 80 } }));
    expect(found.map((p) => p.id)).toEqual(['port-low', 'port-zero']);
    expect(Object.keys(found[0])).toEqual(['id', 'severity', 'message', 'params']);
    expect(Object.keys(found[1])).toEqual(['id', 'severity', 'message', 'params']);
  });

  it("cites the rule's documentation section unless a finding names its own, and names each parameter once", () => {
    const rule = defineRule(
      'r',
      'title',
      () => [
        { severity: 'info', message: 'a', params: ['x', 'y', 'x'] },
        { severity: 'info', message: 'b', params: ['x'], doc: 'Own section' },
      ],
      { doc: 'Rule section' },
    );
    const [a, b] = rule.check(ctx({}));
    expect(a).toEqual({ id: 'r', severity: 'info', message: 'a', params: ['x', 'y'], doc: 'Rule section' });
    expect(b.doc).toBe('Own section');
    expect(defineRule('r', 't', () => [{ severity: 'info', message: 'c', params: [] }]).check(ctx({}))[0]).not.toHaveProperty('doc');
  });

  it('reads the merged values, whatever their declared type', () => {
    interface Typed { replicas: number }
    const rule = defineRule<Typed>('replicas', 't', ({ values }, read) => [{ severity: 'info', message: `${values.replicas}/${read.text('replicas')}`, params: [] }]);
    expect(rule.check({ values: { replicas: 3 }, userValues: {}, release: DEFAULT_RELEASE })[0].message).toBe('3/3');
  });
});
