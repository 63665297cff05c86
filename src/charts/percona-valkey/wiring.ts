// What a Percona Valkey release offers a stack: a Redis-protocol server, standalone or cluster.
import { clientService, secretEnv } from '../../core/bundle/endpoints';
import type { ProviderSpec } from '../../core/bundle/wiringTypes';
import { asHelmText, readerOf } from '../../core/valueReaders';

const redis: ProviderSpec = {
  kind: 'redis',
  title: 'Valkey (Redis protocol)',
  endpoint({ release, values, objects }) {
    const service = clientService(objects, 'valkey');
    if (!service) return undefined;
    const read = readerOf(values);
    const authOn = read.bool('auth.enabled');
    const existing = asHelmText(read.at('auth.existingSecret'));
    const password = asHelmText(read.at('auth.password'));
    return {
      kind: 'redis',
      release: release.name,
      service: service.object.metadata.name ?? '',
      namespace: service.object.metadata.namespace ?? release.namespace,
      port: service.port,
      auth: {
        enabled: authOn,
        ...(authOn ? { secret: secretEnv(objects, /PASSWORD/) } : {}),
        ...(authOn && !existing && password ? { password } : {}),
      },
      cluster: read.at('mode') === 'cluster',
    };
  },
};

export const provides: readonly ProviderSpec[] = [redis];
