// Share links: the user's diff, compressed into the URL fragment (never sent to a server).
// Format 2 (written): '#/<chart>?s=2.<base64url(sections)>' (sharePack.ts): a header (release,
// chart origin, secrets flags) packed against the general dictionary, then the values as entries
// keyed by the chart dictionary's parameter indexes (shareDictionary.ts), so a link needs the chart
// to be read and names its dictionary by hash.
// Format 1 (still read): '#/<chart>?s=1.<base64url(deflateRaw(JSON))>' with the chart, values and flags.
// A format 2 link made with an earlier version of a chart the app ships reads with that version's
// frozen dictionary, which the chart module loads on demand (linkDictionaries): decodeShareLink
// loads it; decodeShareFragment stays synchronous and reads the ones already loaded.
import type { TSchema } from 'typebox';
import { decodeBase64Url } from './base64url';
import { depthExceeds, MAX_VALUES_DEPTH } from './limits';
import { releaseCheckMessage } from './releaseName';
import { linkSecretPaths, withoutPaths } from './secretScan';
import { chartDictionary, entriesToValues, hashHex, thawDictionary, valuesToEntries, type ChartDictionary, type FrozenLinkDictionaries } from './shareDictionary';
import { inflateBounded, newBudget, openSection, packSections, splitSections } from './sharePack';
import type { ChartOrigin, Release, Values } from './types';
import { isMap } from './values';

export { inflateBounded } from './sharePack';

export interface ShareState {
  chart: string;
  /** For a chart opened at run time: which chart the values are for. */
  origin?: ChartOrigin;
  release?: Release;
  /** The user's diff against the chart defaults. */
  values: Values;
}

/** The format links are written in; READABLE_FORMATS are all the ones still opened. */
export const LINK_FORMAT = '2';
const READABLE_FORMATS = '1 and 2';
export const MAX_FRAGMENT_LENGTH = 100_000;

/** What a link says besides the values (format 2 keeps it in a header anyone can read). */
interface LinkHeader {
  origin?: ChartOrigin;
  release?: Release;
  secretsIncluded?: true;
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
  const header: LinkHeader = {};
  if (state.release) header.release = state.release;
  if (state.origin) header.origin = state.origin;
  if (opts.includeSecrets && secrets.length > 0) header.secretsIncluded = true;
  if (omittedSecrets.length > 0) header.omitted = omittedSecrets.slice(0, MAX_OMITTED_LISTED);
  const dictionary = chartDictionary(opts.schema);
  const entries = valuesToEntries(values, dictionary);
  // Empty sections cost two bytes; "{}" or "[]" deflated would cost six.
  const packed = packSections([{ json: Object.keys(header).length > 0 ? header : undefined }, { json: entries.length > 0 ? entries : undefined, dictionary }]);
  return { fragment: `#/${encodeURIComponent(state.chart)}?s=${LINK_FORMAT}.${packed}`, omittedSecrets };
}

/** `omittedSecrets`: what the sender's link left out (paths), to be set again. */
export type DecodeResult =
  | {
      ok: true;
      state: ShareState;
      secretsIncluded: boolean;
      omittedSecrets: string[];
      /** Why the link's release was left out (a name or namespace helm refuses); the values still open. */
      releaseDropped?: string;
    }
  | { ok: false; error: string };

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

/** A link's parts: the chart in its path, the format and the packed data of its `s=` parameter. */
type LinkParts = { ok: true; chart: string; format: string; data: string } | { ok: false; error: string };

function linkParts(fragment: string): LinkParts {
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return { ok: false, error: `The link is too long (${fragment.length} characters; at most ${MAX_FRAGMENT_LENGTH}).` };
  }
  // The slash after # is optional (a hand-typed `#centrifugo?s=...`), a trailing one is allowed.
  const match = /^#?\/?([^?/#][^?]*?)\/*\?(.*)$/.exec(fragment);
  if (!match) return { ok: false, error: 'The link does not name a chart and settings (expected #/<chart>?s=...).' };
  let chart: string;
  try {
    chart = decodeURIComponent(match[1]);
  } catch {
    return { ok: false, error: 'The chart name in the link is not valid.' };
  }
  const s = new URLSearchParams(match[2]).get('s');
  if (!s) return { ok: false, error: 'The link carries no settings (the s= part is missing).' };
  const dot = s.indexOf('.');
  const format = dot < 0 ? s : s.slice(0, dot);
  if (dot < 0 || (format !== '1' && format !== LINK_FORMAT)) {
    return { ok: false, error: `The link uses format "${format}", which this version cannot read (it reads formats ${READABLE_FORMATS}).` };
  }
  return { ok: true, chart, format, data: s.slice(dot + 1) };
}

/** The link's values and header as read from either format, before the checks both share. */
type Unpacked = { ok: true; values: unknown; header: Values } | { ok: false; error: string };

function unpackFormat1(chartInPath: string, data: string): Unpacked {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(data);
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
  if (payload.chart !== chartInPath) {
    return { ok: false, error: `The link names chart "${chartInPath}" but holds settings for "${payload.chart}".` };
  }
  return { ok: true, values: payload.values, header: payload };
}

/** A format 2 link's header (readable without the chart) and its still packed values. */
function unpackHeader(data: string) {
  const split = splitSections(data);
  if (!split.ok) return split;
  if (split.sections.length !== 2) return { ok: false as const, error: 'The link’s data does not describe a chart configuration.' };
  const budget = newBudget();
  const header = openSection(split.sections[0], undefined, budget);
  if (!header.ok) return header;
  const json = header.json ?? {};
  if (!isMap(json)) return { ok: false as const, error: 'The link’s data does not describe a chart configuration.' };
  return { ok: true as const, header: json, values: split.sections[1], budget };
}

/** The chart a link is opened with: its dictionary reads the values of a format 2 link made for it. */
export interface LinkChart {
  id: string;
  /** For messages (`Centrifugo`); the id when absent. */
  name?: string;
  schema: TSchema;
  /** The chart's earlier dictionaries, loaded on demand (charts the app ships; see shareDictionary.ts). */
  linkDictionaries?: () => Promise<FrozenLinkDictionaries>;
}

type FrozenLoader = NonNullable<LinkChart['linkDictionaries']>;
/** Each chart's frozen dictionaries once loaded, by hash; keyed by the loader (one per chart module). */
const thawed = new WeakMap<FrozenLoader, ReadonlyMap<string, ChartDictionary>>();

/** The dictionary a values section was packed with: the chart's current one or a loaded frozen one. */
function dictionaryFor(hash: Uint8Array, chart: LinkChart): ChartDictionary {
  const current = chartDictionary(chart.schema);
  const frozen = chart.linkDictionaries && thawed.get(chart.linkDictionaries)?.get(hashHex(hash));
  // None found: the current one, which openSection refuses as "another version".
  return hashesEqual(hash, current.hash) ? current : (frozen ?? current);
}

const hashesEqual = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The hash of a format 2 link's chart dictionary, read without inflating anything. */
function linkDictionaryHash(fragment: string): Uint8Array | undefined {
  const parts = linkParts(fragment);
  if (!parts.ok || parts.format === '1') return undefined;
  const split = splitSections(parts.data);
  return split.ok && split.sections.length === 2 ? split.sections[1].hash : undefined;
}

/**
 * Loads the chart's frozen dictionaries when the link was packed with a dictionary other than the
 * chart's current one, and returns undefined when nothing needs loading (the usual case: the caller
 * decodes at once). Never rejects: a loader that fails leaves the link to be refused as "another
 * version", and is not asked again (so a caller may simply retry after the promise settles).
 */
export function loadLinkDictionaries(fragment: string, chart: LinkChart): Promise<void> | undefined {
  const load = chart.linkDictionaries;
  if (!load || thawed.has(load)) return undefined;
  const hash = linkDictionaryHash(fragment);
  if (!hash || hashesEqual(hash, chartDictionary(chart.schema).hash)) return undefined;
  return Promise.resolve()
    .then(load)
    .then((frozen) => {
      const byHash = new Map<string, ChartDictionary>();
      for (const [key, entry] of Object.entries(frozen)) {
        const dictionary = isMap(entry) ? thawDictionary(key, entry) : undefined;
        if (dictionary) byHash.set(key, dictionary);
      }
      thawed.set(load, byHash);
    })
    .catch((e: unknown) => {
      // Counted as loaded (none): the link is refused as "another version"; a reload tries again.
      thawed.set(load, new Map());
      console.warn('the chart’s earlier link dictionaries could not be loaded', e);
    });
}

/** decodeShareFragment after loading what the link needs (an earlier dictionary of the chart). */
export async function decodeShareLink(fragment: string, chart?: LinkChart): Promise<DecodeResult> {
  if (chart) await loadLinkDictionaries(fragment, chart);
  return decodeShareFragment(fragment, chart);
}

function unpackFormat2(chartInPath: string, data: string, chart: LinkChart | undefined): Unpacked {
  const head = unpackHeader(data);
  if (!head.ok) return head;
  if (head.values.hash && chart && chart.id !== chartInPath) {
    return { ok: false, error: `The link holds settings for "${chartInPath}", not ${chart.name ?? `"${chart.id}"`}.` };
  }
  const dictionary = head.values.hash && chart ? dictionaryFor(head.values.hash, chart) : undefined;
  const opened = openSection(head.values, dictionary, head.budget);
  if (!opened.ok) return opened;
  const values = entriesToValues(opened.json ?? [], dictionary, MAX_VALUES_DEPTH);
  if (!values.ok) return { ok: false, error: `The link’s values cannot be read (${values.error}).` };
  return { ok: true, values: values.values, header: head.header };
}

/**
 * The chart origin a link names, read without the chart (the open page asks for that chart), or
 * undefined when the link names none or cannot be read.
 */
export function shareLinkOrigin(fragment: string): ChartOrigin | undefined {
  const parts = linkParts(fragment);
  if (!parts.ok) return undefined;
  const read = parts.format === '1' ? unpackFormat1(parts.chart, parts.data) : unpackHeader(parts.data);
  return read.ok ? readOrigin(read.header.origin) : undefined;
}

/**
 * Reads a fragment made by encodeShareLink, in any format still read. Format 2 values need the
 * chart the link names (its dictionary; an earlier one only once loadLinkDictionaries has loaded
 * it). Never throws: anything wrong comes back as ok:false.
 */
export function decodeShareFragment(fragment: string, chart?: LinkChart): DecodeResult {
  const parts = linkParts(fragment);
  if (!parts.ok) return parts;
  const read = parts.format === '1' ? unpackFormat1(parts.chart, parts.data) : unpackFormat2(parts.chart, parts.data, chart);
  if (!read.ok) return read;
  const { header, values } = read;
  if (!isMap(values)) return { ok: false, error: 'The link’s data does not describe a chart configuration.' };
  // The same depth cap as YAML: everything after this (merge, checks, the store) recurses per level.
  if (depthExceeds(values)) return { ok: false, error: `The link’s values nest deeper than ${MAX_VALUES_DEPTH} levels.` };
  if (header.release !== undefined && !isRelease(header.release)) {
    return { ok: false, error: 'The link’s release must have a name and a namespace.' };
  }
  // A release helm refuses is dropped, not the whole link: the values are still the sender's work.
  const refused = header.release === undefined ? undefined : releaseCheckMessage(header.release);
  const state: ShareState = { chart: parts.chart, values };
  if (header.release && !refused) state.release = { name: header.release.name, namespace: header.release.namespace };
  const origin = readOrigin(header.origin);
  if (origin) state.origin = origin;
  const result = { ok: true as const, state, secretsIncluded: header.secretsIncluded === true, omittedSecrets: readOmitted(header.omitted) };
  return refused ? { ...result, releaseDropped: refused } : result;
}
