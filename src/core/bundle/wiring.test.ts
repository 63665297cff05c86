import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { formatPath, type PathSeg } from '../paths';
import type { Values } from '../types';
import { defaultsFromSchema, deepEqual, isMap } from '../values';
import type { Endpoint } from './endpoints';
import { WIRING, type ConsumerSpec } from './wiring';

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

const consumers: [string, ConsumerSpec][] = Object.entries(WIRING).flatMap(([chart, w]) => (w.consumes ?? []).map((c) => [`${chart}.${c.point}`, c] as [string, ConsumerSpec]));

describe('binding points', () => {
  it('exist for the charts that talk to Redis', () => {
    expect(consumers.map(([id]) => id)).toEqual(['centrifugo.redis', 'kraken.redis', 'chatpulse.redis']);
  });

  // Every path a bind writes or deletes must be listed in params: the UI shows those as bound
  // (read-only) and unbinding copies them, so a path left out would be overwritten silently.
  it.each(consumers)('%s writes and deletes only the parameters it lists', (id, spec) => {
    const chart = findChart(id.slice(0, id.lastIndexOf('.')))!;
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
