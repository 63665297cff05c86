// The share link for the current values: the page address plus the encoded fragment.
import type { TSchema } from 'typebox';
import { encodeShareLink, MAX_FRAGMENT_LENGTH, type ShareState } from '../../core/share';
import type { ChartOrigin, Release, Values } from '../../core/types';
import { DEFAULT_RELEASE } from '../../core/types';
import { deepEqual, diffValues, mergeValues } from '../../core/values';

export interface ShareLink {
  url: string;
  omittedSecrets: string[];
  tooLong: boolean;
}

export function buildShareLink(
  base: string,
  chart: { id: string; schema: TSchema; origin?: ChartOrigin },
  defaults: Values,
  userValues: Values,
  release: Release,
  includeSecrets: boolean,
): ShareLink {
  // The minimal diff keeps the link short (the YAML editor may hold values equal to defaults).
  const values = diffValues(defaults, mergeValues(defaults, userValues));
  const state: ShareState = deepEqual(release, DEFAULT_RELEASE) ? { chart: chart.id, values } : { chart: chart.id, values, release };
  if (chart.origin) state.origin = chart.origin;
  const { fragment, omittedSecrets } = encodeShareLink(state, { includeSecrets, schema: chart.schema });
  return { url: `${base}${fragment}`, omittedSecrets, tooLong: fragment.length > MAX_FRAGMENT_LENGTH };
}

/** The page address without its fragment. */
export function pageBase(loc: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  return `${loc.origin}${loc.pathname}${loc.search}`;
}
