import { describe, expect, it } from 'vitest';
import { encodeShareLink } from '../../core/share';
import { fakeChart } from '../../core/testing/fakeChart';
import type { ChartModule, Values } from '../../core/types';
import { initialState, shareLinkPlan } from './opening';

const chart = fakeChart as unknown as ChartModule<Values>;
const release = { name: 'release-name', namespace: 'default' };
const link = (values: Values, includeSecrets = false, rel?: { name: string; namespace: string }) =>
  encodeShareLink({ chart: 'fake', values, release: rel }, { includeSecrets, schema: chart.schema }).fragment;

describe('initialState', () => {
  it('starts from saved work, from defaults when there is none, and says when saved data was ignored', () => {
    expect(initialState({ kind: 'loaded', state: { userValues: { a: 1 }, release } }).state.userValues).toEqual({ a: 1 });
    expect(initialState({ kind: 'empty' })).toEqual({ state: { userValues: {}, release }, messages: [] });
    const ignored = initialState({ kind: 'ignored', message: 'damaged' });
    expect(ignored.state.userValues).toEqual({});
    expect(ignored.messages).toEqual([{ id: 'storage', severity: 'warning', text: 'damaged' }]);
  });
});

describe('shareLinkPlan', () => {
  it('replaces the values (and release) through named actions and offers to restore replaced work', () => {
    const plan = shareLinkPlan(chart, link({ replicaCount: 3 }, false, { name: 'shop', namespace: 'prod' }), { userValues: { replicaCount: 7 }, release });
    expect(plan.actions).toEqual([
      { type: 'replaceValues', values: { replicaCount: 3 }, source: 'link' },
      { type: 'setRelease', release: { name: 'shop', namespace: 'prod' } },
    ]);
    expect(plan.messages[0]).toMatchObject({ severity: 'success', restore: { replicaCount: 7 } });
  });

  it('opens the values of a link whose release helm refuses, keeps the current release and says why', () => {
    const plan = shareLinkPlan(chart, link({ replicaCount: 3 }, false, { name: 'x; rm -rf /', namespace: 'prod' }), { userValues: {}, release });
    expect(plan.actions).toEqual([{ type: 'replaceValues', values: { replicaCount: 3 }, source: 'link' }]);
    expect(plan.messages.find((m) => m.id === 'link-release')?.text).toMatch(/left out \(release name check failed/);
  });

  it('offers no restore when nothing was replaced', () => {
    const plan = shareLinkPlan(chart, link({ replicaCount: 3 }), { userValues: {}, release });
    expect(plan.messages[0].restore).toBeUndefined();
    expect(plan.actions).toHaveLength(1);
  });

  it('warns when the link carries secrets', () => {
    const plan = shareLinkPlan(chart, link({ auth: { password: 'pw' } }, true), { userValues: {}, release });
    expect(plan.messages.map((m) => m.severity)).toEqual(['success', 'warning']);
  });

  it('lists the secrets the link left out, so they are set again', () => {
    const plan = shareLinkPlan(chart, link({ auth: { password: 'pw' }, podAnnotations: { DB_PASS: 'x', REDIS_URL: 'redis://:pw@r' } }), { userValues: {}, release });
    const note = plan.messages.find((m) => m.id === 'link-omitted-secrets');
    expect(note?.severity).toBe('warning');
    expect(note?.text).toMatch(/left out 3 secrets/);
    for (const path of ['auth.password', 'podAnnotations.DB_PASS', 'podAnnotations.REDIS_URL']) expect(note?.text).toContain(path);
    expect(shareLinkPlan(chart, link({ replicaCount: 2 }), { userValues: {}, release }).messages.some((m) => m.id === 'link-omitted-secrets')).toBe(false);
  });

  it('keeps the current values and explains a broken or foreign link', () => {
    const good = link({ replicaCount: 3 });
    const broken = `${good.slice(0, -6)}%%%%`;
    const plan = shareLinkPlan(chart, broken, { userValues: { replicaCount: 2 }, release });
    expect(plan.actions).toEqual([]);
    expect(plan.messages[0].severity).toBe('error');
    expect(plan.messages[0].text).toMatch(/saved values/);
    const other = shareLinkPlan({ ...chart, id: 'other' }, good, { userValues: {}, release });
    expect(other.actions).toEqual([]);
    expect(other.messages[0].text).toMatch(/"fake"/);
  });
});
