// helmfile.yaml for the releases of a bundle: repositories, then releases with name, namespace,
// chart, version, values (the bundle's own values files) and needs. Plain manifests are no chart:
// helmfile cannot install them, so they appear as a comment saying how to apply them instead.
// Bindings of a stack are no helmfile notion either: one comment line each records them (helmfile
// reads past comments), so importing the file gives the stack back with its bindings.
// Strings go into the YAML body through the YAML library (which quotes them) and into comments as
// one line each (JSON records escape their line breaks), so no value can add a key of its own.
import { dumpYaml } from '../yaml';
import { releaseKey, type ReleasePlan } from './plan';
import { commentText } from './quoting';
import type { StackBinding } from './stack';

/** Prefix of the comment line that records a plain-manifests release for the import. */
export const MANIFESTS_RELEASE_COMMENT = '# configurator-manifests-release:';
/** Prefix of the comment line that records one binding of a stack for the import. */
export const BINDING_COMMENT = '# configurator-binding:';

interface HelmfileRepository {
  name: string;
  url: string;
  oci?: boolean;
}

interface HelmfileRelease {
  name: string;
  namespace: string;
  chart: string;
  version?: string;
  needs?: string[];
  values?: string[];
}

export function helmfileRepositories(plans: ReleasePlan[]): HelmfileRepository[] {
  const repos: HelmfileRepository[] = [];
  for (const { source } of plans) {
    const repo =
      source.kind === 'repo' ? { name: source.repoName, url: source.repoUrl }
      : source.kind === 'oci' ? { name: source.repoName, url: source.registry, oci: true }
      : undefined;
    if (repo && !repos.some((r) => r.name === repo.name)) repos.push(repo);
  }
  return repos;
}

function helmfileChart(plan: ReleasePlan): string | undefined {
  const { source, chart } = plan;
  switch (source.kind) {
    case 'repo':
      return source.chartRef;
    case 'oci':
      return `${source.repoName}/${chart.chartName}`;
    case 'git':
      return source.chartPath;
    case 'manifests':
      return undefined;
  }
}

export function helmfileText(plans: ReleasePlan[], bindings: readonly StackBinding[] = []): string {
  const charted = plans.filter((p) => p.source.kind !== 'manifests');
  const inHelmfile = new Set(charted.map((p) => releaseKey(p.release)));
  const releases: HelmfileRelease[] = charted.map((plan) => {
    const entry: HelmfileRelease = { name: plan.release.name, namespace: plan.release.namespace, chart: helmfileChart(plan) as string };
    if (plan.source.kind === 'repo' || plan.source.kind === 'oci') entry.version = plan.chart.version;
    const needs = plan.needs.filter((n) => inHelmfile.has(n));
    if (needs.length > 0) entry.needs = needs;
    entry.values = [`./${plan.folder}/values.yaml`];
    return entry;
  });
  const header = ['# helmfile.yaml written by chart-configurator: `helmfile apply` (or `helmfile sync`) in this folder.'];
  for (const plan of plans) {
    if (plan.source.kind === 'git' && plan.source.gitUrl) {
      header.push(`# ${commentText(`${plan.release.name}: the chart is not published; check it out first (see README.md) so ${plan.source.chartPath} exists.`)}`);
    }
  }
  const manifests = plans.filter((p) => p.source.kind === 'manifests');
  for (const plan of manifests) {
    const record = { name: plan.release.name, namespace: plan.release.namespace, chart: plan.chart.id, values: `./${plan.folder}/values.yaml`, needs: plan.needs };
    header.push(
      `# ${commentText(`${plan.release.name} (${plan.chart.name}) is plain Kubernetes manifests, not a chart, so it is not a release here:`)}`,
      `#   ${commentText(`kubectl apply -k ./${plan.folder}/manifests${plan.needs.length > 0 ? '   (after helmfile apply)' : ''}`)}`,
      `# The configurator reads it back from this line when it imports the file:`,
      `${MANIFESTS_RELEASE_COMMENT} ${commentText(JSON.stringify(record))}`,
    );
  }
  if (bindings.length > 0) {
    header.push('# Bindings between releases; their values are already in the values files. The configurator reads them back from these lines:');
    for (const { consumer, point, provider } of bindings) header.push(`${BINDING_COMMENT} ${commentText(JSON.stringify({ consumer, point, provider }))}`);
  }
  const repositories = helmfileRepositories(charted);
  const body: Record<string, unknown> = {};
  if (repositories.length > 0) body.repositories = repositories;
  body.releases = releases;
  return `${header.join('\n')}\n${dumpYaml(body)}`;
}
