// Property-based fuzzing (fast-check) of every path by which outside input enters the app: --set
// expressions, -f values text, the command line as a whole, helmfile text (with the files beside
// it), share links, stack links, the import dialog's text, and saved local storage. Each case must
// come back without an exception escaping (a clear error result is fine), within 1 s, and leave
// Object.prototype as it was. Used by scripts/fuzz-inputs.ts (10^4 cases) and by a vitest test.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { encodeBase64Url } from '../../src/core/base64url';
import { importHelmfile } from '../../src/core/bundle/helmfileImport';
import { decodeStackFragment } from '../../src/core/bundle/stackLink';
import { evaluate } from '../../src/core/evaluate';
import { analyzeValuesText } from '../../src/core/importValues';
import { applySetExpressions, SetParseError } from '../../src/core/setParser';
import { decodeShareFragment } from '../../src/core/share';
import { chartDictionary } from '../../src/core/shareDictionary';
import { packSections } from '../../src/core/sharePack';
import { fakeChart } from '../../src/core/testing/fakeChart';
import { ALIAS_BOMB, nestedJson } from '../../src/core/testing/hostileSamples';
import { pollutionReport, prototypesChanged } from '../../src/core/testing/pristine';
import type { ChartModule, Values } from '../../src/core/types';
import { defaultsFromSchema, put } from '../../src/core/values';
import { dumpYaml } from '../../src/core/yamlText';
import type * as CliModule from '../../src/cli/main';
import { checkImport } from '../../src/ui/actions/importLogic';
import { loadSavedStack, STACK_STORAGE_KEY } from '../../src/ui/stack/model';
import { replaceValues } from '../../src/ui/state/actions';
import { loadSaved, storageKey } from '../../src/ui/state/persistence';
import { reduce, type ValuesState } from '../../src/ui/state/reducer';

export const CASE_TIME_LIMIT_MS = 1000;

const chart = fakeChart as unknown as ChartModule<Values>;
const release = { name: 'fuzz', namespace: 'default' };
const reducerContext = { chart, defaults: defaultsFromSchema(chart.schema) };
const emptyState: ValuesState = { userValues: {}, release };

// ---- arbitraries ------------------------------------------------------------------------------

const KEYS = ['__proto__', 'constructor', 'prototype', 'image', 'tag', 'replicaCount', 'podAnnotations', 'extraArgs', 'service', 'type', 'auth', 'allErrors', 'a', 'b', 'x'];
const keyArb = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }));
const scalarArb = fc.oneof(fc.constantFrom(null, true, false, 0, -1, 65536, 'evil', '', '1.5', 'NodePort'), fc.integer(), fc.double(), fc.string({ maxLength: 12 }));

/** Values trees whose maps may hold `__proto__` and friends as own keys (put defines them). */
const treeArb: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.array(fc.tuple(keyArb, tie('node')), { maxLength: 5 }).map((entries) => {
      const map: Values = {};
      for (const [k, v] of entries) put(map, k, v);
      return map;
    }),
  ),
})).node;
const mapArb = fc.array(fc.tuple(keyArb, treeArb), { maxLength: 6 }).map((entries) => {
  const map: Values = {};
  for (const [k, v] of entries) put(map, k, v);
  return map;
});

const YAML_TOKENS = [
  '__proto__', 'constructor', 'prototype', 'image', 'tag', 'replicaCount', 'a', 'b', ':', ': ', '\n', '  ', '- ', '[', ']', '{', '}', ',',
  '&a ', '*a', '&b ', '*b', '<<: ', '---\n', '--- x\n', '...\n', '"', "'", '# c', '|\n', '>\n', '!!binary ', '!!str ', '!!map ', '%YAML 1.1\n',
  'null', 'true', '0x1F', '1e999', '~', '\t', '\\', '\u0000', '\uFEFF', '\uD800', '? ', 'é', '65536', '\r\n',
];

/** Alias bombs of random width and height, deep nesting of each kind, and the issue's samples. */
const hostileYamlArb = fc.oneof(
  fc.constant(ALIAS_BOMB),
  fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 })).map(([width, height]) => {
    const lines = [`l0: &l0 [${Array(width).fill('"x"').join(',')}]`];
    for (let i = 1; i <= height; i++) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(',')}]`);
    return lines.join('\n') + '\n';
  }),
  fc.tuple(fc.constantFrom('[', '{a: ', '- ', 'a:\n' ), fc.integer({ min: 1, max: 30_000 })).map(([open, n]) =>
    open === 'a:\n' ? Array.from({ length: Math.min(n, 2000) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n' : `${open.repeat(n)}x`,
  ),
  fc.constant('a: &x [*x]\n'),
  fc.constant('__proto__:\n  image:\n    tag: evil\n  allErrors: false\n'),
);

const yamlTextArb = fc.oneof(
  fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 60 }).map((t) => t.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  mapArb.map((m) => dumpYaml(m)),
  fc.tuple(mapArb, mapArb).map(([a, b]) => `${dumpYaml(a)}---\n${dumpYaml(b)}`),
  hostileYamlArb,
);

const SET_TOKENS = ['__proto__', 'constructor', 'prototype', 'allErrors', 'image', 'tag', 'a', 'b', '.', '[', ']', '=', '{', '}', ',', '\\', '0', '1', '65536', '65537', '-1', 'null', 'true', 'x', ' '];
const setKeyArb = fc.oneof(fc.constantFrom(...KEYS), fc.string({ minLength: 1, maxLength: 6 }));
const setPathArb = fc.array(fc.oneof(
  { arbitrary: setKeyArb.map((k) => `.${k.replace(/[.=[,\\]/g, (c) => `\\${c}`)}`), weight: 4 },
  { arbitrary: fc.constantFrom('[0]', '[3]', '[200]'), weight: 2 },
  { arbitrary: fc.constantFrom('[16383]', '[65536]', '[65537]'), weight: 1 },
), { minLength: 1, maxLength: 5 })
  .map((segs) => segs.join('').replace(/^\./, '').replace(/^\[/, 'a['));
const setExprArb = fc.oneof(
  { arbitrary: fc.tuple(setPathArb, fc.oneof(fc.constantFrom('1', 'true', 'null', '', '{a,b}', 'x\\,y', '007'), fc.string({ maxLength: 8 }))).map(([path, value]) => `${path}=${value}`), weight: 6 },
  fc.array(fc.constantFrom(...SET_TOKENS), { maxLength: 30 }).map((t) => t.join('')),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `a${i}[65536]=x`).join(',')),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'a.'.repeat(n)}b=1`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `a${'[0]'.repeat(n)}=1`),
);

const pack = (json: string) => encodeBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
const jsonTextArb = fc.oneof(
  fc.integer({ min: 1, max: 30_000 }).map((n) => nestedJson(n)),
  mapArb.map((m) => JSON.stringify(m)),
  fc.string({ maxLength: 60 }),
);

const shareFragmentArb = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.tuple(jsonTextArb, fc.option(fc.constantFrom('{"name":"r","namespace":"d"}', '{"name":"../x","namespace":"$(id)"}', '{"__proto__":{"name":"x"}}'))).map(
    ([values, rel]) => `#/fake?s=1.${pack(`{"chart":"fake","values":${values}${rel ? `,"release":${rel}` : ''},"__proto__":{"polluted":1}}`)}`,
  ),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => `#/fake?s=1.${encodeBase64Url(bytes)}`),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => `#/fake?s=1.${encodeBase64Url(deflateSync(bytes))}`),
  // Format 2: raw bytes, and entries (indexes, paths, hostile keys) packed with the fake chart's dictionary.
  fc.uint8Array({ maxLength: 300 }).map((bytes) => `#/fake?s=2.${encodeBase64Url(bytes)}`),
  fc.tuple(fc.array(fc.oneof(fc.integer({ min: -2, max: 40 }), fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constant('__proto__'), fc.nat(40)), { maxLength: 4 })), { maxLength: 6 }), mapArb).map(
    ([keys, value]) => `#/fake?s=2.${packSections([{}, { json: keys.flatMap((k) => [k, value]), dictionary: chartDictionary(fakeChart.schema) }])}`,
  ),
);

const stackFragmentArb = fc.oneof(
  fc.string({ maxLength: 120 }).map((s) => `#/stack?s=${s}`),
  fc.tuple(fc.array(jsonTextArb, { maxLength: 3 }), fc.string({ maxLength: 10 })).map(([values, name]) => {
    const releases = values.map((v, i) => `{"name":${JSON.stringify(`${name}${i}`)},"namespace":"d","chart":"fake","values":${v},"needs":["x"]}`);
    return `#/stack?s=1.${pack(`{"releases":[${releases.join(',')}],"bindings":[{"__proto__":{"consumer":"a"}}],"__proto__":{"polluted":1}}`)}`;
  }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => `#/stack?s=1.${encodeBase64Url(deflateSync(bytes))}`),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => `#/stack?s=2.${encodeBase64Url(bytes)}`),
);

const indent = (text: string, spaces: number) => text.split('\n').map((l) => ' '.repeat(spaces) + l).join('\n');
const helmfileArb = fc.oneof(
  yamlTextArb,
  fc.record({ name: fc.oneof(fc.constantFrom('rt', '__proto__', '../x', 'a\nhooks:'), fc.string({ maxLength: 8 })), values: mapArb, sets: fc.array(fc.tuple(setExprArb, scalarArb), { maxLength: 4 }) }).map(
    ({ name, values, sets }) => [
      'releases:',
      `  - name: ${JSON.stringify(name)}`,
      '    chart: examples/fake-web',
      '    values:',
      `      - ${indent(dumpYaml(values), 8).trimStart()}`,
      '      - beside.yaml',
      '    set:',
      ...sets.map(([expr, value]) => `      - name: ${JSON.stringify(expr)}\n        value: ${JSON.stringify(value)}`),
    ].join('\n') + '\n',
  ),
);

const storageArb = fc.oneof(
  fc.tuple(jsonTextArb, fc.constantFrom('', ',"release":{"name":"r","namespace":"d"}', ',"__proto__":{"format":2}')).map(([values, extra]) => `{"format":1,"values":${values}${extra}}`),
  jsonTextArb.map((values) => `{"format":1,"releases":[{"name":"a","namespace":"d","chart":"fake","values":${values}}],"bindings":[]}`),
  fc.string({ maxLength: 80 }),
);

// ---- targets ----------------------------------------------------------------------------------

/** What a case came back with: read (accepted) or refused with a clear message. */
export type Outcome = 'accepted' | 'refused';

export interface FuzzTarget {
  name: string;
  arbitrary: fc.Arbitrary<unknown>;
  run(input: never): Outcome;
}

/** Where accepted values go next in the app: the reducer and the pipeline (both must hold). */
function feedValues(values: Values): void {
  const state = reduce(reducerContext, emptyState, replaceValues(values, 'link'));
  // The page evaluates what the reducer kept; the command line evaluates the values themselves.
  evaluate(chart, state === emptyState ? values : state.userValues, release);
}

const memoryStorage = (key: string, raw: string) => ({ getItem: (k: string) => (k === key ? raw : null), setItem: () => {}, removeItem: () => {} });

export const TARGETS: FuzzTarget[] = [
  {
    name: 'setParser (--set)',
    arbitrary: fc.array(setExprArb, { minLength: 1, maxLength: 3 }),
    run(exprs: string[]) {
      let values: Values;
      try {
        values = applySetExpressions({}, exprs.map((expr, i) => ({ expr, forceString: i % 2 === 1 })));
      } catch (e) {
        if (e instanceof SetParseError) return 'refused';
        throw e;
      }
      feedValues(values);
      return 'accepted';
    },
  },
  {
    name: '-f values text',
    arbitrary: yamlTextArb,
    run(text: string) {
      const { values } = analyzeValuesText(chart, text);
      if (!values) return 'refused';
      feedValues(values);
      return 'accepted';
    },
  },
  {
    name: 'helmfile text',
    arbitrary: fc.tuple(helmfileArb, yamlTextArb),
    run([text, beside]: [string, string]) {
      const result = importHelmfile(text, { charts: [chart], readFile: () => beside });
      for (const r of result.stack.releases) feedValues(r.values);
      return result.ok ? 'accepted' : 'refused';
    },
  },
  {
    name: 'share link',
    arbitrary: shareFragmentArb,
    run(fragment: string) {
      const decoded = decodeShareFragment(fragment, chart);
      if (!decoded.ok) return 'refused';
      feedValues(decoded.state.values);
      return 'accepted';
    },
  },
  {
    name: 'stack link',
    arbitrary: stackFragmentArb,
    run(fragment: string) {
      const decoded = decodeStackFragment(fragment);
      if (!decoded.ok) return 'refused';
      for (const r of decoded.stack.releases) feedValues(r.values);
      return 'accepted';
    },
  },
  {
    name: 'import dialog text',
    arbitrary: yamlTextArb,
    run(text: string) {
      const check = checkImport(chart, text);
      if (check.kind !== 'ready') return 'refused';
      feedValues(check.values);
      return 'accepted';
    },
  },
  {
    name: 'local storage restore',
    arbitrary: storageArb,
    run(raw: string) {
      const saved = loadSaved(memoryStorage(storageKey('fake'), raw), 'fake');
      const stack = loadSavedStack(memoryStorage(STACK_STORAGE_KEY, raw));
      if (saved.kind === 'loaded') feedValues(saved.state.userValues);
      if (stack.kind === 'loaded') for (const r of stack.saved.stack.releases) feedValues(r.values);
      return saved.kind === 'loaded' || stack.kind === 'loaded' ? 'accepted' : 'refused';
    },
  },
];

type CliRun = (typeof CliModule)['run'];

/** The whole command line on a real chart (the registry loads every chart, so it is loaded apart). */
function cliTarget(run: CliRun): FuzzTarget {
  return {
    name: 'command line (-f, --set)',
    arbitrary: fc.tuple(fc.array(yamlTextArb, { maxLength: 2 }), fc.array(setExprArb, { maxLength: 2 })),
    run([files, sets]: [string[], string[]]) {
      const argv = ['validate', 'centrifugo', ...files.flatMap((_, i) => ['-f', `v${i}.yaml`]), ...sets.flatMap((s) => ['--set', s])];
      const code = run(argv, {
        out: () => {},
        err: () => {},
        readFile: (path) => files[Number(/^v(\d+)\.yaml$/.exec(path)?.[1] ?? -1)] ?? '',
      });
      return code === 0 ? 'accepted' : 'refused';
    },
  };
}

/** Every target; the command line's joins when the chart registry loads (else its error is returned). */
export async function loadTargets(): Promise<{ targets: FuzzTarget[]; loadError?: string }> {
  try {
    const { run } = await import('../../src/cli/main');
    const targets = [...TARGETS];
    targets.splice(2, 0, cliTarget(run));
    return { targets };
  } catch (e) {
    return { targets: TARGETS, loadError: `the command line could not be loaded: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// ---- running ----------------------------------------------------------------------------------

export interface TargetReport {
  name: string;
  cases: number;
  accepted: number;
  refused: number;
  slowestMs: number;
  slowestInput: string;
  totalMs: number;
  /** Set when a case threw, took too long or polluted a prototype (with the shrunk input). */
  failure?: string;
}

function summarise(input: unknown): string {
  const text = typeof input === 'string' ? input : JSON.stringify(input) ?? String(input);
  return text.length > 160 ? `${text.slice(0, 160)}... (${text.length} chars)` : text;
}

/** Runs `runs` cases of one target; never throws (a failure is in the report). */
export function fuzzTarget(target: FuzzTarget, runs: number, seed?: number): TargetReport {
  const report: TargetReport = { name: target.name, cases: 0, accepted: 0, refused: 0, slowestMs: 0, slowestInput: '', totalMs: 0 };
  const property = fc.property(target.arbitrary, (input) => {
    const started = performance.now();
    const outcome = target.run(input as never);
    const ms = performance.now() - started;
    const polluted = prototypesChanged();
    if (polluted) throw new Error(`prototype pollution: ${polluted}`);
    if (ms > CASE_TIME_LIMIT_MS) throw new Error(`took ${ms.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS} ms)`);
    if (report.cases < runs) {
      report.cases++;
      report[outcome]++;
      report.totalMs += ms;
      if (ms > report.slowestMs) {
        report.slowestMs = ms;
        report.slowestInput = summarise(input);
      }
    }
  });
  const result = fc.check(property, { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: true });
  if (result.failed) {
    const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    report.failure = `${error}\n  input: ${summarise(result.counterexample?.[0])}\n  seed ${result.seed}, path ${result.counterexamplePath}`;
  }
  const afterwards = pollutionReport();
  if (afterwards && !report.failure) report.failure = `after the run: ${afterwards}`;
  return report;
}
