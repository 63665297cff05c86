// ChatPulse in a stack: REDIS_URL in its Secret.
import { serviceHost, urlHasPassword } from '../../core/bundle/endpoints';
import type { ConsumerSpec } from '../../core/bundle/wiringTypes';
import type { Problem, Values } from '../../core/types';
import { asHelmText, readerOf } from '../../core/valueReaders';
import { setAt } from '../../core/values';

function redisUrl(values: Values): string {
  const read = readerOf(values);
  return asHelmText(read.at('secrets.REDIS_URL')) || asHelmText(read.at('config.REDIS_URL'));
}

const redis: ConsumerSpec = {
  point: 'redis',
  kind: 'redis',
  title: 'REDIS_URL',
  params: ['secrets.REDIS_URL'],
  cluster: 'none',
  clusterNote: 'ChatPulse takes one REDIS_URL and opens a client for a single server; against a Redis Cluster, keys on other shards fail with MOVED.',
  read(values) {
    const read = readerOf(values);
    const existing = asHelmText(read.at('existingSecret'));
    const url = existing ? asHelmText(read.at('config.REDIS_URL')) : redisUrl(values);
    return {
      active: true,
      addresses: url ? [url] : [],
      password: url && urlHasPassword(url) ? 'sent' : existing ? 'unknown' : 'none',
      params: ['secrets.REDIS_URL'],
    };
  },
  bind(user, ep, namespace) {
    const host = serviceHost(ep.service, ep.namespace, namespace);
    const problems: Problem[] = [];
    let auth = '';
    let how = 'no password (auth is off)';
    if (ep.auth.enabled && ep.auth.password) {
      auth = `:${encodeURIComponent(ep.auth.password)}@`;
      how = 'password in the URL';
    } else if (ep.auth.enabled) {
      how = 'no password: it cannot be passed';
      problems.push({
        id: 'binding-password-unreachable',
        severity: 'error',
        message: `ChatPulse cannot read the password of ${ep.release}: it is generated or kept in a Secret, and ChatPulse takes Redis only as one REDIS_URL.`,
        params: ['secrets.REDIS_URL'],
        why: 'ChatPulse would connect without a password and fail with NOAUTH.',
        fix: `Set auth.password on ${ep.release} so the binding can put it into REDIS_URL.`,
      });
    }
    const url = `redis://${auth}${host}:${ep.port}`;
    const values = setAt(user, 'secrets.REDIS_URL', url);
    if (asHelmText(readerOf(values).at('existingSecret'))) {
      problems.push({
        id: 'binding-existing-secret',
        severity: 'warning',
        message: 'ChatPulse reads its Secret from existingSecret, so the bound REDIS_URL is not written anywhere.',
        params: ['existingSecret', 'secrets.REDIS_URL'],
        why: 'With existingSecret set, the secrets entries are ignored.',
        fix: `Put REDIS_URL=redis://${auth ? ':<password>@' : ''}${host}:${ep.port} into that Secret.`,
      });
    }
    return { values, problems, summary: `secrets.REDIS_URL = redis://${auth ? ':<password>@' : ''}${host}:${ep.port}; ${how}` };
  },
};

export const consumes: readonly ConsumerSpec[] = [redis];
