// Checks between the releases of a stack: where each client address points (a Service of the
// stack, in which namespace), and whether server and client agree on password and cluster mode.
import type { KubeObject, Problem, Values } from '../types';
import { defaultsFromSchema, mergeValues } from '../values';
import { parseAddress, serviceHost, workloadNamespace, type ClientFacts, type Endpoint, type ParsedHost } from './endpoints';
import type { BundleProblem, ReleasePlan } from './plan';
import { consumersOf, providersOf, type ConsumerSpec } from './wiringTypes';

interface StackService {
  name: string;
  namespace: string;
  ports: number[];
  release: string;
}

/** One address a client of the stack uses, and what it resolves to. */
export interface Connection {
  consumer: string;
  point: string;
  spec: ConsumerSpec;
  facts: ClientFacts;
  consumerNamespace: string;
  address: string;
  parsed?: ParsedHost;
  /** The Service the host resolves to, when it is one of the stack. */
  service?: StackService;
  /** Release owning that Service (absent when it is the consumer itself or none). */
  provider?: string;
  endpoint?: Endpoint;
}

const merged = (plan: ReleasePlan): Values => mergeValues(defaultsFromSchema(plan.chart.schema), plan.userValues);

function servicesOf(plans: ReleasePlan[]): StackService[] {
  return plans.flatMap((plan) =>
    plan.evaluation.objects
      .filter((o) => o.object.kind === 'Service')
      .map(({ object }) => ({
        name: object.metadata.name ?? '',
        namespace: object.metadata.namespace ?? plan.release.namespace,
        ports: ((object as { spec?: { ports?: { port?: number }[] } }).spec?.ports ?? []).map((p) => Number(p.port)),
        release: plan.release.name,
      })),
  );
}

function endpointOf(plan: ReleasePlan, kind: Endpoint['kind']): Endpoint | undefined {
  for (const p of providersOf(plan.chart).filter((x) => x.kind === kind)) {
    const e = p.endpoint({ release: plan.release, values: merged(plan), objects: plan.evaluation.objects });
    if (e) return e;
  }
  return undefined;
}

export function resolveConnections(plans: ReleasePlan[]): Connection[] {
  const services = servicesOf(plans);
  const out: Connection[] = [];
  for (const plan of plans) {
    const values = merged(plan);
    const consumerNamespace = workloadNamespace(plan.evaluation.objects, plan.release);
    for (const spec of consumersOf(plan.chart)) {
      const facts = spec.read(values);
      if (!facts.active) continue;
      for (const address of facts.addresses) {
        const parsed = parseAddress(address);
        const c: Connection = { consumer: plan.release.name, point: spec.point, spec, facts, consumerNamespace, address, parsed };
        if (parsed) {
          const ns = parsed.namespace ?? consumerNamespace;
          const service = services.find((s) => s.name === parsed.service.toLowerCase() && s.namespace === ns);
          if (service) {
            c.service = service;
            if (service.release !== plan.release.name) {
              c.provider = service.release;
              const providerPlan = plans.find((p) => p.release.name === service.release);
              if (providerPlan) c.endpoint = endpointOf(providerPlan, spec.kind);
            }
          }
        }
        out.push(c);
      }
    }
  }
  return out;
}

function secretKeys(o: KubeObject): string[] {
  const s = o as { data?: Record<string, unknown>; stringData?: Record<string, unknown> };
  return [...Object.keys(s.data ?? {}), ...Object.keys(s.stringData ?? {})];
}

const DEFAULT_PORTS: Record<Endpoint['kind'], number> = { redis: 6379 };

/** A binding point as the stack page names it: the consumer's point title ("centrifugo's Redis engine"). */
export function pointName(consumer: string, spec: Pick<ConsumerSpec, 'title'>): string {
  return `${consumer}'s ${spec.title}`;
}

const bindAdvice = (c: Connection, provider: string) => `bind ${pointName(c.consumer, c.spec)} to ${provider} (Connections, "Bind to release…")`;

/** Bindings in force, to tell advice to bind apart from a binding that is already there. */
export interface BoundPoint {
  consumer: string;
  point: string;
  provider: string;
}

export function crossReleaseProblems(plans: ReleasePlan[], connections: Connection[], bound: readonly BoundPoint[] = []): BundleProblem[] {
  const services = servicesOf(plans);
  const secrets = plans.flatMap((plan) =>
    plan.evaluation.objects.filter((o) => o.object.kind === 'Secret').map(({ object }) => ({ object, namespace: object.metadata.namespace ?? plan.release.namespace })),
  );
  const out: BundleProblem[] = [];
  const add = (c: Connection, p: Omit<Problem, 'params'> & { params?: string[] }) => out.push({ params: c.facts.params, ...p, release: c.consumer });
  for (const c of connections) {
    const { parsed } = c;
    if (!parsed) continue;
    const where = `${c.consumer} (${c.spec.title})`;
    const boundTo = bound.find((b) => b.consumer === c.consumer && b.point === c.point)?.provider;
    if (!c.service) {
      const sameName = services.filter((s) => s.name === parsed.service.toLowerCase());
      if (parsed.short && sameName.length > 0) {
        const target = sameName[0];
        add(c, {
          id: 'stack-short-name-other-namespace', severity: 'error',
          message: `${where} connects to "${parsed.host}", a short Service name, but Service ${target.name} is in namespace ${target.namespace} and ${c.consumer} runs in ${c.consumerNamespace}.`,
          why: 'A short name resolves only inside the client\'s own namespace, so the connection fails with a DNS error.',
          fix: `Use the full name ${serviceHost(target.name, target.namespace, c.consumerNamespace)}, or ${bindAdvice(c, target.release)}.`,
        });
      } else if (sameName.length > 0) {
        add(c, {
          id: 'stack-host-wrong-namespace', severity: 'warning',
          message: `${where} connects to "${parsed.host}", but this stack has Service ${parsed.service} only in namespace ${sameName.map((s) => s.namespace).join(', ')}.`,
          why: 'Unless that Service exists outside the stack, the name does not resolve.',
          fix: `Use ${serviceHost(sameName[0].name, sameName[0].namespace, c.consumerNamespace)}, or ${bindAdvice(c, sameName[0].release)}.`,
        });
      } else {
        add(c, {
          id: 'stack-host-outside', severity: 'warning',
          message: `${where} connects to "${parsed.host}", which is no Service of this stack.`,
          why: 'Fine for a server outside the stack (another cluster, a managed service); otherwise the name does not resolve and the client cannot connect.',
          fix: `In Connections, bind ${pointName(c.consumer, c.spec)} to a release of the stack, or check the host name.`,
        });
      }
      continue;
    }
    const port = parsed.port ?? DEFAULT_PORTS[c.spec.kind];
    if (!c.service.ports.includes(port)) {
      add(c, {
        id: 'stack-port-mismatch', severity: 'error',
        message: `${where} connects to port ${port} of Service ${c.service.name}, which listens on ${c.service.ports.join(', ') || 'no port'}.`,
        why: 'The connection is refused.',
        fix: `Use port ${c.service.ports[0] ?? DEFAULT_PORTS[c.spec.kind]}${boundTo === c.service.release ? '' : `, or ${bindAdvice(c, c.service.release)}`}.`,
      });
    }
    const ep = c.endpoint;
    if (ep) {
      if (ep.auth.enabled && c.facts.password === 'none') {
        // Already bound: the binding could not pass the password, and its own problem says why.
        const isBound = boundTo === ep.release;
        add(c, {
          id: 'stack-auth-missing', severity: 'error',
          message: isBound
            ? `${ep.release} requires a password, but ${where} sends none: the binding could not pass it.`
            : `${ep.release} requires a password, but ${where} sends none.`,
          why: 'Every command is refused with NOAUTH, so the client fails as soon as it starts.',
          fix: isBound
            ? `Make the password reachable as the binding's own problem says, or turn auth off on ${ep.release}.`
            : `${bindAdvice(c, ep.release).replace(/^b/, 'B')} so the password is passed${ep.auth.secret ? ` (Secret ${ep.auth.secret.name}, key ${ep.auth.secret.key})` : ''}, or turn auth off on ${ep.release}.`,
        });
      }
      if (!ep.auth.enabled && c.facts.password === 'sent') {
        add(c, {
          id: 'stack-auth-unexpected', severity: 'warning',
          message: `${where} sends a password, but ${ep.release} has auth off.`,
          why: 'The server answers AUTH with an error ("called without any password configured"); many clients then refuse to connect.',
          fix: `Remove the password from ${c.consumer}, or turn auth on for ${ep.release}.`,
        });
      }
      if (ep.cluster && c.spec.cluster === 'none') {
        add(c, {
          id: 'stack-cluster-unsupported', severity: 'error',
          message: `${ep.release} runs in cluster mode, but ${where} cannot speak the cluster protocol.`,
          why: c.spec.clusterNote,
          fix: `Run ${ep.release} in standalone mode for ${c.consumer}, or give ${c.consumer} a standalone server.`,
        });
      }
      if (ep.cluster && c.spec.cluster === 'native') {
        add(c, { id: 'stack-cluster-discovery', severity: 'info', message: `${where} uses ${ep.release} as a Redis Cluster.`, why: c.spec.clusterNote });
      }
    }
    const ref = c.facts.passwordSecret;
    if (ref) {
      const here = secrets.find((s) => s.object.metadata.name === ref.name && s.namespace === c.consumerNamespace);
      const elsewhere = secrets.find((s) => s.object.metadata.name === ref.name && s.namespace !== c.consumerNamespace);
      if (!here && elsewhere) {
        add(c, {
          id: 'stack-secret-other-namespace', severity: 'error',
          message: `${where} reads its password from Secret ${ref.name}, which is in namespace ${elsewhere.namespace}, not in ${c.consumerNamespace}.`,
          why: 'Pods read Secrets of their own namespace only: the pod does not start (CreateContainerConfigError).',
          fix: `Install ${c.consumer} in ${elsewhere.namespace}, or copy the password into a Secret in ${c.consumerNamespace}.`,
        });
      } else if (here && !secretKeys(here.object).includes(ref.key)) {
        add(c, {
          id: 'stack-secret-key-missing', severity: 'error',
          message: `${where} reads key "${ref.key}" of Secret ${ref.name}, which has ${secretKeys(here.object).join(', ') || 'no keys'}.`,
          why: 'The pod does not start (CreateContainerConfigError).',
          fix: `Use one of the Secret's keys${ep?.auth.secret ? `, e.g. ${ep.auth.secret.key}` : ''}.`,
        });
      }
    }
  }
  return out;
}
