import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import { charts } from '../../../charts/index';
import { listFields } from '../../../core/schemaWalk';
import { activeVariant, hiddenKeys, inputProblem, itemProblems, mapProblems, rowProblem } from './check';
import { getIn, parseCsv, parseIntegerInput, parsePortInput, parseQuantity, qualifiedKeyProblem, quantityAmount, setIn } from './edit';
import { fitsEditor, kubeFieldInfo, kubeTester } from './fieldShape';
import { chooseVariant, removeItem, replaceItem, writeInput } from './itemOps';
import { countEmptyRequired, requiredPaths } from './required';
import { shapeSpec, type ItemSpec, type ListSpec } from './specs';

function listSpec(shape: Parameters<typeof shapeSpec>[0], schema?: Parameters<typeof shapeSpec>[1], def?: unknown): ListSpec {
  const spec = shapeSpec(shape, schema, def);
  if (spec.container !== 'list') throw new Error(`${shape} is not a list`);
  return spec.list;
}

function itemSpec(shape: Parameters<typeof shapeSpec>[0]): ItemSpec {
  const spec = shapeSpec(shape);
  if (spec.container !== 'map') throw new Error(`${shape} is not a map`);
  return spec.item;
}

describe('setIn / getIn', () => {
  it('writes nested keys without touching the input, and prunes what a removal empties', () => {
    const item = { name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } };
    const cleared = setIn(setIn(item, ['valueFrom', 'secretKeyRef', 'name'], undefined), ['valueFrom', 'secretKeyRef', 'key'], undefined);
    expect(cleared).toEqual({ name: 'A' });
    expect(item.valueFrom.secretKeyRef.name).toBe('s');
    expect(setIn({}, ['nodeAffinity', 'terms', 0, 'matchExpressions'], [{ key: 'a' }])).toEqual({ nodeAffinity: { terms: [{ matchExpressions: [{ key: 'a' }] }] } });
    expect(setIn({ terms: [{ m: [1] }] }, ['terms', 0, 'm'], undefined)).toEqual({});
  });

  it('keeps hostile keys as own data', () => {
    const out = setIn({}, ['__proto__', 'polluted'], 'yes') as Record<string, unknown>;
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getIn(out, ['__proto__', 'polluted'])).toBe('yes');
    expect(getIn({}, ['constructor'])).toBeUndefined();
  });
});

describe('parsing as you type', () => {
  it('accepts Kubernetes quantities and explains the rest', () => {
    expect(parseQuantity('250m')).toEqual({ ok: true, value: '250m' });
    expect(parseQuantity('128Mi')).toEqual({ ok: true, value: '128Mi' });
    expect(parseQuantity('2')).toEqual({ ok: true, value: 2 });
    expect(parseQuantity('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseQuantity('')).toEqual({ ok: true, value: undefined });
    const bad = parseQuantity('128MB');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/"128MB" is not a quantity.*128Mi/);
    expect(parseQuantity('-1').ok).toBe(false);
  });

  it('compares quantities by amount', () => {
    expect(quantityAmount('500m')).toBeCloseTo(0.5);
    expect(quantityAmount('1Gi')).toBe(2 ** 30);
    expect(quantityAmount('1e3')).toBe(1000);
    expect(quantityAmount('x')).toBeUndefined();
  });

  it('reads integers, ports and comma lists', () => {
    expect(parseIntegerInput('12', 0)).toEqual({ ok: true, value: 12 });
    expect(parseIntegerInput('1.5').ok).toBe(false);
    expect(parseIntegerInput('0', 1)).toEqual({ ok: false, error: 'Must be at least 1.' });
    expect(parsePortInput('http')).toEqual({ ok: true, value: 'http' });
    expect(parsePortInput('8080')).toEqual({ ok: true, value: 8080 });
    expect(parsePortInput('70000').ok).toBe(false);
    expect(parsePortInput('Not A Port').ok).toBe(false);
    expect(parseCsv(' amd64, ,arm64 ')).toEqual({ ok: true, value: ['amd64', 'arm64'] });
    expect(parseCsv(' ')).toEqual({ ok: true, value: undefined });
  });

  it('checks label and annotation keys', () => {
    expect(qualifiedKeyProblem('app.kubernetes.io/name')).toBeUndefined();
    expect(qualifiedKeyProblem('team')).toBeUndefined();
    expect(qualifiedKeyProblem('Bad_Prefix/x')).toMatch(/prefix/);
    expect(qualifiedKeyProblem('-x')).toMatch(/name must be/);
    expect(rowProblem({ key: 'tier', value: 'has space' }, 'label')).toMatch(/value of "tier"/);
    expect(rowProblem({ key: 'note', value: 'has space' }, 'annotation')).toBeUndefined();
    expect(rowProblem({ key: '', value: 'x' }, 'label')).toBe('Give this value a key.');
    expect(mapProblems({ a: 1 }, 'annotation')).toEqual(['The value of "a" must be a string; got 1 (quote it in YAML).']);
  });
});

describe('tolerations', () => {
  const spec = listSpec('tolerations').item;

  it('names a misspelled effect and the allowed ones', () => {
    const problems = itemProblems(spec, { key: 'dedicated', operator: 'Equal', value: 'gw', effect: 'NoSchedul' });
    expect(problems).toEqual(['Effect must be one of NoSchedule, PreferNoSchedule, NoExecute; "NoSchedul" is not one.']);
    expect(itemProblems(spec, { key: 'dedicated', operator: 'Equal', value: 'gw', effect: 'NoSchedule' })).toEqual([]);
  });

  it('checks the rules across inputs', () => {
    expect(itemProblems(spec, { operator: 'Exists', value: 'x' })).toContain('With operator Exists the value must be empty.');
    expect(itemProblems(spec, { operator: 'Equal' })).toHaveLength(1);
    expect(itemProblems(spec, { operator: 'Exists' })).toEqual([]);
    expect(itemProblems(spec, { operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 30 })).toContain('Seconds apply only to the NoExecute effect.');
    expect(itemProblems(spec, 'oops', 'toleration')).toEqual(['Each toleration must be a map of settings; got "oops".']);
  });

  it('starts a new toleration that only needs a key', () => {
    const list = listSpec('tolerations');
    const fresh = list.newItem();
    expect(itemProblems(spec, fresh)).toHaveLength(1);
    expect(itemProblems(spec, writeInput(spec, fresh, ['key'], 'dedicated'))).toEqual([]);
  });
});

describe('variants', () => {
  const env = listSpec('env').item;

  it('switches an env var between a value and a Secret key, keeping its name', () => {
    const plain = { name: 'DB_PASSWORD', value: 'x' };
    expect(activeVariant(env, plain)?.id).toBe('value');
    const fromSecret = chooseVariant(env, plain, 'secretKeyRef');
    expect(fromSecret).toEqual({ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: {} } });
    expect(itemProblems(env, fromSecret)).toEqual(['Secret is needed.', 'Key is needed.']);
    const filled = writeInput(env, writeInput(env, fromSecret, ['valueFrom', 'secretKeyRef', 'name'], 'db'), ['valueFrom', 'secretKeyRef', 'key'], 'password');
    expect(filled).toEqual({ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } });
    expect(chooseVariant(env, filled, 'value')).toEqual({ name: 'DB_PASSWORD', value: '' });
  });

  it('keeps the chosen variant when its inputs are cleared', () => {
    const item = { name: 'A', valueFrom: { configMapKeyRef: { name: 'cm' } } };
    expect(writeInput(env, item, ['valueFrom', 'configMapKeyRef', 'name'], undefined)).toEqual({ name: 'A', valueFrom: { configMapKeyRef: {} } });
    expect(writeInput(env, { name: 'A', value: 'v' }, ['value'], undefined)).toEqual({ name: 'A', value: '' });
  });

  it('says when two sources are set, and a probe may have none', () => {
    expect(itemProblems(env, { name: 'A', value: 'v', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } })).toContain('Choose one source: Value and Pod field are both set.');
    const probe = itemSpec('probe');
    expect(itemProblems(probe, {})).toEqual([]);
    expect(itemProblems(probe, { httpGet: { path: '/health', port: 'http' }, periodSeconds: 0 })).toEqual(['Period (s) must be at least 1.']);
    expect(chooseVariant(probe, { httpGet: { port: 80 }, periodSeconds: 5 }, undefined)).toEqual({ periodSeconds: 5 });
  });
});

describe('map shapes', () => {
  it('flags a request above its limit and a typo in a quantity', () => {
    const resources = itemSpec('resources');
    expect(itemProblems(resources, { requests: { cpu: '2' }, limits: { cpu: '500m' } })).toEqual([
      'The cpu request (2) is above its limit (500m); Kubernetes refuses the pod.',
    ]);
    expect(itemProblems(resources, { requests: { memory: '1GB' } })[0]).toMatch(/Memory request: "1GB" is not a quantity/);
    expect(itemProblems(resources, { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } })).toEqual([]);
  });

  it('checks an affinity rule by its operator', () => {
    const affinity = itemSpec('affinity');
    const rows = affinity.inputs[0].rows;
    if (!rows) throw new Error('rows expected');
    expect(itemProblems(rows.item, { key: 'kubernetes.io/arch', operator: 'In' })).toEqual(['With In at least one value is needed.']);
    expect(itemProblems(rows.item, { key: 'gpu', operator: 'Exists', values: ['x'] })).toEqual(['With Exists the values must be empty.']);
  });

  it('a booleans input refuses a string', () => {
    expect(inputProblem({ path: ['privileged'], label: 'Privileged', kind: 'boolean' }, 'yes')).toBe('Privileged must be true or false; got "yes".');
  });
});

describe('ingress hosts follow the chart', () => {
  it('uses comma lists for string paths and rows with the chart keys for object paths', () => {
    const centrifugo = charts.find((c) => c.id === 'centrifugo');
    const kraken = charts.find((c) => c.id === 'kraken');
    if (!centrifugo || !kraken) throw new Error('charts missing');
    const hostsOf = (schema: typeof centrifugo.schema, path: string) => {
      const field = listFields(schema).find((f) => f.path === path);
      if (!field) throw new Error(path);
      const info = kubeFieldInfo(field);
      if (!info || info.spec.container !== 'list') throw new Error(`${path} has no list editor`);
      return { info, inputs: info.spec.list.item.inputs };
    };
    const c = hostsOf(centrifugo.schema, 'ingress.hosts');
    expect(c.inputs.find((i) => i.path[0] === 'paths')?.kind).toBe('csv');
    expect(c.info.placeholder).toContain('- /');
    const k = hostsOf(kraken.schema, 'ingress.hosts');
    const paths = k.inputs.find((i) => i.path[0] === 'paths');
    expect(paths?.kind).toBe('rows');
    expect(paths?.rows?.item.inputs.map((i) => i.path[0])).toEqual(['path', 'pathType', 'service']);
    expect(k.info.placeholder).toContain('service: frontend');
  });
});

describe('which fields get an editor', () => {
  it('takes YAML and key-value fields of a known shape, not objects with sub-fields', () => {
    const schema = Type.Object({
      tolerations: Type.Array(Type.Record(Type.String(), Type.Unknown()), { default: [], 'x-widget': 'yaml' }),
      podAnnotations: Type.Record(Type.String(), Type.String(), { default: {} }),
      env: Type.Record(Type.String(), Type.String(), { default: {} }),
      resources: Type.Object({ limits: Type.Object({ cpu: Type.String({ default: '1' }) }) }),
      extraVolumes: Type.Array(Type.Unknown(), { default: [], 'x-widget': 'yaml' }),
    });
    const byPath = new Map(listFields(schema).map((f) => [f.path, f]));
    const rank = (path: string) => {
      const field = byPath.get(path);
      if (!field) throw new Error(path);
      return kubeTester(field);
    };
    expect(rank('tolerations')).toBeGreaterThan(1);
    expect(rank('podAnnotations')).toBeGreaterThan(1);
    expect(rank('extraVolumes')).toBeGreaterThan(1);
    expect(rank('env')).toBeLessThan(0);
    expect(rank('resources')).toBeLessThan(0);
  });

  it('opens YAML first for a value the form cannot show', () => {
    const tolerations = shapeSpec('tolerations');
    expect(fitsEditor(tolerations, [{ key: 'a' }])).toBe(true);
    expect(fitsEditor(tolerations, { key: 'a' })).toBe(false);
    expect(fitsEditor(tolerations, ['a'])).toBe(false);
    expect(fitsEditor(shapeSpec('labels'), { a: { b: 1 } })).toBe(false);
    expect(fitsEditor(shapeSpec('resources'), null)).toBe(true);
  });

  it('gives every shape of the curated charts a placeholder of its own', () => {
    for (const chart of charts) {
      for (const field of listFields(chart.schema)) {
        const info = kubeFieldInfo(field);
        if (!info) continue;
        expect(info.placeholder, field.path).not.toContain('name: example');
        expect(info.placeholder.split('\n').length, field.path).toBeGreaterThan(1);
      }
    }
  });
});

describe('list edits', () => {
  it('replaces and removes by index', () => {
    expect(replaceItem(['a', 'b'], 1, 'c')).toEqual(['a', 'c']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('required parameters', () => {
  it('marks required keys the chart gives no value, and counts the empty ones', () => {
    const schema = Type.Object({
      host: Type.String(),
      token: Type.String({ default: '', minLength: 1 }),
      name: Type.String({ default: 'web' }),
      note: Type.String({ default: '' }),
      db: Type.Object({ url: Type.String() }),
      extra: Type.Optional(Type.String()),
    });
    const paths = requiredPaths(schema);
    expect([...paths].sort()).toEqual(['db.url', 'host', 'token']);
    expect(countEmptyRequired(paths, { host: 'h', token: '', db: {} })).toBe(2);
    expect(countEmptyRequired(paths, { host: 'h', token: 't', db: { url: 'u' } })).toBe(0);
  });

  it('marks nothing in the curated charts, whose required keys all have defaults', () => {
    for (const chart of charts) expect(requiredPaths(chart.schema).size, chart.id).toBe(0);
  });
});

describe('keys no input shows', () => {
  it('lists them by path, looking inside partly covered maps', () => {
    const affinity = itemSpec('affinity');
    const value = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'Exists' }] }] },
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1 }],
      },
      podAffinity: {},
      podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] },
    };
    expect(hiddenKeys(affinity, value)).toEqual(['nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution', 'podAffinity']);
    const env = listSpec('env').item;
    expect(hiddenKeys(env, { name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k', optional: true } } })).toEqual(['valueFrom.secretKeyRef.optional']);
    expect(hiddenKeys(listSpec('volumes').item, { name: 'tmp', emptyDir: {} })).toEqual([]);
    expect(hiddenKeys(listSpec('tolerations').item, { key: 'a', extra: 1 })).toEqual(['extra']);
  });
});
