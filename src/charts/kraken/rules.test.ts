import { describe, expect, it } from 'vitest';
import { parsePath } from '../../core/paths';
import type { ChartModule, Problem, Release, Values } from '../../core/types';
import { describeRuleCatalogue } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import { defaultsFromSchema, diffValues, mergeValues, setAt } from '../../core/values';
import { GUIDE_SECTIONS } from './docs';
import { kraken } from './index';
import { rules } from './rules';

const KRAKEN: Release = { name: 'kraken', namespace: 'kraken' };
const DEFAULT: Release = { name: 'release-name', namespace: 'default' };

/** A configuration no rule objects to: own stores, real secrets, shared uploads, release "kraken". */
const CLEAN: Values = {
  secrets: { jwtSecret: 'k1-random-access', jwtRefreshSecret: 'k2-random-refresh' },
  livekit: { url: 'wss://lk.example.org', apiKey: 'APIkey1', apiSecret: 'lk-secret', webhookSecret: 'lk-webhook' },
  mongodb: { bundled: false, external: { uri: 'mongodb://u:p@db-0.db:27017/kraken?replicaSet=rs0' } },
  redis: { bundled: false, external: { host: 'redis.cache' } },
  fileStorage: { enabled: true, storageClassName: 'efs-sc' },
};

const seen: Problem[] = [];
function problems(user: Values, release: Release = KRAKEN): Problem[] {
  const found = validate(kraken, user, release).problems;
  seen.push(...found);
  return found;
}
const over = (patch: Values) => mergeValues(CLEAN, patch);
const byId = (id: string, user: Values, release?: Release) => problems(user, release).filter((p) => p.id === id);

describeRuleCatalogue(kraken);

describe('kraken rules', () => {
  it('find nothing in a clean production-like configuration', () => {
    expect(problems(CLEAN)).toEqual([]);
  });

  describe('MongoDB', () => {
    it('needs a URI naming a replica set for an external MongoDB', () => {
      expect(byId('mongodb-external-uri', over({ mongodb: { external: { uri: '' } } }))[0]).toMatchObject({ severity: 'error', params: ['mongodb.bundled', 'mongodb.external.uri'], doc: 'MongoDB' });
      const noRs = byId('mongodb-external-uri', over({ mongodb: { external: { uri: 'mongodb://u:p@db:27017/kraken?retryWrites=true' } } }));
      expect(noRs).toHaveLength(1);
      expect(noRs[0].message).toMatch(/replicaSet/);
      expect(noRs[0].why).toMatch(/change streams/);
      expect(byId('mongodb-external-uri', over({ mongodb: { external: { uri: 'postgres://db/kraken' } } }))).toHaveLength(1);
      expect(byId('mongodb-external-uri', over({ mongodb: { external: { uri: 'mongodb+srv://u:p@cluster0.example.net/kraken' } } }))).toEqual([]);
      expect(byId('mongodb-external-uri', over({ mongodb: { bundled: true, external: { uri: '' } } }))).toEqual([]);
    });

    it('needs the bundled MongoDB to be a replica set', () => {
      const standalone = { mongodb: { bundled: true, architecture: 'standalone', auth: { rootPassword: 'r', password: 'p' } } };
      expect(byId('mongodb-replicaset', over(standalone))[0]).toMatchObject({ severity: 'error', params: ['mongodb.architecture'] });
      expect(byId('mongodb-replicaset', over({ ...standalone, mongodb: { ...standalone.mongodb, architecture: 'replicaset' } }))).toEqual([]);
    });

    it("points the backend at a Service the bundled MongoDB really has", () => {
      const bundled = { mongodb: { bundled: true, auth: { rootPassword: 'r', password: 'p' } } };
      const found = byId('mongodb-service-name', over(bundled));
      expect(found[0]).toMatchObject({ severity: 'error', params: ['mongodb.service.nameOverride', 'mongodb.bundled'] });
      expect(found[0].message).toBe("The backend connects to MongoDB at kraken-mongodb, but the bundled MongoDB's Service is kraken-mongodb-headless.");
      expect(found[0].fix).toBe('Set mongodb.service.nameOverride to "kraken-mongodb".');
      expect(found[0].why).not.toContain(':p@');
      expect(byId('mongodb-service-name', over({ mongodb: { ...bundled.mongodb, service: { nameOverride: 'kraken-mongodb' } } }))).toEqual([]);
      expect(byId('mongodb-service-name', over({ mongodb: { ...bundled.mongodb, service: { nameOverride: 'kraken-mongodb' } } }), DEFAULT)[0].fix).toMatch(/"release-name-kraken-mongodb"/);
    });

    it('keeps authentication on for the bundled MongoDB the backend logs in to', () => {
      const bundled = { mongodb: { bundled: true, auth: { enabled: false } } };
      expect(byId('mongodb-auth-off', over(bundled))[0]).toMatchObject({ severity: 'error', params: ['mongodb.auth.enabled'] });
      expect(byId('mongodb-auth-off', over({ mongodb: { bundled: true } }))).toEqual([]);
    });
  });

  describe('Redis', () => {
    it('needs a host for an external Redis', () => {
      expect(byId('redis-external-host', over({ redis: { external: { host: ' ' } } }))[0]).toMatchObject({ severity: 'error', params: ['redis.bundled', 'redis.external.host'] });
      expect(byId('redis-external-host', over({ redis: { bundled: true, external: { host: '' } } }))).toEqual([]);
    });

    it('points the backend at the bundled Redis master Service', () => {
      const bundled = over({ redis: { bundled: true, auth: { password: 'x' } } });
      expect(byId('redis-service-name', bundled)).toEqual([]);
      const found = byId('redis-service-name', bundled, DEFAULT);
      expect(found[0]).toMatchObject({ severity: 'error', params: ['redis.fullnameOverride', 'redis.bundled'] });
      expect(found[0].message).toMatch(/release-name-kraken-redis-master.*release-name-redis-master/);
      expect(byId('redis-service-name', mergeValues(bundled, { redis: { fullnameOverride: 'release-name-kraken-redis' } }), DEFAULT)).toEqual([]);
    });
  });

  describe('secrets', () => {
    it('needs JWT secrets unless an existing Secret is used', () => {
      expect(byId('jwt-secrets-empty', over({ secrets: { jwtSecret: '' } }))[0]).toMatchObject({ severity: 'error', params: ['secrets.jwtSecret', 'secrets.existingSecret'] });
      expect(byId('jwt-secrets-empty', over({ secrets: { jwtSecret: '', jwtRefreshSecret: '' } }))[0].params).toHaveLength(3);
      expect(byId('jwt-secrets-empty', over({ secrets: { jwtSecret: '', existingSecret: 'mine' } }))).toEqual([]);
    });

    it("warns about the chart's placeholders that still matter", () => {
      const all = byId('placeholder-values', {}, DEFAULT);
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ severity: 'warning', doc: 'Production checklist' });
      expect(all[0].params).toEqual([
        'secrets.jwtSecret', 'secrets.jwtRefreshSecret', 'livekit.url', 'livekit.apiKey', 'livekit.apiSecret', 'livekit.webhookSecret',
        'mongodb.auth.rootPassword', 'mongodb.auth.password', 'redis.auth.password',
      ]);
      const external = byId('placeholder-values', { mongodb: { bundled: false }, redis: { bundled: false }, secrets: { existingSecret: 's' } });
      expect(external[0].params).toEqual(['livekit.url', 'livekit.apiKey', 'mongodb.external.uri', 'redis.external.host']);
      expect(byId('placeholder-values', over({ livekit: { url: 'wss://livekit.example.com' } }))[0].params).toEqual(['livekit.url']);
    });

    it('lists the keys an existing Secret must hold', () => {
      const found = byId('existing-secret-keys', over({ secrets: { existingSecret: 'app' }, redis: { external: { password: 'pw' } } }));
      expect(found[0]).toMatchObject({ severity: 'info', params: ['secrets.existingSecret'], doc: 'Secrets management' });
      expect(found[0].message).toContain('REDIS_PASSWORD');
      expect(byId('existing-secret-keys', over({ secrets: { existingSecret: 'app' } }))[0].message).not.toContain('REDIS_PASSWORD');
      expect(byId('existing-secret-keys', CLEAN)).toEqual([]);
    });
  });

  it('needs a wss:// LiveKit URL', () => {
    for (const url of ['https://lk.example.org', 'ws://lk.example.org', 'wss://', '']) {
      expect(byId('livekit-url', over({ livekit: { url } }))[0], url).toMatchObject({ severity: 'error', params: ['livekit.url'], doc: 'LiveKit' });
    }
    expect(byId('livekit-url', over({ livekit: { url: 'wss://x.livekit.cloud' } }))).toEqual([]);
  });

  describe('ingress and TLS', () => {
    it('needs a Secret name in manual mode', () => {
      expect(byId('tls-manual-secret', over({ ingress: { tls: { mode: 'manual' } } }))[0]).toMatchObject({ severity: 'error', params: ['ingress.tls.mode', 'ingress.tls.secretName'] });
      expect(byId('tls-manual-secret', over({ ingress: { tls: { mode: 'manual', secretName: 'tls' } } }))).toEqual([]);
      expect(byId('tls-manual-secret', over({ ingress: { enabled: false, tls: { mode: 'manual' } } }))).toEqual([]);
    });

    it('needs certManager.enabled and an issuer in cert-manager mode', () => {
      const found = byId('tls-cert-manager', over({ ingress: { tls: { mode: 'cert-manager', certManager: { issuer: '' } } } }));
      expect(found.map((p) => p.params[1])).toEqual(['ingress.tls.certManager.enabled', 'ingress.tls.certManager.issuer']);
      expect(found.every((p) => p.severity === 'error')).toBe(true);
      expect(byId('tls-cert-manager', over({ ingress: { tls: { mode: 'cert-manager', certManager: { enabled: true } } } }))).toEqual([]);
    });

    it('says when certManager.enabled has no effect', () => {
      expect(byId('cert-manager-unused', over({ ingress: { tls: { certManager: { enabled: true } } } }))[0]).toMatchObject({ severity: 'info' });
      expect(byId('cert-manager-unused', over({ ingress: { tls: { mode: 'cert-manager', certManager: { enabled: true } } } }))).toEqual([]);
    });

    it('needs routes on every host and a route to each workload', () => {
      const noPaths = byId('ingress-routes', over({ ingress: { hosts: [{ host: 'chat.example.com' }] } }));
      expect(noPaths[0]).toMatchObject({ severity: 'error', params: ['ingress.hosts[0].paths'] });
      const frontOnly = byId('ingress-routes', over({ ingress: { hosts: [{ host: 'a', paths: [{ path: '/', pathType: 'Prefix', service: 'frontend' }] }] } }));
      expect(frontOnly).toHaveLength(1);
      expect(frontOnly[0]).toMatchObject({ severity: 'warning', message: 'No ingress path goes to the backend.' });
    });

    it('needs sticky sessions when several backend pods run', () => {
      const noCookie = { ingress: { annotations: { 'nginx.ingress.kubernetes.io/affinity': null } } };
      expect(byId('sticky-sessions', over(noCookie))[0]).toMatchObject({ severity: 'warning', params: ['ingress.annotations', 'backend.replicaCount'] });
      expect(byId('sticky-sessions', over({ ...noCookie, backend: { replicaCount: 1 } }))).toEqual([]);
      expect(byId('sticky-sessions', over({ ...noCookie, backend: { replicaCount: 1, autoscaling: { enabled: true } } }))[0].params).toContain('backend.autoscaling.maxReplicas');
    });

    it("checks the frontend's backend URL against the backend Service", () => {
      expect(byId('frontend-backend-url', CLEAN)).toEqual([]);
      const other = byId('frontend-backend-url', CLEAN, DEFAULT);
      expect(other[0]).toMatchObject({ severity: 'warning', params: ['frontend.env.backendUrl', 'backend.service.port'] });
      expect(other[0].fix).toBe('Set frontend.env.backendUrl to http://release-name-kraken-backend:3000.');
      expect(byId('frontend-backend-url', over({ backend: { service: { port: 8080 } } }))).toHaveLength(1);
      expect(byId('frontend-backend-url', over({ frontend: { env: { backendUrl: 'https://api.example.com' } } }), DEFAULT)).toEqual([]);
      expect(byId('frontend-backend-url', over({ frontend: { env: { backendUrl: 'not a url' } } }))).toHaveLength(1);
    });
  });

  describe('storage', () => {
    it('warns that several backend pods without file storage each keep their own uploads', () => {
      const found = byId('uploads-per-pod', over({ fileStorage: { enabled: false } }));
      expect(found[0]).toMatchObject({ severity: 'warning', params: ['fileStorage.enabled', 'backend.replicaCount'], doc: 'File storage' });
      expect(byId('uploads-per-pod', over({ fileStorage: { enabled: false }, backend: { replicaCount: 1 } }))).toEqual([]);
    });

    it('wants a ReadWriteMany-capable class for shared claims', () => {
      const rwx = (patch: Values) => byId('shared-volume-rwx', over(patch));
      expect(rwx({ fileStorage: { storageClassName: '' } })[0]).toMatchObject({ severity: 'warning', params: ['fileStorage.storageClassName', 'fileStorage.enabled'] });
      expect(rwx({ fileStorage: { storageClassName: 'gp2' } })[0].message).toMatch(/block storage/);
      // A null removes the chart's "" (helm's merge), so the claim has no storageClassName at all.
      expect(byId('shared-volume-rwx', { ...CLEAN, fileStorage: { enabled: true, storageClassName: null } })[0].message).toMatch(/default class/);
      expect(rwx({ fileStorage: { storageClassName: 'azurefile-csi-premium' } })).toEqual([]);
      expect(rwx({ fileStorage: { storageClassName: 'gp2' }, backend: { replicaCount: 1 } })).toEqual([]);
      expect(rwx({ replayStorage: { enabled: true } })[0]).toMatchObject({ params: ['replayStorage.storageClassName', 'replayStorage.enabled'] });
      expect(rwx({ replayStorage: { enabled: true, storageClassName: 'efs-sc' } })).toEqual([]);
    });

    it('wants an empty class on claims bound to the chart NFS volumes', () => {
      const nfs = (patch: Values) => byId('nfs-claim-class', over(patch));
      expect(nfs({ replayStorage: { enabled: true, nfs: { enabled: true } } })[0]).toMatchObject({ severity: 'warning', params: ['replayStorage.storageClassName', 'replayStorage.nfs.enabled'] });
      expect(nfs({ replayStorage: { enabled: true, storageClassName: '', nfs: { enabled: true } } })).toEqual([]);
      expect(nfs({ fileStorage: { nfs: { enabled: true } } })[0].message).toMatch(/"efs-sc"/);
      expect(nfs({ fileStorage: { storageClassName: '', nfs: { enabled: true } } })).toEqual([]);
    });
  });

  it('notes parameters that have no effect in this chart version', () => {
    const found = byId('no-effect', over({ podDisruptionBudget: { enabled: true }, networkPolicy: { policyTypes: ['Ingress'] } }));
    expect(found.map((p) => [p.severity, p.params[0]])).toEqual([
      ['info', 'podDisruptionBudget.enabled'],
      ['info', 'networkPolicy.policyTypes'],
    ]);
    expect(byId('no-effect', over({ podDisruptionBudget: { enabled: false } }))).toEqual([]);
  });

  it('never throw, whatever type a value has', () => {
    const defaults = defaultsFromSchema(kraken.schema);
    const paths = ['', 'backend', 'backend.autoscaling', 'mongodb', 'mongodb.external', 'redis', 'ingress', 'ingress.hosts', 'ingress.tls', 'ingress.annotations',
      'fileStorage', 'replayStorage', 'secrets', 'livekit', 'frontend.env', 'global', 'mongodb.auth', 'backend.service'];
    const leaves = ['livekit.url', 'mongodb.external.uri', 'redis.external.host', 'ingress.tls.mode', 'backend.replicaCount', 'backend.service.port',
      'frontend.env.backendUrl', 'fileStorage.storageClassName', 'secrets.existingSecret', 'nameOverride', 'fullnameOverride', 'mongodb.service.nameOverride'];
    const weird: unknown[] = [null, 7, 'x', [], {}, [{ a: 1 }], true];
    // Through the generic contract: these values are anything but KrakenValues.
    const generic: ChartModule = kraken;
    let checked = 0;
    for (const path of [...paths, ...leaves]) {
      for (const value of weird) {
        const values: Values = path === '' ? Object.assign({}, value) : setAt(defaults, parsePath(path), value);
        const ctx = { values, userValues: diffValues(defaults, values), release: DEFAULT };
        for (const rule of generic.rules) {
          expect(() => rule.check(ctx), `${rule.id} with ${path} = ${JSON.stringify(value)}`).not.toThrow();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('name dotted parameters and cite sections of the deployment guide', () => {
    const sections = new Set<string>(GUIDE_SECTIONS);
    expect(seen.length).toBeGreaterThan(30);
    for (const p of seen) {
      if (p.id === 'schema' || p.id === 'unknown-key') continue;
      expect(sections.has(String(p.doc)), `${p.id}: ${p.doc}`).toBe(true);
      expect(p.params.length, p.id).toBeGreaterThan(0);
      expect(p.why && p.fix, p.id).toBeTruthy();
    }
    const fired = new Set(seen.map((p) => p.id));
    expect(rules.filter((r) => !fired.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
