// The schema against the facts of the upstream chart (fixtures/upstream-leaves.json, written by
// scripts/upstream-leaves.ts from the chart's values.yaml): every parameter is a field with its
// exact default, described, grouped, secrets hidden, and ajv accepts what helm accepts. The shared
// suites check coverage, documentation and the fixtures; the rest is Centrifugo's own.
import { describe, expect, it } from 'vitest';
import { schemaAt } from '../../core/schemaWalk';
import {
  describeSchemaCoverage, describeSchemaDocumentation, describeSchemaValidation, expectFieldKinds, readUpstreamFacts, schemaView,
} from '../../core/testing/chartSuites';
import { centrifugo } from './index';
import { schema, type CentrifugoValues } from './schema';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const { fields, byPath, defaults, issuesFor } = schemaView(centrifugo);

describeSchemaCoverage(centrifugo, readUpstreamFacts(fixtureDir), { leafCount: 125 });
describeSchemaDocumentation(centrifugo, { sectionsHoldTopLevelFields: true });
describeSchemaValidation(centrifugo, fixtureDir);

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
  it('edits free-form Kubernetes blocks as YAML and string maps as key/value', () => {
    expectFieldKinds(centrifugo, {
      yaml: ['resources', 'affinity', 'tolerations', 'livenessProbe', 'lifecycle', 'volumes', 'envSecret', 'podSecurityContext', 'autoscaling.behavior', 'config.channel.namespaces'],
      keyValue: ['env', 'podAnnotations', 'nodeSelector', 'service.annotations', 'metrics.serviceMonitor.additionalLabels'],
    });
  });

  it('types values the way the templates read them', () => {
    expectFieldKinds(centrifugo, {
      integer: ['replicaCount'],
      intOrString: ['service.nodePort', 'image.tag', 'podDisruptionBudget.minAvailable'],
      enum: ['service.type', 'config.engine.type'],
      stringList: ['imagePullSecrets', 'config.client.allowed_origins'],
      object: ['config'],
    });
  });

  it('keeps config open for every other Centrifugo option, edited as extra YAML', () => {
    expect(schemaAt(schema, 'config')).toMatchObject({ additionalProperties: true, 'x-extras': 'yaml' });
    expect(issuesFor({ config: { log: { level: 'debug' }, client: { concurrency: 8 } } })).toEqual([]);
  });

  it('types the values object for the renderer and rules', () => {
    const typed: CentrifugoValues = defaults as CentrifugoValues;
    expect(typed.servers.internal.port).toBe(9000);
    expect(typed.config.engine?.type).toBe('memory');
  });
});

describe('centrifugo schema validation (ajv)', () => {
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
