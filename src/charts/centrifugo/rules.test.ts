import { describe, it, expect } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { DEFAULT_RELEASE, type ChartModule, type Problem, type Values } from '../../core/types';
import { describeRuleCatalogue } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import { defaultsFromSchema, diffValues, getAt, isMap, mergeValues } from '../../core/values';
import { centrifugo } from './index';
import { DOC, envNameOf } from './rules';

const problemsFor = (user: Values): Problem[] => validate(centrifugo, user, DEFAULT_RELEASE).problems;
const only = (user: Values, id: string) => problemsFor(user).filter((p) => p.id === id);

/** Asserts exactly one problem of the rule, with that severity and those params; returns it. */
function expectOne(user: Values, id: string, severity: Problem['severity'], params: string[]): Problem {
  const found = only(user, id);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  expect(found[0]).toMatchObject({ id, severity, params });
  return found[0];
}
const expectNone = (user: Values, id: string) => expect(only(user, id)).toEqual([]);

const redis = { engine: { type: 'redis', redis: { address: 'redis://redis-master:6379' } } };
const nats = { broker: { enabled: true, type: 'nats', nats: { url: 'nats://nats:4222' } } };
const hosts = [{ host: 'rt.example.com', paths: ['/connection'] }];
const origins = { client: { allowed_origins: ['https://app.example.com'] } };

describeRuleCatalogue(centrifugo);

describe('centrifugo rules: shape', () => {
  it('gives the chart defaults no error or warning', () => {
    const problems = problemsFor({});
    expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('cites a README section, a why and a fix in every problem', () => {
    const sections = new Set<string>(Object.values(DOC));
    const busy: Values = {
      replicaCount: 2,
      config: { broker: { type: 'nats' }, engine: 'redis', admin_password: 'x', channel: { namespaces: [{ name: 'ch', history_size: 5 }] } },
      ingress: { enabled: true, ingressClassName: 'nginx' },
      ingressInternal: { enabled: true, hosts },
      serviceInternal: { useSeparate: true, port: 8000 },
      servers: { grpc: { port: 8000 } },
      podDisruptionBudget: { enabled: true, maxUnavailable: 1 },
      autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 2, memory: { enabled: true } },
      metrics: { serviceMonitor: { enabled: true } },
      hostCheck: { enabled: true },
    };
    const problems = problemsFor(busy).filter((p) => p.id !== 'schema' && p.id !== 'unknown-key');
    expect(new Set(problems.map((p) => p.id)).size).toBeGreaterThan(12);
    for (const p of problems) {
      expect(sections.has(p.doc ?? ''), `${p.id}: ${p.doc}`).toBe(true);
      expect(p.why, p.id).toBeTruthy();
      expect(p.fix, p.id).toBeTruthy();
      expect(p.params.length, p.id).toBeGreaterThan(0);
    }
  });
});

describe('centrifugo rules: wrong types never throw', () => {
  const defaults = defaultsFromSchema(centrifugo.schema);
  const oddities: unknown[] = ['x', -3, 1.5, true, null, [], [1, 'a', null], {}, { a: { b: 1 } }];

  /** Every path of the defaults plus the config paths the rules read. */
  function pathsOf(v: unknown, prefix: string, out: string[]): string[] {
    if (isMap(v)) {
      for (const [k, child] of Object.entries(v)) {
        const path = prefix ? `${prefix}.${k}` : k;
        out.push(path);
        pathsOf(child, path, out);
      }
    }
    return out;
  }
  const configPaths = [
    'config.engine.type', 'config.engine.redis', 'config.broker', 'config.broker.enabled', 'config.broker.type', 'config.presence_manager',
    'config.channel.namespaces', 'config.channel.without_namespace', 'config.client', 'config.client.allowed_origins', 'config.admin.password',
    'config.grpc_api', 'ingress.annotations', 'ingress.hosts', 'ingressInternal.hosts', 'envSecret', 'env', 'envFrom', 'livenessProbe',
  ];
  const paths = [...pathsOf(defaults, '', []), ...configPaths];

  // Through the generic contract: these values are anything but CentrifugoValues.
  const generic: ChartModule = centrifugo;
  function runAll(user: Values) {
    const values = mergeValues(defaults, user);
    const ctx = { values, userValues: diffValues(defaults, values), release: DEFAULT_RELEASE };
    for (const rule of generic.rules) rule.check(ctx);
  }

  it('checks every path with odd values', () => {
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      for (const odd of oddities) {
        const user: Values = {};
        const segs = path.split('.');
        let cur = user;
        segs.slice(0, -1).forEach((s) => (cur = (cur[s] = {}) as Values));
        cur[segs[segs.length - 1]] = odd;
        // Switch the features on too, so the rules reach their deeper reads.
        const on = mergeValues(
          {
            replicaCount: 3,
            ingress: { enabled: true }, ingressInternal: { enabled: true }, podDisruptionBudget: { enabled: true },
            autoscaling: { enabled: true }, metrics: { serviceMonitor: { enabled: true } }, hostCheck: { enabled: true },
            config: { broker: { enabled: true, type: 'nats' } },
          },
          user,
        );
        expect(() => runAll(user), `${path} = ${JSON.stringify(odd)}`).not.toThrow();
        expect(() => runAll(on), `${path} = ${JSON.stringify(odd)} (features on)`).not.toThrow();
      }
    }
    // Thousands of rule runs: on a busy shared machine this takes longer than vitest's 5 s default.
  }, 60_000);

  it('turns the brief examples into schema errors, not rule failures', () => {
    for (const user of [{ replicaCount: 'x' }, { config: 'str' }, { ingress: 'on' }, { servers: [] }, { podDisruptionBudget: 7 }]) {
      const problems = problemsFor(user);
      expect(problems.some((p) => p.id === 'schema')).toBe(true);
      expect(problems.filter((p) => p.message.includes('could not run'))).toEqual([]);
    }
  });
});

describe('memory-engine-replicas', () => {
  it('flags several replicas on the memory engine', () => {
    const p = expectOne({ replicaCount: 3 }, 'memory-engine-replicas', 'error', ['config.engine.type', 'replicaCount']);
    expect(p.message).toContain('replicaCount is 3');
    expect(p.doc).toBe('Scaling');
  });

  it('flags autoscaling on the memory engine', () => {
    expectOne({ autoscaling: { enabled: true } }, 'memory-engine-replicas', 'error', ['config.engine.type', 'autoscaling.enabled', 'autoscaling.maxReplicas']);
  });

  it('is cleared by Redis, a NATS broker, an env override or one replica', () => {
    expectNone({ replicaCount: 3, config: redis }, 'memory-engine-replicas');
    expectNone({ replicaCount: 3, config: nats }, 'memory-engine-replicas');
    expectNone({ replicaCount: 3, env: { CENTRIFUGO_ENGINE_TYPE: 'redis', CENTRIFUGO_ENGINE_REDIS_ADDRESS: 'redis://r:6379' } }, 'memory-engine-replicas');
    expectNone({ replicaCount: 1 }, 'memory-engine-replicas');
    expectNone({ autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 1 } }, 'memory-engine-replicas');
  });

  it('names an enabled memory broker rather than the engine', () => {
    expectOne({ replicaCount: 2, config: { ...redis, broker: { enabled: true, type: 'memory' } } }, 'memory-engine-replicas', 'error', ['config.broker.type', 'replicaCount']);
  });
});

describe('NATS broker', () => {
  it('notes at-most-once delivery', () => {
    const p = expectOne({ replicaCount: 3, config: nats }, 'nats-broker-at-most-once', 'info', ['config.broker.type']);
    expect(p.message).toContain('at most once');
    expectNone({ replicaCount: 3, config: redis }, 'nats-broker-at-most-once');
  });

  it('rejects history options in a namespace, naming each one', () => {
    const user = { config: { ...nats, channel: { namespaces: [{ name: 'news' }, { name: 'chat', history_size: 50, history_ttl: '300s', force_recovery: true }] } } };
    const p = expectOne(user, 'nats-broker-history', 'error', [
      'config.broker.type',
      'config.channel.namespaces[1].history_size',
      'config.channel.namespaces[1].history_ttl',
      'config.channel.namespaces[1].force_recovery',
    ]);
    expect(p.message).toContain('namespace "chat"');
    expect(p.message).toContain('history_size 50');
  });

  it('rejects presence kept in memory for channels without a namespace', () => {
    const user = { config: { ...nats, channel: { without_namespace: { presence: true, join_leave: true } } } };
    expectOne(user, 'nats-broker-history', 'error', [
      'config.broker.type',
      'config.channel.without_namespace.presence',
      'config.channel.without_namespace.join_leave',
    ]);
  });

  it('accepts presence kept in Redis and channels without history', () => {
    const presenceInRedis = { presence_manager: { enabled: true, type: 'redis', redis: { address: 'redis://r:6379' } } };
    expectNone({ config: { ...nats, ...presenceInRedis, channel: { namespaces: [{ name: 'chat', presence: true }] } } }, 'nats-broker-history');
    expectNone({ config: { ...nats, channel: { namespaces: [{ name: 'chat', allow_publish_for_client: true, history_size: 0, history_ttl: '0s' }] } } }, 'nats-broker-history');
    expectNone({ config: { ...redis, channel: { namespaces: [{ name: 'chat', history_size: 50, history_ttl: '300s' }] } } }, 'nats-broker-history');
  });

  it('warns when a broker type is set without enabling the broker', () => {
    expectOne({ config: { broker: { type: 'nats' } } }, 'broker-type-without-enabled', 'warning', ['config.broker.enabled', 'config.broker.type']);
    expectNone({ config: nats }, 'broker-type-without-enabled');
  });
});

describe('engine-address-missing', () => {
  it('warns about a Redis engine or NATS broker with no address', () => {
    expectOne({ config: { engine: { type: 'redis' } } }, 'engine-address-missing', 'warning', ['config.engine.redis.address']);
    expectOne({ config: { broker: { enabled: true, type: 'nats' } } }, 'engine-address-missing', 'warning', ['config.broker.nats.url']);
  });

  it('accepts an address in config, env, a named secret or a bulk secret', () => {
    expectNone({ config: redis }, 'engine-address-missing');
    expectNone({ config: { engine: { type: 'redis', redis: { sentinel_address: ['redis+sentinel://s:26379'] } } } }, 'engine-address-missing');
    expectNone({ config: { engine: { type: 'redis' } }, env: { CENTRIFUGO_ENGINE_REDIS_ADDRESS: 'redis://r:6379' } }, 'engine-address-missing');
    expectNone({ config: { engine: { type: 'redis' } }, existingSecret: 'centrifugo-secrets' }, 'engine-address-missing');
  });
});

describe('ingress-without-hosts', () => {
  it('rejects an enabled ingress without hosts, for both ingresses', () => {
    expectOne({ ingress: { enabled: true } }, 'ingress-without-hosts', 'error', ['ingress.hosts', 'ingress.enabled']);
    expectOne({ ingressInternal: { enabled: true } }, 'ingress-without-hosts', 'error', ['ingressInternal.hosts', 'ingressInternal.enabled']);
  });

  it('rejects a host without paths', () => {
    expectOne({ ingress: { enabled: true, hosts: [...hosts, { host: 'b.example.com' }] } }, 'ingress-without-hosts', 'error', ['ingress.hosts[1].paths']);
  });

  it('accepts hosts with paths, and disabled ingresses', () => {
    expectNone({ ingress: { enabled: true, hosts } }, 'ingress-without-hosts');
    expectNone({ ingress: { enabled: false } }, 'ingress-without-hosts');
  });

  it('matches what the API server would get: no rules in the rendered Ingress', () => {
    const ingress = evaluate(centrifugo, { ingress: { enabled: true } }, DEFAULT_RELEASE).objects.find((o) => o.object.kind === 'Ingress');
    expect(getAt(ingress?.object, 'spec.rules') ?? []).toEqual([]);
  });
});

describe('ingress-timeouts', () => {
  const ingress = (extra: Values) => ({ config: origins, ingress: { enabled: true, hosts, ...extra } });

  it('asks nginx for both proxy timeouts', () => {
    const p = expectOne(ingress({ ingressClassName: 'nginx' }), 'ingress-timeouts', 'warning', ['ingress.annotations', 'ingress.ingressClassName']);
    expect(p.fix).toContain('nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"');
    expect(p.fix).toContain('nginx.ingress.kubernetes.io/proxy-send-timeout: "3600"');
    expect(p.doc).toBe('NGINX Ingress Controller');
  });

  it('names a short timeout that is set, and recognises nginx by its annotations', () => {
    const p = expectOne(
      ingress({ annotations: { 'nginx.ingress.kubernetes.io/proxy-read-timeout': '60', 'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600' } }),
      'ingress-timeouts',
      'warning',
      ['ingress.annotations', 'ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/proxy-read-timeout'],
    );
    expect(p.message).toContain('proxy-read-timeout is "60"');
    expect(p.message).not.toContain('proxy-send-timeout');
  });

  it('recognises the legacy class annotation', () => {
    expectOne(ingress({ annotations: { 'kubernetes.io/ingress.class': 'nginx' } }), 'ingress-timeouts', 'warning', [
      'ingress.annotations',
      'ingress.annotations.kubernetes\\.io/ingress\\.class',
    ]);
  });

  it('asks HAProxy for a tunnel timeout and knows bare numbers are milliseconds', () => {
    const missing = expectOne(ingress({ ingressClassName: 'haproxy' }), 'ingress-timeouts', 'warning', ['ingress.annotations', 'ingress.ingressClassName']);
    expect(missing.fix).toContain('haproxy.org/timeout-tunnel: "3600s"');
    const bare = only(ingress({ ingressClassName: 'haproxy', annotations: { 'haproxy.org/timeout-tunnel': '3600' } }), 'ingress-timeouts');
    expect(bare[0].message).toContain('milliseconds');
    expectNone(ingress({ ingressClassName: 'haproxy', annotations: { 'haproxy.org/timeout-tunnel': '1h' } }), 'ingress-timeouts');
  });

  it('asks the ALB for a long idle timeout', () => {
    const p = expectOne(ingress({ ingressClassName: 'alb' }), 'ingress-timeouts', 'warning', ['ingress.annotations', 'ingress.ingressClassName']);
    expect(p.fix).toContain('idle_timeout.timeout_seconds=3600');
    const attrs = { 'alb.ingress.kubernetes.io/load-balancer-attributes': 'routing.http2.enabled=true,idle_timeout.timeout_seconds=3600' };
    expectNone(ingress({ ingressClassName: 'alb', annotations: attrs }), 'ingress-timeouts');
  });

  it('stays quiet for long timeouts, unknown controllers and a disabled ingress', () => {
    const long = { 'nginx.ingress.kubernetes.io/proxy-read-timeout': 3600, 'nginx.ingress.kubernetes.io/proxy-send-timeout': '7200' };
    expectNone(ingress({ ingressClassName: 'nginx', annotations: long }), 'ingress-timeouts');
    expectNone(ingress({ ingressClassName: 'traefik' }), 'ingress-timeouts');
    expectNone({ ingress: { ingressClassName: 'nginx' } }, 'ingress-timeouts');
  });

  it('rejects ALB idle timeouts above 4000 seconds', () => {
    const attrs = (n: number) => ({ 'alb.ingress.kubernetes.io/load-balancer-attributes': `idle_timeout.timeout_seconds=${n}` });
    expectOne(ingress({ ingressClassName: 'alb', annotations: attrs(5000) }), 'alb-idle-timeout-range', 'error', [
      'ingress.annotations.alb\\.ingress\\.kubernetes\\.io/load-balancer-attributes',
    ]);
    expectNone(ingress({ ingressClassName: 'alb', annotations: attrs(4000) }), 'alb-idle-timeout-range');
  });
});

describe('gke-backend-config', () => {
  it('warns when the GKE ingress Service has no BackendConfig', () => {
    expectOne({ config: origins, ingress: { enabled: true, ingressClassName: 'gce', hosts } }, 'gke-backend-config', 'warning', ['service.annotations', 'ingress.ingressClassName']);
  });

  it('accepts a BackendConfig annotation', () => {
    const service = { annotations: { 'cloud.google.com/backend-config': '{"default": "centrifugo-backend-config"}' } };
    expectNone({ config: origins, service, ingress: { enabled: true, ingressClassName: 'gce', hosts } }, 'gke-backend-config');
  });
});

describe('alb-health-check', () => {
  const readmeAnnotations = {
    'alb.ingress.kubernetes.io/target-type': 'ip',
    'alb.ingress.kubernetes.io/load-balancer-attributes': 'idle_timeout.timeout_seconds=3600',
    'alb.ingress.kubernetes.io/healthcheck-path': '/health',
    'alb.ingress.kubernetes.io/healthcheck-port': '9000',
  };
  const alb = (annotations: Values, extra: Values = {}) => ({ config: origins, ingress: { enabled: true, ingressClassName: 'alb', hosts, annotations }, ...extra });

  it('warns when the internal port moves to a separate Service (as the README describes)', () => {
    const p = expectOne(alb(readmeAnnotations, { serviceInternal: { useSeparate: true } }), 'alb-health-check', 'warning', [
      'serviceInternal.useSeparate',
      'ingress.annotations.alb\\.ingress\\.kubernetes\\.io/healthcheck-port',
    ]);
    expect(p.doc).toBe('AWS ALB Ingress (EKS)');
  });

  it('warns when the health check port no longer matches the internal server', () => {
    const p = expectOne(alb(readmeAnnotations, { servers: { internal: { port: 9100 } } }), 'alb-health-check', 'warning', [
      'ingress.annotations.alb\\.ingress\\.kubernetes\\.io/healthcheck-port',
      'servers.internal.port',
    ]);
    expect(p.fix).toContain('"9100"');
  });

  it('warns when the health check goes to the traffic port', () => {
    const { 'alb.ingress.kubernetes.io/healthcheck-port': _port, ...rest } = readmeAnnotations;
    expectOne(alb(rest), 'alb-health-check', 'warning', ['ingress.annotations']);
  });

  it('accepts the README setup', () => {
    expectNone(alb(readmeAnnotations), 'alb-health-check');
  });
});

describe('ingress-allowed-origins', () => {
  it('warns when the ingress is on and no origin is allowed', () => {
    expectOne({ ingress: { enabled: true, hosts } }, 'ingress-allowed-origins', 'warning', ['config.client.allowed_origins', 'ingress.enabled']);
  });

  it('notes a wildcard origin', () => {
    expectOne({ ingress: { enabled: true, hosts }, config: { client: { allowed_origins: ['*'] } } }, 'ingress-allowed-origins', 'info', [
      'config.client.allowed_origins',
      'ingress.enabled',
    ]);
  });

  it('accepts listed origins, origins from a named secret, and no ingress', () => {
    expectNone({ ingress: { enabled: true, hosts }, config: origins }, 'ingress-allowed-origins');
    const envSecret = [{ name: 'CENTRIFUGO_CLIENT_ALLOWED_ORIGINS', secretKeyRef: { name: 's', key: 'origins' } }];
    expectNone({ ingress: { enabled: true, hosts }, envSecret }, 'ingress-allowed-origins');
    expectNone({}, 'ingress-allowed-origins');
  });
});

describe('ingress-internal-backend', () => {
  const backendExists = (user: Values) => {
    const { objects } = evaluate(centrifugo, user, DEFAULT_RELEASE);
    const ingress = objects.find((o) => o.object.kind === 'Ingress' && String(o.object.metadata.name).endsWith('-internal'))!.object;
    const backend = getAt(ingress, 'spec.rules[0].http.paths[0].backend.service') as { name: string; port: { number: number } };
    const service = objects.find((o) => o.object.kind === 'Service' && o.object.metadata.name === backend.name)?.object;
    const ports = (getAt(service, 'spec.ports') as { port: number; name: string }[] | undefined) ?? [];
    return ports.some((p) => p.port === backend.port.number && p.name === 'internal');
  };
  const internalIngress = { enabled: true, hosts: [{ host: 'api.internal', paths: ['/'] }] };

  it('rejects a separate internal Service the ingress does not follow, as the render shows', () => {
    const user = { ingressInternal: internalIngress, serviceInternal: { useSeparate: true, port: 8000 } };
    expectOne(user, 'ingress-internal-backend', 'error', ['serviceInternal.useSeparate', 'serviceInternal.enabled', 'ingressInternal.enabled']);
    expect(backendExists(user)).toBe(false);
  });

  it('rejects serviceInternal.enabled without a separate Service, as the render shows', () => {
    const user = { ingressInternal: internalIngress, serviceInternal: { enabled: true } };
    expectOne(user, 'ingress-internal-backend', 'error', ['serviceInternal.enabled', 'serviceInternal.useSeparate', 'ingressInternal.enabled']);
    expect(backendExists(user)).toBe(false);
  });

  it('accepts both set or both unset, where the backend exists', () => {
    for (const serviceInternal of [{}, { useSeparate: true, enabled: true }]) {
      const user = { ingressInternal: internalIngress, serviceInternal };
      expectNone(user, 'ingress-internal-backend');
      expect(backendExists(user)).toBe(true);
    }
  });

  it('notes what the internal ingress exposes', () => {
    expectOne({ ingressInternal: internalIngress }, 'ingress-internal-exposure', 'info', ['ingressInternal.enabled']);
    expectNone({}, 'ingress-internal-exposure');
  });
});

describe('secrets-in-values', () => {
  it('flags secrets in config with the variable to use instead', () => {
    const p = expectOne({ config: { client: { token: { hmac_secret_key: 'abc' } } } }, 'secrets-in-values', 'warning', ['config.client.token.hmac_secret_key']);
    expect(p.fix).toContain('CENTRIFUGO_CLIENT_TOKEN_HMAC_SECRET_KEY');
    expect(p.fix).toContain('existingSecret');
    expect(p.doc).toBe('Secret Management');
  });

  it('flags each secret: admin, API keys, Redis password, inside lists too', () => {
    const user = {
      config: {
        admin: { password: 'p', secret: 's' },
        http_api: { key: 'k' },
        engine: { type: 'redis', redis: { address: 'redis://r:6379', password: 'rp' } },
        consumers: [{ name: 'c', postgresql: { dsn: 'postgres://user:pw@db:5432/app' } }],
      },
    };
    expect(only(user, 'secrets-in-values').map((p) => p.params[0]).sort()).toEqual([
      'config.admin.password',
      'config.admin.secret',
      'config.consumers[0].postgresql.dsn',
      'config.engine.redis.password',
      'config.http_api.key',
    ]);
  });

  it('flags a password inside a Redis URL and a secret in plain env', () => {
    const url = expectOne({ config: { engine: { type: 'redis', redis: { address: 'redis://:hunter2@r:6379' } } } }, 'secrets-in-values', 'warning', ['config.engine.redis.address']);
    expect(url.message).toContain('password inside a URL');
    expectOne({ env: { CENTRIFUGO_HTTP_API_KEY: 'k', CENTRIFUGO_LOG_LEVEL: 'debug' } }, 'secrets-in-values', 'warning', ['env.CENTRIFUGO_HTTP_API_KEY']);
    expectOne({ env: { CENTRIFUGO_ENGINE_REDIS_ADDRESS: 'redis://:pw@r:6379' } }, 'secrets-in-values', 'warning', ['env.CENTRIFUGO_ENGINE_REDIS_ADDRESS']);
  });

  it('accepts secrets passed by reference and empty or non-secret values', () => {
    const envSecret = [{ name: 'CENTRIFUGO_ADMIN_PASSWORD', secretKeyRef: { name: 'centrifugo-secrets', key: 'admin.password' } }];
    expectNone({ envSecret, existingSecret: 'centrifugo-secrets', config: { admin: { password: '' } } }, 'secrets-in-values');
    expectNone({ config: { ...redis, client: { token: { jwks_public_endpoint: 'https://idp/jwks' } } } }, 'secrets-in-values');
  });

  it('builds environment variable names the way the README describes', () => {
    expect(envNameOf('client.token.hmac_secret_key')).toBe('CENTRIFUGO_CLIENT_TOKEN_HMAC_SECRET_KEY');
    expect(envNameOf('engine.redis.password')).toBe('CENTRIFUGO_ENGINE_REDIS_PASSWORD');
  });
});

describe('admin-without-credentials', () => {
  it('notes the default admin UI without credentials', () => {
    expectOne({}, 'admin-without-credentials', 'info', ['config.admin.enabled', 'config.admin.password', 'config.admin.secret']);
  });

  it('names only what is missing', () => {
    const envSecret = [{ name: 'CENTRIFUGO_ADMIN_PASSWORD', secretKeyRef: { name: 's', key: 'p' } }];
    const p = expectOne({ envSecret }, 'admin-without-credentials', 'info', ['config.admin.enabled', 'config.admin.secret']);
    expect(p.fix).toContain('CENTRIFUGO_ADMIN_SECRET');
  });

  it('is cleared by a Secret, by credentials or by turning the admin UI off', () => {
    expectNone({ existingSecret: 'centrifugo-secrets' }, 'admin-without-credentials');
    expectNone({ config: { admin: { password: 'p', secret: 's' } } }, 'admin-without-credentials');
    expectNone({ config: { admin: { enabled: false } } }, 'admin-without-credentials');
    expectNone({ config: { admin: { insecure: true } } }, 'admin-without-credentials');
  });
});

describe('config-v5-names', () => {
  it('flags v5 option names and plain values where v6 has sections', () => {
    const flat = expectOne({ config: { allowed_origins: ['https://a.example'] } }, 'config-v5-names', 'warning', ['config.allowed_origins']);
    expect(flat.message).toContain('config.client.allowed_origins');
    expectOne({ config: { engine: 'redis' } }, 'config-v5-names', 'error', ['config.engine']);
  });

  it('accepts v6 names', () => {
    expectNone({ config: { ...redis, ...origins } }, 'config-v5-names');
  });
});

describe('pod disruption budget', () => {
  it('rejects maxUnavailable next to the default minAvailable', () => {
    const user = { replicaCount: 3, config: redis, podDisruptionBudget: { enabled: true, maxUnavailable: 1 } };
    expectOne(user, 'pdb-min-and-max', 'error', ['podDisruptionBudget.minAvailable', 'podDisruptionBudget.maxUnavailable']);
    const pdb = evaluate(centrifugo, user, DEFAULT_RELEASE).objects.find((o) => o.object.kind === 'PodDisruptionBudget')!.object;
    expect(getAt(pdb, 'spec.minAvailable')).toBe(1);
    expect(getAt(pdb, 'spec.maxUnavailable')).toBe(1);
  });

  it('accepts maxUnavailable once minAvailable is removed', () => {
    const user = { replicaCount: 3, config: redis, podDisruptionBudget: { enabled: true, minAvailable: null, maxUnavailable: 1 } };
    expectNone(user, 'pdb-min-and-max');
    expectNone(user, 'pdb-blocks-eviction');
  });

  it('rejects a budget that never allows an eviction', () => {
    expectOne({ podDisruptionBudget: { enabled: true } }, 'pdb-blocks-eviction', 'error', ['podDisruptionBudget.minAvailable', 'replicaCount']);
    expectOne({ replicaCount: 3, config: redis, podDisruptionBudget: { enabled: true, minAvailable: '100%' } }, 'pdb-blocks-eviction', 'error', [
      'podDisruptionBudget.minAvailable',
      'replicaCount',
    ]);
    expectOne({ replicaCount: 3, config: redis, podDisruptionBudget: { enabled: true, minAvailable: null, maxUnavailable: '0%' } }, 'pdb-blocks-eviction', 'error', [
      'podDisruptionBudget.maxUnavailable',
    ]);
  });

  it('uses autoscaling.minReplicas when autoscaling is on', () => {
    const user = { config: redis, autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 6 }, podDisruptionBudget: { enabled: true, minAvailable: 2 } };
    expectOne(user, 'pdb-blocks-eviction', 'error', ['podDisruptionBudget.minAvailable', 'autoscaling.minReplicas']);
    expectNone({ ...user, autoscaling: { enabled: true, minReplicas: 3, maxReplicas: 6 } }, 'pdb-blocks-eviction');
  });

  it('accepts a budget below the replica count', () => {
    expectNone({ replicaCount: 3, config: redis, podDisruptionBudget: { enabled: true, minAvailable: 2 } }, 'pdb-blocks-eviction');
    expectNone({ replicaCount: 3, config: redis, podDisruptionBudget: { enabled: true, minAvailable: '50%' } }, 'pdb-blocks-eviction');
  });
});

describe('autoscaling', () => {
  it('rejects minReplicas above maxReplicas', () => {
    expectOne({ config: redis, autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 3 } }, 'autoscaling-replica-range', 'error', [
      'autoscaling.minReplicas',
      'autoscaling.maxReplicas',
    ]);
    expectNone({ config: redis, autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 3 } }, 'autoscaling-replica-range');
  });

  it('asks for requests behind utilization targets', () => {
    expectOne({ config: redis, autoscaling: { enabled: true, cpu: { enabled: true } } }, 'autoscaling-needs-requests', 'warning', ['resources', 'autoscaling.cpu.enabled']);
    expectOne({ config: redis, autoscaling: { enabled: true } }, 'autoscaling-needs-requests', 'warning', ['resources', 'autoscaling.enabled']);
    expectOne(
      { config: redis, autoscaling: { enabled: true, memory: { enabled: true } }, resources: { requests: { cpu: '100m' } } },
      'autoscaling-needs-requests',
      'warning',
      ['resources', 'autoscaling.memory.enabled'],
    );
  });

  it('accepts requests, or custom metrics only', () => {
    const resources = { requests: { cpu: '100m', memory: '128Mi' } };
    expectNone({ config: redis, resources, autoscaling: { enabled: true, cpu: { enabled: true }, memory: { enabled: true } } }, 'autoscaling-needs-requests');
    expectNone({ config: redis, autoscaling: { enabled: true, customMetrics: [{ type: 'Pods' }] } }, 'autoscaling-needs-requests');
  });

  it('notes that replicaCount is ignored only when the user set it', () => {
    expectOne({ config: redis, replicaCount: 4, autoscaling: { enabled: true } }, 'autoscaling-ignores-replica-count', 'info', ['replicaCount', 'autoscaling.enabled']);
    expectNone({ config: redis, autoscaling: { enabled: true } }, 'autoscaling-ignores-replica-count');
  });
});

describe('server-port-clash', () => {
  it('rejects a GRPC API on a port already used, when the GRPC API is on', () => {
    const p = expectOne({ servers: { grpc: { port: 8000 } }, config: { grpc_api: { enabled: true } } }, 'server-port-clash', 'error', [
      'servers.external.port',
      'servers.grpc.port',
    ]);
    expect(p.message).toContain('both 8000');
  });

  it('only warns while the GRPC server is off', () => {
    expectOne({ servers: { uniGrpc: { port: 10000 } } }, 'server-port-clash', 'warning', ['servers.grpc.port', 'servers.uniGrpc.port']);
  });

  it('warns when external and internal share a port (internal endpoints go public)', () => {
    expectOne({ servers: { internal: { port: 8000 } } }, 'server-port-clash', 'warning', ['servers.external.port', 'servers.internal.port']);
  });

  it('accepts distinct ports', () => {
    expectNone({ servers: { grpc: { port: 10001 } } }, 'server-port-clash');
  });
});

describe('service-port-clash', () => {
  const mainPorts = (user: Values) => {
    const service = evaluate(centrifugo, user, DEFAULT_RELEASE).objects.find((o) => o.object.kind === 'Service')!.object;
    return (getAt(service, 'spec.ports') as { port: number }[]).map((p) => p.port);
  };
  const hasDuplicates = (ports: number[]) => new Set(ports).size !== ports.length;

  it('rejects two ports with one number on the main Service, as rendered', () => {
    const user = { service: { port: 443 }, serviceInternal: { port: 443 } };
    expectOne(user, 'service-port-clash', 'error', ['service.port', 'serviceInternal.port']);
    expect(hasDuplicates(mainPorts(user))).toBe(true);
  });

  it('accepts the README setup: same number on separate Services', () => {
    const user = { service: { port: 443 }, serviceInternal: { useSeparate: true, port: 443 } };
    expectNone(user, 'service-port-clash');
    expect(hasDuplicates(mainPorts(user))).toBe(false);
  });

  it('rejects one node port used twice', () => {
    const user = { service: { type: 'NodePort', nodePort: 30080 }, serviceGrpc: { useSeparate: true, type: 'NodePort', nodePort: 30080 } };
    expectOne(user, 'service-port-clash', 'error', ['service.nodePort', 'serviceGrpc.nodePort']);
    expectNone({ ...user, serviceGrpc: { useSeparate: true, type: 'ClusterIP', nodePort: 30080 } }, 'service-port-clash');
  });
});

describe('grpc-port-without-server', () => {
  it('notes a configured GRPC API Service while the GRPC API is off', () => {
    expectOne({ serviceGrpc: { useSeparate: true } }, 'grpc-port-without-server', 'info', ['config.grpc_api.enabled', 'serviceGrpc.port']);
    expectOne({ servers: { uniGrpc: { port: 11001 } } }, 'grpc-port-without-server', 'info', ['config.uni_grpc.enabled', 'serviceUniGrpc.port']);
  });

  it('is quiet by default and when the server is on', () => {
    expectNone({}, 'grpc-port-without-server');
    expectNone({ serviceGrpc: { useSeparate: true }, config: { grpc_api: { enabled: true } } }, 'grpc-port-without-server');
    expectNone({ serviceGrpc: { useSeparate: true }, env: { CENTRIFUGO_GRPC_API_ENABLED: 'true' } }, 'grpc-port-without-server');
  });
});

describe('probe-port-mismatch', () => {
  it('warns when a custom /health probe misses the internal port', () => {
    const user = { servers: { internal: { port: 9100 } }, livenessProbe: { httpGet: { path: '/health', port: 9000 } } };
    expectOne(user, 'probe-port-mismatch', 'warning', ['livenessProbe.httpGet.port', 'servers.internal.port']);
  });

  it('accepts matching or non-HTTP probes', () => {
    expectNone({ livenessProbe: { httpGet: { path: '/health', port: 9000 } } }, 'probe-port-mismatch');
    expectNone({ readinessProbe: { tcpSocket: { port: 8000 } } }, 'probe-port-mismatch');
  });
});

describe('service monitor and host check', () => {
  it('notes the operator dependency and a missing selector label', () => {
    const ids = only({ metrics: { serviceMonitor: { enabled: true } } }, 'service-monitor-operator');
    expect(ids.map((p) => p.params)).toEqual([['metrics.serviceMonitor.enabled'], ['metrics.serviceMonitor.additionalLabels']]);
    expect(only({ metrics: { serviceMonitor: { enabled: true, additionalLabels: { release: 'prometheus' } } } }, 'service-monitor-operator')).toHaveLength(1);
    expectNone({}, 'service-monitor-operator');
  });

  it('rejects a host check without image or host', () => {
    expectOne({ hostCheck: { enabled: true } }, 'host-check-incomplete', 'error', ['hostCheck.image', 'hostCheck.remoteHost']);
    expectOne({ hostCheck: { enabled: true, image: 'busybox:1.36' } }, 'host-check-incomplete', 'error', ['hostCheck.remoteHost']);
    expectNone({ hostCheck: { enabled: true, image: 'busybox:1.36', remoteHost: 'redis.example.com' } }, 'host-check-incomplete');
  });
});
