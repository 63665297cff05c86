// Link format 2's bytes: a list of sections, each JSON deflated against a preset dictionary.
//   section = kind byte (0: the general dictionary, 1: a chart's, then its HASH_BYTES-byte hash)
//             + length (unsigned LEB128) + deflate bytes; length 0 for a section with nothing in it
// A share link holds [header, values]; a stack link [header, values of each release]. The header
// only ever uses the general dictionary, so it reads without the chart (the open page needs a
// link's chart origin before it has the chart).
import { deflateSync, Inflate } from 'fflate';
import { concatBytes } from '../engine/bytes';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { generalDeflateDictionary, HASH_BYTES, type ChartDictionary } from './shareDictionary';

const KIND_GENERAL = 0;
const KIND_CHART = 1;
/** More than a stack link needs (a header and 100 releases). */
export const MAX_SECTIONS = 128;
/** Bounds what a crafted link can make us inflate, all sections together. */
export const MAX_INFLATED_BYTES = 4_000_000;

export interface RawSection {
  /** The chart dictionary's hash, when the section was packed with one. */
  hash?: Uint8Array;
  data: Uint8Array;
}

/** What a crafted link may still make us inflate, shared by all its sections. */
export interface InflateBudget {
  left: number;
}

export const newBudget = (): InflateBudget => ({ left: MAX_INFLATED_BYTES });

/** Inflates at most `budget.left` bytes (then throws), in small steps so no burst overshoots much. */
export function inflateBounded(data: Uint8Array, dictionary?: Uint8Array, budget: InflateBudget = newBudget()): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const onChunk = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > budget.left) throw new Error('the link expands to more data than a configuration can hold');
    chunks.push(chunk);
  };
  const inflater = dictionary ? new Inflate({ dictionary }, onChunk) : new Inflate(onChunk);
  const step = 1024;
  for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length);
  if (data.length === 0) inflater.push(data, true);
  budget.left -= total;
  return concatBytes(chunks);
}

function pushLength(out: number[], n: number): void {
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** The sections as base64url text: each value's JSON deflated against its dictionary. */
export function packSections(sections: readonly { json?: unknown; dictionary?: ChartDictionary }[]): string {
  const out: number[] = [];
  for (const { json, dictionary } of sections) {
    const data = json === undefined ? new Uint8Array(0) : deflateSync(new TextEncoder().encode(JSON.stringify(json)), { level: 9, dictionary: dictionary?.deflate ?? generalDeflateDictionary });
    out.push(dictionary ? KIND_CHART : KIND_GENERAL);
    if (dictionary) out.push(...dictionary.hash);
    pushLength(out, data.length);
    for (const byte of data) out.push(byte);
  }
  return encodeBase64Url(Uint8Array.from(out));
}

export type SplitResult = { ok: true; sections: RawSection[] } | { ok: false; error: string };

/** Cuts a link's bytes into sections, inflating nothing yet. Never throws. */
export function splitSections(text: string): SplitResult {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(text);
  } catch (e) {
    return { ok: false, error: `The link is damaged (${e instanceof Error ? e.message : String(e)}).` };
  }
  const sections: RawSection[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (sections.length >= MAX_SECTIONS) return { ok: false, error: `The link holds more than ${MAX_SECTIONS} parts.` };
    const kind = bytes[at++];
    if (kind !== KIND_GENERAL && kind !== KIND_CHART) return { ok: false, error: 'The link is damaged (a part of an unknown kind).' };
    let hash: Uint8Array | undefined;
    if (kind === KIND_CHART) {
      hash = bytes.subarray(at, at + HASH_BYTES);
      at += HASH_BYTES;
    }
    let length = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length || scale > 0x80 ** 3) return { ok: false, error: 'The link is damaged (cut short).' };
      const byte = bytes[at++];
      length += (byte & 0x7f) * scale;
      scale *= 0x80;
      if (byte < 0x80) break;
    }
    if (at + length > bytes.length) return { ok: false, error: 'The link is damaged (cut short).' };
    sections.push(hash ? { hash, data: bytes.subarray(at, at + length) } : { data: bytes.subarray(at, at + length) });
    at += length;
  }
  return { ok: true, sections };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** `json` is undefined for an empty section. */
export type OpenedSection = { ok: true; json: unknown } | { ok: false; error: string };

/**
 * A section's JSON. A section packed with a chart dictionary needs that chart's dictionary; one
 * with another hash (the chart changed since the link was made) is refused, never misread.
 */
export function openSection(section: RawSection, dictionary: ChartDictionary | undefined, budget: InflateBudget): OpenedSection {
  if (section.data.length === 0) return { ok: true, json: undefined };
  if (section.hash && !dictionary) return { ok: false, error: 'The link’s values need the chart to be read.' };
  if (section.hash && dictionary && !sameBytes(section.hash, dictionary.hash)) {
    return {
      ok: false,
      error: 'The link was made with another version of this chart (its parameters differ), so its values cannot be read here. Ask the sender for a values.yaml file, or for a link made with this version.',
    };
  }
  let text: string;
  try {
    const deflateDictionary = section.hash ? dictionary?.deflate : generalDeflateDictionary;
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflateBounded(section.data, deflateDictionary, budget));
  } catch (e) {
    return { ok: false, error: `The link's data cannot be unpacked (${e instanceof Error ? e.message : String(e)}).` };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, error: 'The link’s data is not valid JSON.' };
  }
}
