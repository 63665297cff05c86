// Share links: the user's diff, compressed into the URL fragment (never sent to a server).
// Format: '#/<chart>?s=1.<base64url(deflateRaw(JSON))>'; '1' is the format version.
import { deflateSync, Inflate } from 'fflate';
import type { TSchema } from 'typebox';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { depthExceeds, MAX_VALUES_DEPTH } from './limits';
import { releaseCheckMessage } from './releaseName';
import { linkSecretPaths, withoutPaths } from './secretScan';
import type { ChartOrigin, Release, Values } from './types';
import { isMap } from './values';

export interface ShareState {
  chart: string;
  /** For a chart opened at run time: which chart the values are for. */
  origin?: ChartOrigin;
  release?: Release;
  /** The user's diff against the chart defaults. */
  values: Values;
}

const FORMAT_VERSION = '1';
export const MAX_FRAGMENT_LENGTH = 100_000;
/** Bounds what a crafted link can make us inflate. */
const MAX_JSON_BYTES = 4_000_000;

interface Payload {
  chart: string;
  origin?: ChartOrigin;
  release?: Release;
  values: Values;
  secretsIncluded: boolean;
  /** Secret paths left out, so the person opening the link knows what to set again. */
  omitted?: string[];
}

// Which values are secrets lives in secretScan.ts (shared with stack links and storage).
export { secretLookingPaths } from './secretScan';

/** At most this many omitted secret paths are listed in a link (and read back from one). */
export const MAX_OMITTED_LISTED = 200;

/** The `omitted` list of a link's payload: the secret paths the sender's link left out. */
export function readOmitted(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is string => typeof p === 'string' && p.length <= 500).slice(0, MAX_OMITTED_LISTED);
}

export function encodeShareLink(
  state: ShareState,
  opts: { includeSecrets: boolean; schema: TSchema },
): { fragment: string; omittedSecrets: string[] } {
  const secrets = linkSecretPaths(opts.schema, state.values);
  const omittedSecrets = opts.includeSecrets ? [] : secrets;
  const values = withoutPaths(state.values, omittedSecrets);
  const payload: Payload = { chart: state.chart, values, secretsIncluded: opts.includeSecrets && secrets.length > 0 };
  if (omittedSecrets.length > 0) payload.omitted = omittedSecrets.slice(0, MAX_OMITTED_LISTED);
  if (state.release) payload.release = state.release;
  if (state.origin) payload.origin = state.origin;
  const packed = encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 }));
  return { fragment: `#/${encodeURIComponent(state.chart)}?s=${FORMAT_VERSION}.${packed}`, omittedSecrets };
}

/** `omittedSecrets`: what the sender's link left out (paths), to be set again. */
type DecodeResult =
  | {
      ok: true;
      state: ShareState;
      secretsIncluded: boolean;
      omittedSecrets: string[];
      /** Why the link's release was left out (a name or namespace helm refuses); the values still open. */
      releaseDropped?: string;
    }
  | { ok: false; error: string };

export function inflateBounded(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_JSON_BYTES) throw new Error('the link expands to more data than a configuration can hold');
    chunks.push(chunk);
  });
  const step = 1024; // small input steps keep each output burst bounded
  for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length);
  if (data.length === 0) inflater.push(data, true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A link's chart origin, or undefined when absent or not plain short text (it is shown and prefilled). */
function readOrigin(value: unknown): ChartOrigin | undefined {
  if (!isMap(value)) return undefined;
  const printable = (v: string) => [...v].every((c) => c.charCodeAt(0) >= 0x20);
  const text = (v: unknown) => (typeof v === 'string' && v.length <= 500 && printable(v) ? v : undefined);
  const name = text(value.name);
  const version = text(value.version);
  if (name === undefined || version === undefined) return undefined;
  const repoUrl = text(value.repoUrl);
  return repoUrl && /^https?:\/\//.test(repoUrl) ? { name, version, repoUrl } : { name, version };
}

function isRelease(value: unknown): value is Release {
  return isMap(value) && typeof value.name === 'string' && typeof value.namespace === 'string';
}

/** Reads a fragment made by encodeShareLink. Never throws: anything wrong comes back as ok:false. */
export function decodeShareFragment(fragment: string): DecodeResult {
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return { ok: false, error: `The link is too long (${fragment.length} characters; at most ${MAX_FRAGMENT_LENGTH}).` };
  }
  // The slash after # is optional (a hand-typed `#centrifugo?s=...`), a trailing one is allowed.
  const match = /^#?\/?([^?/#][^?]*?)\/*\?(.*)$/.exec(fragment);
  if (!match) return { ok: false, error: 'The link does not name a chart and settings (expected #/<chart>?s=...).' };
  let chartInPath: string;
  try {
    chartInPath = decodeURIComponent(match[1]);
  } catch {
    return { ok: false, error: 'The chart name in the link is not valid.' };
  }
  const s = new URLSearchParams(match[2]).get('s');
  if (!s) return { ok: false, error: 'The link carries no settings (the s= part is missing).' };
  const dot = s.indexOf('.');
  const version = dot < 0 ? s : s.slice(0, dot);
  if (version !== FORMAT_VERSION || dot < 0) {
    return { ok: false, error: `The link uses format "${version}", which this version cannot read (it reads format ${FORMAT_VERSION}).` };
  }
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(s.slice(dot + 1));
  } catch (e) {
    return { ok: false, error: `The link is damaged (${e instanceof Error ? e.message : String(e)}).` };
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflateBounded(bytes));
  } catch (e) {
    return { ok: false, error: `The link's data cannot be unpacked (${e instanceof Error ? e.message : String(e)}).` };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The link’s data is not valid JSON.' };
  }
  if (!isMap(payload) || typeof payload.chart !== 'string' || !isMap(payload.values)) {
    return { ok: false, error: 'The link’s data does not describe a chart configuration.' };
  }
  // The same depth cap as YAML: everything after this (merge, checks, the store) recurses per level.
  if (depthExceeds(payload.values)) return { ok: false, error: `The link’s values nest deeper than ${MAX_VALUES_DEPTH} levels.` };
  if (payload.release !== undefined && !isRelease(payload.release)) {
    return { ok: false, error: 'The link’s release must have a name and a namespace.' };
  }
  // A release helm refuses is dropped, not the whole link: the values are still the sender's work.
  const refused = payload.release === undefined ? undefined : releaseCheckMessage(payload.release);
  if (payload.chart !== chartInPath) {
    return { ok: false, error: `The link names chart "${chartInPath}" but holds settings for "${payload.chart}".` };
  }
  const state: ShareState = { chart: payload.chart, values: payload.values };
  if (payload.release && !refused) state.release = { name: payload.release.name, namespace: payload.release.namespace };
  const origin = readOrigin(payload.origin);
  if (origin) state.origin = origin;
  const result = { ok: true as const, state, secretsIncluded: payload.secretsIncluded === true, omittedSecrets: readOmitted(payload.omitted) };
  return refused ? { ...result, releaseDropped: refused } : result;
}
