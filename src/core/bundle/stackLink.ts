// One link for a whole stack: '#/stack?s=1.<base64url(deflateRaw(JSON))>', the same scheme as a
// single configuration's link (core/share.ts), with every release's secrets left out unless asked.
import { deflateSync } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from '../base64url';
import { releaseCheckMessage } from '../releaseName';
import { depthExceeds, MAX_STACK_RELEASES, MAX_VALUES_DEPTH } from '../limits';
import { inflateBounded, MAX_FRAGMENT_LENGTH, MAX_OMITTED_LISTED, readOmitted } from '../share';
import { linkSecretPaths, withoutPaths } from '../secretScan';
import { isMap } from '../values';
import type { ChartResolver, Stack, StackBinding, StackRelease } from './stack';

const FORMAT_VERSION = '1';
export const STACK_ROUTE = 'stack';

interface StackPayload {
  releases: StackRelease[];
  bindings: StackBinding[];
  secretsIncluded: boolean;
  /** Secrets left out (`release:path`), so the person opening the link knows what to set again. */
  omitted?: string[];
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
    const secrets = linkSecretPaths(chart.schema, r.values);
    anySecret ||= secrets.length > 0;
    if (opts.includeSecrets) return r;
    omittedSecrets.push(...secrets.map((p) => `${r.name}:${p}`));
    return { ...r, values: withoutPaths(r.values, secrets) };
  });
  const payload: StackPayload = { releases, bindings: stack.bindings, secretsIncluded: opts.includeSecrets && anySecret };
  if (omittedSecrets.length > 0) payload.omitted = omittedSecrets.slice(0, MAX_OMITTED_LISTED);
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
export function decodeStackFragment(fragment: string): { ok: true; stack: Stack; secretsIncluded: boolean; omittedSecrets: string[] } | { ok: false; error: string } {
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
  if (payload.releases.length > MAX_STACK_RELEASES) return { ok: false, error: `The link holds ${payload.releases.length} releases; a stack holds at most ${MAX_STACK_RELEASES}.` };
  // The same depth cap as YAML: everything after this (merge, checks, the store) recurses per level.
  if (payload.releases.some((r) => depthExceeds(r.values))) return { ok: false, error: `The link’s values nest deeper than ${MAX_VALUES_DEPTH} levels.` };
  const refused = payload.releases.map((r) => releaseCheckMessage(r)).find((m) => m !== undefined);
  if (refused) return { ok: false, error: `A release of the link cannot be used (${refused}).` };
  const bindings = Array.isArray(payload.bindings) ? payload.bindings.filter(isBinding) : [];
  const releases = payload.releases.map((r) => ({ name: r.name, namespace: r.namespace, chart: r.chart, values: r.values, ...(Array.isArray(r.needs) ? { needs: r.needs.filter(isString) } : {}) }));
  return { ok: true, stack: { releases, bindings }, secretsIncluded: payload.secretsIncluded === true, omittedSecrets: readOmitted(payload.omitted) };
}
