import { describe, expect, it } from 'vitest';
import { describeRuleCatalogue, presetOf } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import type { ChartModule, Problem, Values } from '../../core/types';
import { defaultsFromSchema, isMap, mergeValues } from '../../core/values';
import { chatpulse } from './index';

const release = { name: 'release-name', namespace: 'default' };
const HEX_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

/** The guide's manifests with real-looking credentials and the current ingress-nginx way: no problems at all. */
const clean: Values = {
  secrets: {
    DATABASE_URL: 'postgres://chatpulse:pw@db.internal:5432/chatpulse?sslmode=verify-full',
    TWITCH_CLIENT_ID: 'k3j4h5g6',
    TWITCH_CLIENT_SECRET: 'q9w8e7r6',
    SESSION_SECRET: 'b'.repeat(64),
    WEBHOOK_SECRET: 'w'.repeat(32),
    TOKEN_ENCRYPTION_KEY: HEX_KEY,
  },
  ingress: {
    className: 'nginx',
    nginx: { annotations: { 'kubernetes.io/ingress.class': null, 'nginx.ingress.kubernetes.io/configuration-snippet': null } },
  },
};

/** Layers `over` onto `base`, keeping nulls so they reach helm's merge with the defaults (and delete there). */
function layer(base: Values, over: Values): Values {
  const out: Values = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isMap(v) && isMap(out[k]) ? layer(out[k] as Values, v) : v;
  return out;
}

function problems(user: Values): Problem[] {
  return validate(chatpulse, user, release).problems;
}
const withId = (user: Values, id: string) => problems(user).filter((p) => p.id === id);
const onClean = (over: Values, id: string) => withId(layer(clean, over), id);

describeRuleCatalogue(chatpulse);

describe('chatpulse rules', () => {
  it('find nothing wrong with a complete configuration', () => {
    expect(problems(clean)).toEqual([]);
  });

  it('flag the guide\'s own TOKEN_ENCRYPTION_KEY placeholder as an error', () => {
    const errors = problems({}).filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.params)).toContainEqual(['secrets.TOKEN_ENCRYPTION_KEY']);
    const key = errors.find((p) => p.id === 'token-encryption-key')!;
    expect(key.message).toContain('placeholder');
    expect(key.fix).toContain('openssl rand -hex 32');
  });

  it('give every problem why, fix, parameters and the guide section', () => {
    const all = [
      ...problems({}),
      ...problems({ ingress: { controller: 'alb' }, replicaCount: 1, autoscaling: { enabled: false } }),
      ...problems({ ingress: { controller: 'traefik' }, strategy: { rollingUpdate: { maxSurge: 0 } } }),
    ];
    for (const p of all) {
      expect(p.why, p.id).toBeTruthy();
      expect(p.fix, p.id).toBeTruthy();
      expect(p.doc, p.id).toBeTruthy();
      expect(p.params.length, p.id).toBeGreaterThan(0);
    }
  });

  it('required settings: empty or removed, wherever they live', () => {
    expect(onClean({ secrets: { DATABASE_URL: '' } }, 'required-settings').map((p) => p.params)).toEqual([['secrets.DATABASE_URL']]);
    expect(onClean({ config: { TWITCH_REDIRECT_URI: null } }, 'required-settings').map((p) => p.params)).toEqual([['config.TWITCH_REDIRECT_URI']]);
    expect(onClean({ secrets: { REDIS_URL: null }, config: { REDIS_URL: 'redis://r:6379' } }, 'required-settings')).toEqual([]);
    // The Secret wins over the ConfigMap for a name in both.
    expect(onClean({ config: { REDIS_URL: 'redis://r:6379' }, secrets: { REDIS_URL: '' } }, 'required-settings')).toHaveLength(1);
    expect(onClean({ existingSecret: 'vault', secrets: { DATABASE_URL: '' } }, 'required-settings')).toEqual([]);
  });

  it('TOKEN_ENCRYPTION_KEY: 64 hex characters or nothing', () => {
    expect(onClean({ secrets: { TOKEN_ENCRYPTION_KEY: 'abc' } }, 'token-encryption-key')[0].message).toContain('3 hex characters');
    expect(onClean({ secrets: { TOKEN_ENCRYPTION_KEY: 'zz'.repeat(32) } }, 'token-encryption-key')[0].message).toContain('other than');
    expect(onClean({ secrets: { TOKEN_ENCRYPTION_KEY: HEX_KEY.toUpperCase() } }, 'token-encryption-key')).toEqual([]);
    expect(onClean({ secrets: { TOKEN_ENCRYPTION_KEY: '' } }, 'token-encryption-key')).toEqual([]);
  });

  it('warn about production without token encryption', () => {
    expect(onClean({ secrets: { TOKEN_ENCRYPTION_KEY: '' } }, 'token-encryption-off')[0].severity).toBe('warning');
    expect(onClean({ secrets: { TOKEN_ENCRYPTION_KEY: '' }, config: { APP_ENV: 'development' } }, 'token-encryption-off')).toEqual([]);
  });

  it('webhook URL, secret (10-100 bytes) and bot account go together', () => {
    expect(onClean({ secrets: { WEBHOOK_SECRET: 'short' } }, 'webhook-settings')[0].params).toEqual(['secrets.WEBHOOK_SECRET']);
    expect(onClean({ secrets: { WEBHOOK_SECRET: 'x'.repeat(101) } }, 'webhook-settings')).toHaveLength(1);
    // Go counts bytes: 51 two-byte characters are 102 bytes.
    expect(onClean({ secrets: { WEBHOOK_SECRET: 'é'.repeat(51) } }, 'webhook-settings')).toHaveLength(1);
    expect(onClean({ secrets: { WEBHOOK_SECRET: 'é'.repeat(50) } }, 'webhook-settings')).toEqual([]);
    expect(onClean({ config: { WEBHOOK_CALLBACK_URL: '' } }, 'webhook-settings')[0].message).toContain('WEBHOOK_CALLBACK_URL is empty');
    expect(onClean({ secrets: { WEBHOOK_SECRET: '' } }, 'webhook-settings')[0].message).toContain('WEBHOOK_SECRET is empty');
    expect(onClean({ secrets: { BOT_USER_ID: '' } }, 'webhook-settings')[0].params).toContain('secrets.BOT_USER_ID');
    expect(onClean({ config: { WEBHOOK_CALLBACK_URL: '' }, secrets: { WEBHOOK_SECRET: '', BOT_USER_ID: '' } }, 'webhook-settings')).toEqual([]);
  });

  it('refuse sslmode disable or allow in production', () => {
    const url = (mode: string) => ({ secrets: { DATABASE_URL: `postgres://u:p@db/x?connect_timeout=5&sslmode=${mode}` } });
    expect(onClean(url('disable'), 'database-sslmode')[0].params).toEqual(['secrets.DATABASE_URL', 'config.APP_ENV']);
    expect(onClean(url('ALLOW'), 'database-sslmode')).toHaveLength(1);
    expect(onClean(url('require'), 'database-sslmode')).toEqual([]);
    expect(onClean({ ...url('disable'), config: { APP_ENV: 'development' } }, 'database-sslmode')).toEqual([]);
  });

  it('PORT must match the container port', () => {
    expect(onClean({ config: { PORT: 9090 } }, 'port-mismatch')[0].params).toEqual(['config.PORT', 'containerPort']);
    expect(onClean({ config: { PORT: 9090 }, containerPort: 9090 }, 'port-mismatch')).toEqual([]);
  });

  it('warn while the Secret holds the guide\'s example credentials', () => {
    const found = withId({}, 'placeholder-secrets');
    expect(found).toHaveLength(1);
    expect(found[0].params).toEqual(expect.arrayContaining(['secrets.TWITCH_CLIENT_ID', 'secrets.SESSION_SECRET', 'secrets.DATABASE_URL']));
    expect(onClean({}, 'placeholder-secrets')).toEqual([]);
  });

  it('PDB minAvailable must stay below the pods that run', () => {
    const noHpa = { autoscaling: { enabled: false } };
    expect(onClean({ ...noHpa, replicaCount: 2 }, 'pdb-blocks-drain')[0].params).toEqual(['podDisruptionBudget.minAvailable', 'replicaCount']);
    expect(onClean({ ...noHpa, podDisruptionBudget: { minAvailable: '100%' } }, 'pdb-blocks-drain')).toHaveLength(1);
    expect(onClean({ ...noHpa, podDisruptionBudget: { minAvailable: '50%' } }, 'pdb-blocks-drain')).toEqual([]);
    expect(onClean({ autoscaling: { minReplicas: 2 } }, 'pdb-blocks-drain')[0].params).toContain('autoscaling.minReplicas');
    expect(onClean({ autoscaling: { minReplicas: 2 }, podDisruptionBudget: { enabled: false } }, 'pdb-blocks-drain')).toEqual([]);
  });

  it('HPA minimum must not exceed its maximum', () => {
    expect(onClean({ autoscaling: { minReplicas: 5, maxReplicas: 4 } }, 'hpa-min-above-max')[0].severity).toBe('error');
    expect(onClean({ autoscaling: { minReplicas: 5, maxReplicas: 4, enabled: false } }, 'hpa-min-above-max')).toEqual([]);
  });

  it('a rolling update with maxSurge 0 and maxUnavailable 0 cannot progress', () => {
    expect(onClean({ strategy: { rollingUpdate: { maxSurge: 0 } } }, 'rollout-stuck')).toHaveLength(1);
    expect(onClean({ strategy: { rollingUpdate: { maxSurge: '0%' } } }, 'rollout-stuck')).toHaveLength(1);
    expect(onClean({ strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } }, 'rollout-stuck')).toEqual([]);
    expect(onClean({ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 0 } } }, 'rollout-stuck')).toEqual([]);
  });

  it('utilization metrics need a request (or a limit Kubernetes copies into it)', () => {
    expect(onClean({ resources: null }, 'hpa-needs-requests').map((p) => p.params[1])).toEqual([
      'autoscaling.targetCPUUtilizationPercentage',
      'autoscaling.targetMemoryUtilizationPercentage',
    ]);
    expect(onClean({ resources: { requests: { cpu: null }, limits: { cpu: null } } }, 'hpa-needs-requests')).toHaveLength(1);
    expect(onClean({ resources: { requests: { cpu: null } } }, 'hpa-needs-requests')).toEqual([]);
    expect(onClean({ resources: null, autoscaling: { targetCPUUtilizationPercentage: 0, targetMemoryUtilizationPercentage: 0 } }, 'hpa-needs-requests')).toEqual([]);
    const extra = { autoscaling: { extraMetrics: [{ type: 'Resource', resource: { name: 'ephemeral-storage', target: { type: 'Utilization', averageUtilization: 50 } } }] } };
    expect(onClean(extra, 'hpa-needs-requests')[0].params).toEqual(['resources', 'autoscaling.extraMetrics[0]']);
  });

  it('warn about fewer than two pods', () => {
    expect(onClean({ autoscaling: { enabled: false }, replicaCount: 1 }, 'few-replicas')[0].params).toEqual(['replicaCount']);
    expect(onClean({ autoscaling: { minReplicas: 1 } }, 'few-replicas')[0].params).toEqual(['autoscaling.minReplicas']);
    expect(onClean({ autoscaling: { enabled: false }, replicaCount: 2 }, 'few-replicas')).toEqual([]);
  });

  it('want sticky sessions where traffic reaches the pods', () => {
    const nginxOff = onClean({ ingress: { nginx: { annotations: { 'nginx.ingress.kubernetes.io/affinity': null } } } }, 'sticky-sessions');
    expect(nginxOff[0].params[0]).toBe('ingress.nginx.annotations.nginx\\.ingress\\.kubernetes\\.io/affinity');
    expect(onClean({ ingress: { controller: 'alb', alb: { annotations: { 'alb.ingress.kubernetes.io/target-group-attributes': '' } } } }, 'sticky-sessions')).toHaveLength(1);
    expect(onClean({ ingress: { controller: 'alb' } }, 'sticky-sessions')).toEqual([]);
    expect(onClean({ ingress: { controller: 'traefik' } }, 'sticky-sessions')[0].params).toContain('ingress.traefik.sticky');
    expect(onClean({ ingress: { controller: 'traefik', traefik: { sticky: { cookie: {} } } } }, 'sticky-sessions')).toEqual([]);
    expect(onClean({ ingress: { enabled: false }, service: { sessionAffinity: 'None' } }, 'sticky-sessions')[0].params).toContain('service.sessionAffinity');
    expect(onClean({ ingress: { enabled: false } }, 'sticky-sessions')).toEqual([]);
    expect(onClean({ autoscaling: { enabled: false }, replicaCount: 1, ingress: { enabled: false }, service: { sessionAffinity: 'None' } }, 'sticky-sessions')).toEqual([]);
  });

  it('warn about proxy and idle timeouts under an hour', () => {
    const nginx = (a: Values) => onClean({ ingress: { nginx: { annotations: a } } }, 'websocket-timeouts');
    expect(nginx({ 'nginx.ingress.kubernetes.io/proxy-read-timeout': '60' })).toHaveLength(1);
    expect(nginx({ 'nginx.ingress.kubernetes.io/proxy-read-timeout': null, 'nginx.ingress.kubernetes.io/proxy-send-timeout': null })).toHaveLength(2);
    const alb = (attrs: string) => onClean({ ingress: { controller: 'alb', alb: { annotations: { 'alb.ingress.kubernetes.io/load-balancer-attributes': attrs } } } }, 'websocket-timeouts');
    expect(alb('idle_timeout.timeout_seconds=600')).toHaveLength(1);
    expect(alb('deletion_protection.enabled=true')[0].message).toContain('not set');
    expect(alb('deletion_protection.enabled=true,idle_timeout.timeout_seconds=3600')).toEqual([]);
  });

  it('warn about the configuration-snippet annotation', () => {
    const found = withId({}, 'nginx-configuration-snippet');
    expect(found[0].params).toEqual(['ingress.nginx.annotations.nginx\\.ingress\\.kubernetes\\.io/configuration-snippet']);
    expect(withId({ ingress: { controller: 'alb' } }, 'nginx-configuration-snippet')).toEqual([]);
  });

  it('point from kubernetes.io/ingress.class to ingressClassName', () => {
    expect(withId({}, 'ingress-class-annotation')[0].severity).toBe('info');
    expect(withId({ ingress: { controller: 'alb' } }, 'ingress-class-annotation')[0].params[0]).toBe('ingress.alb.annotations.kubernetes\\.io/ingress\\.class');
    expect(withId({ ingress: { className: 'internal' } }, 'ingress-class-annotation')[0].severity).toBe('error');
    expect(onClean({}, 'ingress-class-annotation')).toEqual([]);
  });

  it('warn about the traefik.containo.us API group', () => {
    expect(onClean({ ingress: { controller: 'traefik' } }, 'traefik-legacy-api')[0].params).toEqual(['ingress.traefik.apiVersion']);
    expect(onClean({ ingress: { controller: 'traefik', traefik: { apiVersion: 'traefik.io/v1alpha1' } } }, 'traefik-legacy-api')).toEqual([]);
  });

  it('refuse the placeholder ALB certificate', () => {
    expect(onClean({ ingress: { controller: 'alb' } }, 'alb-certificate-placeholder')[0].severity).toBe('error');
    const real = 'arn:aws:acm:eu-west-1:210987654321:certificate/6f1c2e44-3b1a-4c55-9d0e-1f2a3b4c5d6e';
    expect(onClean({ ingress: { controller: 'alb', alb: { annotations: { 'alb.ingress.kubernetes.io/certificate-arn': real } } } }, 'alb-certificate-placeholder')).toEqual([]);
  });

  it('never throw on values of the wrong type', () => {
    const shapes: Values[] = [
      { config: 'x', secrets: [], replicaCount: 'many', autoscaling: 'on', podDisruptionBudget: { enabled: true, minAvailable: {} } },
      { strategy: { type: 'RollingUpdate', rollingUpdate: 5 }, resources: 'big', ingress: { enabled: true, controller: 'alb', alb: { annotations: 7 } } },
      { ingress: { enabled: true, controller: 'nginx', nginx: null, className: 3 }, service: [], config: { PORT: 'abc' } },
      { autoscaling: { enabled: true, extraMetrics: [null, 3, { type: 'Resource' }], minReplicas: 'x' }, secrets: { TOKEN_ENCRYPTION_KEY: 12, DATABASE_URL: { a: 1 } } },
      { ingress: { enabled: true, controller: 'traefik', traefik: { apiVersion: 5, sticky: 'yes' } }, secrets: { DATABASE_URL: 'x?sslmode=%E0%A4%A' } },
    ];
    const defaults = defaultsFromSchema(chatpulse.schema);
    const generic: ChartModule = chatpulse;
    for (const shape of shapes) {
      const values = mergeValues(defaults, shape);
      for (const r of generic.rules) expect(() => r.check({ values, userValues: shape, release }), r.id).not.toThrow();
      expect(problems(shape).filter((p) => p.message.includes('could not run'))).toEqual([]);
    }
  });
});

// Each preset passing the schema and rendering is presets.test.ts's; here, the problems each leaves.
describe('chatpulse presets', () => {
  const presetValues = (id: string) => presetOf(chatpulse, id).values;
  const ids = (user: Values) => [...new Set(problems(user).map((p) => p.id))].sort();

  it('production leaves only the credentials to fill in', () => {
    expect(ids(presetValues('production'))).toEqual(['placeholder-secrets', 'token-encryption-key']);
    expect(problems(layer(presetValues('production'), { secrets: (clean.secrets as Values) }))).toEqual([]);
  });

  it('external-secret writes no Secret and checks no credentials', () => {
    expect(ids(presetValues('external-secret'))).not.toContain('token-encryption-key');
    const generic: ChartModule = chatpulse;
    const objects = generic.render(mergeValues(defaultsFromSchema(chatpulse.schema), presetValues('external-secret')), release);
    expect(objects.map((o) => o.object.kind)).not.toContain('Secret');
  });

  it('aws-alb selects the ALB by class and asks for the certificate', () => {
    const found = ids(layer(clean, presetValues('aws-alb')));
    expect(found).toEqual(['alb-certificate-placeholder']);
  });

  it('traefik-v3 uses traefik.io with sticky sessions', () => {
    expect(ids(layer(clean, presetValues('traefik-v3')))).toEqual([]);
  });

  it('single-pod warns that it is not highly available', () => {
    expect(ids(layer(clean, presetValues('single-pod')))).toEqual(['few-replicas']);
  });
});
