// Kraken in a stack: its own Redis when redis.bundled is off.
import type { ClientFacts } from '../../core/bundle/endpoints';
import { serviceHost } from '../../core/bundle/endpoints';
import type { ConsumerSpec } from '../../core/bundle/wiringTypes';
import type { Problem } from '../../core/types';
import { asHelmText, readerOf } from '../../core/valueReaders';
import { setAt } from '../../core/values';

const redis: ConsumerSpec = {
  point: 'redis',
  kind: 'redis',
  title: 'External Redis',
  params: ['redis.bundled', 'redis.external.host', 'redis.external.port', 'redis.external.password'],
  cluster: 'none',
  clusterNote: 'The Kraken backend connects to one Redis server (REDIS_HOST and REDIS_PORT); it has no setting for a Redis Cluster, so keys on other shards fail with MOVED.',
  read(values) {
    const read = readerOf(values);
    const active = read.at('redis.bundled') === false;
    const host = asHelmText(read.at('redis.external.host'));
    const port = asHelmText(read.at('redis.external.port'));
    const password: ClientFacts['password'] = asHelmText(read.at('redis.external.password'))
      ? 'sent'
      : asHelmText(read.at('secrets.existingSecret')) ? 'unknown' : 'none';
    return { active, addresses: host ? [port ? `${host}:${port}` : host] : [], password, params: ['redis.external.host', 'redis.external.port'] };
  },
  bind(user, ep, namespace) {
    const host = serviceHost(ep.service, ep.namespace, namespace);
    let values = setAt(user, 'redis.bundled', false);
    values = setAt(values, 'redis.external.host', host);
    values = setAt(values, 'redis.external.port', ep.port);
    const problems: Problem[] = [];
    let how = 'no password (auth is off)';
    if (!ep.auth.enabled) values = setAt(values, 'redis.external.password', '');
    else if (ep.auth.password) {
      values = setAt(values, 'redis.external.password', ep.auth.password);
      how = 'password copied into redis.external.password';
    } else {
      how = 'no password: it cannot be passed';
      problems.push({
        id: 'binding-password-unreachable',
        severity: 'error',
        message: `Kraken cannot read the password of ${ep.release}: it is generated or kept in a Secret, and Kraken takes the Redis password only as a value (redis.external.password) or from its own secrets.existingSecret.`,
        params: ['redis.external.password'],
        why: 'The backend would connect without a password and fail with NOAUTH.',
        fix: `Set auth.password on ${ep.release} (the binding then copies it), or put REDIS_PASSWORD into the Secret named by secrets.existingSecret.`,
      });
    }
    return { values, problems, summary: `redis.external.host = ${host}, port ${ep.port}; ${how}` };
  },
};

export const consumes: readonly ConsumerSpec[] = [redis];
