import { describe, expect, it } from 'vitest';
import { selfCpu, type TraceEvent } from './trace';

const ev = (name: string, ts: number, dur: number, tdur: number): TraceEvent => ({ name, ph: 'X', ts, dur, tdur, pid: 1, tid: 1 });

describe('selfCpu', () => {
  it("takes nested events' thread time out of their parent's", () => {
    const out = selfCpu([ev('child', 100, 200, 150_000), ev('task', 0, 1000, 900_000), ev('later', 2000, 10, 5_000), { ...ev('meta', 0, 0, 0), ph: 'M' }]);
    expect(out.map(({ event, self }) => [event.name, self])).toEqual([['task', 750], ['child', 150], ['later', 5]]);
  });
});
