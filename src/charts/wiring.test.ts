// The binding points the chart modules declare (`consumes`), checked against every kind of endpoint.
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../core/bundle/endpoints';
import type { ConsumerSpec } from '../core/bundle/wiringTypes';
import { formatPath, type PathSeg } from '../core/paths';
import type { ChartModule, Values } from '../core/types';
import { defaultsFromSchema, deepEqual, isMap, setAt } from '../core/values';
import { charts } from '.';

/** Paths where `a` and `b` differ: maps are compared key by key, lists and scalars whole. */
function changedPaths(a: unknown, b: unknown, segs: PathSeg[] = []): string[] {
  if ((isMap(a) || a === undefined) && (isMap(b) || b === undefined) && (isMap(a) || isMap(b))) {
    const left = (a ?? {}) as Values;
    const right = (b ?? {}) as Values;
    return [...new Set([...Object.keys(left), ...Object.keys(right)])].flatMap((k) => changedPaths(left[k], right[k], [...segs, k]));
  }
  return deepEqual(a, b) ? [] : [formatPath(segs)];
}

const covered = (path: string, params: string[]) => params.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));

const endpoint = (auth: Endpoint['auth'], namespace = 'data', cluster = false): Endpoint => ({
  kind: 'redis', release: 'cache', service: 'cache-percona-valkey', namespace, port: 6380, auth, cluster,
});

/** Endpoints that take every branch of a bind: auth off, a readable Secret, a copied password, neither. */
const ENDPOINTS: [string, Endpoint][] = [
  ['auth off', endpoint({ enabled: false })],
  ['Secret in the consumer namespace', endpoint({ enabled: true, secret: { name: 'cache-percona-valkey', key: 'valkey-password' } }, 'apps')],
  ['Secret and password in another namespace', endpoint({ enabled: true, secret: { name: 'cache-percona-valkey', key: 'valkey-password' }, password: 'pw,1@x' })],
  ['password only, cluster', endpoint({ enabled: true, password: 'other' }, 'apps', true)],
  ['Secret out of reach', endpoint({ enabled: true, secret: { name: 'cache-percona-valkey', key: 'valkey-password' } })],
];

const consumers: [string, ConsumerSpec, ChartModule][] = charts.flatMap((chart) => (chart.consumes ?? []).map((c) => [`${chart.id}.${c.point}`, c, chart] as [string, ConsumerSpec, ChartModule]));

describe('binding points', () => {
  it('exist for the charts that talk to Redis', () => {
    expect(consumers.map(([id]) => id)).toEqual(['centrifugo.redis', 'kraken.redis', 'chatpulse.redis']);
    expect(charts.flatMap((c) => (c.provides ?? []).map((p) => `${c.id}.${p.kind}`))).toEqual(['percona-valkey.redis']);
  });

  // Every path a bind writes or deletes must be listed in params: the UI shows those as bound
  // (read-only) and unbinding copies them, so a path left out would be overwritten silently.
  it.each(consumers)('%s writes and deletes only the parameters it lists', (_id, spec, chart) => {
    const starts: [string, Values][] = [
      ['no user values', {}],
      ['the chart defaults', defaultsFromSchema(chart.schema)],
      // What an earlier binding wrote, so a later one that removes it is seen too.
      ...ENDPOINTS.map(([name, ep]) => [`bound before (${name})`, spec.bind({}, ep, 'apps').values] as [string, Values]),
    ];
    for (const [startName, before] of starts) {
      for (const [epName, ep] of ENDPOINTS) {
        const after = spec.bind(before, ep, 'apps').values;
        const outside = changedPaths(before, after).filter((p) => !covered(p, spec.params));
        expect(outside, `${startName}, then ${epName}`).toEqual([]);
      }
    }
  });

  it.each(consumers)('%s lists no parameter it never touches', (_id, spec) => {
    const touched = new Set<string>();
    for (const [, first] of ENDPOINTS) {
      const before = spec.bind({}, first, 'apps').values;
      for (const [, ep] of ENDPOINTS) for (const p of [...changedPaths({}, before), ...changedPaths(before, spec.bind(before, ep, 'apps').values)]) touched.add(p);
    }
    for (const param of spec.params) expect([...touched].some((p) => covered(p, [param])), param).toBe(true);
  });
});

describe('binding points read values of any type', () => {
  const weird: unknown[] = [null, 7, 'x', true, [], {}, [{ name: 1 }], { a: 1 }];
  it.each(consumers)('%s never throws reading or binding', (_id, spec, chart) => {
    const defaults = defaultsFromSchema(chart.schema);
    for (const param of [...spec.params, 'env', 'existingSecret', 'envFrom', 'secrets', 'config']) {
      for (const value of weird) {
        const values = setAt(defaults, param, value);
        expect(() => spec.read(values), `${param} = ${JSON.stringify(value)}`).not.toThrow();
        for (const [, ep] of ENDPOINTS) expect(() => spec.bind(setAt({}, param, value), ep, 'apps'), `${param} = ${JSON.stringify(value)}`).not.toThrow();
      }
    }
  });
});
