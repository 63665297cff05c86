// The schema against the facts of the upstream chart (fixtures/upstream-leaves.json, written by
// scripts/upstream-leaves.ts from the chart's values.yaml): every parameter is a field with its
// exact default, described, grouped, secrets hidden, and ajv accepts what helm accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePath } from '../../core/paths';
import { createAjvValidator } from '../../core/schemaValidator';
import { listFields, schemaAt, type FieldInfo } from '../../core/schemaWalk';
import { listFixtures } from '../../core/testing/fixtureKit';
import type { Values } from '../../core/types';
import { defaultsFromSchema, getAt, mergeValues } from '../../core/values';
import { groups } from './groups';
import { schema, type CentrifugoValues } from './schema';

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
const validator = createAjvValidator(schema);
const fixtures = listFixtures(new URL('./fixtures/', import.meta.url).pathname);

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
  it('are those of chart 13.0.0', () => {
    expect(facts.chart).toBe('centrifugo');
    expect(facts.version).toBe('13.0.0');
    expect(facts.leaves).toHaveLength(facts.leafCount);
    expect(facts.leafCount).toBe(125);
  });
});

describe('centrifugo schema covers every upstream parameter', () => {
  it('has a form field (or an inline editor) for every leaf of values.yaml', () => {
    const missing = facts.leaves.map((l) => l.path).filter((p) => !fieldCovering(p));
    expect(missing).toEqual([]);
  });

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

describe('centrifugo schema documentation', () => {
  it('describes every field', () => {
    expect(fields.filter((f) => f.description.trim().length < 10).map((f) => f.path)).toEqual([]);
  });

  it('puts every top-level parameter in a known section, and every section has parameters', () => {
    const ids = new Set(groups.map((g) => g.id));
    const topLevel = fields.filter((f) => f.depth === 0);
    expect(topLevel.filter((f) => !ids.has(f.group)).map((f) => `${f.path}: ${f.group}`)).toEqual([]);
    const used = new Set(topLevel.map((f) => f.group));
    expect(groups.filter((g) => !used.has(g.id)).map((g) => g.id)).toEqual([]);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
    for (const g of groups) expect(g.description, g.id).toBeTruthy();
  });
});

describe('centrifugo secrets', () => {
  const expectedSecrets = [
    'config.engine.redis.password',
    'config.engine.redis.sentinel_password',
    'config.admin.password',
    'config.admin.secret',
    'config.client.token.hmac_secret_key',
    'config.http_api.key',
    'config.grpc_api.key',
  ];

  it('marks passwords, secrets and API keys writeOnly', () => {
    for (const path of expectedSecrets) expect(byPath.get(path)?.secret, path).toBe(true);
  });

  it('marks nothing else secret, and no secret-sounding field is left visible', () => {
    expect(fields.filter((f) => f.secret).map((f) => f.path).sort()).toEqual([...expectedSecrets].sort());
    const looksSecret = /^(password|secret|key|.*_password|.*_secret_key)$/;
    const visible = fields.filter((f) => looksSecret.test(String(f.segs[f.segs.length - 1])) && !f.secret);
    expect(visible.map((f) => f.path)).toEqual([]);
  });
});

describe('centrifugo field kinds', () => {
  const kind = (path: string) => byPath.get(path)?.kind;

  it('edits free-form Kubernetes blocks as YAML and string maps as key/value', () => {
    for (const p of ['resources', 'affinity', 'tolerations', 'livenessProbe', 'lifecycle', 'volumes', 'envSecret', 'podSecurityContext', 'autoscaling.behavior', 'config.channel.namespaces']) {
      expect(kind(p), p).toBe('yaml');
    }
    for (const p of ['env', 'podAnnotations', 'nodeSelector', 'service.annotations', 'metrics.serviceMonitor.additionalLabels']) {
      expect(kind(p), p).toBe('keyValue');
    }
  });

  it('types values the way the templates read them', () => {
    expect(kind('replicaCount')).toBe('integer');
    expect(kind('service.nodePort')).toBe('intOrString');
    expect(kind('image.tag')).toBe('intOrString');
    expect(kind('podDisruptionBudget.minAvailable')).toBe('intOrString');
    expect(kind('service.type')).toBe('enum');
    expect(kind('config.engine.type')).toBe('enum');
    expect(kind('imagePullSecrets')).toBe('stringList');
    expect(kind('config.client.allowed_origins')).toBe('stringList');
    expect(kind('config')).toBe('object');
  });

  it('keeps config open for every other Centrifugo option, edited as extra YAML', () => {
    expect(schemaAt(schema, 'config')).toMatchObject({ additionalProperties: true, 'x-extras': 'yaml' });
    expect(validator.validate(mergeValues(defaults, { config: { log: { level: 'debug' }, client: { concurrency: 8 } } }))).toEqual([]);
  });

  it('types the values object for the renderer and rules', () => {
    const typed: CentrifugoValues = defaults as CentrifugoValues;
    expect(typed.servers.internal.port).toBe(9000);
    expect(typed.config.engine?.type).toBe('memory');
  });
});

describe('centrifugo schema validation (ajv)', () => {
  it('accepts the chart defaults', () => {
    expect(validator.validate(defaults)).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('accepts fixture %s without any issue', (_name, fixture) => {
    expect(validator.validate(mergeValues(defaults, fixture.values))).toEqual([]);
  });

  const issuesFor = (user: Values) => validator.validate(mergeValues(defaults, user));

  it('rejects a wrong type', () => {
    expect(issuesFor({ replicaCount: 'three' })).toEqual([expect.objectContaining({ path: 'replicaCount', kind: 'type' })]);
    expect(issuesFor({ service: { port: '80' } })).toEqual([expect.objectContaining({ path: 'service.port', kind: 'type' })]);
    expect(issuesFor({ podSecurityContext: { runAsUser: '1000' } })).toEqual([
      expect.objectContaining({ path: 'podSecurityContext.runAsUser', kind: 'type' }),
    ]);
  });

  it('rejects a value outside an enum', () => {
    expect(issuesFor({ service: { type: 'Ingress' } })).toEqual([expect.objectContaining({ path: 'service.type', kind: 'enum' })]);
    expect(issuesFor({ config: { engine: { type: 'postgres' } } })).toEqual([expect.objectContaining({ path: 'config.engine.type', kind: 'enum' })]);
  });

  it('flags unknown keys where the chart reads a fixed set', () => {
    expect(issuesFor({ replicaCont: 3 })).toEqual([expect.objectContaining({ path: 'replicaCont', kind: 'unknown-key' })]);
    expect(issuesFor({ ingress: { hosts: [{ host: 'a', path: ['/'] }] } })).toEqual([
      expect.objectContaining({ path: 'ingress.hosts[0].path', kind: 'unknown-key' }),
    ]);
    expect(issuesFor({ resources: { request: { cpu: '1' } } })).toEqual([expect.objectContaining({ path: 'resources.request', kind: 'unknown-key' })]);
  });

  it('checks channel namespaces the way Centrifugo does at start', () => {
    expect(issuesFor({ config: { channel: { namespaces: [{ name: 'chat', presence: true, history_size: 10, history_ttl: '5m' }] } } })).toEqual([]);
    expect(issuesFor({ config: { channel: { namespaces: [{ name: 'x' }] } } }).map((i) => i.path)).toEqual(['config.channel.namespaces[0].name']);
    expect(issuesFor({ config: { channel: { namespaces: [{ name: 'chat', history_ttl: 300 }] } } }).map((i) => i.path)).toEqual([
      'config.channel.namespaces[0].history_ttl',
    ]);
  });

  it('accepts null where helm deletes a default the templates can do without', () => {
    expect(issuesFor({ lifecycle: null, nodeSelector: null, tolerations: null, env: null, resources: null, ingress: { annotations: null } })).toEqual([]);
  });

  it('requires the values the templates print unguarded', () => {
    expect(issuesFor({ servers: { external: { port: null } } })).toEqual([expect.objectContaining({ path: 'servers.external.port', kind: 'required' })]);
  });

  it('accepts keys the templates read although values.yaml does not list them', () => {
    expect(issuesFor({ global: { imageRegistry: 'r.example', imagePullSecrets: ['a'] }, enableServiceLinks: false })).toEqual([]);
    expect(issuesFor({ podDisruptionBudget: { maxUnavailable: '25%' }, serviceInternal: { enabled: true } })).toEqual([]);
  });
});
