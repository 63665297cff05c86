import { describe, it, expect } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { DEFAULT_RELEASE, type Values } from '../../core/types';
import { describePresets, presetOf } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import { getAt } from '../../core/values';
import { centrifugo } from './index';
import { DOC } from './rules';

const presetById = (id: string) => presetOf(centrifugo, id);
const problemsOf = (values: Values) => validate(centrifugo, values, DEFAULT_RELEASE).problems;
const objectsOf = (values: Values) => evaluate(centrifugo, values, DEFAULT_RELEASE).objects;

const INGRESS_PRESETS = ['nginx-ingress', 'haproxy-ingress', 'aws-alb', 'gke-ingress'];

describePresets(centrifugo, {
  ids: ['minikube', 'ha-redis', 'nats-broker', ...INGRESS_PRESETS, 'prometheus-service-monitor'],
  docSections: Object.values(DOC),
  minObjects: 2,
});

describe('centrifugo presets', () => {
  it('HA with Redis: three replicas on Redis behind a PodDisruptionBudget, with no error or warning', () => {
    const values = presetById('ha-redis').values;
    expect(problemsOf(values).filter((p) => p.severity !== 'info')).toEqual([]);
    const objects = objectsOf(values);
    const deployment = objects.find((o) => o.object.kind === 'Deployment')!.object;
    expect(getAt(deployment, 'spec.replicas')).toBe(3);
    expect(getAt(objects.find((o) => o.object.kind === 'PodDisruptionBudget')?.object, 'spec.minAvailable')).toBe(2);
    const configJson = getAt(objects.find((o) => o.object.kind === 'ConfigMap')!.object, ['data', 'config.json']) as string;
    expect(JSON.parse(configJson).engine).toEqual({ type: 'redis', redis: { address: 'redis://redis-master:6379' } });
  });

  it('ingress presets: an Ingress with hosts and no timeout, origin or health check warning', () => {
    for (const id of INGRESS_PRESETS) {
      const values = presetById(id).values;
      const ids = problemsOf(values).map((p) => p.id);
      for (const unwanted of ['ingress-timeouts', 'gke-backend-config', 'alb-health-check', 'ingress-allowed-origins', 'ingress-without-hosts']) {
        expect(ids, `${id}: ${unwanted}`).not.toContain(unwanted);
      }
      const ingress = objectsOf(values).find((o) => o.object.kind === 'Ingress')!.object;
      expect(getAt(ingress, 'spec.rules[0].host'), id).toBe('centrifugo.example.com');
      expect(getAt(ingress, 'spec.rules[0].http.paths[0].path'), id).toBe('/connection');
    }
  });

  it('ingress presets would be flagged without their timeout settings', () => {
    const strip = (values: Values, drop: (key: string) => boolean): Values => {
      const ingress = values.ingress as Values;
      const annotations = Object.fromEntries(Object.entries(ingress.annotations as Values).filter(([k]) => !drop(k)));
      return { ...values, ingress: { ...ingress, annotations } };
    };
    const timeoutKey = (k: string) => /timeout|load-balancer-attributes/.test(k);
    for (const id of ['nginx-ingress', 'haproxy-ingress', 'aws-alb']) {
      expect(problemsOf(strip(presetById(id).values, timeoutKey)).map((p) => p.id), id).toContain('ingress-timeouts');
    }
    const gke = presetById('gke-ingress').values;
    expect(problemsOf({ ...gke, service: {} }).map((p) => p.id)).toContain('gke-backend-config');
  });

  it('NATS broker: at-most-once info, no memory-engine error', () => {
    const problems = problemsOf(presetById('nats-broker').values);
    expect(problems).toContainEqual(expect.objectContaining({ id: 'nats-broker-at-most-once', severity: 'info', params: ['config.broker.type'] }));
    expect(problems.map((p) => p.id)).not.toContain('memory-engine-replicas');
  });

  it('ServiceMonitor: rendered with the Prometheus release label', () => {
    const objects = objectsOf(presetById('prometheus-service-monitor').values);
    const monitor = objects.find((o) => o.object.kind === 'ServiceMonitor')!.object;
    expect(getAt(monitor, 'metadata.labels.release')).toBe('prometheus');
    expect(getAt(monitor, 'spec.endpoints[0].interval')).toBe('30s');
  });

  it('minikube: admin credentials are obvious placeholders', () => {
    const admin = getAt(presetById('minikube').values, 'config.admin') as Values;
    expect(admin.password).toMatch(/change-me/);
    expect(admin.secret).toMatch(/change-me/);
  });

  it('keeps presets independent: no shared objects between them', () => {
    const hostsOf = (id: string) => getAt(presetById(id).values, 'ingress.hosts');
    expect(hostsOf('nginx-ingress')).toEqual(hostsOf('haproxy-ingress'));
    expect(hostsOf('nginx-ingress')).not.toBe(hostsOf('haproxy-ingress'));
  });
});
