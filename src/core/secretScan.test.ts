import { describe, expect, it } from 'vitest';
import { findChart } from '../charts';
import { decodeStackFragment, encodeStackLink } from './bundle/stackLink';
import { holdsCredentials, isSecretName, linkSecretPaths, secretLookingPaths, withoutPaths } from './secretScan';
import { decodeShareFragment, encodeShareLink } from './share';
import { fakeChart, fakeSchema } from './testing/fakeChart';
import type { ChartModule } from './types';

describe('secret names', () => {
  it('finds env and key names that hold secrets', () => {
    for (const name of ['VALKEY_PASSWORD', 'DB_PASS', 'REDIS_PWD', 'API_KEY', 'apiKey', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'credentials', 'requirepass', 'masterauth', 'LICENSE_KEY', 'privateKey', 'db-pass']) {
      expect(isSecretName(name), name).toBe(true);
    }
  });

  it('leaves names that only contain the letters alone', () => {
    for (const name of ['VALKEY_HOST', 'valkey', 'monkey', 'bypass', 'compass', 'passthrough', 'keyspace', 'LOG_LEVEL', 'name']) {
      expect(isSecretName(name), name).toBe(false);
    }
  });
});

describe('credentials by value shape', () => {
  it('finds passwords in URLs and user:password@host addresses', () => {
    for (const text of ['redis://:pw@host:6379', 'postgres://app:s3cret@db/app?sslmode=require', 'amqp://u:p@mq', '--url=mongodb://u:p@m:27017/x', 'user:pass@host', ':pw@redis:6379']) {
      expect(holdsCredentials(text), text).toBe(true);
    }
  });

  it('not in addresses without a password, nor in image digests', () => {
    for (const text of ['redis://host:6379', 'https://user@example.com/x', 'git@github.com:org/repo.git', 'redis:7@sha256:0123abcd', 'a@b', 'mailto:me@example.com', 'http://host:80/@x']) {
      expect(holdsCredentials(text), text).toBe(false);
    }
  });
});

describe('secretLookingPaths', () => {
  it('finds env entries with secret names in any list, secret keys of open maps and URL credentials', () => {
    const values = {
      podAnnotations: { DB_PASS: 'x', team: 'a' },
      extraArgs: ['--verbose', '--redis=redis://:pw@r:6379'],
      image: { repository: 'postgres://u:p@db/app' },
      unknown: { env: [{ name: 'VALKEY_PASSWORD', value: 'pw' }, { name: 'VALKEY_HOST', value: 'v' }, { name: 'EMPTY_TOKEN', value: '' }] },
    };
    expect(secretLookingPaths(fakeSchema, values).sort()).toEqual(
      ['extraArgs[1]', 'image.repository', 'podAnnotations.DB_PASS', 'unknown.env[0].value'].sort(),
    );
  });

  it('leaves booleans and empty values alone', () => {
    expect(secretLookingPaths(fakeSchema, { podAnnotations: { apiKey: '' }, unknown: { authEnabled: true, token: null } })).toEqual([]);
  });

  it('Kraken marks livekit.apiKey secret', () => {
    const kraken = findChart('kraken') as ChartModule;
    expect(linkSecretPaths(kraken.schema, { livekit: { apiKey: 'APIxyz', url: 'wss://lk' } })).toEqual(['livekit.apiKey']);
  });
});

describe('withoutPaths', () => {
  it('removes list items from the end first, so every named item goes and no other', () => {
    const values = { a: ['keep0', 'drop1', 'drop2', 'keep3'], b: { c: 1, d: 2 } };
    expect(withoutPaths(values, ['a[1]', 'a[2]', 'b.d'])).toEqual({ a: ['keep0', 'keep3'], b: { c: 1 } });
    expect(values.a).toHaveLength(4);
  });
});

describe('links leave these secrets out and list them for the person who opens them (issue 13, item 7)', () => {
  it('a share link', () => {
    const values = { auth: { password: 'hunter2' }, extraArgs: ['--redis=redis://:pw@host'], podAnnotations: { VALKEY_PASSWORD: 'pw', DB_PASS: 'x', team: 'a' } };
    const { fragment, omittedSecrets } = encodeShareLink({ chart: 'fake', values }, { includeSecrets: false, schema: fakeSchema });
    expect(fragment).not.toMatch(/hunter2/);
    const decoded = decodeShareFragment(fragment, fakeChart);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.state.values).toEqual({ extraArgs: [], podAnnotations: { team: 'a' } });
    expect(decoded.omittedSecrets.sort()).toEqual(omittedSecrets.sort());
    expect(decoded.omittedSecrets.sort()).toEqual(['auth.password', 'extraArgs[0]', 'podAnnotations.DB_PASS', 'podAnnotations.VALKEY_PASSWORD']);
    // No secret in the packed link at all.
    expect(JSON.stringify(decoded.state)).not.toMatch(/pw|hunter2|"x"/);
  });

  it('a stack link, with the release named', () => {
    const stack = { releases: [{ name: 'web', namespace: 'default', chart: 'fake', values: { podAnnotations: { REDIS_URL: 'redis://:pw@r' } } }], bindings: [] };
    const decoded = decodeStackFragment(encodeStackLink(stack, { includeSecrets: false, resolveChart: () => fakeChart }).fragment);
    expect(decoded).toMatchObject({ ok: true, omittedSecrets: ['web:podAnnotations.REDIS_URL'], stack: { releases: [{ values: {} }] } });
  });

  it('reads at most a bounded list of strings back from a crafted link', () => {
    const { fragment } = encodeShareLink({ chart: 'fake', values: { auth: { password: 'p' } } }, { includeSecrets: false, schema: fakeSchema });
    const decoded = decodeShareFragment(fragment, fakeChart);
    expect(decoded.ok && decoded.omittedSecrets).toEqual(['auth.password']);
  });
});

describe('Kubernetes fields that name things are not secrets (issue 12)', () => {
  const kubeShapes = {
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', tolerationSeconds: 300 }],
    affinity: {
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] }, topologyKey: 'kubernetes.io/hostname' }],
      },
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'disktype', operator: 'Exists' }] }] } },
    },
    topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', matchLabelKeys: ['pod-template-hash'] }],
    env: [
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      { name: 'SETTINGS', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'app.yaml', optional: true } } },
    ],
    volumes: [{ name: 'certs', secret: { secretName: 'web-tls', items: [{ key: 'tls.key', path: 'key.pem', mode: 256 }] } }],
    ingress: { tls: [{ secretName: 'example-tls', hosts: ['example.com'] }] },
    existingSecret: 'web-credentials',
    existingSecretPasswordKey: 'redis-password',
  };

  it('are kept in open maps and under unknown keys', () => {
    expect(secretLookingPaths(fakeSchema, { unknown: kubeShapes })).toEqual([]);
    for (const name of ['topologyKey', 'secretName', 'existingSecret', 'existingSecretPasswordKey', 'secretKeyRef']) expect(isSecretName(name), name).toBe(false);
  });

  it('are kept by a real chart’s links and by memory-only storage (the same scan)', () => {
    const centrifugo = findChart('centrifugo') as ChartModule;
    const values = { tolerations: kubeShapes.tolerations, affinity: kubeShapes.affinity, topologySpreadConstraints: kubeShapes.topologySpreadConstraints, env: kubeShapes.env, volumes: kubeShapes.volumes };
    expect(linkSecretPaths(centrifugo.schema, values)).toEqual([]);
    const { fragment, omittedSecrets } = encodeShareLink({ chart: 'centrifugo', values }, { includeSecrets: false, schema: centrifugo.schema });
    expect(omittedSecrets).toEqual([]);
    expect(decodeShareFragment(fragment, centrifugo)).toMatchObject({ ok: true, state: { values } });
  });

  it('while real secrets named key are still caught, a lone `key` and keys of a look-alike shape included', () => {
    const values = {
      unknown: {
        api_key: 'a1',
        apiKey: 'a2',
        secretKey: 'a3',
        privateKey: 'a4',
        accessKey: 'a5',
        key: 'a6',
        tls: { crt: 'CERT', key: 'PEM' },
        apiKeys: [{ name: 'ci', key: 'a7' }],
        notARef: { name: 'x', key: 'a8' },
        secretKeyRef: { name: 'x', key: 'a9', value: 'leaked' },
        items: [{ key: 'a10', path: 'p', token: 't' }],
      },
    };
    expect(secretLookingPaths(fakeSchema, values).sort()).toEqual(
      [
        'unknown.api_key', 'unknown.apiKey', 'unknown.secretKey', 'unknown.privateKey', 'unknown.accessKey', 'unknown.key',
        'unknown.tls.key', 'unknown.apiKeys[0].key', 'unknown.notARef.key', 'unknown.secretKeyRef.key', 'unknown.items[0].key', 'unknown.items[0].token',
      ].sort(),
    );
  });
});
