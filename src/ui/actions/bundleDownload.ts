// The "Download bundle" zip of a chart page: the core bundle of the current configuration, with
// the share link that reopens it (secrets left out) printed in its README. The chart page loads
// this module (and the bundle code) on the first click.
import { buildBundle, bundleFileName, zipBundle } from '../../core/bundle';
import type { ChartModule, Problem, Values } from '../../core/types';
import { validate } from '../../core/validate';
import type { ValuesState } from '../state/reducer';
import type { ValuesStore } from '../state/store';
import { buildShareLink } from './shareLink';

export interface BundleDownload {
  fileName: string;
  bytes: Uint8Array;
  /** Error-level problems the README lists (the bundle is still made: helm may be run later). */
  errors: number;
}

export function chartBundle(
  chart: ChartModule<Values>, defaults: Values, state: ValuesState, base: string, problems: readonly Problem[], kubeVersion?: string,
): BundleDownload {
  const link = buildShareLink(base, chart, defaults, state.userValues, state.release, false);
  const files = buildBundle(
    { chart, release: state.release, values: state.userValues, kubeVersion },
    { shareLink: link.tooLong ? undefined : link.url, omittedSecrets: link.omittedSecrets },
  );
  return { fileName: bundleFileName(chart, state.release), bytes: zipBundle(files), errors: problems.filter((p) => p.severity === 'error').length };
}

/** The page's problems, schema check included even while the page is still loading it. */
export function checkedProblems(store: ValuesStore): readonly Problem[] {
  if (!store.isSchemaCheckPending()) return store.getEvaluation().problems;
  const { userValues, release } = store.getState();
  return validate(store.chart, userValues, release).problems;
}

/** What the page says after a bundle download. */
export function bundleMessage(download: { fileName: string; errors: number }, contents = 'values, schema and manifests'): string {
  const n = download.errors;
  if (n === 0) return `Downloaded ${download.fileName}: ${contents}, with install steps in README.md.`;
  return `Downloaded ${download.fileName}. ${n} error${n > 1 ? 's are' : ' is'} listed under Problems and in its README.md: fix ${n > 1 ? 'them' : 'it'} before installing.`;
}
