// Containers as the API server (and the kubelet) take them: unique DNS-label names, port names and
// numbers, quantities that parse, requests not above limits, probes on ports the container exposes.
import type { PathSeg } from '../../paths';
import { isMap } from '../../values';
import { dns1123Label, portName } from '../apiNames';
import { containersOf, fieldAt, listItems, mapEntries, podTemplates, str, type CheckEnv, type ContainerAt, type KubeRef } from '../context';
import { parseQuantity, quantityHint } from '../quantity';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;

export function checkContainerNames(env: CheckEnv): void {
  for (const pod of podTemplates(env.refs)) {
    const seen = new Map<string, readonly PathSeg[]>();
    for (const { at, container } of containersOf(pod)) {
      const name = str(container.name);
      if (name === undefined) continue;
      const bad = dns1123Label(name);
      if (bad) {
        env.report('kube-container-name', {
          ref: pod.ref, field: [...at, 'name'], severity: 'error',
          what: `"${name}" is ${bad}.`,
          why: 'The API server refuses containers whose names are not DNS-1123 labels.',
          fix: 'Rename the container: lower-case letters, digits and "-", at most 63 characters.',
        });
      }
      const first = seen.get(name);
      if (first) {
        env.report('kube-container-name', {
          ref: pod.ref, field: [...at, 'name'], severity: 'error',
          what: `"${name}" is used twice in one pod (also at ${first.join('.')}).`,
          why: 'Container names must be unique across the pod\'s containers and init containers.',
          fix: 'Give the extra container another name.',
        });
      } else {
        seen.set(name, at);
      }
    }
  }
}

function isPortNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;
}

export function checkContainerPorts(env: CheckEnv): void {
  for (const pod of podTemplates(env.refs)) {
    const names = new Set<string>();
    for (const { at, container } of containersOf(pod)) {
      listItems(container.ports).forEach((port, i) => {
        if (!isMap(port)) return;
        const portAt = [...at, 'ports', i];
        const name = str(port.name);
        if (name !== undefined && name !== '') {
          const bad = portName(name);
          if (bad) {
            env.report('kube-port', {
              ref: pod.ref, field: [...portAt, 'name'], severity: 'error',
              what: `"${name}" ${bad}.`,
              why: 'The API server refuses container port names that are not IANA service names (at most 15 characters).',
              fix: 'Shorten the port name to 15 lower-case letters, digits and "-".',
            });
          }
          if (names.has(name)) {
            env.report('kube-port', {
              ref: pod.ref, field: [...portAt, 'name'], severity: 'error',
              what: `"${name}" names two ports of one pod.`,
              why: 'Port names must be unique within a pod; Services and probes find ports by name.',
              fix: 'Give each port its own name.',
            });
          }
          names.add(name);
        }
        for (const key of ['containerPort', 'hostPort'] as const) {
          const value = port[key];
          if (value === undefined || (key === 'hostPort' && value === 0)) continue;
          if (!isPortNumber(value)) {
            env.report('kube-port', {
              ref: pod.ref, field: [...portAt, key], severity: 'error',
              what: `is ${JSON.stringify(value)}, not a port number (1-65535).`,
              why: 'The API server refuses ports outside 1-65535 and ports given as text.',
              fix: 'Set a whole number between 1 and 65535 (unquoted).',
            });
          }
        }
      });
    }
  }
}

/** Where quantities sit in pods and claims, checked so a typo such as `1GB` names its field. */
function quantityMaps(env: CheckEnv): { ref: KubeRef; at: readonly PathSeg[]; map: unknown }[] {
  const out: { ref: KubeRef; at: readonly PathSeg[]; map: unknown }[] = [];
  for (const pod of podTemplates(env.refs)) {
    for (const { at, container } of containersOf(pod)) {
      const resources = container.resources;
      if (!isMap(resources)) continue;
      out.push({ ref: pod.ref, at: [...at, 'resources', 'requests'], map: resources.requests });
      out.push({ ref: pod.ref, at: [...at, 'resources', 'limits'], map: resources.limits });
    }
    listItems(pod.spec.volumes).forEach((volume, i) => {
      if (isMap(volume) && isMap(volume.emptyDir) && volume.emptyDir.sizeLimit !== undefined) {
        out.push({ ref: pod.ref, at: [...pod.specAt, 'volumes', i, 'emptyDir'], map: { sizeLimit: volume.emptyDir.sizeLimit } });
      }
    });
  }
  for (const ref of env.refs) {
    if (ref.kind === 'PersistentVolumeClaim') {
      out.push({ ref, at: ['spec', 'resources', 'requests'], map: fieldAt(ref.object, ['spec', 'resources', 'requests']) });
    }
    if (ref.kind === 'StatefulSet') {
      listItems(fieldAt(ref.object, ['spec', 'volumeClaimTemplates'])).forEach((_, i) => {
        const at = ['spec', 'volumeClaimTemplates', i, 'spec', 'resources', 'requests'];
        out.push({ ref, at, map: fieldAt(ref.object, at) });
      });
    }
  }
  return out;
}

export function checkQuantities(env: CheckEnv): void {
  for (const { ref, at, map } of quantityMaps(env)) {
    for (const [resource, raw] of mapEntries(map)) {
      if (raw === null || parseQuantity(raw) !== undefined) continue;
      const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
      env.report('kube-quantity', {
        ref, field: [...at, resource], severity: 'error',
        what: `"${text}" is not a Kubernetes quantity.`,
        why: 'The API server refuses quantities it cannot parse, so nothing is installed.',
        fix: typeof raw === 'string' ? `${quantityHint(raw)[0].toUpperCase()}${quantityHint(raw).slice(1)}.` : 'Use a number or a string such as "500m" or "1Gi".',
      });
    }
  }
}

export function checkRequestsWithinLimits(env: CheckEnv): void {
  for (const pod of podTemplates(env.refs)) {
    for (const { at, container } of containersOf(pod)) {
      const resources = container.resources;
      if (!isMap(resources) || !isMap(resources.requests) || !isMap(resources.limits)) continue;
      for (const [resource, rawRequest] of Object.entries(resources.requests)) {
        if (!Object.hasOwn(resources.limits, resource)) continue;
        const rawLimit = resources.limits[resource];
        const request = parseQuantity(rawRequest);
        const limit = parseQuantity(rawLimit);
        if (request === undefined || limit === undefined || request <= limit) continue;
        env.report('kube-resources', {
          ref: pod.ref, field: [...at, 'resources', 'requests', resource], severity: 'error',
          alsoField: [...at, 'resources', 'limits', resource],
          what: `${String(rawRequest)} is above the limit ${String(rawLimit)}.`,
          why: 'The API server refuses a container whose request is greater than its limit.',
          fix: `Lower requests.${resource} or raise limits.${resource}.`,
        });
      }
    }
  }
}

function probePort(handler: Record<string, unknown>): unknown {
  return handler.port;
}

function checkProbe(env: CheckEnv, c: ContainerAt, probeName: string, probe: Record<string, unknown>): void {
  const probeAt = [...c.at, probeName];
  const handlers = PROBE_HANDLERS.filter((h) => probe[h] !== undefined && probe[h] !== null);
  if (handlers.length !== 1) {
    env.report('kube-probe', {
      ref: c.pod.ref, field: probeAt, severity: 'error',
      what: handlers.length === 0 ? 'has no handler (exec, httpGet, tcpSocket or grpc).' : `has ${handlers.join(' and ')}; exactly one handler is allowed.`,
      why: 'The API server refuses a probe without exactly one handler.',
      fix: 'Keep one of exec, httpGet, tcpSocket or grpc.',
    });
    return;
  }
  const handler = probe[handlers[0]];
  if (!isMap(handler) || handlers[0] === 'exec') return;
  const port = probePort(handler);
  const portAt = [...probeAt, handlers[0], 'port'];
  const ports = listItems(c.container.ports).filter(isMap);
  if (typeof port === 'string' && !/^\d+$/.test(port)) {
    if (!ports.some((p) => p.name === port)) {
      const sibling = containersOf(c.pod).find((o) => o !== c && listItems(o.container.ports).some((p) => isMap(p) && p.name === port));
      env.report('kube-probe', {
        ref: c.pod.ref, field: portAt, severity: 'error',
        what: sibling
          ? `names port "${port}", which only container "${String(sibling.container.name)}" declares, not the probed one.`
          : `names port "${port}", which the container does not declare.`,
        why: 'The kubelet looks a probe\'s port name up in the probed container\'s own ports; unresolved, the probe fails and the container is never ready (or is restarted).',
        fix: sibling ? 'Probe the port by number, or declare it on this container.' : `Name one of the container's ports "${port}" or probe a declared port.`,
      });
    }
    return;
  }
  const number = typeof port === 'string' ? Number(port) : port;
  if (!isPortNumber(number)) {
    env.report('kube-probe', {
      ref: c.pod.ref, field: portAt, severity: 'error',
      what: `is ${JSON.stringify(port)}, not a port number (1-65535) or a port name.`,
      why: 'The API server refuses a probe port outside 1-65535.',
      fix: 'Probe one of the container\'s ports.',
    });
  } else if (ports.length > 0 && !ports.some((p) => p.containerPort === number)) {
    env.report('kube-probe', {
      ref: c.pod.ref, field: portAt, severity: 'info',
      what: `is ${number}, which the container does not declare among its ports.`,
      why: 'Declared ports are informational, so this works when the application listens there; an undeclared port is sometimes a typo.',
      fix: `Probe one of the declared ports (${ports.map((p) => String(p.containerPort)).join(', ')}) or declare ${number}.`,
    });
  }
}

export function checkProbes(env: CheckEnv): void {
  for (const pod of podTemplates(env.refs)) {
    for (const c of containersOf(pod)) {
      for (const probeName of PROBES) {
        const probe = c.container[probeName];
        if (isMap(probe)) checkProbe(env, c, probeName, probe);
      }
    }
  }
}
