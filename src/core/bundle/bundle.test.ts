import { unzipSync, strFromU8 } from 'fflate';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { charts, findChart } from '../../charts';
import { APPLY_ORDER } from '../../charts/chatpulse';
import { evaluate } from '../evaluate';
import { compareManifests, listFixtures, parseManifests, type Manifest } from '../testing/fixtureKit';
import { readFileSync } from 'node:fs';
import { fakeChart } from '../testing/fakeChart';
import type { ChartModule, Release, RenderedObject, Values } from '../types';
import { defaultsFromSchema, diffValues, mergeValues } from '../values';
import { buildBundle, bundleFileName, SCHEMA_COMMENT, zipBundle } from './bundle';
import { chartSource, helmChartArg } from './chartSource';
import { chartJsonSchema } from './schemaFile';

const RELEASE: Release = { name: 'shop', namespace: 'shop-ns' };

function unpack(chart: ChartModule, values: Values, release = RELEASE): Record<string, string> {
  const zip = zipBundle(buildBundle({ chart, release, values }, { shareLink: 'https://<configurator>/#/x?s=1.abc' }), { mtime: new Date('2026-01-01') });
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** Every document of every manifests/ file, with the path it sits in. */
function manifestDocs(files: Record<string, string>, release = RELEASE) {
  const prefix = `${release.name}/manifests/`;
  return Object.entries(files)
    .filter(([path]) => path.startsWith(prefix) && !path.endsWith('kustomization.yaml'))
    .flatMap(([path, text]) => (loadAll(text) as unknown[]).filter(Boolean).map((object) => ({ path: path.slice(prefix.length), object })));
}

const canonical = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

/** A value set with some change for every chart: its first preset (defaults when it has none). */
const presetValues = (chart: ChartModule): Values => chart.presets[0]?.values ?? {};

describe.each(charts.map((c) => [c.id, c] as const))('bundle of %s', (_id, chart) => {
  const values = presetValues(chart);
  const files = unpack(chart, values);
  const evaluation = evaluate(chart, values, RELEASE);
  const source = chartSource(chart, evaluation.objects);

  it('has the agreed layout', () => {
    expect(files['README.md']).toBeDefined();
    expect(files['helmfile.yaml']).toBeDefined();
    expect(files['shop/values.yaml']).toBeDefined();
    expect(files['shop/values.schema.json']).toBeDefined();
    const others = Object.keys(files).filter((p) => !['README.md', 'helmfile.yaml', 'shop/values.yaml', 'shop/values.schema.json'].includes(p));
    expect(others.length).toBeGreaterThan(0);
    for (const path of others) expect(path).toMatch(/^shop\/manifests\/.+\.yaml$/);
  });

  it('writes values.yaml that parses back to the same values, pointed at the schema', () => {
    const text = files['shop/values.yaml'];
    expect(text.split('\n')[0]).toBe(SCHEMA_COMMENT);
    const defaults = defaultsFromSchema(chart.schema);
    const expected = diffValues(defaults, mergeValues(defaults, values));
    expect(load(text) ?? {}).toEqual(expected);
  });

  it('stores the JSON Schema the CLI prints', () => {
    const schema = JSON.parse(files['shop/values.schema.json']);
    expect(schema).toEqual(JSON.parse(JSON.stringify(chartJsonSchema(chart))));
    expect(schema.$schema).toMatch(/json-schema\.org/);
  });

  it('holds exactly the rendered objects in manifests/', () => {
    const docs = manifestDocs(files);
    expect(docs.map((d) => canonical(d.object)).sort()).toEqual(evaluation.objects.map((o) => canonical(o.object)).sort());
    for (const { path, object } of docs) {
      const rendered = evaluation.objects.find((o) => canonical(o.object) === canonical(object)) as RenderedObject;
      expect(path).toBe(source.kind === 'manifests' ? rendered.template : `${chart.chartName}/${rendered.template}`);
    }
  });

  it('names the right chart, version and source in the README commands', () => {
    const readme = files['README.md'];
    expect(readme).toContain(chart.version);
    if (source.kind === 'manifests') {
      expect(readme).toContain('kubectl apply -k shop/manifests');
      expect(files['shop/manifests/kustomization.yaml']).toBeDefined();
    } else {
      const versionFlag = source.kind === 'repo' || source.kind === 'oci' ? ` --version ${chart.version}` : '';
      expect(readme).toContain(`helm upgrade --install shop ${helmChartArg(source)}${versionFlag} --namespace shop-ns --create-namespace -f shop/values.yaml`);
    }
    if (source.kind === 'repo') expect(readme).toContain(`helm repo add ${chart.repository?.name} ${chart.repository?.url}`);
    else expect(readme).not.toContain('helm repo add');
    expect(readme).toContain('https://<configurator>/#/x?s=1.abc');
  });

  it('lists every open problem in the README, errors first', () => {
    const readme = files['README.md'];
    for (const p of evaluation.problems) expect(readme).toContain(p.message.replace(/\s*\n\s*/g, ' '));
    const severities = [...readme.matchAll(/^\d+\. \*\*(error|warning|info)\*\*/gm)].map((m) => m[1]);
    expect(severities).toHaveLength(evaluation.problems.length);
    const rank = { error: 0, warning: 1, info: 2 } as const;
    expect(severities).toEqual([...severities].sort((a, b) => rank[a as keyof typeof rank] - rank[b as keyof typeof rank]));
  });
});

describe('bundle of the fake chart', () => {
  const fake = fakeChart as unknown as ChartModule;

  it('orders problems errors first and gives why and fix', () => {
    // replicaCount -1 breaks the schema (error); auth on without password warns; NodePort informs.
    const files = unpack(fake, { replicaCount: -1, auth: { enabled: true }, service: { type: 'NodePort' } });
    const readme = files['README.md'];
    const order = [...readme.matchAll(/^\d+\. \*\*(\w+)\*\*/gm)].map((m) => m[1]);
    expect(order).toEqual(['error', 'warning', 'info']);
    expect(readme).toMatch(/1 error\(s\), 1 warning\(s\), 1 info/);
    expect(readme).toMatch(/- Fix: Change the value to the expected form\./);
  });

  it('writes the helmfile release with repository, version and values file', () => {
    const files = unpack(fake, { replicaCount: 2 });
    const helmfile = load(files['helmfile.yaml']) as { repositories: unknown[]; releases: Record<string, unknown>[] };
    expect(helmfile.repositories).toEqual([{ name: 'examples', url: 'https://charts.example.com' }]);
    expect(helmfile.releases).toEqual([
      { name: 'shop', namespace: 'shop-ns', chart: 'examples/fake-web', version: '2.1.0', values: ['./shop/values.yaml'] },
    ]);
  });

  it('keeps several objects of one template in one file, in install order, as helm --output-dir does', () => {
    const twoInOne: ChartModule = {
      ...fake,
      render: (v, r) =>
        fake.render(v, r).map((o) => ({ ...o, template: 'templates/all.yaml' })),
    };
    const files = unpack(twoInOne, {});
    const text = files['shop/manifests/fake-web/templates/all.yaml'];
    expect(text.startsWith('---\n# Source: fake-web/templates/all.yaml\napiVersion: v1\nkind: Service\n')).toBe(true);
    expect(text.match(/^---\n# Source: fake-web\/templates\/all\.yaml$/gm)).toHaveLength(2);
    expect(text.indexOf('kind: Service')).toBeLessThan(text.indexOf('kind: Deployment'));
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('gives the same files for the same input (the button and the CLI share it)', () => {
    const a = buildBundle({ chart: fake, release: RELEASE, values: { replicaCount: 3 } });
    const b = buildBundle({ chart: fake, release: RELEASE, values: { replicaCount: 3, image: { tag: '1.0.0' } } });
    expect(a).toEqual(b);
  });
});

describe('plain manifests in the documented order', () => {
  it('lists the ChatPulse files in its apply order when the module declares it, install order otherwise', () => {
    const chatpulse = findChart('chatpulse')!;
    const kustomization = (chart: ChartModule) => (load(unpack(chart, {})['shop/manifests/kustomization.yaml']) as { resources: string[] }).resources;
    const rendered = new Set(evaluate(chatpulse, {}, RELEASE).objects.map((o) => o.template));
    expect(kustomization({ ...chatpulse, applyOrder: APPLY_ORDER })).toEqual(APPLY_ORDER.filter((p) => rendered.has(p)));
    // Without a declared order, helm's install order: the namespace first, custom resources last.
    const fallback = kustomization({ ...chatpulse, applyOrder: undefined });
    expect(fallback[0]).toBe('k8s/namespace.yaml');
    expect(fallback.at(-1)).toBe('k8s/servicemonitor.yaml');
    expect([...fallback].sort()).toEqual([...rendered].sort());
  });
});

describe('the ChatPulse bundle holds the guide\'s files', () => {
  const chatpulse = findChart('chatpulse')!;
  const fixtures = listFixtures(new URL('../../charts/chatpulse/fixtures/', import.meta.url).pathname);

  it('has the three ingress choices as fixtures', () => {
    expect(fixtures.map((f) => f.name)).toEqual(['alb-ingress', 'defaults', 'traefik-ingress']);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: one file per guide file, each holding exactly the guide's object, applied in the guide's order`, () => {
      const files = unpack(chatpulse, fixture.values);
      const expected = parseManifests(readFileSync(fixture.expectedFile, 'utf8'));
      const prefix = 'shop/manifests/';
      const manifestFiles = Object.keys(files).filter((p) => p.startsWith(prefix) && !p.endsWith('kustomization.yaml'));
      expect(manifestFiles.map((p) => p.slice(prefix.length)).sort()).toEqual(expected.map((m) => m.template).sort());
      const inBundle: Manifest[] = expected.map((m) => {
        const docs = loadAll(files[prefix + m.template]).filter(Boolean);
        expect(docs).toHaveLength(1);
        return { template: m.template, object: docs[0] as Manifest['object'] };
      });
      expect(compareManifests(expected, inBundle)).toEqual([]);
      const kustomization = load(files[`${prefix}kustomization.yaml`]) as { resources: string[] };
      expect(kustomization.resources).toEqual(expected.map((m) => m.template));
    });
  }
});

describe('bundle of values the chart cannot render', () => {
  it('still writes README, helmfile and values, and lists the render failure as an error', () => {
    const fake = fakeChart as unknown as ChartModule;
    const files = unpack(fake, { image: { repository: '' } });
    expect(Object.keys(files).filter((p) => p.includes('/manifests/'))).toEqual([]);
    expect(files['README.md']).toMatch(/^1\. \*\*error\*\*: The chart cannot render these values: image\.repository must not be empty/m);
    expect(load(files['shop/values.yaml'])).toEqual({ image: { repository: '' } });
    expect(bundleFileName(fake, RELEASE)).toBe('shop-fake-bundle.zip');
  });
});
