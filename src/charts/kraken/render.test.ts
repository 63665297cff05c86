import { describe, expect, it } from 'vitest';
import { manifestsToYaml } from '../../core/render';
import {
  chartFixtures, chartRenderer, describeHelmChecksums, describeRenderFixtures, readFixtureJson,
} from '../../core/testing/chartSuites';
import type { RenderedObject, Values } from '../../core/types';
import { getAt } from '../../core/values';
import { kraken } from './index';
import { projectObject, sortFacts, type ObjectFacts } from './subchartFacts';
import { isSubchartSummary, SUMMARY_NOTE_PREFIX } from './subcharts';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const fixtures = chartFixtures(fixtureDir);
const renderWith = chartRenderer(kraken);
const own = (objects: RenderedObject[]) => objects.filter((o) => !isSubchartSummary(o));
const readJson = <T>(name: string) => readFixtureJson<T>(fixtureDir, name);

// helm rendered the expectations from the chart without its Bitnami dependencies, so they hold
// Kraken's own objects only: equal to our whole output when nothing is bundled, and to our
// output without the subchart summaries otherwise.
const krakenOwn = (o: { template: string }) => !isSubchartSummary(o);
describeRenderFixtures(kraken, fixtureDir, { minFixtures: 10, compared: krakenOwn });
describeHelmChecksums(kraken, fixtureDir, { compared: krakenOwn });

describe('kraken fixtures', () => {
  it('render with and without the bundled stores', () => {
    const bundled = fixtures.filter((f) => renderWith(f.values, f.release).some(isSubchartSummary));
    expect(bundled.length).toBeGreaterThanOrEqual(4);
    expect(fixtures.length - bundled.length).toBeGreaterThanOrEqual(6);
  });
});

describe('kraken subchart summaries', () => {
  interface SubchartFacts {
    generated: Record<string, string[]>;
    objects: ObjectFacts[];
  }
  const withFacts = fixtures.filter((f) => renderWith(f.values, f.release).some(isSubchartSummary));

  for (const f of withFacts) {
    it(`${f.name}: agrees with the Bitnami charts on names, replicas, images, volumes, Services and Secrets`, () => {
      const real = readJson<SubchartFacts>(`${f.name}.subcharts.json`);
      const summaries = renderWith(f.values, f.release).filter(isSubchartSummary);
      const ours = sortFacts(summaries.map((o) => projectObject(o.template, o.object)));
      expect(ours).toEqual(real.objects);
      for (const [name, keys] of Object.entries(real.generated)) {
        const secret = summaries.find((o) => o.object.kind === 'Secret' && o.object.metadata.name === name)!;
        for (const key of keys) expect(secret.note).toContain(key);
      }
    });
  }

  it('says on every summary that it is one', () => {
    const summaries = renderWith({}).filter(isSubchartSummary);
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) {
      expect(s.note).toMatch(new RegExp(`^${SUMMARY_NOTE_PREFIX} Bitnami (mongodb 15\\.6\\.22|redis 19\\.6\\.4) subchart .*not its exact output`));
      expect(s.template).toMatch(/^charts\/(mongodb|redis)\/templates\//);
    }
    const text = manifestsToYaml('kraken', summaries);
    expect(text).toContain('# Source: kraken/charts/mongodb/templates/replicaset/statefulset.yaml\n# NOTE: Summary of the Bitnami mongodb');
  });

  it('follows the Chart.yaml conditions mongodb.bundled and redis.bundled', () => {
    const charts = (user: Values) => [...new Set(renderWith(user).filter(isSubchartSummary).map((o) => o.template.split('/')[1]))];
    expect(charts({})).toEqual(['mongodb', 'redis']);
    expect(charts({ mongodb: { bundled: false } })).toEqual(['redis']);
    expect(charts({ redis: { bundled: false } })).toEqual(['mongodb']);
    expect(charts({ mongodb: { bundled: false }, redis: { bundled: false } })).toEqual([]);
  });
});

describe('kraken render details', () => {
  const kinds = (user: Values) => own(renderWith(user)).map((o) => `${o.object.kind}/${o.object.metadata.name}`);
  const objectAt = (user: Values, template: string) => renderWith(user).find((o) => o.template === template)!.object;

  it('renders only the objects the values switch on', () => {
    expect(kinds({})).toEqual([
      'ServiceAccount/release-name-kraken',
      'Secret/release-name-kraken-secrets',
      'ConfigMap/release-name-kraken-backend-config',
      'Service/release-name-kraken-backend',
      'Service/release-name-kraken-frontend',
      'Deployment/release-name-kraken-backend',
      'Deployment/release-name-kraken-frontend',
      'Ingress/release-name-kraken',
    ]);
    expect(kinds({ ingress: { enabled: false }, serviceAccount: { create: false }, secrets: { existingSecret: 'mine' } })).toEqual([
      'ConfigMap/release-name-kraken-backend-config',
      'Service/release-name-kraken-backend',
      'Service/release-name-kraken-frontend',
      'Deployment/release-name-kraken-backend',
      'Deployment/release-name-kraken-frontend',
    ]);
  });

  it('changes nothing for the parameters marked x-no-effect', () => {
    const base = manifestsToYaml('kraken', renderWith({}));
    const changed = manifestsToYaml('kraken', renderWith({ podDisruptionBudget: { enabled: true, minAvailable: 2, maxUnavailable: 1 }, networkPolicy: { enabled: true, policyTypes: ['Ingress'] } }));
    expect(changed).toBe(base);
  });

  it('rolls the backend pods when its ConfigMap or Secret changes, and only then', () => {
    const sums = (user: Values) => getAt(objectAt(user, 'templates/backend/deployment.yaml'), 'spec.template.metadata.annotations') as Values;
    const base = sums({});
    expect(sums({ livekit: { url: 'wss://other.example.com' } })['checksum/config']).not.toBe(base['checksum/config']);
    expect(sums({ secrets: { jwtSecret: 'x' } })['checksum/secret']).not.toBe(base['checksum/secret']);
    expect(sums({ secrets: { jwtSecret: 'x' } })['checksum/config']).toBe(base['checksum/config']);
    expect(sums({ backend: { replicaCount: 5 } })).toEqual(base);
  });

  it('connects the backend to the bundled or the external stores', () => {
    const data = (user: Values) => getAt(objectAt(user, 'templates/backend/configmap.yaml'), 'data') as Values;
    expect(data({}).MONGODB_URL).toBe('mongodb://kraken:changeme-kraken-password@release-name-kraken-mongodb:27017/kraken?replicaSet=rs0&retryWrites=true&w=majority');
    expect(data({}).REDIS_HOST).toBe('release-name-kraken-redis-master');
    const external = data({ mongodb: { bundled: false, external: { uri: 'mongodb+srv://a/b' } }, redis: { bundled: false, external: { host: 'r', port: 6380 } } });
    expect([external.MONGODB_URL, external.REDIS_HOST, external.REDIS_PORT]).toEqual(['mongodb+srv://a/b', 'r', '6380']);
  });

  it('stops, as helm does, on an ingress path without a known service', () => {
    const hosts = [{ host: 'a', paths: [{ path: '/', pathType: 'Prefix', service: 'api' }] }];
    expect(() => renderWith({ ingress: { hosts } })).toThrow(/ingress\.hosts\[0\]\.paths\[0\]\.service must be "frontend" or "backend"/);
  });

  it('writes the cert-manager annotation only with mode cert-manager and certManager.enabled', () => {
    const annotations = (tls: Values) => getAt(objectAt({ ingress: { annotations: null, tls } }, 'templates/ingress.yaml'), 'metadata.annotations');
    expect(annotations({ mode: 'cert-manager', certManager: { enabled: true } })).toEqual({ 'cert-manager.io/clusterissuer': 'letsencrypt-prod' });
    expect(annotations({ mode: 'cert-manager' })).toBeNull();
    expect(annotations({ mode: 'none', certManager: { enabled: true } })).toBeNull();
  });
});
