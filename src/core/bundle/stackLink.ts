// One link for a whole stack, with every release's secrets left out unless asked.
// Format 2 (written): '#/stack?s=2.<base64url(sections)>' (core/sharePack.ts): a header (releases
// without their values, bindings, secrets flags), then each release's values as path entries. All
// sections use the general dictionary only, so a stack link opens whatever versions the charts have.
// Format 1 (still read): '#/stack?s=1.<base64url(deflateRaw(JSON))>' with the values inside the releases.
import { decodeBase64Url } from '../base64url';
import { releaseCheckMessage } from '../releaseName';
import { depthExceeds, MAX_STACK_RELEASES, MAX_VALUES_DEPTH } from '../limits';
import { inflateBounded, LINK_FORMAT, MAX_FRAGMENT_LENGTH, MAX_OMITTED_LISTED, readOmitted } from '../share';
import { entriesToValues, valuesToEntries } from '../shareDictionary';
import { newBudget, openSection, packSections, splitSections } from '../sharePack';
import { linkSecretPaths, withoutPaths } from '../secretScan';
import { isMap } from '../values';
import type { ChartResolver, Stack, StackBinding, StackRelease } from './stack';

export const STACK_ROUTE = 'stack';

interface StackHeader {
  releases: Omit<StackRelease, 'values'>[];
  bindings: StackBinding[];
  secretsIncluded?: true;
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
  const header: StackHeader = { releases: releases.map(({ values: _values, ...rest }) => rest), bindings: stack.bindings };
  if (opts.includeSecrets && anySecret) header.secretsIncluded = true;
  if (omittedSecrets.length > 0) header.omitted = omittedSecrets.slice(0, MAX_OMITTED_LISTED);
  const entries = releases.map((r) => valuesToEntries(r.values, undefined));
  const packed = packSections([{ json: header }, ...entries.map((json) => ({ json: json.length > 0 ? json : undefined }))]);
  return { fragment: `#/${STACK_ROUTE}?s=${LINK_FORMAT}.${packed}`, omittedSecrets };
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isRelease(v: unknown): v is StackRelease {
  return isMap(v) && isString(v.name) && isString(v.namespace) && isString(v.chart) && isMap(v.values);
}

function isBinding(v: unknown): v is StackBinding {
  return isMap(v) && isString(v.consumer) && isString(v.point) && isString(v.provider);
}

type Decoded = { ok: true; stack: Stack; secretsIncluded: boolean; omittedSecrets: string[] } | { ok: false; error: string };
/** A link's releases (values inside) and the rest of its payload, from either format. */
type Unpacked = { ok: true; releases: unknown[]; payload: Record<string, unknown> } | { ok: false; error: string };

const NOT_A_STACK = 'The link’s data does not describe a stack of releases.';
const tooMany = (n: number) => `The link holds ${n} releases; a stack holds at most ${MAX_STACK_RELEASES}.`;

function unpackFormat1(data: string): Unpacked {
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflateBounded(decodeBase64Url(data))));
  } catch (e) {
    return { ok: false, error: `The link is damaged (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!isMap(payload) || !Array.isArray(payload.releases)) return { ok: false, error: NOT_A_STACK };
  return { ok: true, releases: payload.releases, payload };
}

function unpackFormat2(data: string): Unpacked {
  const split = splitSections(data);
  if (!split.ok) return split;
  const budget = newBudget();
  const [first, ...valueSections] = split.sections;
  const header = first ? openSection(first, undefined, budget) : { ok: false as const, error: NOT_A_STACK };
  if (!header.ok) return header;
  const payload = header.json;
  if (!isMap(payload) || !Array.isArray(payload.releases)) return { ok: false, error: NOT_A_STACK };
  if (payload.releases.length > MAX_STACK_RELEASES) return { ok: false, error: tooMany(payload.releases.length) };
  if (payload.releases.length !== valueSections.length) return { ok: false, error: NOT_A_STACK };
  const releases: unknown[] = [];
  for (const [i, release] of payload.releases.entries()) {
    const opened = openSection(valueSections[i], undefined, budget);
    if (!opened.ok) return opened;
    const values = entriesToValues(opened.json ?? [], undefined, MAX_VALUES_DEPTH);
    if (!values.ok) return { ok: false, error: `The link’s values cannot be read (${values.error}).` };
    releases.push(isMap(release) ? { ...release, values: values.values } : release);
  }
  return { ok: true, releases, payload };
}

/** Reads a fragment made by encodeStackLink, in any format still read. Never throws. */
export function decodeStackFragment(fragment: string): Decoded {
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { ok: false, error: `The link is too long (${fragment.length} characters).` };
  // As typed by hand too: `#stack?s=...`, `#/stack/?s=...`.
  const match = /^#?\/?stack\/*\?(.*)$/.exec(fragment);
  if (!match) return { ok: false, error: 'The link does not hold a stack (expected #/stack?s=...).' };
  const s = new URLSearchParams(match[1]).get('s') ?? '';
  const dot = s.indexOf('.');
  const format = dot < 0 ? '' : s.slice(0, dot);
  if (format !== '1' && format !== LINK_FORMAT) return { ok: false, error: `The link uses a stack format this version cannot read (it reads formats 1 and ${LINK_FORMAT}).` };
  const unpacked = format === '1' ? unpackFormat1(s.slice(dot + 1)) : unpackFormat2(s.slice(dot + 1));
  if (!unpacked.ok) return unpacked;
  const { payload } = unpacked;
  if (!unpacked.releases.every(isRelease)) return { ok: false, error: NOT_A_STACK };
  const found: StackRelease[] = unpacked.releases;
  if (found.length > MAX_STACK_RELEASES) return { ok: false, error: tooMany(found.length) };
  // The same depth cap as YAML: everything after this (merge, checks, the store) recurses per level.
  if (found.some((r) => depthExceeds(r.values))) return { ok: false, error: `The link’s values nest deeper than ${MAX_VALUES_DEPTH} levels.` };
  const refused = found.map((r) => releaseCheckMessage(r)).find((m) => m !== undefined);
  if (refused) return { ok: false, error: `A release of the link cannot be used (${refused}).` };
  const bindings = Array.isArray(payload.bindings) ? payload.bindings.filter(isBinding) : [];
  const releases = found.map((r) => ({ name: r.name, namespace: r.namespace, chart: r.chart, values: r.values, ...(Array.isArray(r.needs) ? { needs: r.needs.filter(isString) } : {}) }));
  return { ok: true, stack: { releases, bindings }, secretsIncluded: payload.secretsIncluded === true, omittedSecrets: readOmitted(payload.omitted) };
}
