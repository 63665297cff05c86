import { describe, expect, it } from 'vitest';
import { fakeChart } from '../../core/testing/fakeChart';
import type { ChartModule, Values } from '../../core/types';
import { loadSavedStack, saveStack, stackLinkPlan, STACK_STORAGE_KEY } from '../stack/model';
import { encodeStackLink } from '../../core/bundle/stackLink';
import { initialState } from './opening';
import { loadSaved, saveState, storageKey, type KeyValueStorage } from './persistence';
import { SECRETS_IN_MEMORY_KEY, secretsPreference } from './secretStorage';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const chart = fakeChart as unknown as ChartModule<Values>;
const release = { name: 'shop', namespace: 'prod' };
const values = { replicaCount: 2, auth: { enabled: true, password: 'hunter2' }, podAnnotations: { DB_PASS: 'pw1', team: 'a' }, extraArgs: ['--redis=redis://:pw2@r'] };

describe('the memory-only preference', () => {
  it('is off by default, remembered in storage, and shared by every page of that storage', () => {
    const storage = memoryStorage();
    const a = secretsPreference(storage);
    expect(a.get()).toBe(false);
    let heard = 0;
    a.subscribe(() => heard++);
    secretsPreference(storage).set(true);
    expect([a.get(), heard, storage.data.get(SECRETS_IN_MEMORY_KEY)]).toEqual([true, 1, '1']);
    expect(secretsPreference(memoryStorage({ [SECRETS_IN_MEMORY_KEY]: '1' })).get()).toBe(true);
    a.set(false);
    expect(storage.data.has(SECRETS_IN_MEMORY_KEY)).toBe(false);
  });
});

describe('autosave with secrets in memory only (issue 13, item 7)', () => {
  it('writes no secret to storage and asks for them again on the next visit', () => {
    const storage = memoryStorage();
    expect(saveState(storage, 'fake', { userValues: values, release }, chart.schema)).toBeUndefined();
    const raw = storage.data.get(storageKey('fake')) ?? '';
    for (const secret of ['hunter2', 'pw1', 'pw2']) expect(raw).not.toContain(secret);
    const loaded = loadSaved(storage, 'fake');
    expect(loaded).toMatchObject({ kind: 'loaded', state: { userValues: { replicaCount: 2, auth: { enabled: true }, podAnnotations: { team: 'a' }, extraArgs: [] } } });
    const { messages } = initialState(loaded);
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toMatch(/^3 secrets were kept in memory only and are not restored; set them again: /);
    for (const path of ['auth.password', 'podAnnotations.DB_PASS', 'extraArgs[0]']) expect(messages[0].text).toContain(path);
  });

  it('keeps everything, secrets included, when the preference is off', () => {
    const storage = memoryStorage();
    saveState(storage, 'fake', { userValues: values, release });
    expect(storage.data.get(storageKey('fake'))).toContain('hunter2');
    expect(initialState(loadSaved(storage, 'fake')).messages).toEqual([]);
  });

  it('a stack: each release without the secrets of its chart, listed by release', () => {
    const storage = memoryStorage();
    const stack = { releases: [{ name: 'web', namespace: 'default', chart: 'fake', values }], bindings: [] };
    saveStack(storage, { stack }, () => chart);
    expect(storage.data.get(STACK_STORAGE_KEY)).not.toMatch(/hunter2|pw1|pw2/);
    const loaded = loadSavedStack(storage);
    expect(loaded.kind === 'loaded' && loaded.saved.omittedSecrets?.sort()).toEqual(['web:auth.password', 'web:extraArgs[0]', 'web:podAnnotations.DB_PASS']);
  });
});

describe('a stack link names the secrets it left out', () => {
  it('in the message the page shows', () => {
    const stack = { releases: [{ name: 'web', namespace: 'default', chart: 'fake', values }], bindings: [] };
    const { fragment } = encodeStackLink(stack, { includeSecrets: false, resolveChart: () => chart });
    const note = stackLinkPlan(fragment, { releases: [], bindings: [] }).messages.find((m) => m.id === 'link-omitted-secrets');
    expect(note?.text).toMatch(/left out 3 secrets/);
    expect(note?.text).toContain('web:auth.password');
  });
});
