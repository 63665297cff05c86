// The test suites every chart folder runs, written once: the schema against the upstream facts
// (fixtures/upstream-leaves.json from scripts/upstream-leaves.ts), its documentation and sections,
// ajv on the defaults and the fixtures, the render against helm's stored output, helm's checksum
// annotations (fixtures/helm-checksums.json from scripts/helm-checksums.ts), the values file round
// trip, the rule catalogue and the presets. Each chart calls them with its own numbers and keeps
// its own assertions beside them. Only tests import this module (it calls vitest's describe/it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluate } from '../evaluate';
import { parsePath } from '../paths';
import { manifestsToYaml, sortForInstall } from '../render';
import { createAjvValidator } from '../schemaValidator';
import { listFields, type FieldInfo, type FieldKind } from '../schemaWalk';
import { DEFAULT_RELEASE, type ChartModule, type Preset, type Release, type RenderedObject, type Values } from '../types';
import { validate } from '../validate';
import { defaultsFromSchema, getAt, mergeValues } from '../values';
import { valuesFileText } from '../valuesFile';
import { parseYamlText } from '../yaml';
import { compareManifests, listFixtures, normaliseRendered, parseManifests, type Fixture, type Manifest } from './fixtureKit';

/** A fixture folder given as `new URL('./fixtures/', import.meta.url)` or as a path. */
export type FixtureDir = URL | string;

const dirPath = (dir: FixtureDir) => (typeof dir === 'string' ? dir : fileURLToPath(dir));

export function chartFixtures(dir: FixtureDir): Fixture[] {
  return listFixtures(dirPath(dir));
}

export function readFixtureJson<T>(dir: FixtureDir, file: string): T {
  return JSON.parse(readFileSync(join(dirPath(dir), file), 'utf8')) as T;
}

/** The chart rendered for user values over its defaults, in helm's install order. */
export function chartRenderer<V>(chart: ChartModule<V>): (user: Values, release?: Release) => RenderedObject[] {
  const defaults = defaultsFromSchema(chart.schema);
  return (user, release = DEFAULT_RELEASE) => sortForInstall(chart.render(mergeValues(defaults, user) as V, release));
}

// ---- schema

/**
 * What schema tests look things up in: the form fields (also by path), the defaults, and ajv's
 * issues for user values merged over the defaults.
 */
export function schemaView<V>(chart: ChartModule<V>) {
  const fields = listFields(chart.schema);
  const defaults = defaultsFromSchema(chart.schema);
  const validator = createAjvValidator(chart.schema);
  return {
    fields,
    byPath: new Map(fields.map((f) => [f.path, f])),
    defaults,
    issuesFor: (user: Values) => validator.validate(mergeValues(defaults, user)),
  };
}

/** fixtures/upstream-leaves.json, as scripts/upstream-leaves.ts writes it. */
export interface UpstreamFacts {
  chart: string;
  version: string | null;
  leafCount: number;
  leaves: { path: string; default: unknown }[];
  /** The upstream values.yaml as helm reads it, key order kept. */
  values: Values;
}

export const readUpstreamFacts = (dir: FixtureDir): UpstreamFacts => readFixtureJson<UpstreamFacts>(dir, 'upstream-leaves.json');

export interface SchemaCoverageOptions {
  /** How many leaves the upstream values.yaml has: a changed facts file shows up here first. */
  leafCount: number;
  /** Every leaf is a field of its own (no leaf is left to an inline YAML or key/value editor). */
  leavesAreFields?: boolean;
}

/** Every parameter of the upstream values.yaml is a field with its exact default, key order included. */
export function describeSchemaCoverage<V>(chart: ChartModule<V>, facts: UpstreamFacts, options: SchemaCoverageOptions): void {
  const { fields, byPath, defaults } = schemaView(chart);

  /** The field holding a path: the field itself, or the nearest YAML / key-value editor above it. */
  const fieldCovering = (path: string): FieldInfo | undefined => {
    const own = byPath.get(path);
    if (own) return own;
    const segs = parsePath(path);
    for (let n = segs.length - 1; n > 0; n--) {
      const parent = fields.find((f) => f.segs.length === n && f.segs.every((s, i) => s === segs[i]));
      if (parent && (parent.kind === 'yaml' || parent.kind === 'keyValue')) return parent;
    }
    return undefined;
  };

  describe(`${chart.id} schema covers every upstream parameter`, () => {
    it(`reads the facts of chart ${chart.chartName} ${chart.version}: ${options.leafCount} leaves`, () => {
      expect([facts.chart, facts.version]).toEqual([chart.chartName, chart.version]);
      expect(facts.leaves).toHaveLength(facts.leafCount);
      expect(facts.leafCount).toBe(options.leafCount);
    });

    it('has a form field (or an inline editor) for every leaf of values.yaml', () => {
      expect(facts.leaves.map((l) => l.path).filter((p) => !fieldCovering(p))).toEqual([]);
    });

    if (options.leavesAreFields) {
      it('has a field of its own for every leaf, with the upstream default', () => {
        for (const leaf of facts.leaves) {
          const field = byPath.get(leaf.path);
          expect(field, leaf.path).toBeDefined();
          expect(field?.defaultValue, leaf.path).toEqual(leaf.default);
        }
      });
    }

    it('gives each leaf its upstream default', () => {
      const wrong = facts.leaves.filter((l) => JSON.stringify(getAt(defaults, l.path)) !== JSON.stringify(l.default));
      expect(wrong).toEqual([]);
    });

    it('builds exactly the upstream values.yaml as defaults, key order included', () => {
      expect(defaults).toEqual(facts.values);
      expect(JSON.stringify(defaults)).toBe(JSON.stringify(facts.values));
    });

    it('keeps every field default equal to the value at its path', () => {
      for (const f of fields) {
        if (f.defaultValue !== undefined) expect(getAt(defaults, f.segs), f.path).toEqual(f.defaultValue);
      }
    });
  });
}

export interface SchemaDocumentationOptions {
  /** Whether nested objects need a description of their own (their fields always do). Default true. */
  describeObjects?: boolean;
  /** Every section holds a top-level parameter, not only nested ones. Default false. */
  sectionsHoldTopLevelFields?: boolean;
}

/** Every field is described and filed in a section; every section is used, described and unique. */
export function describeSchemaDocumentation<V>(chart: ChartModule<V>, options: SchemaDocumentationOptions = {}): void {
  const fields = listFields(chart.schema);
  const describeObjects = options.describeObjects ?? true;

  describe(`${chart.id} schema documentation`, () => {
    it('describes every field in a sentence of its own', () => {
      const needsText = (f: FieldInfo) => describeObjects || f.kind !== 'object';
      expect(fields.filter((f) => needsText(f) && f.description.trim().length < 10).map((f) => f.path)).toEqual([]);
    });

    it('puts every field in a known section, and every section has fields', () => {
      const ids = new Set(chart.groups.map((g) => g.id));
      expect(ids.size).toBe(chart.groups.length);
      expect(fields.filter((f) => !ids.has(f.group)).map((f) => `${f.path}: ${f.group}`)).toEqual([]);
      const holders = options.sectionsHoldTopLevelFields ? fields.filter((f) => f.depth === 0) : fields;
      const used = new Set(holders.map((f) => f.group));
      expect(chart.groups.filter((g) => !used.has(g.id)).map((g) => g.id)).toEqual([]);
      for (const g of chart.groups) expect(g.description, g.id).toBeTruthy();
    });
  });
}

/** Asserts the kind of form field (and so the editor) each listed parameter gets. */
export function expectFieldKinds<V>(chart: ChartModule<V>, expected: Partial<Record<FieldKind, readonly string[]>>): void {
  const kinds = new Map(listFields(chart.schema).map((f) => [f.path, f.kind]));
  for (const [kind, paths] of Object.entries(expected)) {
    for (const path of paths) expect(kinds.get(path), path).toBe(kind);
  }
}

export interface SchemaValidationOptions {
  /** Fixtures that show what the schema reports, with exactly those [path, kind] issues. */
  expectedIssues?: Record<string, [string, string][]>;
}

/** ajv accepts the defaults and every fixture merged over them (helm's merge). */
export function describeSchemaValidation<V>(chart: ChartModule<V>, fixtureDir: FixtureDir, options: SchemaValidationOptions = {}): void {
  const { issuesFor } = schemaView(chart);
  const fixtures = chartFixtures(fixtureDir);
  const expectedIssues = options.expectedIssues ?? {};
  const clean = fixtures.filter((f) => !(f.name in expectedIssues));

  describe(`${chart.id} schema validation (ajv)`, () => {
    it('accepts the chart defaults', () => {
      expect(issuesFor({})).toEqual([]);
    });

    it.each(clean.map((f) => [f.name, f] as const))('accepts fixture %s without any issue', (_name, fixture) => {
      expect(issuesFor(fixture.values)).toEqual([]);
    });

    it.each(Object.entries(expectedIssues))('reports exactly the expected issues for fixture %s', (name, issues) => {
      const fixture = fixtures.find((f) => f.name === name);
      expect(fixture, name).toBeDefined();
      const found = issuesFor(fixture?.values ?? {});
      expect(found.map((i) => [i.path, i.kind])).toEqual(issues);
    });
  });
}

// ---- render

export interface RenderFixturesOptions {
  /** At least this many fixtures ... */
  minFixtures?: number;
  /** ... or exactly these (sorted names). */
  fixtureNames?: string[];
  /** The fixtures' expectations together hold exactly these templates: every template is covered. */
  templates?: string[];
  /** Our objects helm's expectations hold (e.g. without summaries of subcharts helm did not render). */
  compared?: (object: { template: string }) => boolean;
  /**
   * The expectations keep their source's order (plain manifests in the order of a guide), so they
   * are put in install order first; helm's own output is compared in the order helm printed it.
   */
  expectedInOwnOrder?: boolean;
}

/**
 * Every fixture renders to the objects stored from the real helm (fixtures/<name>.expected.yaml),
 * key order included: our objects as they are, and again after our YAML printer.
 */
export function describeRenderFixtures<V>(chart: ChartModule<V>, fixtureDir: FixtureDir, options: RenderFixturesOptions = {}): void {
  const fixtures = chartFixtures(fixtureDir);
  const renderWith = chartRenderer(chart);
  const compared = options.compared ?? (() => true);
  const expectedOf = (f: Fixture): Manifest[] => {
    const manifests = parseManifests(readFileSync(f.expectedFile, 'utf8'));
    return options.expectedInOwnOrder ? sortForInstall(manifests) : manifests;
  };

  describe(`${chart.id} render matches the stored output of ${chart.chartName} ${chart.version}`, () => {
    it('has the scenario fixtures', () => {
      if (options.fixtureNames) expect(fixtures.map((f) => f.name)).toEqual(options.fixtureNames);
      expect(fixtures.length).toBeGreaterThanOrEqual(options.minFixtures ?? 1);
    });

    if (options.templates) {
      const templates = [...options.templates].sort();
      it('covers every template of the chart across the fixtures', () => {
        const seen = new Set(fixtures.flatMap((f) => expectedOf(f).map((m) => m.template)));
        expect([...seen].sort()).toEqual(templates);
      });
    }

    for (const fixture of fixtures) {
      it(fixture.name, () => {
        const expected = expectedOf(fixture);
        const ours = renderWith(fixture.values, fixture.release);
        expect(compareManifests(expected, normaliseRendered(ours.filter(compared)))).toEqual([]);
        // And after our own YAML printer, as the preview and the CLI show it.
        const printed = parseManifests(manifestsToYaml(chart.chartName, ours)).filter(compared);
        expect(compareManifests(expected, normaliseRendered(printed))).toEqual([]);
      });
    }
  });
}

/** fixtures/helm-checksums.json, as scripts/helm-checksums.ts writes it. */
export interface HelmChecksumFacts {
  source: string;
  /** Fixture name -> object (`<template> <Kind>/<name>`) -> its `checksum/*` pod annotations. */
  checksums: Record<string, ChecksumsByObject>;
}

export type ChecksumsByObject = Record<string, Record<string, string>>;

/** The `checksum/*` annotations of each pod template (or pod), by object; objects without any left out. */
export function checksumAnnotations(objects: Manifest[]): ChecksumsByObject {
  const out: ChecksumsByObject = {};
  for (const { template, object } of objects) {
    const annotations = (getAt(object, object.kind === 'Pod' ? 'metadata.annotations' : 'spec.template.metadata.annotations') ?? {}) as Values;
    const sums = Object.entries(annotations).filter(([key]) => key.startsWith('checksum/'));
    if (sums.length > 0) out[`${template} ${object.kind}/${String(object.metadata.name)}`] = Object.fromEntries(sums.map(([k, v]) => [k, String(v)]));
  }
  return out;
}

/**
 * The expectation files blank `checksum/*` annotations, so helm's values are stored apart: each
 * fixture's pods must carry exactly the checksums helm printed, so they roll when helm's would.
 */
export function describeHelmChecksums<V>(chart: ChartModule<V>, fixtureDir: FixtureDir, options: Pick<RenderFixturesOptions, 'compared'> = {}): void {
  const fixtures = chartFixtures(fixtureDir);
  const facts = readFixtureJson<HelmChecksumFacts>(fixtureDir, 'helm-checksums.json');
  const renderWith = chartRenderer(chart);
  const compared = options.compared ?? (() => true);

  describe(`${chart.id} checksum annotations equal helm's`, () => {
    it('has helm\'s checksums for every fixture, and some to compare', () => {
      expect(Object.keys(facts.checksums).sort()).toEqual(fixtures.map((f) => f.name).sort());
      expect(Object.values(facts.checksums).some((sums) => Object.keys(sums).length > 0)).toBe(true);
    });

    for (const fixture of fixtures) {
      it(`${fixture.name}: same checksums as helm`, () => {
        const ours = renderWith(fixture.values, fixture.release).filter(compared);
        expect(checksumAnnotations(ours)).toEqual(facts.checksums[fixture.name]);
      });
    }
  });
}

// ---- values file

export interface ValuesFileOptions {
  /** Text every downloaded file holds (e.g. the install command of the chart's repository). */
  headerContains?: string[];
}

/**
 * The values.yaml we download means to helm what the values it came from mean: for every fixture
 * and preset, read back (our importer, YAML 1.2 and the YAML 1.1 way helm's parser reads scalars)
 * and merged over the defaults, it gives the same values. scripts/verify-helm.ts checks the same
 * with the real helm.
 */
export function describeValuesFileRoundTrip<V>(chart: ChartModule<V>, fixtureDir: FixtureDir, options: ValuesFileOptions = {}): void {
  const defaults = defaultsFromSchema(chart.schema);
  const cases: [string, Values][] = [
    ...chartFixtures(fixtureDir).map((f): [string, Values] => [`fixture ${f.name}`, f.values]),
    ...chart.presets.map((p): [string, Values] => [`preset ${p.id}`, p.values]),
  ];

  describe(`${chart.id} values file round trip`, () => {
    it.each(cases)('%s: the file merges to the same values', (_name, values) => {
      const text = valuesFileText(chart, values);
      expect(text.split('\n')[0]).toBe(`# values.yaml for ${chart.chartName} ${chart.version} (chart-configurator)`);
      for (const part of options.headerContains ?? []) expect(text).toContain(part);
      const expected = mergeValues(defaults, values);
      for (const reading of VALUES_READINGS) expect(mergeValues(defaults, readValuesFile(text, reading)), reading).toEqual(expected);
    });

    it('writes nothing but the header for the defaults', () => {
      for (const reading of VALUES_READINGS) expect(readValuesFile(valuesFileText(chart, {}), reading), reading).toEqual({});
    });
  });
}

/** The ways a values file is read back: by our own importer, and as YAML 1.2 and 1.1 documents. */
export const VALUES_READINGS = ['importer', 'YAML 1.2', 'YAML 1.1'] as const;
export type ValuesReading = (typeof VALUES_READINGS)[number];

/** A values file as helm (YAML 1.2 or the YAML 1.1 way its parser reads scalars) or our importer reads it. */
export function readValuesFile(text: string, reading: ValuesReading = 'importer'): Values {
  if (reading !== 'importer') return (parse(text, { version: reading === 'YAML 1.1' ? '1.1' : '1.2' }) ?? {}) as Values;
  const parsed = parseYamlText(text);
  if (!parsed.ok) throw new Error(`the values file does not parse: ${parsed.error.message}`);
  return (parsed.value ?? {}) as Values;
}

// ---- rules

/** Rules have unique ids and unique titles that say what they check. */
export function describeRuleCatalogue<V>(chart: ChartModule<V>): void {
  describe(`${chart.id} rule catalogue`, () => {
    it('has unique rule ids, and a title of its own for each', () => {
      const ids = chart.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(chart.rules.map((r) => r.title)).size).toBe(ids.length);
      for (const r of chart.rules) expect(r.title.length, r.id).toBeGreaterThan(10);
    });
  });
}

// ---- presets

/** A chart's preset by id; an unknown id fails the test that asks for it. */
export function presetOf<V>(chart: ChartModule<V>, id: string): Preset {
  const preset = chart.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`${chart.id} has no preset ${id}`);
  return preset;
}

export interface PresetOptions {
  /** The presets, in order. */
  ids: string[];
  /** Documentation sections a preset may cite; without it, a preset only has to cite one. */
  docSections?: Iterable<string>;
  release?: Release;
  /** Each preset renders more objects than this. */
  minObjects: number;
  /** Each preset renders these kinds. */
  kinds?: string[];
  /** A description is longer than this (default 20 characters). */
  minDescription?: number;
  /** Rule errors a preset leaves for the user on purpose (a secret to fill in), by preset id. */
  expectedErrors?: Record<string, string[]>;
}

/** Presets are documented starting points that pass the schema, render, and leave only known errors. */
export function describePresets<V>(chart: ChartModule<V>, options: PresetOptions): void {
  const release = options.release ?? DEFAULT_RELEASE;
  const sections = options.docSections ? new Set<string>(options.docSections) : undefined;

  describe(`${chart.id} presets`, () => {
    it('are the documented ones, each with a unique id and title, a one-line description and a doc section', () => {
      expect(chart.presets.map((p) => p.id)).toEqual(options.ids);
      expect(new Set(chart.presets.map((p) => p.title)).size).toBe(chart.presets.length);
      for (const p of chart.presets) {
        expect(p.description.length, p.id).toBeGreaterThan(options.minDescription ?? 20);
        expect(p.description, p.id).not.toContain('\n');
        expect(p.doc, p.id).not.toBe('');
        if (sections) expect(sections.has(p.doc), `${p.id}: ${p.doc}`).toBe(true);
      }
    });

    for (const preset of chart.presets) {
      describe(preset.id, () => {
        it('passes the schema with no unknown keys', () => {
          const bad = validate(chart, preset.values, release).problems.filter((p) => p.id === 'schema' || p.id === 'unknown-key');
          expect(bad).toEqual([]);
        });

        it('renders, and every rule runs', () => {
          const result = evaluate(chart, preset.values, release);
          expect(result.renderError).toBeUndefined();
          expect(result.objects.length).toBeGreaterThan(options.minObjects);
          const kinds = new Set(result.objects.map((o) => o.object.kind));
          for (const kind of options.kinds ?? []) expect(kinds.has(kind), kind).toBe(true);
          expect(result.problems.filter((p) => p.message.includes('could not run'))).toEqual([]);
        });

        it('has no error but those left to the user on purpose', () => {
          const errors = validate(chart, preset.values, release).problems.filter((p) => p.severity === 'error').map((p) => p.id);
          expect(errors).toEqual(options.expectedErrors?.[preset.id] ?? []);
        });
      });
    }
  });
}
