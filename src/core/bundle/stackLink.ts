// One link for a whole stack: '#/stack?s=1.<base64url(deflateRaw(JSON))>', the same scheme as a
// single configuration's link (core/share.ts), with every release's secrets left out unless asked.
import { deflateSync } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from '../base64url';
import { inflateBounded, MAX_FRAGMENT_LENGTH, secretLookingPaths } from '../share';
import { secretPaths } from '../schemaWalk';
import { deleteAt, isMap } from '../values';
import type { ChartResolver, Stack, StackBinding, StackRelease } from './stack';

const FORMAT_VERSION = '1';
export const STACK_ROUTE = 'stack';

interface StackPayload {
  releases: StackRelease[];
  bindings: StackBinding[];
  secretsIncluded: boolean;
}

export function encodeStackLink(
  stack: Stack,
  opts: { includeSecrets: boolean; resolveChart: ChartResolver },
): { fragment: string; omittedSecrets: string[] } {
  const omittedSecrets: string[] = [];
  let anySecret = false;
  const releases = stack.releases.map((r) => {
    const chart = opts.resolveChart(r.chart);
    if (!chart) return r;
    const secrets = [...new Set([...secretPaths(chart.schema, r.values), ...secretLookingPaths(chart.schema, r.values)])];
    anySecret ||= secrets.length > 0;
    if (opts.includeSecrets) return r;
    let values = r.values;
    for (const path of secrets) values = deleteAt(values, path);
    omittedSecrets.push(...secrets.map((p) => `${r.name}:${p}`));
    return { ...r, values };
  });
  const payload: StackPayload = { releases, bindings: stack.bindings, secretsIncluded: opts.includeSecrets && anySecret };
  const packed = encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 }));
  return { fragment: `#/${STACK_ROUTE}?s=${FORMAT_VERSION}.${packed}`, omittedSecrets };
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isRelease(v: unknown): v is StackRelease {
  return isMap(v) && isString(v.name) && isString(v.namespace) && isString(v.chart) && isMap(v.values);
}

function isBinding(v: unknown): v is StackBinding {
  return isMap(v) && isString(v.consumer) && isString(v.point) && isString(v.provider);
}

/** Reads a fragment made by encodeStackLink. Never throws. */
export function decodeStackFragment(fragment: string): { ok: true; stack: Stack; secretsIncluded: boolean } | { ok: false; error: string } {
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { ok: false, error: `The link is too long (${fragment.length} characters).` };
  // As typed by hand too: `#stack?s=...`, `#/stack/?s=...`.
  const match = /^#?\/?stack\/*\?(.*)$/.exec(fragment);
  if (!match) return { ok: false, error: 'The link does not hold a stack (expected #/stack?s=...).' };
  const s = new URLSearchParams(match[1]).get('s') ?? '';
  const dot = s.indexOf('.');
  if (dot < 0 || s.slice(0, dot) !== FORMAT_VERSION) return { ok: false, error: `The link uses a stack format this version cannot read (it reads format ${FORMAT_VERSION}).` };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflateBounded(decodeBase64Url(s.slice(dot + 1)))));
  } catch (e) {
    return { ok: false, error: `The link is damaged (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!isMap(payload) || !Array.isArray(payload.releases) || !payload.releases.every(isRelease)) {
    return { ok: false, error: 'The link’s data does not describe a stack of releases.' };
  }
  const bindings = Array.isArray(payload.bindings) ? payload.bindings.filter(isBinding) : [];
  const releases = payload.releases.map((r) => ({ name: r.name, namespace: r.namespace, chart: r.chart, values: r.values, ...(Array.isArray(r.needs) ? { needs: r.needs.filter(isString) } : {}) }));
  return { ok: true, stack: { releases, bindings }, secretsIncluded: payload.secretsIncluded === true };
}
