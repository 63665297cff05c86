// The schema against the facts of the upstream chart (fixtures/upstream-leaves.json: every leaf of
// helm/kraken values.yaml at b87cf17 with its default, read as helm reads the file): every
// parameter is a field with its exact default, described, grouped, secrets hidden. The shared
// suites check coverage, documentation and the fixtures; the rest is Kraken's own.
import { describe, expect, it } from 'vitest';
import { node } from '../../core/schemaNode';
import { analyzeValuesText } from '../../core/importValues';
import {
  describeSchemaCoverage, describeSchemaDocumentation, describeSchemaValidation, expectFieldKinds, readUpstreamFacts, schemaView,
} from '../../core/testing/chartSuites';
import type { Values } from '../../core/types';
import { getAt } from '../../core/values';
import { GUIDE_SECTIONS } from './docs';
import { kraken } from './index';
import { noEffectParams } from './rules';
import { schema } from './schema';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const facts = readUpstreamFacts(fixtureDir);
const { fields, byPath, defaults, issuesFor } = schemaView(kraken);

describeSchemaCoverage(kraken, facts, { leafCount: 148 });
describeSchemaDocumentation(kraken);
// Including fixtures that delete keys with null, as helm allows.
describeSchemaValidation(kraken, fixtureDir);

describe('kraken upstream facts', () => {
  it('are read as helm reads the repeated redis.master key', () => {
    // The later `master:` block (resources) replaced the earlier one (persistence) entirely.
    expect(facts.leaves.filter((l) => l.path.startsWith('redis.master.')).map((l) => l.path)).toEqual([
      'redis.master.resources.limits.cpu',
      'redis.master.resources.limits.memory',
      'redis.master.resources.requests.cpu',
      'redis.master.resources.requests.memory',
    ]);
  });

  it('have no default for redis.master.persistence, which helm drops from values.yaml', () => {
    expect(byPath.get('redis.master.persistence')).toBeDefined();
    expect(Object.keys(getAt(defaults, 'redis.master') as Values)).toEqual(['resources']);
  });
});

describe('kraken schema documentation', () => {
  it('files the TLS mode in its own section', () => {
    expect(byPath.get('ingress.tls.mode')?.group).toBe('tls');
  });

  it('cites only sections of the deployment guide', () => {
    const sections = new Set<string>(GUIDE_SECTIONS);
    const cited = fields.map((f) => node(f.schema)['x-doc']).filter((d): d is string => d !== undefined);
    expect(cited.length).toBeGreaterThan(5);
    expect(cited.filter((d) => !sections.has(d))).toEqual([]);
  });
});

describe('kraken secrets and field kinds', () => {
  const expectedSecrets = [
    'mongodb.auth.rootPassword',
    'mongodb.auth.password',
    'mongodb.external.uri',
    'redis.auth.password',
    'redis.external.password',
    'livekit.apiSecret',
    'livekit.webhookSecret',
    'livekit.apiKey',
    'secrets.jwtSecret',
    'secrets.jwtRefreshSecret',
  ];

  it('marks passwords, secrets and the credential-bearing MongoDB URI writeOnly, and nothing else', () => {
    expect(fields.filter((f) => f.secret).map((f) => f.path).sort()).toEqual([...expectedSecrets].sort());
  });

  it('edits free-form Kubernetes blocks as YAML and string maps as key/value', () => {
    const ofBoth = (paths: string[]) => ['backend', 'frontend'].flatMap((c) => paths.map((p) => `${c}.${p}`));
    expectFieldKinds(kraken, {
      yaml: [
        ...ofBoth(['resources', 'livenessProbe', 'readinessProbe', 'affinity', 'tolerations', 'podSecurityContext', 'securityContext']),
        'frontend.extraEnv', 'ingress.hosts', 'mongodb.resources', 'redis.master.resources',
      ],
      keyValue: [...ofBoth(['nodeSelector', 'podAnnotations', 'service.annotations']), 'ingress.annotations'],
      enum: ['ingress.tls.mode'],
      stringList: ['global.imagePullSecrets'],
    });
  });

  it('passes keys it does not list on to the Bitnami subcharts', () => {
    expect(issuesFor({ mongodb: { arbiter: { enabled: false } } })).toEqual([]);
    expect(node(getAt(schema, 'properties.mongodb') as never)['x-extras']).toBe('yaml');
    expect(node(getAt(schema, 'properties.redis') as never)['x-extras']).toBe('yaml');
  });
});

describe('parameters without effect', () => {
  it('are exactly those no template of 0.0.1 reads', () => {
    expect(noEffectParams).toEqual([
      'podDisruptionBudget.enabled',
      'podDisruptionBudget.minAvailable',
      'podDisruptionBudget.maxUnavailable',
      'networkPolicy.enabled',
      'networkPolicy.policyTypes',
    ]);
    for (const p of noEffectParams) expect(node(byPath.get(p)?.schema)['x-no-effect'], p).toMatch(/No template of chart 0\.0\.1/);
  });
});

describe('kraken values files', () => {
  it('imports a file that repeats redis.master as the chart values.yaml does: the later block wins, with a warning', () => {
    const text = [
      'redis:',
      '  bundled: true',
      '  master:',
      '    persistence:',
      '      size: 8Gi',
      '  master:',
      '    resources:',
      '      limits: {cpu: 250m}',
      '',
    ].join('\n');
    const result = analyzeValuesText(kraken, text);
    expect(result.values).toEqual({ redis: { bundled: true, master: { resources: { limits: { cpu: '250m' } } } } });
    expect(result.problems).toEqual([expect.objectContaining({ id: 'duplicate-key', severity: 'warning', params: ['redis.master'], line: 6 })]);
  });
});
