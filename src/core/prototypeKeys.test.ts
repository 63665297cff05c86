// `__proto__`, `constructor` and `prototype` are ordinary keys on every core input path, as they
// are in helm (Go maps): kept as own keys, flagged as unknown, never leaking into siblings, and
// never touching Object.prototype. After each path, a fresh ajv validator must still work.
import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { charts, findChart } from '../charts';
import { encodeBase64Url } from './base64url';
import { importHelmfile } from './bundle/helmfileImport';
import { decodeStackFragment } from './bundle/stackLink';
import { evaluate } from './evaluate';
import { analyzeValuesText } from './importValues';
import { applySetExpressions, parseSetExpression } from './setParser';
import { decodeShareFragment } from './share';
import { pollutionReport } from './testing/pristine';
import type { Values } from './types';
import { deleteAt, diffValues, getAt, layerValues, mergeValues, orderLike, setAt } from './values';
import { readValuesText } from './yaml';

const centrifugo = findChart('centrifugo')!;
const release = { name: 'rt', namespace: 'apps' };

/** The image of the chart's Deployment: proof that a `__proto__` block did not replace `image`. */
function deploymentImage(values: Values): string {
  const { objects } = evaluate(centrifugo, values, release);
  const deploy = objects.find((o) => o.object.kind === 'Deployment')?.object as unknown as { spec: { template: { spec: { containers: { image: string }[] } } } };
  return deploy.spec.template.spec.containers[0].image;
}

const EVIL = JSON.parse('{"__proto__": {"image": {"tag": "evil"}, "x": 1, "allErrors": false}}') as Values;

afterEach(() => {
  expect(pollutionReport()).toBeUndefined();
});

describe('setParser', () => {
  it.each(['__proto__.x=1', '__proto__.allErrors=false', 'constructor.prototype.x=1', 'a.__proto__.x=1', '__proto__[0]=1', 'prototype.x=1', '__proto__=1'])(
    '%s becomes an ordinary key', (expr) => {
      const parsed = parseSetExpression(expr);
      const top = expr.split(/[.=[]/)[0];
      expect(Object.hasOwn(parsed, top)).toBe(true);
      expect(JSON.stringify(parsed)).toContain(`"${top}"`);
    },
  );
  it('merges two --set entries under the same __proto__ key', () => {
    expect(JSON.stringify(applySetExpressions({}, [{ expr: '__proto__.a=1' }, { expr: '__proto__.b=2' }]))).toBe('{"__proto__":{"a":1,"b":2}}');
  });
});

describe('values: layering, merge, get/set/delete by path', () => {
  it('layerValues keeps __proto__ as a key and the sibling image as it was', () => {
    const layered = layerValues({ image: { tag: 'real' } }, EVIL);
    expect(layered.image).toEqual({ tag: 'real' });
    expect(Object.hasOwn(layered, '__proto__')).toBe(true);
    expect(JSON.stringify(layerValues(EVIL, EVIL))).toBe(JSON.stringify(EVIL));
  });
  it('mergeValues, diffValues and orderLike keep it an own key', () => {
    const merged = mergeValues({ image: { tag: 'real' } }, EVIL);
    expect(merged.image).toEqual({ tag: 'real' });
    expect((merged as Record<string, unknown>).x).toBeUndefined();
    expect(JSON.stringify(diffValues({ image: { tag: 'real' } }, merged))).toBe(JSON.stringify(EVIL));
    expect(Object.hasOwn(orderLike(merged, { image: null }), '__proto__')).toBe(true);
  });
  it('setAt / getAt / deleteAt treat the key as data', () => {
    const set = setAt({}, '__proto__.polluted', 1);
    expect(getAt(set, '__proto__.polluted')).toBe(1);
    expect(getAt({}, '__proto__')).toBeUndefined();
    expect(getAt({}, 'constructor')).toBeUndefined();
    expect(setAt({}, 'constructor.prototype.polluted', 1)).toEqual({ constructor: { prototype: { polluted: 1 } } });
    expect(deleteAt(set, '__proto__.polluted')).toEqual({});
  });
});

describe('values files (-f, the import dialog, the values.yaml editor)', () => {
  it('a __proto__ block is an unknown key, flagged, and image keeps its real tag', () => {
    const text = '__proto__:\n  image:\n    tag: evil\n  allErrors: false\n';
    const { values, problems } = analyzeValuesText(centrifugo, text);
    expect(Object.hasOwn(values!, '__proto__')).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ id: 'unknown-key', params: ['__proto__'], line: 1 }));
    expect(deploymentImage(values!)).not.toContain('evil');
    expect(deploymentImage(values!)).toBe(deploymentImage({}));
  });
  it('aliases and documents do not bring it back', () => {
    const r = readValuesText('p: &p {x: 1}\n__proto__: *p\n---\n__proto__: {y: 2}\n');
    expect(r.ok && JSON.stringify(r.values)).toBe('{"p":{"x":1},"__proto__":{"x":1,"y":2}}');
  });
});

describe('evaluate', () => {
  it('flags the key and renders the real image', () => {
    const { problems } = evaluate(centrifugo, EVIL, release);
    expect(problems).toContainEqual(expect.objectContaining({ id: 'unknown-key', params: ['__proto__'] }));
    expect(deploymentImage(EVIL)).toBe(deploymentImage({}));
  });
});

describe('helmfile import', () => {
  const base = 'releases:\n  - name: rt\n    chart: centrifugal/centrifugo\n';
  it('set entries named __proto__... are ordinary keys', () => {
    const text = `${base}    set:\n      - name: __proto__.x\n        value: 1\n      - name: __proto__.allErrors\n        value: false\n      - name: constructor.prototype.x\n        value: 1\n`;
    const r = importHelmfile(text, { charts });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r.stack.releases[0].values)).toBe('{"__proto__":{"x":1,"allErrors":false},"constructor":{"prototype":{"x":1}}}');
  });
  it('inline values blocks and values files with __proto__ do not leak into image', () => {
    const text = `${base}    values:\n      - __proto__:\n          image: {tag: evil}\n      - v.yaml\n`;
    const r = importHelmfile(text, { charts, readFile: () => '__proto__:\n  x: 1\n' });
    expect(r.ok).toBe(true);
    const values = r.stack.releases[0].values;
    expect(values.image).toBeUndefined();
    expect(JSON.stringify(values)).toBe('{"__proto__":{"image":{"tag":"evil"},"x":1}}');
    expect(deploymentImage(values)).toBe(deploymentImage({}));
  });
  it('a plain-manifests comment with __proto__ does not pollute', () => {
    const text = '# configurator-manifests-release: {"name":"cp","namespace":"d","chart":"chatpulse","values":{"__proto__":{"x":1}},"__proto__":{"polluted":1}}\n';
    expect(() => importHelmfile(text, { charts })).not.toThrow();
  });
});

describe('links', () => {
  const pack = (json: string) => encodeBase64Url(deflateSync(new TextEncoder().encode(json)));
  it('a share link with __proto__ keys decodes them as data', () => {
    const json = '{"__proto__":{"chart":"x"},"chart":"centrifugo","values":{"__proto__":{"image":{"tag":"evil"}},"replicaCount":2}}';
    const r = decodeShareFragment(`#/centrifugo?s=1.${pack(json)}`);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.state.values.replicaCount).toBe(2);
      expect(Object.hasOwn(r.state.values, '__proto__')).toBe(true);
      expect(deploymentImage(r.state.values)).toBe(deploymentImage({ replicaCount: 2 }));
    }
  });
  it('a stack link with __proto__ keys decodes them as data', () => {
    const json = '{"__proto__":{"polluted":1},"releases":[{"name":"rt","namespace":"d","chart":"centrifugo","values":{"__proto__":{"x":1}}}],"bindings":[{"__proto__":{"consumer":"a"}}]}';
    const r = decodeStackFragment(`#/stack?s=1.${pack(json)}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.hasOwn(r.stack.releases[0].values, '__proto__')).toBe(true);
  });
});
