// The chart registry: adding a chart = one folder under src/charts + one line here.
import type { ChartModule, Values } from '../core/types';
import { centrifugo } from './centrifugo';
import { chatpulse } from './chatpulse';
import { kraken } from './kraken';
import { kubeStager } from './kube-stager';
import { perconaValkey } from './percona-valkey';

// Modules are typed by their own values (their render and rules take those); the registry sees
// them through the generic contract. Order: the seed systems' order, which the chart picker and
// `cli charts` follow.
export const charts: ChartModule<Values>[] = [
  centrifugo,
  perconaValkey,
  kubeStager,
  kraken,
  chatpulse,
];

export function findChart(id: string): ChartModule<Values> | undefined {
  return charts.find((c) => c.id === id);
}
