// The page's input paths (links, saved storage, the import dialog, the values.yaml editor) under
// hostile input: deep nesting, prototype keys, alias bombs. None may throw or pollute.
import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../core/base64url';
import { fakeChart } from '../../core/testing/fakeChart';
import { pollutionReport } from '../../core/testing/pristine';
import type { ChartModule, Values } from '../../core/types';
import { defaultsFromSchema } from '../../core/values';
import { ALIAS_BOMB, nestedJson } from '../../core/testing/hostileSamples';
import { checkImport } from '../actions/importLogic';
import { loadSavedStack, stackLinkPlan, STACK_STORAGE_KEY } from '../stack/model';
import { replaceValues, setValue } from './actions';
import { shareLinkPlan } from './opening';
import { loadSaved, storageKey } from './persistence';
import { reduce, type ValuesState } from './reducer';

const chart = fakeChart as unknown as ChartModule<Values>;
const empty: ValuesState = { userValues: {}, release: { name: 'release-name', namespace: 'default' } };
const pack = (json: string) => encodeBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
const storage = (key: string, value: string) => ({ getItem: (k: string) => (k === key ? value : null), setItem: () => {}, removeItem: () => {} });

afterEach(() => {
  expect(pollutionReport()).toBeUndefined();
});

describe('links nesting 5,000 maps', () => {
  const shareLink = `#/fake?s=1.${pack(`{"chart":"fake","values":${nestedJson(5000)}}`)}`;

  it('a share link of under 200 characters is refused with "could not be opened", no action', () => {
    expect(shareLink.length).toBeLessThan(200);
    const plan = shareLinkPlan(chart, shareLink, empty);
    expect(plan.actions).toEqual([]);
    expect(plan.messages).toEqual([{ id: 'link', severity: 'error', text: expect.stringMatching(/^This share link could not be opened: The link’s values nest deeper than 100 levels\./) }]);
  });

  it('a stack link is refused the same way', () => {
    const json = `{"releases":[{"name":"a","namespace":"d","chart":"fake","values":${nestedJson(5000)}}],"bindings":[]}`;
    const plan = stackLinkPlan(`#/stack?s=1.${pack(json)}`, { releases: [], bindings: [] });
    expect(plan.stack).toBeUndefined();
    expect(plan.messages[0].text).toMatch(/^This stack link could not be opened: The link’s values nest deeper than 100 levels\./);
  });

  it('the reducer keeps its state when deep values reach it anyway', () => {
    const deep = JSON.parse(nestedJson(5000)) as Values;
    const ctx = { chart, defaults: defaultsFromSchema(chart.schema) };
    expect(reduce(ctx, empty, replaceValues(deep, 'link'))).toBe(empty);
    expect(reduce(ctx, empty, setValue('podAnnotations', deep))).toBe(empty);
    expect(reduce(ctx, empty, setValue('extraArgs[99999999]', 'x'))).toBe(empty);
  });
});

describe('local storage', () => {
  it('ignores saved values nested too deep, with a message', () => {
    const raw = `{"format":1,"values":${nestedJson(5000)}}`;
    expect(loadSaved(storage(storageKey('fake'), raw), 'fake')).toEqual({ kind: 'ignored', message: 'Your saved values for this chart nest deeper than 100 levels and were ignored.' });
    const stack = `{"format":1,"releases":[{"name":"a","namespace":"d","chart":"fake","values":${nestedJson(5000)}}]}`;
    expect(loadSavedStack(storage(STACK_STORAGE_KEY, stack)).kind).toBe('ignored');
  });

  it('restores __proto__ keys as data', () => {
    const raw = '{"format":1,"__proto__":{"polluted":1},"values":{"__proto__":{"x":1},"replicaCount":2}}';
    const loaded = loadSaved(storage(storageKey('fake'), raw), 'fake');
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind === 'loaded') expect(JSON.stringify(loaded.state.userValues)).toBe('{"__proto__":{"x":1},"replicaCount":2}');
    const stack = '{"format":1,"releases":[{"name":"a","namespace":"d","chart":"fake","values":{"__proto__":{"x":1}}}]}';
    expect(loadSavedStack(storage(STACK_STORAGE_KEY, stack)).kind).toBe('loaded');
  });
});

describe('the import dialog and the values.yaml editor (both read text through analyzeValuesText)', () => {
  it('an alias bomb is refused at once', () => {
    const started = performance.now();
    const check = checkImport(chart, ALIAS_BOMB);
    expect(check.kind).toBe('invalid');
    if (check.kind === 'invalid') expect(check.problems[0].message).toMatch(/excessive aliasing/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a __proto__ block is flagged as an unknown key and stays out of image', () => {
    const check = checkImport(chart, '__proto__:\n  image: {tag: evil}\nreplicaCount: 2\n');
    expect(check.kind).toBe('ready');
    if (check.kind === 'ready') {
      expect(check.problems).toContainEqual(expect.objectContaining({ id: 'unknown-key', params: ['__proto__'], line: 1 }));
      const ctx = { chart, defaults: defaultsFromSchema(chart.schema) };
      const state = reduce(ctx, empty, replaceValues(check.values, 'import'));
      expect(state.userValues.image).toBeUndefined();
      expect(Object.hasOwn(state.userValues, '__proto__')).toBe(true);
    }
  });

  it('deep text is refused, not thrown', () => {
    expect(checkImport(chart, `${'- '.repeat(5000)}x\n`).kind).toBe('invalid');
    expect(checkImport(chart, `a: ${'['.repeat(100_000)}`).kind).toBe('invalid');
  });
});

describe('stack size', () => {
  const releases = (n: number) => Array.from({ length: n }, (_, i) => `{"name":"r${i}","namespace":"d","chart":"fake","values":{}}`).join(',');
  it('a stack link of more than 100 releases is refused', () => {
    const plan = stackLinkPlan(`#/stack?s=1.${pack(`{"releases":[${releases(101)}],"bindings":[]}`)}`, { releases: [], bindings: [] });
    expect(plan.messages[0].text).toMatch(/The link holds 101 releases; a stack holds at most 100\./);
  });
  it('a saved stack of more than 100 releases is ignored', () => {
    expect(loadSavedStack(storage(STACK_STORAGE_KEY, `{"format":1,"releases":[${releases(101)}]}`))).toEqual({ kind: 'ignored', message: 'Your saved stack holds more than 100 releases and was ignored.' });
  });
});
