// The stack's link and bundle, from the core functions; pure so they can be tested without a page.
import { encodeStackLink, stackBundleFileName, stackBundleFiles, zipBundle, type ChartResolver, type Stack, type StackEvaluation } from '../../core/bundle';
import { MAX_FRAGMENT_LENGTH } from '../../core/share';
import type { ShareLink } from '../actions/shareLink';

export function stackShareLink(base: string, stack: Stack, resolveChart: ChartResolver, includeSecrets: boolean): ShareLink {
  const { fragment, omittedSecrets } = encodeStackLink(stack, { includeSecrets, resolveChart });
  return { url: `${base}${fragment}`, omittedSecrets, tooLong: fragment.length > MAX_FRAGMENT_LENGTH };
}

export interface StackBundle {
  fileName: string;
  bytes: Uint8Array;
  errors: number;
}

/** The zip of the evaluated stack: helmfile.yaml, README.md and one folder per release. */
export function stackBundle(evaluation: StackEvaluation, stack: Stack, resolveChart: ChartResolver, base: string): StackBundle {
  const link = stackShareLink(base, stack, resolveChart, false);
  const files = stackBundleFiles(evaluation, { shareLink: link.tooLong ? undefined : link.url, omittedSecrets: link.omittedSecrets });
  return { fileName: stackBundleFileName(stack), bytes: zipBundle(files), errors: evaluation.problems.filter((p) => p.severity === 'error').length };
}
