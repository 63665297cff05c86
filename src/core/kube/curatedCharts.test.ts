// No false errors: every preset and fixture of the five curated charts, rendered and checked against
// every Kubernetes version we carry (schemas loaded), raises no Kubernetes error and no unknown field.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { charts } from '../../charts';
import { evaluate, type Evaluation } from '../evaluate';
import { listFixtures } from '../testing/fixtureKit';
import { DEFAULT_RELEASE, type ChartModule, type Release, type Values } from '../types';
import { checkObjects } from './checkObjects';
import { loadKubeSchemas } from './openapi';
import { KUBE_VERSIONS } from './versions';

interface Case { chart: ChartModule<Values>; label: string; values: Values; release: Release }

function cases(): Case[] {
  const out: Case[] = [];
  for (const chart of charts) {
    out.push({ chart, label: 'defaults', values: {}, release: DEFAULT_RELEASE });
    for (const preset of chart.presets) out.push({ chart, label: `preset ${preset.id}`, values: preset.values, release: DEFAULT_RELEASE });
    for (const f of listFixtures(join(__dirname, '../../charts', chart.id, 'fixtures'))) {
      out.push({ chart, label: `fixture ${f.name}`, values: f.values, release: f.release });
    }
  }
  return out;
}

const all = cases();

/**
 * Real errors in fixtures: value sets that `helm template` renders (the fixtures hold helm's output)
 * but that a cluster refuses. Each is named with why, so a new finding cannot hide among them.
 */
const KNOWN_REAL_ERRORS: { chart: string; label: string; id: string; field: string; why: string }[] = [
  { chart: 'centrifugo', label: 'fixture ingress-internal-enabled-key', id: 'kube-schema', field: 'spec.rules[1].http.paths', why: 'a host without paths renders `paths:` empty' },
  { chart: 'percona-valkey', label: 'fixture long-release-name', id: 'kube-name', field: 'metadata.name', why: 'the headless Service name is 72 characters' },
  { chart: 'kube-stager', label: 'fixture deployment-metadata', id: 'kube-label', field: 'metadata.labels.cost-center', why: 'an unquoted number as a label value' },
  { chart: 'kube-stager', label: 'fixture deployment-metadata', id: 'kube-label', field: 'sidecar\\.istio\\.io/inject', why: 'an unquoted boolean as a label value' },
  { chart: 'kube-stager', label: 'fixture deployment-metadata', id: 'kube-annotation', field: 'annotations.', why: 'unquoted boolean and number annotation values' },
  { chart: 'kube-stager', label: 'fixture deployment-metadata', id: 'kube-schema', field: 'matchLabels.sidecar', why: 'the same boolean in the selector' },
  { chart: 'kube-stager', label: 'fixture service-metadata', id: 'kube-label', field: 'metadata.labels.version', why: 'an unquoted number as a label value' },
];

function isKnown(chart: string, label: string, id: string, message: string): boolean {
  return KNOWN_REAL_ERRORS.some((k) => k.chart === chart && k.label === label && k.id === id && message.includes(k.field));
}

describe('curated charts raise no Kubernetes error', () => {
  // Each case is rendered once; the checks then run per version.
  const evaluations = new Map<Case, Evaluation>();
  beforeAll(async () => {
    for (const c of all) evaluations.set(c, evaluate(c.chart, c.values, c.release));
    const kinds = [...evaluations.values()].flatMap((e) => e.objects.map((o) => ({ apiVersion: o.object.apiVersion, kind: o.object.kind })));
    for (const version of KUBE_VERSIONS) await loadKubeSchemas(version, kinds);
  }, 120_000);

  it('covers presets and fixtures of all five charts', () => {
    expect(new Set(all.map((c) => c.chart.id)).size).toBe(5);
    expect(all.length).toBeGreaterThan(20);
  });

  for (const version of KUBE_VERSIONS) {
    it(`against Kubernetes ${version}`, () => {
      const errors: string[] = [];
      const knownSeen = new Set<string>();
      for (const c of all) {
        const evaluation = evaluations.get(c);
        if (!evaluation) throw new Error(`${c.chart.id} ${c.label} was not rendered`);
        const problems = checkObjects(evaluation.objects, { values: evaluation.values, userValues: c.values, kubeVersion: version });
        for (const p of problems) {
          // Unknown fields are warnings, but a curated renderer writing one is a bug all the same.
          if (p.id === 'kube-schema' && p.message.includes('has the unknown field')) errors.push(`${c.chart.id} ${c.label}: ${p.message}`);
          if (p.severity !== 'error') continue;
          if (isKnown(c.chart.id, c.label, p.id, p.message)) knownSeen.add(`${c.chart.id} ${c.label} ${p.id}`);
          else errors.push(`${c.chart.id} ${c.label}: ${p.message}`);
        }
      }
      expect(errors).toEqual([]);
      // The real errors are still found (the list above stays honest).
      expect([...knownSeen].sort()).toEqual([...new Set(KNOWN_REAL_ERRORS.map((k) => `${k.chart} ${k.label} ${k.id}`))].sort());
    }, 60_000);
  }
});

describe('bundle README', () => {
  it('lists the Kubernetes problems among the open problems', async () => {
    const { buildBundle } = await import('../bundle');
    const chart = charts.find((c) => c.id === 'centrifugo');
    if (!chart) throw new Error('centrifugo missing');
    const values = { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedul' }] };
    const files = buildBundle({ chart, release: DEFAULT_RELEASE, values }, {});
    const readme = files['README.md'];
    expect(readme).toContain('tolerations[0].effect is "NoSchedul"');
  });
});
