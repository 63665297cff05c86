// Reading "what runs now" from what a person pastes or drops: a values file, the output of
// `helm get values RELEASE` (with or without `-o yaml`, `--all`), or a share link of this app.
// Never throws: anything unusable comes back as a message saying what to paste instead.
import { decodeShareFragment, loadLinkDictionaries } from '../../core/share';
import type { ChartModule, Release, Values } from '../../core/types';
import { readValuesText } from '../../core/yaml';
import { byteLength, checkImport, formatBytes, MAX_IMPORT_BYTES, type ImportCheck } from '../actions/importLogic';

export type BaselineInput =
  | { ok: true; values: Values; release?: Release; from: 'link' | 'values'; note?: string }
  | { ok: false; error: string };

/** `helm get values` prints this heading before the YAML unless asked for `-o yaml` / `-o json`. */
const HELM_HEADING = /^\s*(USER-SUPPLIED|COMPUTED) VALUES:[ \t]*\r?\n?/;

/** A share link (the whole URL or only its fragment) rather than YAML. */
function linkFragment(text: string): string | undefined {
  const trimmed = text.trim();
  if (/\s/.test(trimmed) || !/\?s=/.test(trimmed)) return undefined;
  const hash = trimmed.indexOf('#');
  if (hash >= 0) return trimmed.slice(hash);
  return /^\/?[^:]+\?s=/.test(trimmed) ? trimmed : undefined;
}

function fromLink(chart: ChartModule<Values>, fragment: string): BaselineInput {
  const decoded = decodeShareFragment(fragment, chart);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  if (decoded.state.chart !== chart.id) {
    return { ok: false, error: `The link holds values for the chart "${decoded.state.chart}", not ${chart.name}. Open that chart to compare with it.` };
  }
  const omitted = decoded.omittedSecrets.length;
  return {
    ok: true,
    values: decoded.state.values,
    ...(decoded.state.release ? { release: decoded.state.release } : {}),
    from: 'link',
    ...(omitted > 0 ? { note: `The link leaves out ${omitted} secret(s); the baseline renders them with their defaults.` } : {}),
  };
}

/**
 * As the Import dialog checks a values file. A chart opened at run time has no schema of ours to
 * check against (its values.schema.json is the engine's to check, and compiling one with ajv is
 * what the page's CSP forbids): its text is only read, as `helm -f` reads it.
 */
function checkValuesText(chart: ChartModule<Values>, text: string): ImportCheck {
  if (!chart.schemaIsHint) return checkImport(chart, text);
  if (text.trim() === '') return { kind: 'empty' };
  if (text.length > MAX_IMPORT_BYTES || byteLength(text) > MAX_IMPORT_BYTES) return { kind: 'too-large', bytes: byteLength(text) };
  const read = readValuesText(text);
  if (!read.ok) {
    const { message, line, column } = read.error;
    const worded = read.notAMap || read.error.limit ? message : `YAML syntax error at line ${line}, column ${column}: ${message}`;
    return { kind: 'invalid', problems: [{ id: 'yaml-syntax', severity: 'error', message: worded, params: [], line }] };
  }
  return { kind: 'ready', values: read.values, problems: [] };
}

/** What a share link made with an earlier version of the chart needs loaded before it reads (else undefined). */
export function baselineInputLoading(chart: ChartModule<Values>, text: string): Promise<void> | undefined {
  const fragment = linkFragment(text);
  return fragment ? loadLinkDictionaries(fragment, chart) : undefined;
}

export function readBaselineInput(chart: ChartModule<Values>, text: string): BaselineInput {
  const fragment = linkFragment(text);
  if (fragment) return fromLink(chart, fragment);
  const heading = HELM_HEADING.exec(text);
  const body = heading ? text.slice(heading[0].length) : text;
  // A release installed without values prints `null`: it runs the chart defaults.
  if (body.trim() === 'null' || (heading && body.trim() === '')) return { ok: true, values: {}, from: 'values', note: 'No values were supplied: the release runs the chart defaults.' };
  let check: ReturnType<typeof checkImport>;
  try {
    check = checkValuesText(chart, body);
  } catch (e) {
    return { ok: false, error: `The values could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  switch (check.kind) {
    case 'empty':
      return { ok: false, error: 'Paste a values file, the output of `helm get values RELEASE`, or a share link first.' };
    case 'too-large':
      return { ok: false, error: `This text is ${formatBytes(check.bytes)}; at most ${formatBytes(MAX_IMPORT_BYTES)} is read.` };
    case 'invalid': {
      const first = check.problems[0];
      return { ok: false, error: first ? first.message : 'The text is not a values file.' };
    }
    case 'ready': {
      const flagged = check.problems.filter((p) => p.severity !== 'info').length;
      return { ok: true, values: check.values, from: 'values', ...(flagged > 0 ? { note: `${flagged} value(s) do not fit the chart's schema; the baseline renders them as they are.` } : {}) };
    }
  }
}
