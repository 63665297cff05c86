import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main';
import { node } from '../../core/schemaNode';
import { fieldKind, schemaAt, secretPaths } from '../../core/schemaWalk';
import { describeSchemaDocumentation, describeSchemaValidation } from '../../core/testing/chartSuites';
import { validate } from '../../core/validate';
import { valuesFileText } from '../../core/valuesFile';
import { defaultsFromSchema } from '../../core/values';
import { chatpulse } from './index';
import { schema } from './schema';

const defaults = defaultsFromSchema(schema);

// No chart, so no upstream values.yaml to cover: the guide's settings are checked below.
describeSchemaDocumentation(chatpulse, { sectionsHoldTopLevelFields: true });
describeSchemaValidation(chatpulse, new URL('./fixtures/', import.meta.url));

/** What internal/config of ChatPulse reads at 1d7604f, with the app's own defaults where it has one. */
const APP_SETTINGS: Record<string, string | number | undefined> = {
  APP_ENV: 'development',
  PORT: 8080,
  DATABASE_URL: undefined,
  TWITCH_CLIENT_ID: undefined,
  TWITCH_CLIENT_SECRET: undefined,
  TWITCH_REDIRECT_URI: undefined,
  SESSION_SECRET: undefined,
  TOKEN_ENCRYPTION_KEY: undefined,
  WEBHOOK_CALLBACK_URL: undefined,
  WEBHOOK_SECRET: undefined,
  BOT_USER_ID: undefined,
  REDIS_URL: undefined,
  LOG_LEVEL: 'info',
  LOG_FORMAT: 'text',
  MAX_WEBSOCKET_CONNECTIONS: 10000,
  MAX_CONNECTIONS_PER_IP: 100,
  CONNECTION_RATE_PER_IP: 10,
  CONNECTION_RATE_BURST: 20,
  VOTE_RATE_LIMIT_CAPACITY: 100,
  VOTE_RATE_LIMIT_RATE: 100,
};

describe('chatpulse schema', () => {
  it('offers every setting ChatPulse reads at start, in the ConfigMap or the Secret', () => {
    const declared = [...Object.keys(node(schemaAt(schema, 'config')).properties ?? {}), ...Object.keys(node(schemaAt(schema, 'secrets')).properties ?? {})];
    expect(declared.sort()).toEqual(Object.keys(APP_SETTINGS).sort());
  });

  it('leaves the settings the guide omits unset, naming the app default as example', () => {
    const inGuide = new Set([...Object.keys(defaults.config as object), ...Object.keys(defaults.secrets as object)]);
    const omitted = Object.entries(APP_SETTINGS).filter(([name]) => !inGuide.has(name));
    expect(omitted.map(([name]) => name)).toContain('LOG_LEVEL');
    for (const [name, appDefault] of omitted) {
      const s = node(schemaAt(schema, `config.${name}`)) as { default?: unknown; examples?: unknown[] };
      expect(s.default, name).toBeUndefined();
      expect(s.examples?.[0], name).toBe(appDefault);
    }
  });

  it('marks the Secret entries as secrets', () => {
    expect(secretPaths(schema, defaults).sort()).toEqual(
      ['BOT_USER_ID', 'DATABASE_URL', 'REDIS_URL', 'SESSION_SECRET', 'TOKEN_ENCRYPTION_KEY', 'TWITCH_CLIENT_ID', 'TWITCH_CLIENT_SECRET', 'WEBHOOK_SECRET']
        .map((k) => `secrets.${k}`)
        .sort(),
    );
    expect(secretPaths(schema, { secrets: { EXTRA_TOKEN: 'x' } })).toEqual(['secrets.EXTRA_TOKEN']);
  });

  it('edits free-form Kubernetes blocks as YAML', () => {
    for (const path of ['resources', 'startupProbe', 'livenessProbe', 'readinessProbe', 'lifecycle', 'affinity', 'tolerations', 'autoscaling.behavior', 'ingress.hosts']) {
      expect(fieldKind(schemaAt(schema, path)!), path).toBe('yaml');
    }
    expect(fieldKind(schemaAt(schema, 'ingress.controller')!)).toBe('enum');
    expect(fieldKind(schemaAt(schema, 'ingress.nginx.annotations')!)).toBe('keyValue');
  });

  it('accepts its own defaults and rejects a wrong type', () => {
    expect(validate(chatpulse, {}, { name: 'r', namespace: 'd' }).problems.filter((p) => p.id === 'schema')).toEqual([]);
    const bad = validate(chatpulse, { config: { MAX_WEBSOCKET_CONNECTIONS: 'lots' }, ingress: { controller: 'haproxy' } }, { name: 'r', namespace: 'd' });
    expect(bad.problems.filter((p) => p.id === 'schema').map((p) => p.params[0]).sort()).toEqual(['config.MAX_WEBSOCKET_CONNECTIONS', 'ingress.controller']);
  });

  it('downloads a values file that names the CLI, as there is no chart repository', () => {
    const text = valuesFileText(chatpulse, { replicaCount: 4 });
    expect(text).toContain('template <release> chatpulse -f values.yaml');
    expect(text).toContain('replicaCount: 4');
  });
});

describe('chatpulse on the command line', () => {
  const cli = (...argv: string[]) => {
    let out = '';
    const err: string[] = [];
    const code = run(argv, { out: (t) => (out += t), err: (l) => err.push(l), readFile: () => '' });
    return { code, out, err: err.join('\n') };
  };

  it('templates the guide\'s manifests', () => {
    const { code, out } = cli('template', 'chatpulse');
    expect(code).toBe(0);
    expect(out).toContain('# Source: chatpulse/k8s/namespace.yaml');
    expect(out).toContain('kind: ServiceMonitor');
  });

  it('validate exits 1 naming secrets.TOKEN_ENCRYPTION_KEY, and 0 once the key is valid', () => {
    const failing = cli('validate', 'chatpulse');
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('secrets.TOKEN_ENCRYPTION_KEY');
    expect(cli('validate', 'chatpulse', '--set', `secrets.TOKEN_ENCRYPTION_KEY=${'ab'.repeat(32)}`).code).toBe(0);
  });
});
