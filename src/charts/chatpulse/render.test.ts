import { describe, expect, it } from 'vitest';
import { manifestsToYaml } from '../../core/render';
import { describeRenderFixtures } from '../../core/testing/chartSuites';
import type { ChartModule, KubeObject, RenderedObject, Values } from '../../core/types';
import { defaultsFromSchema, getAt, mergeValues } from '../../core/values';
import { chatpulse } from './index';
import { APPLY_ORDER } from './manifestFiles';
import { schema } from './schema';

const defaults = defaultsFromSchema(schema);

/** The module through the generic contract, which renders any values. */
const generic: ChartModule = chatpulse;

function renderWith(user: Values): RenderedObject[] {
  return generic.render(mergeValues(defaults, user), { name: 'ignored', namespace: 'ignored' });
}

// The expectations are the guide's files (one fixture for each of the three ingress choices), in
// the guide's own order of files.
describeRenderFixtures(chatpulse, new URL('./fixtures/', import.meta.url), {
  fixtureNames: ['alb-ingress', 'defaults', 'traefik-ingress'],
  expectedInOwnOrder: true,
});

describe('chatpulse renders the manifests of its Kubernetes guide', () => {
  it('names each guide file in the preview header', () => {
    const text = manifestsToYaml('chatpulse', renderWith({}));
    expect(text).toContain('# Source: chatpulse/k8s/namespace.yaml\n');
    expect(text).toContain('# Source: chatpulse/k8s/ingress-nginx.yaml\n');
    expect(text.indexOf('kind: Namespace')).toBeLessThan(text.indexOf('kind: Deployment'));
  });

  it('renders in the apply order of the guide, one ingress file at a time', () => {
    for (const controller of ['nginx', 'alb', 'traefik']) {
      const templates = renderWith({ ingress: { controller } }).map((o) => o.template);
      const positions = templates.map((t) => APPLY_ORDER.indexOf(t));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(templates.filter((t) => t.includes('ingress'))).toEqual([`k8s/ingress-${controller}.yaml`]);
    }
  });

  it('carries no helm labels and ignores the release', () => {
    const text = manifestsToYaml('chatpulse', renderWith({}));
    expect(text).not.toMatch(/helm\.sh|managed-by|ignored/);
  });
});

describe('chatpulse scenarios', () => {
  const kinds = (user: Values) => renderWith(user).map((o) => o.object.kind);
  const objectOf = (user: Values, kind: string): KubeObject => {
    const found = renderWith(user).find((o) => o.object.kind === kind);
    if (!found) throw new Error(`no ${kind}`);
    return found.object;
  };

  it('switches objects off', () => {
    expect(kinds({})).toEqual(['Namespace', 'ConfigMap', 'Secret', 'Deployment', 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ServiceMonitor']);
    expect(kinds({ autoscaling: { enabled: false } })).not.toContain('HorizontalPodAutoscaler');
    expect(kinds({ podDisruptionBudget: { enabled: false } })).not.toContain('PodDisruptionBudget');
    expect(kinds({ serviceMonitor: { enabled: false } })).not.toContain('ServiceMonitor');
    expect(kinds({ ingress: { enabled: false } })).not.toContain('Ingress');
    expect(kinds({ namespace: { create: false } })).not.toContain('Namespace');
  });

  it('sets replicas and the rollout strategy', () => {
    const d = objectOf({ replicaCount: 5, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } } }, 'Deployment');
    expect(getAt(d, 'spec.replicas')).toBe(5);
    expect(getAt(d, 'spec.strategy')).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } });
    // Kubernetes rejects rollingUpdate next to Recreate, so it is left out.
    expect(getAt(objectOf({ strategy: { type: 'Recreate' } }, 'Deployment'), 'spec.strategy')).toEqual({ type: 'Recreate' });
  });

  it('puts every object in the namespace of the values, also without writing the Namespace', () => {
    const objects = renderWith({ namespace: { name: 'streams', create: false } });
    expect(objects.map((o) => o.object.metadata.namespace)).toEqual(objects.map(() => 'streams'));
  });

  it('writes optional settings as text only when set, secrets winning in envFrom order', () => {
    expect(Object.keys(getAt(objectOf({}, 'ConfigMap'), 'data') as Values)).toEqual(['APP_ENV', 'TWITCH_REDIRECT_URI', 'WEBHOOK_CALLBACK_URL']);
    const cm = objectOf({ config: { LOG_LEVEL: 'debug', MAX_WEBSOCKET_CONNECTIONS: 5000, CONNECTION_RATE_PER_IP: 2.5, FEATURE_X: 'on' } }, 'ConfigMap');
    expect(getAt(cm, 'data')).toMatchObject({ LOG_LEVEL: 'debug', MAX_WEBSOCKET_CONNECTIONS: '5000', CONNECTION_RATE_PER_IP: '2.5', FEATURE_X: 'on' });
    const envFrom = getAt(objectOf({}, 'Deployment'), 'spec.template.spec.containers[0].envFrom');
    expect(envFrom).toEqual([{ configMapRef: { name: 'chatpulse-config' } }, { secretRef: { name: 'chatpulse-secrets' } }]);
    // A null removes an entry (helm's merge), so it leaves the Secret.
    expect(getAt(objectOf({ secrets: { BOT_USER_ID: null } }, 'Secret'), 'stringData')).not.toHaveProperty('BOT_USER_ID');
  });

  it('refers to an existing Secret instead of writing one', () => {
    const objects = renderWith({ existingSecret: 'from-vault' });
    expect(objects.map((o) => o.object.kind)).not.toContain('Secret');
    const deployment = objects.find((o) => o.object.kind === 'Deployment')!.object;
    expect(getAt(deployment, 'spec.template.spec.containers[0].envFrom[1]')).toEqual({ secretRef: { name: 'from-vault' } });
  });

  it('follows the name and labels everywhere the guide repeats them', () => {
    const objects = renderWith({ name: 'pulse', labels: { app: 'pulse', tier: 'web' } });
    const byKind = (k: string) => objects.find((o) => o.object.kind === k)!.object;
    expect(getAt(byKind('Deployment'), 'spec.selector.matchLabels')).toEqual({ app: 'pulse', tier: 'web' });
    expect(getAt(byKind('Deployment'), 'spec.template.spec.containers[0].name')).toBe('pulse');
    expect(getAt(byKind('Service'), 'spec.selector')).toEqual({ app: 'pulse', tier: 'web' });
    expect(getAt(byKind('PodDisruptionBudget'), 'spec.selector.matchLabels')).toEqual({ app: 'pulse', tier: 'web' });
    expect(getAt(byKind('HorizontalPodAutoscaler'), 'spec.scaleTargetRef.name')).toBe('pulse');
    expect(getAt(byKind('Ingress'), 'spec.rules[0].http.paths[0].backend.service.name')).toBe('pulse');
  });

  it('builds the HPA metrics from the targets, leaving out a zero one', () => {
    const hpa = objectOf({ autoscaling: { targetMemoryUtilizationPercentage: 0, extraMetrics: [{ type: 'Pods', pods: { metric: { name: 'ws' } } }] } }, 'HorizontalPodAutoscaler');
    expect((getAt(hpa, 'spec.metrics') as Values[]).map((m) => m.type)).toEqual(['Resource', 'Pods']);
    expect(getAt(hpa, 'spec.metrics[0].resource.name')).toBe('cpu');
  });

  it('leaves out a probe set to null and service affinity None', () => {
    const d = objectOf({ startupProbe: null, tolerations: [{ key: 'dedicated', operator: 'Exists' }] }, 'Deployment');
    expect(getAt(d, 'spec.template.spec.containers[0]')).not.toHaveProperty('startupProbe');
    expect(getAt(d, 'spec.template.spec.tolerations')).toEqual([{ key: 'dedicated', operator: 'Exists' }]);
    const s = objectOf({ service: { sessionAffinity: 'None' } }, 'Service');
    expect(s.spec).not.toHaveProperty('sessionAffinity');
    expect(s.spec).not.toHaveProperty('sessionAffinityConfig');
  });

  it('uses ingressClassName when given and keeps TLS off the ALB Ingress', () => {
    const nginx = objectOf({ ingress: { className: 'nginx' } }, 'Ingress');
    expect(Object.keys(nginx.spec as Values)).toEqual(['ingressClassName', 'tls', 'rules']);
    const alb = objectOf({ ingress: { controller: 'alb', className: 'alb' } }, 'Ingress');
    expect(Object.keys(alb.spec as Values)).toEqual(['ingressClassName', 'rules']);
  });

  it('turns hosts and paths into Traefik matchers', () => {
    const route = objectOf(
      {
        ingress: {
          controller: 'traefik',
          hosts: [{ host: 'a.example', paths: [{ path: '/', pathType: 'Prefix' }, { path: '/ws', pathType: 'Prefix' }, { path: '/health', pathType: 'Exact' }] }],
          tls: [],
          traefik: { apiVersion: 'traefik.io/v1alpha1', sticky: { cookie: { name: 'c' } } },
        },
      },
      'IngressRoute',
    );
    expect(route.apiVersion).toBe('traefik.io/v1alpha1');
    expect((getAt(route, 'spec.routes') as Values[]).map((r) => r.match)).toEqual([
      'Host(`a.example`)',
      'Host(`a.example`) && PathPrefix(`/ws`)',
      'Host(`a.example`) && Path(`/health`)',
    ]);
    expect(getAt(route, 'spec.routes[0].services[0]')).toEqual({ name: 'chatpulse', port: 80, sticky: { cookie: { name: 'c' } } });
    expect(route.spec).not.toHaveProperty('tls');
  });

  it('adds ServiceMonitor labels to the app labels', () => {
    const sm = objectOf({ serviceMonitor: { labels: { release: 'kube-prometheus' }, interval: '15s' } }, 'ServiceMonitor');
    expect(getAt(sm, 'metadata.labels')).toEqual({ app: 'chatpulse', release: 'kube-prometheus' });
    expect(getAt(sm, 'spec.endpoints[0]')).toEqual({ port: 'http', path: '/metrics', interval: '15s' });
  });

  it('does not throw on values of the wrong type', () => {
    const garbage: Values = {
      name: 3, labels: 'x', namespace: [], config: 'x', secrets: 5, replicaCount: 'many', strategy: 'fast', image: null,
      resources: 'big', service: 1, ingress: { enabled: true, controller: 'traefik', hosts: 'h', tls: 'x', traefik: 1 },
      autoscaling: { enabled: true, extraMetrics: 'x' }, podDisruptionBudget: { enabled: true }, serviceMonitor: { enabled: true, labels: 1 },
    };
    expect(() => renderWith(garbage)).not.toThrow();
    expect(() => manifestsToYaml('chatpulse', renderWith(garbage))).not.toThrow();
  });
});
