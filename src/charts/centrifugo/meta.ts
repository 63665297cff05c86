// Centrifugo's identity, read by the chart picker without loading the module.
import type { ChartMeta } from '../../core/types';

export const meta: ChartMeta = {
  id: 'centrifugo',
  name: 'Centrifugo',
  chartName: 'centrifugo',
  version: '13.0.0',
  appVersion: '6.6.0',
  description: 'Scalable real-time messaging server: WebSocket, SSE and GRPC transports, with Redis or NATS to scale out.',
  repository: { name: 'centrifugal', url: 'https://centrifugal.github.io/helm-charts' },
  docs: { title: 'Centrifugo chart README', url: 'https://github.com/centrifugal/helm-charts/tree/master/charts/centrifugo' },
};
