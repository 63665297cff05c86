// Centrifugo, modelled on the centrifugal/centrifugo Helm chart 13.0.0 (app 6.6.0).
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { presets } from './presets';
import { render } from './render';
import { rules } from './rules';
import { schema, type CentrifugoValues } from './schema';

export const centrifugo: ChartModule<CentrifugoValues> = {
  id: 'centrifugo',
  name: 'Centrifugo',
  chartName: 'centrifugo',
  version: '13.0.0',
  appVersion: '6.6.0',
  description: 'Scalable real-time messaging server: WebSocket, SSE and GRPC transports, with Redis or NATS to scale out.',
  repository: { name: 'centrifugal', url: 'https://centrifugal.github.io/helm-charts' },
  docs: { title: 'Centrifugo chart README', url: 'https://github.com/centrifugal/helm-charts/tree/master/charts/centrifugo' },
  schema,
  groups,
  rules,
  render,
  presets,
};
