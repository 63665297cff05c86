// What a chart module declares about a stack: the services its releases offer to others
// (`ChartModule.provides`) and the parameters that name another release's service
// (`ChartModule.consumes`). The specs live in the chart folders; the stack code reads only these
// shapes. Endpoint facts (Service name and port, the password Secret) come from the providing
// release's rendered objects.
import type { ChartModule, Release, RenderedObject, Values } from '../types';
import type { BindResult, ClientFacts, Endpoint, EndpointKind } from './endpoints';

export interface ProviderContext {
  release: Release;
  /** Merged values (defaults + user). */
  values: Values;
  objects: RenderedObject[];
}

export interface ProviderSpec {
  kind: EndpointKind;
  title: string;
  endpoint(ctx: ProviderContext): Endpoint | undefined;
}

export interface ConsumerSpec {
  /** Binding point id, unique per chart (e.g. `redis`). */
  point: string;
  kind: EndpointKind;
  title: string;
  /**
   * Every parameter the binding writes or removes (the UI shows them as following the bound release
   * and copies them on unbind); a path missing here would be overwritten behind the user's back.
   */
  params: string[];
  /** Whether the client speaks the Redis Cluster protocol. */
  cluster: 'native' | 'none';
  /** How it finds the cluster nodes, or why it cannot use a cluster. */
  clusterNote: string;
  /** What the merged values make the client use. */
  read(values: Values): ClientFacts;
  /** Writes the endpoint into the user values; `namespace` is where the consumer's pods run. */
  bind(userValues: Values, endpoint: Endpoint, namespace: string): BindResult;
}

type Wired = Pick<ChartModule, 'provides' | 'consumes'> | undefined;

/** The endpoints a chart offers (none for an unknown chart). */
export function providersOf(chart: Wired): readonly ProviderSpec[] {
  return chart?.provides ?? [];
}

/** The binding points of a chart (none for an unknown chart). */
export function consumersOf(chart: Wired): readonly ConsumerSpec[] {
  return chart?.consumes ?? [];
}
