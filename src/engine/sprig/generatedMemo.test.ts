import { describe, expect, it } from 'vitest';
import { GoObject, mapSet, newMap } from '../value';
import type { GoValue } from '../value';
import { GeneratedMemo, remembered, withGeneratedMemo } from './generatedMemo';

/** A generator handing out 1, 2, 3... so a test sees whether a result was made again. */
function counter(): () => GoValue {
  let n = 0;
  return () => BigInt(++n);
}

class Cert extends GoObject {
  readonly goType = 'sprig.certificate';
  constructor(readonly text: string) {
    super();
  }
  field(): GoValue | undefined {
    return undefined;
  }
  format(): string {
    return `{${this.text}}`;
  }
}

describe('GeneratedMemo', () => {
  it('gives a call at the same site with the same arguments its earlier result on the next render', () => {
    const memo = new GeneratedMemo();
    const make = counter();
    memo.startRender();
    expect(memo.recall('genCA', 'c/t.yaml:10', ['ca', 365n], make)).toBe(1n);
    memo.startRender();
    expect(memo.recall('genCA', 'c/t.yaml:10', ['ca', 365n], make)).toBe(1n);
  });

  it('makes a new result for other arguments, another site or another function', () => {
    const memo = new GeneratedMemo();
    const make = counter();
    memo.startRender();
    expect(memo.recall('genCA', 'c/t.yaml:10', ['ca', 365n], make)).toBe(1n);
    expect(memo.recall('genCA', 'c/t.yaml:10', ['ca', 366n], make)).toBe(2n);
    expect(memo.recall('genCA', 'c/t.yaml:99', ['ca', 365n], make)).toBe(3n);
    expect(memo.recall('genPrivateKey', 'c/t.yaml:10', ['ca', 365n], make)).toBe(4n);
  });

  it('keeps the calls of one render distinct (a loop gets one result per iteration) and replays them in order', () => {
    const memo = new GeneratedMemo();
    const make = counter();
    memo.startRender();
    const first = [0, 1, 2].map(() => memo.recall('genCA', 's:1', ['x', 1n], make));
    expect(first).toEqual([1n, 2n, 3n]);
    memo.startRender();
    const again = [0, 1, 2, 3].map(() => memo.recall('genCA', 's:1', ['x', 1n], make));
    expect(again).toEqual([1n, 2n, 3n, 4n]);
  });

  it('tells argument lists apart exactly (list items, ints and floats, maps, structs)', () => {
    const memo = new GeneratedMemo();
    const make = counter();
    memo.startRender();
    const m1 = newMap();
    mapSet(m1, 'a', 'b');
    const m2 = newMap();
    mapSet(m2, 'a', 'c');
    const calls: GoValue[][] = [[['a b']], [['a', 'b']], [1n], [1], [m1], [m2], [new Cert('one')], [new Cert('two')], [null], ['nil']];
    expect(calls.map((args) => memo.recall('f', 's', args, make))).toEqual(calls.map((_, i) => BigInt(i + 1)));
  });

  it('does not remember a failure', () => {
    const memo = new GeneratedMemo();
    memo.startRender();
    expect(() =>
      memo.recall('genCA', 's', [], () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    memo.startRender();
    expect(memo.recall('genCA', 's', [], () => 'ok')).toBe('ok');
  });

  it('starts over when full and makes oversized calls afresh', () => {
    const memo = new GeneratedMemo({ results: 2, argChars: 50 });
    const make = counter();
    memo.startRender();
    memo.recall('f', 's', ['a'], make); // 1
    memo.recall('f', 's', ['b'], make); // 2
    memo.recall('f', 's', ['c'], make); // 3: the memo started over
    memo.startRender();
    expect(memo.recall('f', 's', ['a'], make)).toBe(4n);
    expect(memo.recall('f', 's', ['c'], make)).toBe(3n);
    const long = 'x'.repeat(60);
    expect(memo.recall('f', 's', [long], make)).toBe(5n);
    memo.startRender();
    expect(memo.recall('f', 's', [long], make)).toBe(6n);
  });
});

describe('remembered', () => {
  it('makes a fresh result outside a render, or when no call site is known', () => {
    const make = counter();
    expect(remembered('genCA', ['x'], make)).toBe(1n);
    expect(remembered('genCA', ['x'], make)).toBe(2n);
    const memo = new GeneratedMemo();
    expect(withGeneratedMemo(memo, () => null, () => remembered('genCA', ['x'], make))).toBe(3n);
  });

  it('uses the memo and the site given for the render in progress, and restores the outer one', () => {
    const make = counter();
    const memo = new GeneratedMemo();
    const run = () => withGeneratedMemo(memo, () => 'site', () => [remembered('genCA', ['x'], make), remembered('genCA', ['x'], make)]);
    expect(run()).toEqual([1n, 2n]);
    expect(run()).toEqual([1n, 2n]);
    expect(remembered('genCA', ['x'], make)).toBe(3n);
  });
});
