// Connection facts shared by providers and consumers of a stack: a service endpoint (what a
// release offers) and what a client currently sends (what a release uses), plus host parsing.
import type { KubeObject, Problem, Release, RenderedObject, Values } from '../types';
import { podSpecOf } from './prerequisites';

/** A Redis-protocol server one release offers to others. */
export interface RedisEndpoint {
  kind: 'redis';
  /** Name of the providing release. */
  release: string;
  service: string;
  namespace: string;
  port: number;
  auth: {
    enabled: boolean;
    /** Secret and key the server reads its password from (a client in the same namespace can too). */
    secret?: { name: string; key: string };
    /** The password itself when the values hold it (not generated, not an existing Secret). */
    password?: string;
  };
  /** Sharded Redis Cluster protocol instead of one server. */
  cluster: boolean;
}

export type Endpoint = RedisEndpoint;
export type EndpointKind = Endpoint['kind'];

/** What a client (consumer) of a release is configured to use right now. */
export interface ClientFacts {
  /** The binding point is in use (e.g. Centrifugo's engine is redis). */
  active: boolean;
  /** Addresses as written (URLs or host names), empty when unknown (e.g. in an existing Secret). */
  addresses: string[];
  /** Whether the client sends a password: `unknown` when it may come from a Secret we cannot see. */
  password: 'sent' | 'none' | 'unknown';
  /** The Secret and key a password is read from, when it is read from one by name. */
  passwordSecret?: { name: string; key: string };
  /** Parameters to highlight for problems about this connection. */
  params: string[];
}

export interface ParsedHost {
  host: string;
  port?: number;
  /** First DNS label: the Service name when the host is a cluster name. */
  service: string;
  /** Namespace named in the host (`svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local`). */
  namespace?: string;
  /** Only a Service name: resolves in the client's own namespace only. */
  short: boolean;
}

/** `redis://user:pw@host:6379/0`, `rediss://host`, `host:port` or `host` -> host parts. */
export function parseAddress(address: string): ParsedHost | undefined {
  const text = address.trim();
  if (!text) return undefined;
  let host: string;
  let port: number | undefined;
  const url = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/?#]+)(?::(\d+))?/i.exec(text);
  if (url) {
    host = url[1];
    port = url[2] ? Number(url[2]) : undefined;
  } else {
    const plain = /^([^:/\s]+)(?::(\d+))?$/.exec(text);
    if (!plain) return undefined;
    host = plain[1];
    port = plain[2] ? Number(plain[2]) : undefined;
  }
  const labels = host.toLowerCase().split('.');
  const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[');
  const parsed: ParsedHost = { host, port, service: labels[0], short: labels.length === 1 && !isIp };
  // svc.ns | svc.ns.svc | svc.ns.svc.<cluster domain>
  if (!isIp && (labels.length === 2 || (labels.length >= 3 && labels[2] === 'svc'))) parsed.namespace = labels[1];
  return parsed;
}

/** Whether a URL carries a password (`redis://:pw@host`, `redis://user:pw@host`). */
export function urlHasPassword(address: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^@/]*)@/i.exec(address.trim());
  return Boolean(m && m[1].includes(':') && m[1].slice(m[1].indexOf(':') + 1) !== '');
}

/** The host a client in `fromNamespace` should use for a Service: short in its namespace, else the FQDN. */
export function serviceHost(service: string, namespace: string, fromNamespace: string): string {
  return namespace === fromNamespace ? service : `${service}.${namespace}.svc.cluster.local`;
}

/** Namespace the workloads of a release run in (plain manifests choose their own). */
export function workloadNamespace(objects: RenderedObject[], release: Release): string {
  const workload = objects.find((o) => podSpecOf(o.object) !== undefined && !o.hook);
  return workload?.object.metadata.namespace ?? objects.find((o) => o.object.metadata.namespace)?.object.metadata.namespace ?? release.namespace;
}

/** The client Service of a release: a Service that is not headless, preferring one with the given port name. */
export function clientService(objects: RenderedObject[], portName?: string): { object: KubeObject; port: number } | undefined {
  const services = objects
    .map((o) => o.object)
    .filter((o) => o.kind === 'Service' && (o as { spec?: { clusterIP?: string } }).spec?.clusterIP !== 'None');
  for (const s of services) {
    const ports = ((s as { spec?: { ports?: { name?: string; port?: number }[] } }).spec?.ports ?? []);
    const match = portName ? ports.find((p) => p.name === portName) : ports[0];
    if (match?.port !== undefined) return { object: s, port: Number(match.port) };
  }
  return undefined;
}

/** The first env var of the release's workloads whose name matches and that reads a Secret key. */
export function secretEnv(objects: RenderedObject[], name: RegExp): { name: string; key: string } | undefined {
  for (const { object } of objects) {
    const pod = podSpecOf(object);
    if (!pod) continue;
    for (const c of (pod.containers as { env?: { name: string; valueFrom?: { secretKeyRef?: { name?: string; key?: string } } }[] }[] | undefined) ?? []) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (name.test(e.name) && ref?.name && ref.key) return { name: ref.name, key: ref.key };
      }
    }
  }
  return undefined;
}

/** What binding a consumer to an endpoint produced: new user values, and problems it could not solve. */
export interface BindResult {
  values: Values;
  problems: Problem[];
  /** One line for README / UI: what the binding set. */
  summary: string;
}
