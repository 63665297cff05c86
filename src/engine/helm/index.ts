// `helm template` in TypeScript (helm v4.1.4): values prepared and checked against the schemas,
// every template rendered, the output split, sorted in install order and printed as helm prints it,
// NOTES.txt returned apart. Errors are HelmError with helm's wording (without the "Error: " prefix).
import { ChartError, isCompatibleRange, prepareChart, schemaError, type PreparedChart } from '../chart';
import type { Chart } from '../chart/types';
import { mapSet, newMap, type GoMap } from '../value';
import { KubeVersionError, makeCapabilities } from './capabilities';
import { yamlDump, yamlReader } from './dataFuncs';
import { HelmError } from './errors';
import { isTestHook, ManifestParseError, sortManifests, templateOutput, type RenderedManifest } from './manifests';
import { releaseMap } from './objects';
import { renderTemplates } from './render';

export { HelmError } from './errors';
export type { RenderedManifest } from './manifests';
export { DEFAULT_KUBE_VERSION, DEFAULT_API_VERSIONS, parseKubeVersion } from './capabilities';
export { prepareEngine } from './prepare';

export interface RenderOptions {
  releaseName: string;
  namespace: string;
  /** `--kube-version` (default v1.35.0, as helm 4.1.4 reports). */
  kubeVersion?: string;
  /** `--api-versions`: added to helm's default set. */
  apiVersions?: string[];
  /** `--is-upgrade`. */
  isUpgrade?: boolean;
  /** `--include-crds`: print crds/ files first. */
  includeCrds?: boolean;
  /** `--skip-tests`: leave out test hooks. */
  skipTests?: boolean;
  /** `--skip-schema-validation`. */
  skipSchemaValidation?: boolean;
}

export interface RenderResult {
  /** Every printed document in output order: CRDs (when asked), manifests, hooks. */
  manifests: RenderedManifest[];
  /** The root chart's rendered NOTES.txt, when it has one. */
  notes?: string;
  /** Exactly `helm template`'s stdout. */
  text: string;
}

/** helm's CRDObjects: crds/ files of the chart, then of each dependency, named by full path. */
function crdManifests(chart: Chart): RenderedManifest[] {
  const out: RenderedManifest[] = chart.crds.map((f) => ({
    source: `${chart.fullPath}/${f.name}`,
    content: new TextDecoder('utf-8').decode(f.data),
    kind: 'CustomResourceDefinition',
    crd: true,
  }));
  for (const dep of chart.dependencies) out.push(...crdManifests(dep));
  return out;
}

// helm's ValidateReleaseName (chartutil): a DNS-1123 subdomain of at most 53 characters.
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const RELEASE_NAME_MAX = 53;

function checkReleaseName(name: string): void {
  if (name !== '' && RELEASE_NAME.test(name) && name.length <= RELEASE_NAME_MAX) return;
  throw new HelmError(
    `release name check failed: release name ${JSON.stringify(name)}: invalid release name, must match regex ${RELEASE_NAME.source} and the length must not be longer than ${RELEASE_NAME_MAX}`,
    'values',
  );
}

/** `helm template` of a loaded chart (src/engine/chart's loadChart) with the user's values. */
export function renderChart(loaded: Chart, userValues: GoMap, options: RenderOptions): RenderResult {
  let caps;
  try {
    caps = makeCapabilities(options.kubeVersion, options.apiVersions ?? []);
  } catch (e) {
    if (e instanceof KubeVersionError) throw new HelmError(`invalid kube version '${options.kubeVersion}': ${e.message}`, 'values');
    throw e;
  }
  checkReleaseName(options.releaseName);
  let prepared: PreparedChart;
  try {
    prepared = prepareChart(loaded, userValues);
  } catch (e) {
    if (e instanceof ChartError) throw new HelmError(e.message, 'values');
    throw e;
  }
  const { chart, values } = prepared;
  if (!options.skipSchemaValidation) {
    const schemaProblem = schemaError(loaded, values);
    if (schemaProblem !== null) throw new HelmError(schemaProblem, 'values');
  }
  const required = chart.metadata.kubeVersion;
  if (required !== '' && !isCompatibleRange(required, caps.kubeVersion.format())) {
    throw new HelmError(`chart requires kubeVersion: ${required} which is incompatible with Kubernetes ${caps.kubeVersion.version}`, 'render');
  }

  const top = newMap();
  mapSet(top, 'Capabilities', caps);
  mapSet(top, 'Release', releaseMap({ name: options.releaseName, namespace: options.namespace, isUpgrade: options.isUpgrade }));
  mapSet(top, 'Values', values);
  const rendered = renderTemplates(chart, top, yamlDump, loaded);

  let notes: string | undefined;
  const rootNotes = `${chart.metadata.name}/templates/NOTES.txt`;
  for (const [name, text] of [...rendered]) {
    if (!name.endsWith('NOTES.txt')) continue;
    if (name === rootNotes) notes = text;
    rendered.delete(name);
  }

  let sorted;
  try {
    sorted = sortManifests(rendered, yamlReader);
  } catch (e) {
    if (e instanceof ManifestParseError) throw new HelmError(e.message, 'render');
    throw e;
  }
  const crds = options.includeCrds ? crdManifests(chart) : [];
  const hooks = options.skipTests ? sorted.hooks.filter((h) => !isTestHook(h)) : sorted.hooks;
  return {
    manifests: [...crds, ...sorted.manifests, ...hooks],
    notes,
    text: templateOutput(crds, sorted.manifests, hooks),
  };
}

