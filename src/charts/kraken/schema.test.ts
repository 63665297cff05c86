// The schema against the facts of the upstream chart (fixtures/upstream-leaves.json: every leaf of
// helm/kraken values.yaml at b87cf17 with its default, read as helm reads the file): every
// parameter is a field with its exact default, described, grouped, secrets hidden.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePath } from '../../core/paths';
import { node } from '../../core/schemaNode';
import { analyzeValuesText } from '../../core/importValues';
import { createAjvValidator } from '../../core/schemaValidator';
import { listFixtures } from '../../core/testing/fixtureKit';
import { listFields, type FieldInfo } from '../../core/schemaWalk';
import type { Values } from '../../core/types';
import { validate } from '../../core/validate';
import { defaultsFromSchema, getAt } from '../../core/values';
import { GUIDE_SECTIONS } from './docs';
import { groups } from './groups';
import { kraken } from './index';
import { noEffectParams } from './rules';
import { schema } from './schema';

interface UpstreamFacts {
  chart: string;
  version: string;
  leafCount: number;
  leaves: { path: string; default: unknown }[];
  values: Values;
}

const facts = JSON.parse(readFileSync(new URL('./fixtures/upstream-leaves.json', import.meta.url), 'utf8')) as UpstreamFacts;
const fields = listFields(schema);
const byPath = new Map(fields.map((f) => [f.path, f]));
const defaults = defaultsFromSchema(schema);

/** The field holding a path: the field itself, or the nearest YAML / key-value editor above it. */
function fieldCovering(path: string): FieldInfo | undefined {
  const own = byPath.get(path);
  if (own) return own;
  const segs = parsePath(path);
  for (let n = segs.length - 1; n > 0; n--) {
    const parent = fields.find((f) => f.segs.length === n && f.segs.every((s, i) => s === segs[i]));
    if (parent && (parent.kind === 'yaml' || parent.kind === 'keyValue')) return parent;
  }
  return undefined;
}

describe('upstream facts', () => {
  it('are those of chart 0.0.1, read as helm reads the repeated redis.master key', () => {
    expect(facts.chart).toBe('kraken');
    expect(facts.version).toBe('0.0.1');
    expect(facts.leaves).toHaveLength(facts.leafCount);
    expect(facts.leafCount).toBe(148);
    // The later `master:` block (resources) replaced the earlier one (persistence) entirely.
    expect(facts.leaves.filter((l) => l.path.startsWith('redis.master.')).map((l) => l.path)).toEqual([
      'redis.master.resources.limits.cpu',
      'redis.master.resources.limits.memory',
      'redis.master.resources.requests.cpu',
      'redis.master.resources.requests.memory',
    ]);
  });
});

describe('kraken schema covers every upstream parameter', () => {
  it('has a form field (or an inline editor) for every leaf: 148 of 148', () => {
    const covered = facts.leaves.filter((l) => fieldCovering(l.path));
    expect(facts.leaves.filter((l) => !fieldCovering(l.path)).map((l) => l.path)).toEqual([]);
    expect(covered).toHaveLength(148);
  });

  it('gives each leaf its upstream default', () => {
    const wrong = facts.leaves.filter((l) => JSON.stringify(getAt(defaults, l.path)) !== JSON.stringify(l.default));
    expect(wrong).toEqual([]);
  });

  it('builds exactly the upstream values as defaults, key order included', () => {
    expect(defaults).toEqual(facts.values);
    expect(JSON.stringify(defaults)).toBe(JSON.stringify(facts.values));
  });

  it('has no default for redis.master.persistence, which helm drops from values.yaml', () => {
    expect(byPath.get('redis.master.persistence')).toBeDefined();
    expect(Object.keys(getAt(defaults, 'redis.master') as Values)).toEqual(['resources']);
  });

  it('accepts its own defaults', () => {
    expect(createAjvValidator(schema).validate(defaults)).toEqual([]);
  });
});

describe('kraken schema documentation', () => {
  it('describes every field', () => {
    expect(fields.filter((f) => f.description.trim().length < 10).map((f) => f.path)).toEqual([]);
  });

  it('puts every field in a known section, and every section has fields', () => {
    const ids = new Set(groups.map((g) => g.id));
    expect(fields.filter((f) => !ids.has(f.group)).map((f) => `${f.path}: ${f.group}`)).toEqual([]);
    const used = new Set(fields.map((f) => f.group));
    expect(groups.filter((g) => !used.has(g.id)).map((g) => g.id)).toEqual([]);
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
    'secrets.jwtSecret',
    'secrets.jwtRefreshSecret',
  ];

  it('marks passwords, secrets and the credential-bearing MongoDB URI writeOnly, and nothing else', () => {
    expect(fields.filter((f) => f.secret).map((f) => f.path).sort()).toEqual([...expectedSecrets].sort());
  });

  it('edits free-form Kubernetes blocks as YAML and string maps as key/value', () => {
    const kind = (p: string) => byPath.get(p)?.kind;
    for (const c of ['backend', 'frontend']) {
      for (const p of ['resources', 'livenessProbe', 'readinessProbe', 'affinity', 'tolerations', 'podSecurityContext', 'securityContext']) {
        expect(kind(`${c}.${p}`), `${c}.${p}`).toBe('yaml');
      }
      for (const p of ['nodeSelector', 'podAnnotations', 'service.annotations']) expect(kind(`${c}.${p}`), `${c}.${p}`).toBe('keyValue');
    }
    for (const p of ['frontend.extraEnv', 'ingress.hosts', 'mongodb.resources', 'redis.master.resources']) expect(kind(p), p).toBe('yaml');
    expect(kind('ingress.annotations')).toBe('keyValue');
    expect(kind('ingress.tls.mode')).toBe('enum');
    expect(kind('global.imagePullSecrets')).toBe('stringList');
  });

  it('passes keys it does not list on to the Bitnami subcharts', () => {
    expect(createAjvValidator(schema).validate({ ...defaults, mongodb: { ...(defaults.mongodb as Values), arbiter: { enabled: false } } })).toEqual([]);
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
  it('accepts every fixture, including keys deleted with null as helm allows', () => {
    for (const f of listFixtures(new URL('./fixtures/', import.meta.url).pathname)) {
      const bad = validate(kraken, f.values, f.release).problems.filter((p) => p.id === 'schema' || p.id === 'unknown-key');
      expect(bad, f.name).toEqual([]);
    }
  });

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
