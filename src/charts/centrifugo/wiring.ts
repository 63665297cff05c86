// Centrifugo in a stack: the redis engine, bound to a Redis-protocol server of another release.
import type { ClientFacts } from '../../core/bundle/endpoints';
import { serviceHost, urlHasPassword } from '../../core/bundle/endpoints';
import type { ConsumerSpec } from '../../core/bundle/wiringTypes';
import type { Problem } from '../../core/types';
import { asBool, asHelmText, asMap, asString, readerOf } from '../../core/valueReaders';
import { deleteAt, setAt } from '../../core/values';

const PASSWORD_ENV = 'CENTRIFUGO_ENGINE_REDIS_PASSWORD';

const redis: ConsumerSpec = {
  point: 'redis',
  kind: 'redis',
  title: 'Redis engine',
  params: ['config.engine.type', 'config.engine.redis.address', 'config.engine.redis.password', 'envSecret'],
  cluster: 'native',
  clusterNote:
    'Centrifugo asks the address it is given for the cluster layout (CLUSTER SLOTS) and then talks to every primary itself; one reachable node is enough as seed.',
  read(values) {
    const read = readerOf(values);
    const active = read.at('config.engine.type') === 'redis';
    const raw = read.at('config.engine.redis.address');
    const addresses = (Array.isArray(raw) ? raw : [raw]).filter((a): a is string => typeof a === 'string' && a !== '');
    const ref = read.list('envSecret').find((e) => asMap(e).name === PASSWORD_ENV);
    const fromSecret: unknown = ref === undefined ? undefined : asMap(ref).secretKeyRef;
    const secretName = asString(asMap(fromSecret).name);
    const secretKey = asString(asMap(fromSecret).key);
    let password: ClientFacts['password'] = 'none';
    if (asHelmText(read.at('config.engine.redis.password')) || fromSecret || asBool(read.map('env')[PASSWORD_ENV]) || addresses.some(urlHasPassword)) password = 'sent';
    else if (asHelmText(read.at('existingSecret')) || read.bool('envFrom')) password = 'unknown';
    return {
      active,
      addresses,
      password,
      ...(secretName && secretKey ? { passwordSecret: { name: secretName, key: secretKey } } : {}),
      params: ['config.engine.redis.address'],
    };
  },
  bind(user, ep, namespace) {
    const host = serviceHost(ep.service, ep.namespace, namespace);
    let values = setAt(user, 'config.engine.type', 'redis');
    values = setAt(values, 'config.engine.redis.address', `redis://${host}:${ep.port}`);
    const envSecret = readerOf(values).list('envSecret').filter((e) => asMap(e).name !== PASSWORD_ENV);
    values = deleteAt(values, 'config.engine.redis.password');
    const problems: Problem[] = [];
    let how = 'no password (auth is off)';
    if (ep.auth.enabled) {
      if (ep.auth.secret && ep.namespace === namespace) {
        envSecret.push({ name: PASSWORD_ENV, secretKeyRef: { name: ep.auth.secret.name, key: ep.auth.secret.key } });
        how = `password from Secret ${ep.auth.secret.name} (key ${ep.auth.secret.key}) as ${PASSWORD_ENV}`;
      } else if (ep.auth.password) {
        values = setAt(values, 'config.engine.redis.password', ep.auth.password);
        how = 'password copied into config.engine.redis.password';
        problems.push({
          id: 'binding-password-copied',
          severity: 'warning',
          message: `The password of ${ep.release} is copied into Centrifugo's configuration, since its Secret is in namespace ${ep.namespace} and Centrifugo runs in ${namespace}.`,
          params: ['config.engine.redis.password'],
          why: 'Pods can read Secrets of their own namespace only; a copied password is not updated when it changes.',
          fix: `Install both releases in one namespace so Centrifugo reads the Secret through envSecret.`,
        });
      } else {
        how = 'no password: it cannot be passed';
        problems.push({
          id: 'binding-password-unreachable',
          severity: 'error',
          message: `Centrifugo cannot get the password of ${ep.release}: it is ${ep.auth.secret ? `in Secret ${ep.auth.secret.name} in namespace ${ep.namespace}` : 'in a Secret this stack does not show'}, and Centrifugo runs in ${namespace}.`,
          params: ['envSecret', 'config.engine.redis.password'],
          why: 'Pods read Secrets of their own namespace only, so the engine would connect without a password and fail with NOAUTH.',
          fix: `Put both releases in one namespace, or set auth.password on ${ep.release} so the binding can copy it.`,
        });
      }
    }
    values = envSecret.length > 0 ? setAt(values, 'envSecret', envSecret) : deleteAt(values, 'envSecret');
    return { values, problems, summary: `config.engine.redis.address = redis://${host}:${ep.port}; ${how}` };
  },
};

export const consumes: readonly ConsumerSpec[] = [redis];
