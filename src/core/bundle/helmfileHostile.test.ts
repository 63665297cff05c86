// The issue's helmfile repros: alias bombs, deep nesting and huge list indexes in a helmfile or in
// the files beside it come back as import errors, fast; nothing throws.
import { describe, expect, it } from 'vitest';
import { fakeChart } from '../testing/fakeChart';
import { ALIAS_BOMB } from '../testing/hostileSamples';
import type { ChartModule } from '../types';
import { importHelmfile } from './helmfileImport';

const charts = [fakeChart as unknown as ChartModule];
const release = 'releases:\n  - name: web\n    chart: examples/fake-web\n';

function timed(text: string, readFile?: (path: string) => string) {
  const started = performance.now();
  const result = importHelmfile(text, { charts, ...(readFile ? { readFile } : {}) });
  return { result, ms: performance.now() - started, errors: result.issues.filter((i) => i.severity === 'error').map((i) => i.message) };
}

describe('importHelmfile with hostile input', () => {
  it('300 set entries with list index 65536 are refused fast (helm itself took 11 s)', () => {
    const sets = Array.from({ length: 300 }, (_, i) => `      - name: a${i}[65536]\n        value: x\n`).join('');
    const { result, ms, errors } = timed(`${release}    set:\n${sets}`);
    expect(result.ok).toBe(false);
    expect(errors).toEqual([expect.stringMatching(/^release "web": a set entry cannot be read: .*together ask for more than 16384 list items$/)]);
    expect(ms).toBeLessThan(1000);
  });

  it('the list budget is shared by every release of the helmfile', () => {
    const one = (name: string) => `  - name: ${name}\n    chart: examples/fake-web\n    set:\n      - name: a[10000]\n        value: x\n`;
    const { errors } = timed(`releases:\n${one('a')}${one('b')}`);
    expect(errors).toEqual([expect.stringMatching(/^release "b": a set entry cannot be read/)]);
  });

  it('an alias bomb in the helmfile is an import error', () => {
    const { result, ms, errors } = timed(`${ALIAS_BOMB}${release}`);
    expect(result.ok).toBe(false);
    expect(errors[0]).toMatch(/^helmfile\.yaml: YAML error at line 1: excessive aliasing/);
    expect(ms).toBeLessThan(1000);
  });

  it('an alias bomb in a values file beside it is an import error', () => {
    const { result, ms, errors } = timed(`${release}    values:\n      - bomb.yaml\n`, () => ALIAS_BOMB);
    expect(result.ok).toBe(false);
    expect(errors[0]).toMatch(/values file "bomb\.yaml" has a YAML error at line 1: excessive aliasing/);
    expect(ms).toBeLessThan(1000);
  });

  it('deep nesting in the helmfile is an import error, not a stack overflow', () => {
    const { result, errors } = timed(`${release}    values:\n      - ${'['.repeat(50_000)}\n`);
    expect(result.ok).toBe(false);
    expect(errors[0]).toMatch(/nests deeper than 100 levels/);
  });

  it('a values file beside it is read as helm reads -f (documents layered, repeated keys last-wins)', () => {
    const { result } = timed(`${release}    values:\n      - v.yaml\n`, () => 'replicaCount: 2\nreplicaCount: 3\n---\nimage:\n  tag: v2\n');
    expect(result.ok).toBe(true);
    expect(result.stack.releases[0].values).toEqual({ replicaCount: 3, image: { tag: 'v2' } });
  });
});

describe('stack size', () => {
  it(`refuses a helmfile of more than 100 releases`, () => {
    const many = Array.from({ length: 101 }, (_, i) => `  - name: r${i}\n    chart: examples/fake-web\n`).join('');
    const { result, errors } = timed(`releases:\n${many}`);
    expect(result.ok).toBe(false);
    expect(errors).toEqual(['helmfile.yaml holds more than 100 releases; a stack holds at most 100.']);
  });
});
