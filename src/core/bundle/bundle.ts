// The bundle of one configuration (or of a stack): README.md, helmfile.yaml and per release
// values.yaml, values.schema.json and manifests/, as a map of paths to file contents, and the zip
// of that map. The UI's "Download bundle" and `cli bundle` both call buildBundle.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { releaseCheckMessage } from '../releaseName';
import type { ChartModule, Release, Values } from '../types';
import { valuesFileText } from '../valuesFile';
import { helmfileText } from './helmfileExport';
import { helmOutputDirFiles, plainManifestFiles } from './manifestFiles';
import { planRelease, type BundleProblem, type ReleasePlan } from './plan';
import { readmeText } from './readme';
import { schemaFileText } from './schemaFile';
import type { StackBinding } from './stack';

/** Path inside the zip -> content. Text files are strings. */
export type BundleFiles = Record<string, Uint8Array | string>;

export interface BundleOptions {
  /** The configurator link that reopens this configuration, printed in README.md. */
  shareLink?: string;
  /** Secret paths the link leaves out (from encodeShareLink), named in README.md. */
  omittedSecrets?: string[];
}

export interface BundleInput {
  chart: ChartModule;
  release: Release;
  /** The user's values (any overrides; reduced to the diff against the defaults). */
  values: Values;
  /** The Kubernetes version the README's problems are checked against (default: core/kube's). */
  kubeVersion?: string;
}

export const SCHEMA_COMMENT = '# yaml-language-server: $schema=values.schema.json';

/** values.yaml of a release: the downloaded values file, pointed at the schema beside it. */
export function bundleValuesText(chart: ChartModule, userValues: Values): string {
  return `${SCHEMA_COMMENT}\n${valuesFileText(chart, userValues)}`;
}

/** The files of one release folder. */
export function releaseFiles(plan: ReleasePlan): BundleFiles {
  const files: BundleFiles = {};
  const f = plan.folder;
  files[`${f}/values.yaml`] = bundleValuesText(plan.chart, plan.userValues);
  files[`${f}/values.schema.json`] = schemaFileText(plan.chart);
  const manifests =
    plan.source.kind === 'manifests'
      ? plainManifestFiles(plan.evaluation.objects, plan.applyOrder).files
      : helmOutputDirFiles(plan.chart.chartName, plan.evaluation.objects);
  for (const [path, text] of Object.entries(manifests)) files[`${f}/manifests/${path}`] = text;
  return files;
}

/** Thrown when a bundle is asked for releases helm would refuse; the message says which and why. */
export class BundleRefused extends Error {}

/**
 * Why no bundle can be made of these releases (a release name or namespace helm or Kubernetes
 * refuses: it would become a folder of the zip and a word of the install commands), or undefined.
 */
export function bundleRefusal(releases: readonly Release[]): string | undefined {
  for (const release of releases) {
    const refused = releaseCheckMessage(release);
    if (refused) return `no bundle while a release is invalid: ${refused}`;
  }
  return undefined;
}

/** Every file of a bundle of these releases (already in install order). Throws BundleRefused. */
export function filesForPlans(
  plans: ReleasePlan[],
  problems: BundleProblem[],
  opts: BundleOptions & { wiring?: string[]; bindings?: readonly StackBinding[] } = {},
): BundleFiles {
  const refused = bundleRefusal(plans.map((p) => p.release));
  if (refused) throw new BundleRefused(refused);
  const files: BundleFiles = {
    'README.md': readmeText({ plans, problems, shareLink: opts.shareLink, omittedSecrets: opts.omittedSecrets, wiring: opts.wiring }),
    'helmfile.yaml': helmfileText(plans, opts.bindings),
  };
  for (const plan of plans) {
    Object.assign(files, releaseFiles(plan));
    const packaged = plan.source.kind === 'git' && !plan.source.gitUrl ? plan.chart.packagedChart?.() : undefined;
    if (packaged && plan.source.kind === 'git' && plan.source.chartPath === `./${packaged.path}`) files[packaged.path] = packaged.bytes;
  }
  return files;
}

/** Problems of a release as bundle problems (a render failure included). */
export function planProblems(plan: ReleasePlan, named: boolean): BundleProblem[] {
  const release = named ? plan.release.name : undefined;
  const problems: BundleProblem[] = plan.evaluation.problems.map((p) => ({ ...p, ...(release ? { release } : {}) }));
  if (plan.evaluation.renderError) {
    problems.push({
      id: 'render-failed',
      severity: 'error',
      message: `The chart cannot render these values: ${plan.evaluation.renderError}`,
      why: 'helm stops with the same failure, so nothing is installed.',
      fix: 'Change the values the message names.',
      params: [],
      ...(release ? { release } : {}),
    });
  }
  return problems;
}

export function buildBundle(input: BundleInput, opts: BundleOptions = {}): BundleFiles {
  const plan = planRelease(input.chart, input.release, input.values, { kubeVersion: input.kubeVersion });
  return filesForPlans([plan], planProblems(plan, false), opts);
}

/** A file name for the download: `<release>-<chart>-bundle.zip`. */
export function bundleFileName(chart: ChartModule, release: Release): string {
  return `${release.name}-${chart.id}-bundle.zip`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/**
 * A zip entry name that unpacks inside the target folder: relative, "/"-separated, no "." or ".."
 * segment, no backslash, drive letter or control character. Names come from validated release names
 * and the chart's template paths; this is the last check before they reach someone's disk.
 */
export function isSafeEntryName(path: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (path === '' || path.length > 1024 || path.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(path) || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** Paths in byte order, so unzip tools list each release folder together. Throws BundleRefused. */
export function zipBundle(files: BundleFiles, opts: { mtime?: Date } = {}): Uint8Array {
  const zippable: Zippable = Object.create(null) as Zippable;
  const mtime = opts.mtime ?? new Date();
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isSafeEntryName(path)) throw new BundleRefused(`no bundle: the file name ${JSON.stringify(path)} would unpack outside its folder`);
    zippable[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime, level: 6 }];
  }
  return zipSync(zippable);
}
