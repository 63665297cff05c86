// Where a chart comes from and how it is installed: a helm repository, an OCI registry, a git
// checkout of the chart sources, or no chart at all (plain manifests applied with kubectl). Read
// from the generic ChartModule fields only, so a new chart needs no change here.
import type { ChartModule, RenderedObject } from '../types';
import { DEFAULT_RELEASE } from '../types';
import { defaultsFromSchema } from '../values';
import { shellCommand } from './quoting';

export type ChartSource =
  /** `helm repo add NAME URL`, then `NAME/CHART`. */
  | { kind: 'repo'; repoName: string; repoUrl: string; chartRef: string }
  /** `oci://HOST/PATH/CHART`; helmfile wants the registry without scheme and `oci: true`. */
  | { kind: 'oci'; repoName: string; registry: string; chartRef: string }
  /** Published nowhere: a checkout of the chart sources at `chartPath` (relative to the bundle). */
  | { kind: 'git'; gitUrl?: string; revision?: string; checkoutDir?: string; chartPath: string }
  /** Not a chart: Kubernetes manifests applied with kubectl. */
  | { kind: 'manifests' };

const GITHUB_TREE = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/tree\/([^/]+)\/(.+?)\/?$/;

const plainCache = new WeakMap<object, boolean>();

/**
 * A chart module without a repository whose templates are not under `templates/` stands for plain
 * manifests (a helm chart always renders from `templates/`). Decided on a render with defaults.
 */
export function isPlainManifests<V>(chart: ChartModule<V>, objects?: RenderedObject[]): boolean {
  if (chart.repository) return false;
  const cached = plainCache.get(chart);
  if (cached !== undefined) return cached;
  let sample = objects ?? [];
  if (sample.length === 0) {
    try {
      sample = chart.render(defaultsFromSchema(chart.schema) as V, DEFAULT_RELEASE);
    } catch {
      sample = [];
    }
  }
  const plain = sample.length > 0 && sample.every((o) => !o.template.startsWith('templates/') && !o.template.startsWith('charts/'));
  plainCache.set(chart, plain);
  return plain;
}

/** `oci://ghcr.io/owner/charts` -> `owner-charts`: a helmfile repository name for the registry. */
function ociRepoName(registry: string): string {
  const parts = registry.split('/').slice(1).filter(Boolean);
  return (parts.length > 0 ? parts.join('-') : registry.replace(/[^A-Za-z0-9-]/g, '-')).toLowerCase();
}

export function chartSource<V>(chart: ChartModule<V>, objects?: RenderedObject[]): ChartSource {
  const repo = chart.repository;
  if (repo) {
    if (repo.url.startsWith('oci://')) {
      const registry = repo.url.slice('oci://'.length).replace(/\/+$/, '');
      return { kind: 'oci', repoName: ociRepoName(registry), registry, chartRef: `oci://${registry}/${chart.chartName}` };
    }
    return { kind: 'repo', repoName: repo.name, repoUrl: repo.url, chartRef: `${repo.name}/${chart.chartName}` };
  }
  if (isPlainManifests(chart, objects)) return { kind: 'manifests' };
  // A chart opened from a folder or a .tgz travels inside the bundle, packaged.
  const packaged = chart.packagedChart?.();
  if (packaged) return { kind: 'git', chartPath: `./${packaged.path}` };
  // A chart kept in a git repository: its documentation link names the repository, revision and path.
  const tree = GITHUB_TREE.exec(chart.docs.url);
  if (tree) {
    const [, owner, name, revision, path] = tree;
    const checkoutDir = name;
    return {
      kind: 'git',
      gitUrl: `https://github.com/${owner}/${name}.git`,
      revision,
      checkoutDir,
      chartPath: `./${checkoutDir}/${path}`,
    };
  }
  return { kind: 'git', chartPath: `./${chart.chartName}` };
}

/** The chart argument of `helm upgrade --install` (and of helmfile's `chart:`, except for OCI). */
export function helmChartArg(source: ChartSource): string | undefined {
  switch (source.kind) {
    case 'repo':
    case 'oci':
      return source.chartRef;
    case 'git':
      return source.chartPath;
    case 'manifests':
      return undefined;
  }
}

/** Shell lines that make the chart available before installing (repo add, git clone), words quoted. */
export function fetchCommands(source: ChartSource): string[] {
  switch (source.kind) {
    case 'repo':
      return [shellCommand('helm', 'repo', 'add', source.repoName, source.repoUrl), shellCommand('helm', 'repo', 'update', source.repoName)];
    case 'git':
      if (!source.gitUrl || !source.checkoutDir) return [];
      return [
        shellCommand('git', 'clone', source.gitUrl, source.checkoutDir),
        ...(source.revision && source.revision !== 'HEAD' ? [shellCommand('git', '-C', source.checkoutDir, 'checkout', source.revision)] : []),
      ];
    default:
      return [];
  }
}

/** Whether `--version` means anything for this source (helm ignores it for a local directory). */
export function hasPinnedVersion(source: ChartSource): boolean {
  return source.kind === 'repo' || source.kind === 'oci';
}
