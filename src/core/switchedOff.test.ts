import { describe, expect, it } from 'vitest';
import { charts, findChart } from '../charts';
import { evaluate } from './evaluate';
import { switchedOffValues } from './switchedOff';
import { defaultsFromSchema, getAt, isMap, setAt } from './values';
import type { Values } from './types';

const release = { name: 'r', namespace: 'default' };

/** Every section with an `enabled` switch in a chart's defaults. */
function sections(values: unknown, segs: string[] = []): string[][] {
  if (!isMap(values)) return [];
  const here = typeof values.enabled === 'boolean' ? [segs] : [];
  return [...here, ...Object.keys(values).flatMap((k) => sections(values[k], [...segs, k]))];
}

/** A value unlike the default, of the same type. */
function changed(value: unknown): unknown {
  if (typeof value === 'string') return `${value}-changed`;
  if (typeof value === 'number') return value + 3;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return value.length > 0 ? [] : undefined;
  return isMap(value) ? { addedKey: 'x' } : 'changed';
}

describe('values under a switch that is off', () => {
  it('names each value set inside an off section, and nothing outside', () => {
    const user: Values = { ingress: { hosts: [{ host: 'a.example' }], annotations: { a: 'b' } }, replicaCount: 2 };
    const values: Values = { ingress: { enabled: false, hosts: [{ host: 'a.example' }], annotations: { a: 'b' } }, replicaCount: 2 };
    expect(switchedOffValues(user, values)).toEqual([
      { path: 'ingress.hosts', switchPath: 'ingress.enabled' },
      { path: 'ingress.annotations', switchPath: 'ingress.enabled' },
    ]);
    expect(switchedOffValues(user, { ...values, ingress: { ...(values.ingress as Values), enabled: true } })).toEqual([]);
    expect(switchedOffValues(user, values, new Set(['ingress.enabled']))).toEqual([]);
  });

  it('reports the outermost switch once, not each switch inside it', () => {
    const user: Values = { metrics: { serviceMonitor: { enabled: true, interval: '10s' } } };
    const values: Values = { metrics: { enabled: false, serviceMonitor: { enabled: true, interval: '10s' } } };
    expect(switchedOffValues(user, values)).toEqual([{ path: 'metrics.serviceMonitor', switchPath: 'metrics.enabled' }]);
  });

  it('shows Centrifugo ingress hosts set with ingress off as an info hint at both parameters', () => {
    const chart = findChart('centrifugo')!;
    const result = evaluate(chart, { ingress: { hosts: [{ host: 'rt.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }] } }, release);
    const hint = result.problems.find((p) => p.id === 'switched-off');
    expect(hint).toMatchObject({ severity: 'info', params: ['ingress.hosts', 'ingress.enabled'] });
    expect(result.objects.some((o) => o.object.kind === 'Ingress')).toBe(false);
  });

  // The hint claims the chart does not use the value: for every chart, every switch turned off and
  // every parameter beside it, a hinted value must leave the rendered objects as they were.
  for (const chart of charts) {
    it(`${chart.id}: a hinted value changes nothing the chart renders`, () => {
      const defaults = defaultsFromSchema(chart.schema);
      let hinted = 0;
      for (const segs of sections(defaults)) {
        const off = setAt({}, [...segs, 'enabled'], false);
        const base = JSON.stringify(evaluate(chart, off, release).objects.map((o) => o.object));
        const section = getAt(defaults, segs) as Values;
        for (const key of Object.keys(section)) {
          const value = changed(section[key]);
          if (key === 'enabled' || value === undefined) continue;
          const result = evaluate(chart, setAt(off, [...segs, key], value), release);
          if (!result.problems.some((p) => p.id === 'switched-off' && p.params[0] === [...segs, key].join('.'))) continue;
          hinted++;
          expect(JSON.stringify(result.objects.map((o) => o.object)), `${chart.id} ${[...segs, key].join('.')}`).toBe(base);
        }
      }
      expect(hinted).toBeGreaterThan(0);
    });
  }
});
