import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { encodeStackLink, evaluateStack, type Stack } from '../../core/bundle';
import { stackPresets } from '../../charts/stackPresets';
import { allManifestsText, loadSavedStack, restoredStack, saveStack, stackLinkPlan, STACK_STORAGE_KEY, uniqueReleaseName, unknownChartsMessage } from './model';

const preset = stackPresets.find((p) => p.id === 'kraken-valkey')!.stack;

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

describe('saved stack', () => {
  it('round-trips through storage with the open release', () => {
    const storage = memoryStorage();
    expect(saveStack(storage, { stack: preset, selected: 'kraken' })).toBeUndefined();
    expect(loadSavedStack(storage)).toEqual({ kind: 'loaded', saved: { stack: preset, selected: 'kraken' } });
  });

  it('ignores damaged or foreign data with a message, and reports a refused save', () => {
    expect(loadSavedStack(memoryStorage())).toEqual({ kind: 'empty' });
    for (const raw of ['{', '{"format":2,"releases":[]}', '{"format":1,"releases":[{"name":1}]}']) {
      const result = loadSavedStack(memoryStorage({ [STACK_STORAGE_KEY]: raw }));
      expect(result.kind).toBe('ignored');
    }
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(saveStack(full, { stack: preset })).toMatch(/could not be saved.*QuotaExceededError/);
  });
});

describe('stack links', () => {
  it('opens a link, offering the replaced stack back', () => {
    const link = encodeStackLink(preset, { includeSecrets: false, resolveChart: findChart }).fragment;
    const current: Stack = { releases: [{ name: 'mine', namespace: 'a', chart: 'centrifugo', values: {} }], bindings: [] };
    const plan = stackLinkPlan(link, current);
    expect(plan.stack?.releases.map((r) => r.name)).toEqual(['valkey', 'kraken']);
    expect(plan.messages[0]).toMatchObject({ severity: 'success', text: expect.stringContaining('replaced the stack you had') });
    expect(restoredStack(plan.messages[0].restore)).toEqual(current);
    expect(stackLinkPlan(link, { releases: [], bindings: [] }).messages[0].restore).toBeUndefined();
  });

  it('says clearly why a broken link cannot be opened', () => {
    const plan = stackLinkPlan('#/stack?s=1.broken!!', { releases: [], bindings: [] });
    expect(plan.stack).toBeUndefined();
    expect(plan.messages).toEqual([{ id: 'link', severity: 'error', text: expect.stringMatching(/^This stack link could not be opened: .+ Start a stack below instead\.$/) }]);
  });
});

describe('names and texts', () => {
  it('suggests a free release name', () => {
    expect(uniqueReleaseName('valkey', [])).toBe('valkey');
    expect(uniqueReleaseName('valkey', ['valkey', 'valkey-2'])).toBe('valkey-3');
  });

  it('names releases of unknown charts', () => {
    expect(unknownChartsMessage(preset, findChart)).toBeUndefined();
    const odd: Stack = { releases: [{ name: 'x', namespace: 'a', chart: 'nope', values: {} }], bindings: [] };
    expect(unknownChartsMessage(odd, findChart)).toBe('Left out release "x" (chart "nope"): the configurator does not know that chart.');
  });

  it('puts every release\'s manifests under its own header, providers first', () => {
    const text = allManifestsText(evaluateStack({ ...preset, releases: [...preset.releases].reverse() }, findChart));
    const headers = text.split('\n').filter((l) => l.startsWith('# ==== Release'));
    expect(headers.map((h) => h.split(':')[0])).toEqual(['# ==== Release valkey', '# ==== Release kraken']);
    expect(text).toContain('# Source: percona-valkey/');
    expect(text).toContain('# Source: kraken/');
  });
});
